#include "core/storage/ProposalRepository.h"

#include "core/domain/Validation.h"
#include "core/rules/CouncilRules.h"
#include "core/rules/ProposalWorkflow.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EnumCodes.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

#include <functional>

namespace {

struct ProposalRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(ProposalRepository)
};

const QString SelectProposal = QStringLiteral(
    "SELECT id, campaign_id, award_form_id, nominee_unit_id, nominee_person_id, proposing_unit_id, summary, state, "
    "council_members, council_present, council_votes_for FROM proposal ");

Proposal proposalFromRow(const SqlQuery& q)
{
    Proposal p;
    p.id = q.value(0).toLongLong();
    p.campaignId = q.value(1).toLongLong();
    p.awardFormId = q.value(2).toLongLong();
    p.nominee = q.value(3).isNull() ? Nominee { Nominee::Kind::Person, q.value(4).toLongLong() }
                                    : Nominee { Nominee::Kind::Unit, q.value(3).toLongLong() };
    p.proposingUnitId = q.value(5).toLongLong();
    p.summary = q.value(6).toString();
    p.state = enumFromCode(q.value(7).toString(), ProposalState::Draft);
    if (!q.value(8).isNull())
        p.vote = CouncilVote { q.value(8).toInt(), q.value(9).toInt(), q.value(10).toInt() };
    return p;
}

Status validateProposal(const Proposal& p)
{
    if (p.summary.trimmed().isEmpty())
        return Error { ProposalRepositoryText::tr("Trường «Tóm tắt thành tích»: không được để trống."), {} };
    if (p.summary.size() > Limits::LongText)
        return Error { ProposalRepositoryText::tr("Trường «Tóm tắt thành tích»: quá dài (%1 ký tự).").arg(p.summary.size()), {} };
    if (p.awardFormId <= 0)
        return Error { ProposalRepositoryText::tr("Trường «Hình thức khen thưởng»: chưa chọn."), {} };
    if (p.nominee.id <= 0)
        return Error { ProposalRepositoryText::tr("Trường «Đối tượng đề nghị»: chưa chọn."), {} };
    if (p.proposingUnitId <= 0)
        return Error { ProposalRepositoryText::tr("Trường «Đơn vị đề nghị»: chưa chọn."), {} };
    return {};
}

// Everything the eligibility rules read for one campaign, loaded once.
struct CampaignData {
    std::vector<AwardForm> forms;
    std::vector<PlanBlock> unitCriteria;
    std::vector<PlanBlock> personCriteria;
    std::map<std::pair<int, qint64>, std::vector<Assessment>> assessmentsOf; // (kind, id)
    std::vector<Proposal> proposals;
    std::vector<qint64> unitIds;
    std::map<qint64, Person> people;

    Result<Eligibility::Facts> factsFor(const Proposal& proposal) const
    {
        Eligibility::Facts facts;
        const auto form = std::find_if(forms.begin(), forms.end(), [&](const AwardForm& f) { return f.id == proposal.awardFormId; });
        if (form == forms.end())
            return Error { ProposalRepositoryText::tr("Trường «Hình thức khen thưởng»: không có trong danh mục."), {} };
        facts.form = *form;
        const bool unit = proposal.nominee.kind == Nominee::Kind::Unit;
        facts.criteria = unit ? unitCriteria : personCriteria;
        if (const auto found = assessmentsOf.find({ int(proposal.nominee.kind), proposal.nominee.id }); found != assessmentsOf.end())
            facts.assessments = found->second;
        facts.campaignProposals = proposals;
        facts.agencyUnitIds = unitIds;
        if (unit) {
            if (std::find(unitIds.begin(), unitIds.end(), proposal.nominee.id) == unitIds.end())
                return Error { ProposalRepositoryText::tr("Trường «Đối tượng đề nghị»: không có đơn vị này trong cơ quan."), {} };
        } else {
            const auto person = people.find(proposal.nominee.id);
            if (person == people.end())
                return Error { ProposalRepositoryText::tr("Trường «Đối tượng đề nghị»: không có cán bộ này trong danh sách của cơ quan."), {} };
            facts.person = person->second;
        }
        return facts;
    }
};

Result<CampaignData> loadCampaignData(Database& db, qint64 campaignId)
{
    CampaignData data;
    Result<std::vector<AwardForm>> forms = AwardFormRepository(db).all();
    CampaignRepository campaigns(db);
    Result<Campaign> campaign = campaigns.load(campaignId);
    Result<std::vector<Assessment>> assessments = AssessmentRepository(db).forCampaign(campaignId);
    Result<std::vector<Proposal>> proposals = ProposalRepository(db).forCampaign(campaignId);
    if (!forms || !campaign || !assessments || !proposals)
        return !forms ? forms.error() : !campaign ? campaign.error() : !assessments ? assessments.error() : proposals.error();
    data.forms = std::move(forms.value());
    std::function<void(const std::vector<PlanSection>&)> collect = [&](const std::vector<PlanSection>& sections) {
        for (const PlanSection& section : sections) {
            if (section.binding == SectionBinding::UnitCriteria)
                data.unitCriteria.insert(data.unitCriteria.end(), section.blocks.begin(), section.blocks.end());
            if (section.binding == SectionBinding::IndividualCriteria)
                data.personCriteria.insert(data.personCriteria.end(), section.blocks.begin(), section.blocks.end());
            collect(section.children);
        }
    };
    collect(campaign.value().sections);
    for (Assessment& a : assessments.value())
        data.assessmentsOf[{ int(a.nominee.kind), a.nominee.id }].push_back(std::move(a));
    data.proposals = std::move(proposals.value());
    SqlQuery units(db, QStringLiteral("SELECT id FROM unit"));
    if (Status s = units.exec(ProposalRepositoryText::tr("đọc danh sách đơn vị")); !s)
        return s.error();
    while (units.next())
        data.unitIds.push_back(units.value(0).toLongLong());
    SqlQuery people(db, QStringLiteral("SELECT id, full_name, unit_id FROM person"));
    if (Status s = people.exec(ProposalRepositoryText::tr("đọc thông tin cán bộ")); !s)
        return s.error();
    while (people.next()) {
        Person p;
        p.id = people.value(0).toLongLong();
        p.fullName = people.value(1).toString();
        p.unitId = people.value(2).toLongLong();
        data.people.emplace(p.id, std::move(p));
    }
    return data;
}

} // namespace

Result<std::vector<Proposal>> ProposalRepository::forCampaign(qint64 campaignId) const
{
    SqlQuery query(m_db, SelectProposal + QStringLiteral("WHERE campaign_id = ? ORDER BY id"));
    if (Status s = query.exec(ProposalRepositoryText::tr("đọc danh sách đề nghị khen thưởng"), { campaignId }); !s)
        return s.error();
    std::vector<Proposal> out;
    while (query.next())
        out.push_back(proposalFromRow(query));
    return out;
}

Result<Proposal> ProposalRepository::load(qint64 id) const
{
    SqlQuery query(m_db, SelectProposal + QStringLiteral("WHERE id = ?"));
    if (Status s = query.exec(ProposalRepositoryText::tr("đọc đề nghị khen thưởng"), { id }); !s)
        return s.error();
    if (!query.next())
        return Error { ProposalRepositoryText::tr("Không tìm thấy đề nghị số %1.").arg(id), {} };
    return proposalFromRow(query);
}

Result<std::vector<QString>> ProposalRepository::eligibilityFailures(const Proposal& proposal) const
{
    Result<CampaignData> data = loadCampaignData(m_db, proposal.campaignId);
    if (!data)
        return data.error();
    Result<Eligibility::Facts> facts = data.value().factsFor(proposal);
    if (!facts)
        return facts.error();
    return Eligibility::failures(proposal, facts.value());
}

Result<std::map<qint64, ProposalRepository::Verdict>> ProposalRepository::eligibilityForCampaign(qint64 campaignId) const
{
    Result<CampaignData> data = loadCampaignData(m_db, campaignId);
    if (!data)
        return data.error();
    std::map<qint64, Verdict> out;
    for (const Proposal& proposal : data.value().proposals) {
        if (!ProposalWorkflow::isOpen(proposal.state))
            continue;
        Result<Eligibility::Facts> facts = data.value().factsFor(proposal);
        out[proposal.id] = facts ? Verdict { Eligibility::failures(proposal, facts.value()),
                                       Eligibility::firstUnmetRequiredCriterion(facts.value().criteria, facts.value().assessments) }
                                 : Verdict { { facts.error().message }, std::nullopt };
    }
    return out;
}

Status ProposalRepository::insertEvent(
    qint64 id, std::optional<ProposalState> from, ProposalState to, const QString& actor, const QString& reason)
{
    SqlQuery event(m_db, QStringLiteral("INSERT INTO proposal_event (proposal_id, happened_at, from_state, to_state, "
                                        "actor, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    return event.exec(ProposalRepositoryText::tr("ghi lịch sử đề nghị"),
        { id, QDateTime::currentDateTime().toString(Qt::ISODateWithMs), from ? QVariant(enumCode(*from)) : QVariant(),
            enumCode(to), actor.trimmed(), reason.trimmed() });
}

Status ProposalRepository::insertProposal(Proposal& proposal, ProposalState state)
{
    const bool unit = proposal.nominee.kind == Nominee::Kind::Unit;
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO proposal (campaign_id, award_form_id, nominee_unit_id, "
                                         "nominee_person_id, proposing_unit_id, summary, state) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (Status done = insert.exec(ProposalRepositoryText::tr("thêm đề nghị khen thưởng"),
            { proposal.campaignId, proposal.awardFormId, unit ? QVariant(proposal.nominee.id) : QVariant(),
                unit ? QVariant() : QVariant(proposal.nominee.id), proposal.proposingUnitId, proposal.summary.trimmed(),
                enumCode(state) });
        !done)
        return done;
    proposal.id = insert.lastInsertId();
    proposal.state = state;
    return {};
}

Result<qint64> ProposalRepository::add(Proposal& proposal, const QString& actor)
{
    if (Status s = validateProposal(proposal); !s)
        return s.error();
    Result<CampaignData> data = loadCampaignData(m_db, proposal.campaignId);
    if (!data)
        return data.error();
    Result<Eligibility::Facts> facts = data.value().factsFor(proposal);
    if (!facts)
        return facts.error();
    for (const Eligibility::Failure& failure : { Eligibility::formAppliesToNominee(facts.value().form, proposal.nominee),
             Eligibility::noOtherOpenProposal(proposal, facts.value().campaignProposals),
             facts.value().person ? Eligibility::belongsToAgency(*facts.value().person, facts.value().agencyUnitIds)
                                  : Eligibility::Failure() })
        if (failure)
            return Error { *failure, {} };
    Status s = m_db.transact([&]() -> Status {
        if (Status done = insertProposal(proposal, ProposalState::Draft); !done)
            return done;
        return insertEvent(proposal.id, std::nullopt, ProposalState::Draft, actor, {});
    });
    if (!s) {
        proposal.id = 0;
        return s.error();
    }
    return proposal.id;
}

Status ProposalRepository::addSubmitted(std::vector<Proposal>& proposals, const std::vector<QString>& reasons, const QString& actor)
{
    if (proposals.empty())
        return {};
    const qint64 campaignId = proposals.front().campaignId;
    Result<CampaignData> data = loadCampaignData(m_db, campaignId);
    if (!data)
        return data.error();
    return m_db.transact([&]() -> Status {
        for (size_t i = 0; i < proposals.size(); ++i) {
            Proposal& proposal = proposals[i];
            if (proposal.campaignId != campaignId)
                return Error { ProposalRepositoryText::tr("Các đề nghị thêm cùng lúc phải thuộc cùng một đợt thi đua."), {} };
            if (Status s = validateProposal(proposal); !s)
                return s;
            Result<Eligibility::Facts> facts = data.value().factsFor(proposal);
            if (!facts)
                return facts.error();
            const std::vector<QString> failures = Eligibility::failures(proposal, facts.value());
            if (!failures.empty())
                return Error { failures.front(), QStringList(failures.begin(), failures.end()).join(QLatin1Char('\n')) };
            if (Status done = insertProposal(proposal, ProposalState::Submitted); !done)
                return done;
            if (Status done = insertEvent(proposal.id, std::nullopt, ProposalState::Draft, actor, {}); !done)
                return done;
            if (Status done = insertEvent(proposal.id, ProposalState::Draft, ProposalState::Submitted, actor,
                    i < reasons.size() ? reasons[i] : QString());
                !done)
                return done;
            data.value().proposals.push_back(proposal); // the next one may not repeat it
        }
        return {};
    });
}

Status ProposalRepository::updateDraft(const Proposal& proposal)
{
    if (Status s = validateProposal(proposal); !s)
        return s;
    Result<Proposal> stored = load(proposal.id);
    if (!stored)
        return stored.error();
    if (!ProposalWorkflow::isOpen(stored.value().state))
        return Error { ProposalRepositoryText::tr("Đề nghị đã «%1», không sửa được nữa.").arg(ProposalWorkflow::stateLabel(stored.value().state)), {} };
    return writeRow(m_db,
        QStringLiteral("UPDATE proposal SET award_form_id = ?, proposing_unit_id = ?, summary = ? WHERE id = ?"),
        ProposalRepositoryText::tr("sửa đề nghị khen thưởng"),
        { proposal.awardFormId, proposal.proposingUnitId, proposal.summary.trimmed(), proposal.id });
}

Status ProposalRepository::recordVote(qint64 id, const CouncilVote& vote, const QString& actor)
{
    if (Status s = CouncilRules::validate(vote); !s)
        return s;
    Result<Proposal> stored = load(id);
    if (!stored)
        return stored.error();
    const ProposalState state = stored.value().state;
    if (state != ProposalState::Submitted && state != ProposalState::Reviewed)
        return Error { ProposalRepositoryText::tr("Chỉ ghi kết quả bỏ phiếu khi đề nghị đang ở «%1» hoặc «%2».")
                           .arg(ProposalWorkflow::stateLabel(ProposalState::Submitted),
                               ProposalWorkflow::stateLabel(ProposalState::Reviewed)),
            {} };
    return m_db.transact([&]() -> Status {
        if (Status s = writeRow(m_db,
                QStringLiteral("UPDATE proposal SET council_members = ?, council_present = ?, council_votes_for = ? WHERE id = ?"),
                ProposalRepositoryText::tr("ghi kết quả bỏ phiếu"), { vote.members, vote.present, vote.votesFor, id });
            !s)
            return s;
        const QString counts = ProposalRepositoryText::tr("%1/%2 thành viên có mặt đồng ý (Hội đồng %3 thành viên)")
                                   .arg(vote.votesFor)
                                   .arg(vote.present)
                                   .arg(vote.members);
        return insertEvent(id, state, state, actor, counts);
    });
}

std::optional<ProposalEvent> ProposalRepository::lastMove(qint64 id) const
{
    Result<std::vector<ProposalEvent>> events = history(id);
    if (!events)
        return std::nullopt;
    for (auto e = events.value().rbegin(); e != events.value().rend(); ++e)
        if (e->from && !e->isVote())
            return *e;
    return std::nullopt;
}

Status ProposalRepository::undoLastMove(qint64 id, const QString& actor)
{
    Result<Proposal> stored = load(id);
    if (!stored)
        return stored.error();
    const std::optional<ProposalEvent> last = lastMove(id);
    if (!last || last->to != stored.value().state)
        return Error { ProposalRepositoryText::tr("Đề nghị không có bước chuyển nào để hoàn tác."), {} };
    return m_db.transact([&]() -> Status {
        SqlQuery update(m_db, QStringLiteral("UPDATE proposal SET state = ? WHERE id = ? AND state = ?"));
        if (Status done = update.exec(ProposalRepositoryText::tr("hoàn tác bước chuyển đề nghị"), { enumCode(*last->from), id, enumCode(last->to) });
            !done)
            return done;
        if (update.rowsAffected() != 1)
            return Error { ProposalRepositoryText::tr("Đề nghị vừa được thay đổi ở nơi khác; hãy tải lại."), {} };
        return insertEvent(id, last->to, *last->from, actor,
            ProposalRepositoryText::tr("Hoàn tác bước «%1»").arg(ProposalWorkflow::stateLabel(last->to)));
    });
}

Status ProposalRepository::move(qint64 id, ProposalState to, const QString& actor, const QString& reason)
{
    Result<Proposal> stored = load(id);
    if (!stored)
        return stored.error();
    const Proposal& proposal = stored.value();
    Result<CampaignData> data = loadCampaignData(m_db, proposal.campaignId);
    if (!data)
        return data.error();
    Result<Eligibility::Facts> facts = data.value().factsFor(proposal);
    Result<Campaign> campaign = CampaignRepository(m_db).load(proposal.campaignId);
    if (!facts)
        return facts.error();
    if (!campaign)
        return campaign.error();
    if (Status s = ProposalWorkflow::checkMove(proposal, to, facts.value().form.level, reason,
            CouncilRules::ruleOf(campaign.value()));
        !s)
        return s;
    if (to == ProposalState::Submitted) {
        const std::vector<QString> failures = Eligibility::failures(proposal, facts.value());
        if (!failures.empty())
            return Error { failures.front(), QStringList(failures.begin(), failures.end()).join(QLatin1Char('\n')) };
    }
    return m_db.transact([&]() -> Status {
        SqlQuery update(m_db, QStringLiteral("UPDATE proposal SET state = ? WHERE id = ? AND state = ?"));
        if (Status done = update.exec(ProposalRepositoryText::tr("chuyển trạng thái đề nghị"), { enumCode(to), id, enumCode(proposal.state) });
            !done)
            return done;
        if (update.rowsAffected() != 1)
            return Error { ProposalRepositoryText::tr("Đề nghị vừa được thay đổi ở nơi khác; hãy tải lại."), {} };
        return insertEvent(id, proposal.state, to, actor, reason);
    });
}

Result<std::vector<ProposalEvent>> ProposalRepository::history(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT happened_at, from_state, to_state, actor, reason FROM proposal_event "
                                        "WHERE proposal_id = ? ORDER BY id"));
    if (Status s = query.exec(ProposalRepositoryText::tr("đọc lịch sử đề nghị"), { id }); !s)
        return s.error();
    std::vector<ProposalEvent> out;
    while (query.next())
        out.push_back({ QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
            query.value(1).isNull() ? std::nullopt : enumFromCode<ProposalState>(query.value(1).toString()),
            enumFromCode(query.value(2).toString(), ProposalState::Draft), query.value(3).toString(),
            query.value(4).toString() });
    return out;
}

Result<qint64> ProposalRepository::mostProposedForm() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT award_form_id FROM proposal GROUP BY award_form_id ORDER BY count(*) DESC, award_form_id LIMIT 1"));
    if (Status s = query.exec(ProposalRepositoryText::tr("đọc hình thức khen thưởng hay dùng")); !s)
        return s.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<std::vector<GrantedAward>> ProposalRepository::awardsOf(const Nominee& nominee) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT p.id, c.name, f.name, c.issue_year, f.decided_by, d.number, d.signed_on "
                                        "FROM proposal p JOIN campaign c ON c.id = p.campaign_id "
                                        "JOIN award_form f ON f.id = p.award_form_id "
                                        "LEFT JOIN award_decision d ON d.campaign_id = c.id AND f.level = 'agency' "
                                        "WHERE p.state = 'awarded' AND %1 = ? ORDER BY c.issue_year DESC, p.id DESC")
                             .arg(nominee.kind == Nominee::Kind::Unit ? QStringLiteral("p.nominee_unit_id")
                                                                      : QStringLiteral("p.nominee_person_id")));
    if (Status s = query.exec(ProposalRepositoryText::tr("đọc các khen thưởng đã nhận"), { nominee.id }); !s)
        return s.error();
    std::vector<GrantedAward> out;
    while (query.next()) {
        GrantedAward award { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toInt(), query.value(4).toString(), query.value(5).toString(), std::nullopt };
        if (const QDate day = QDate::fromString(query.value(6).toString(), Qt::ISODate); day.isValid())
            award.decidedOn = day;
        out.push_back(std::move(award));
    }
    return out;
}
