#include "core/season/AnnualReview.h"

#include "core/domain/Campaign.h"
#include "core/domain/Proposal.h"
#include "core/rules/AnnualEligibility.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AnnualCatalogueRepository.h"
#include "core/storage/AnnualReviewRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/YearRecordRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QCoreApplication>
#include <QHash>

#include <set>

namespace AnnualReview {

namespace {

struct AnnualReviewText {
    Q_DECLARE_TR_FUNCTIONS(AnnualReview)
};

AwardLevel levelOf(const AnnualTitleDefinition& title)
{
    if (title.conferredByAgency)
        return AwardLevel::Agency;
    return title.title == AnnualTitle::NationalEmulationFighter || title.title == AnnualTitle::GovernmentFlag
        ? AwardLevel::Government
        : AwardLevel::Province;
}

// The words of the list's "Tóm tắt thành tích", stored with the proposal: Vietnamese whatever the
// interface's language, as the documents print them.
QString ratingWords(TaskRating rating)
{
    switch (rating) {
    case TaskRating::Excellent:
        return QStringLiteral("Hoàn thành xuất sắc nhiệm vụ");
    case TaskRating::Good:
        return QStringLiteral("Hoàn thành tốt nhiệm vụ");
    case TaskRating::Completed:
        return QStringLiteral("Hoàn thành nhiệm vụ");
    case TaskRating::NotCompleted:
        return QStringLiteral("Không hoàn thành nhiệm vụ");
    }
    return {};
}

// The years a condition counted: "năm 2026", "từ năm 2024 đến năm 2026".
QString spanWords(const Annual::Condition& c, const EvaluationPeriod& period)
{
    return c.fromYear == c.toYear || c.fromYear == 0
        ? period.documentLabel(c.toYear)
        : QStringLiteral("từ %1 đến %2").arg(period.documentLabel(c.fromYear), period.documentLabel(c.toYear));
}

// What a condition met shows of the achievement, in the list's words; empty for the conditions
// every nominee meets (not disciplined, rated, the title below it), which prove nothing more.
QString achievementWords(const Annual::Condition& c, const EvaluationPeriod& period)
{
    using C = Annual::Check;
    switch (c.check) {
    case C::InitiativeInYear:
        return QStringLiteral("có %1 sáng kiến được công nhận %2").arg(c.have).arg(period.documentLabel(c.toYear));
    case C::ResearchInYear:
        return QStringLiteral("có %1 đề tài, đề án, công trình khoa học được nghiệm thu %2").arg(c.have).arg(period.documentLabel(c.toYear));
    case C::ConsecutiveGrassroots:
        return QStringLiteral("%1 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (%2)").arg(c.have).arg(spanWords(c, period));
    case C::ConsecutiveProvince:
        return QStringLiteral("%1 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp tỉnh (%2)").arg(c.have).arg(spanWords(c, period));
    case C::ProvinceScopeWork:
        return QStringLiteral("có %1 sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh trở lên (%2)").arg(c.have).arg(spanWords(c, period));
    case C::NationalScopeWork:
        return QStringLiteral("có %1 sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc (%2)").arg(c.have).arg(spanWords(c, period));
    case C::ExcellentYears:
        return QStringLiteral("%1 năm liên tục hoàn thành xuất sắc nhiệm vụ (%2)").arg(c.have).arg(spanWords(c, period));
    case C::InitiativesInYears:
        return QStringLiteral("có %1 sáng kiến, đề tài được công nhận (%2)").arg(c.have).arg(spanWords(c, period));
    case C::MembersCompletedShare:
        return QStringLiteral("%1/%2 thành viên hoàn thành nhiệm vụ trở lên").arg(c.have).arg(c.of);
    case C::MembersAdvancedShare:
        return QStringLiteral("%1/%2 thành viên đạt danh hiệu Lao động tiên tiến").arg(c.have).arg(c.of);
    case C::MembersGrassrootsFighters:
        return QStringLiteral("%1 thành viên đạt danh hiệu Chiến sĩ thi đua cơ sở").arg(c.have);
    case C::ExcellentCollective:
        return QStringLiteral("đạt danh hiệu Tập thể lao động xuất sắc %1").arg(period.documentLabel(c.toYear));
    case C::LeadsCluster:
        return QStringLiteral("dẫn đầu cụm, khối thi đua %1").arg(period.documentLabel(c.toYear));
    default:
        return {};
    }
}

// Everything the review reads, once.
struct Sources {
    AnnualData data;
    std::vector<AnnualTitleDefinition> titles;
    std::vector<Unit> units;
    // The records by owner and year, and people by id: a list of thousands is not a product of two lists.
    QHash<QPair<qint64, int>, const PersonYear*> personYear;
    QHash<QPair<qint64, int>, const UnitYear*> unitYear;
    QHash<qint64, const Person*> person;
};

Result<Sources> loadSources(Database& database)
{
    Sources sources;
    Result<AnnualData> data = YearRecordRepository(database).load();
    Result<std::vector<AnnualTitleDefinition>> titles = AnnualCatalogueRepository(database).titles();
    Result<std::vector<Unit>> units = UnitRepository(database).all();
    for (const Error* error : { data.errorIf(), titles.errorIf(), units.errorIf() })
        if (error)
            return *error;
    sources.data = std::move(data.value());
    sources.titles = std::move(titles.value());
    sources.units = std::move(units.value());
    return sources;
}

void index(Sources& sources)
{
    for (const PersonYear& r : sources.data.personYears)
        sources.personYear.insert(qMakePair(r.personId, r.year), &r);
    for (const UnitYear& r : sources.data.unitYears)
        sources.unitYear.insert(qMakePair(r.unitId, r.year), &r);
    for (const Person& p : sources.data.people)
        sources.person.insert(p.id, &p);
}

const AnnualTitleDefinition* definitionOf(const std::vector<AnnualTitleDefinition>& titles, AnnualTitle title)
{
    for (const AnnualTitleDefinition& t : titles)
        if (t.title == title)
            return &t;
    return nullptr;
}

// The year's review campaign, opened now if the year has none.
Result<qint64> openCampaign(Database& database, int year, const Sources& sources, bool& opened)
{
    AnnualReviewRepository reviews(database);
    Result<std::optional<qint64>> existing = reviews.campaignOf(year);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();
    AgencyRepository agencies(database);
    Result<std::vector<Signer>> signers = agencies.signers();
    Result<Agency> agency = agencies.load();
    for (const Error* error : { signers.errorIf(), agency.errorIf() })
        if (error)
            return *error;
    // A plan like any new campaign's (its outline, recipients), for the movement of the year: the
    // clerk writes its number and day when the plan that launched it is known.
    const EvaluationPeriod& period = sources.data.period;
    Campaign campaign = BuiltInTemplate::blankCampaign(period.firstDay(year), agency.value());
    campaign.name = QStringLiteral("Phong trào thi đua thường xuyên %1").arg(period.documentLabel(year));
    campaign.summary = QStringLiteral("Phát động phong trào thi đua thường xuyên %1").arg(period.documentLabel(year));
    campaign.kind = CampaignKind::Regular;
    campaign.startDate = period.firstDay(year);
    campaign.endDate = period.lastDay(year);
    campaign.issueYear = period.firstDay(year).year();
    campaign.issueMonth = std::nullopt;
    campaign.signerId = signers.value().empty() ? 0 : signers.value().front().id;
    for (AnnualTitle title : AllAnnualTitles)
        if (const AnnualTitleDefinition* definition = definitionOf(sources.titles, title)) {
            Result<qint64> form = formOf(database, *definition);
            if (!form)
                return form.error();
            campaign.awards.push_back({ form.value(), {} });
        }
    Result<qint64> id = CampaignRepository(database).add(campaign);
    if (!id)
        return id.error();
    if (Status linked = reviews.link(year, id.value()); !linked)
        return linked.error();
    opened = true;
    return id.value();
}

// The unit a person's proposal comes from: the one they worked in that year, else their own now.
qint64 proposingUnitOf(const Sources& sources, const Nominee& nominee, int year)
{
    if (nominee.kind == Nominee::Kind::Unit)
        return nominee.id;
    if (const PersonYear* record = sources.personYear.value(qMakePair(nominee.id, year)))
        return record->unitId;
    const Person* person = sources.person.value(nominee.id);
    return person ? person->unitId : 0;
}

QString achievementOf(const Sources& sources, const Annual::Verdict& verdict)
{
    std::optional<TaskRating> rating;
    const QPair<qint64, int> key(verdict.subject.id, verdict.year);
    if (verdict.subject.kind == Nominee::Kind::Person) {
        if (const PersonYear* record = sources.personYear.value(key))
            rating = record->rating;
    } else if (const UnitYear* record = sources.unitYear.value(key))
        rating = record->rating;
    const EvaluationPeriod& period = sources.data.period;
    QStringList words { rating ? QStringLiteral("%1 %2").arg(ratingWords(*rating), period.documentLabel(verdict.year))
                               : QStringLiteral("Đạt tiêu chuẩn %1").arg(period.documentLabel(verdict.year)) };
    // The standards met, with their numbers and years, so the list shows the title is due.
    std::vector<const Annual::Condition*> met;
    for (const Annual::Condition& c : verdict.conditions)
        met.push_back(&c);
    for (const Annual::Alternative& a : verdict.alternatives)
        if (a.route == verdict.route)
            for (const Annual::Condition& c : a.conditions)
                met.push_back(&c);
    for (const Annual::Condition* c : met)
        if (c->met)
            if (const QString w = achievementWords(*c, period); !w.isEmpty() && !words.contains(w))
                words << w;
    return words.join(QStringLiteral("; "));
}

// Adds proposals to the review as their units' ("Đơn vị đề nghị"), each with why it is on the list
// (the entry's title and origin; its proposal id is filled in here).
Status submit(Database& database, std::vector<Proposal>& proposals, std::vector<ReviewEntry>& entries, const QString& actor)
{
    // The history says why each is on the list (stored words: Vietnamese, as the council reads them).
    std::vector<QString> reasons;
    for (const ReviewEntry& entry : entries)
        reasons.push_back(entry.addedByClerk ? QStringLiteral("Đề nghị ngoài tiêu chuẩn: %1").arg(entry.reason.trimmed())
                                             : QStringLiteral("Đủ tiêu chuẩn theo kết quả năm"));
    if (Status s = ProposalRepository(database).addSubmitted(proposals, reasons, actor); !s)
        return s;
    AnnualReviewRepository reviews(database);
    for (size_t i = 0; i < entries.size(); ++i) {
        entries[i].proposalId = proposals[i].id;
        if (Status s = reviews.addEntry(entries[i]); !s)
            return s;
    }
    return {};
}

Proposal proposalFor(qint64 campaignId, qint64 formId, const Nominee& nominee, qint64 proposingUnit, const QString& summary)
{
    Proposal proposal;
    proposal.campaignId = campaignId;
    proposal.awardFormId = formId;
    proposal.nominee = nominee;
    proposal.proposingUnitId = proposingUnit;
    proposal.summary = summary;
    return proposal;
}

} // namespace

Result<qint64> formOf(Database& database, const AnnualTitleDefinition& title)
{
    AwardFormRepository forms(database);
    Result<std::vector<AwardForm>> all = forms.all();
    if (!all)
        return all.error();
    for (const AwardForm& form : all.value())
        if (form.name.compare(title.name.trimmed(), Qt::CaseInsensitive) == 0)
            return form.id;
    const bool collective = annualTitleSubject(title.title) == Nominee::Kind::Unit;
    AwardForm form;
    form.name = title.name.trimmed();
    form.level = levelOf(title);
    form.decidedBy = title.conferredBy;
    form.nominees = collective ? NomineeKind::Unit : NomineeKind::Person;
    Result<qint64> id = forms.add(form);
    if (!id)
        return id.error();
    if (title.bonusMultiple > 0) {
        const std::optional<double> multiple = title.bonusMultiple;
        if (Status s = forms.setMultiples(id.value(), collective ? std::nullopt : multiple, collective ? multiple : std::nullopt); !s)
            return s.error();
    }
    return id.value();
}

Result<Outcome> prepare(Database& database, int year, const QString& actor)
{
    Outcome outcome;
    Status done = database.transact([&]() -> Status {
        Result<Sources> loaded = loadSources(database);
        if (!loaded)
            return loaded.error();
        index(loaded.value());
        const Sources& sources = loaded.value();
        Result<qint64> campaign = openCampaign(database, year, sources, outcome.opened);
        if (!campaign)
            return campaign.error();
        outcome.campaignId = campaign.value();
        Result<std::vector<ReviewEntry>> entries = AnnualReviewRepository(database).entries(outcome.campaignId);
        Result<std::vector<Proposal>> proposals = ProposalRepository(database).forCampaign(outcome.campaignId);
        for (const Error* error : { entries.errorIf(), proposals.errorIf() })
            if (error)
                return *error;
        // What is listed already: (kind, id, title).
        QHash<qint64, const Proposal*> proposalById;
        for (const Proposal& p : proposals.value())
            proposalById.insert(p.id, &p);
        std::set<std::tuple<int, qint64, int>> listed;
        for (const ReviewEntry& entry : entries.value())
            if (const Proposal* p = proposalById.value(entry.proposalId))
                listed.insert({ int(p->nominee.kind), p->nominee.id, int(entry.title) });
        outcome.listed = int(listed.size());

        const Annual::Eligibility rules(sources.data.facts());
        std::vector<Annual::Verdict> verdicts;
        for (const Unit& unit : sources.units)
            for (Annual::Verdict& v : rules.unitTitles(unit.id, year))
                verdicts.push_back(std::move(v));
        for (const Person& person : sources.data.people)
            for (Annual::Verdict& v : rules.personTitles(person.id, year))
                verdicts.push_back(std::move(v));
        QHash<qint64, QString> unitNames;
        for (const Unit& unit : sources.units)
            unitNames.insert(unit.id, unit.name);
        const auto nameOf = [&](const Nominee& who) {
            const Person* person = who.kind == Nominee::Kind::Person ? sources.person.value(who.id) : nullptr;
            return person ? person->fullName : unitNames.value(who.id);
        };

        // One achievement, one provincial award: a person due CSTĐ cấp tỉnh (or toàn quốc) for the
        // year is not proposed for the Bằng khen of the same year as well.
        std::set<qint64> provinceFighters;
        for (const Annual::Verdict& verdict : verdicts)
            if (verdict.eligible
                && (verdict.title == AnnualTitle::ProvinceEmulationFighter || verdict.title == AnnualTitle::NationalEmulationFighter))
                provinceFighters.insert(verdict.subject.id);

        std::map<AnnualTitle, qint64> formByTitle;
        std::vector<Proposal> toAdd;
        std::vector<ReviewEntry> why;
        for (const Annual::Verdict& verdict : verdicts) {
            const bool isListed = listed.count({ int(verdict.subject.kind), verdict.subject.id, int(verdict.title) }) > 0;
            const AnnualTitleDefinition* definition = definitionOf(sources.titles, verdict.title);
            if (!definition)
                continue;
            if (isListed) {
                if (!verdict.eligible)
                    outcome.noLongerEligible << QStringLiteral("%1 — %2").arg(nameOf(verdict.subject), definition->name);
                continue;
            }
            if (!verdict.eligible)
                continue;
            if (verdict.title == AnnualTitle::ProvinceMerit && provinceFighters.count(verdict.subject.id)) {
                outcome.heldBack << QStringLiteral("%1 — %2").arg(nameOf(verdict.subject), definition->name);
                continue;
            }
            if (!formByTitle.count(verdict.title)) {
                Result<qint64> form = formOf(database, *definition);
                if (!form)
                    return form.error();
                formByTitle[verdict.title] = form.value();
            }
            toAdd.push_back(proposalFor(outcome.campaignId, formByTitle[verdict.title], verdict.subject,
                proposingUnitOf(sources, verdict.subject, year), achievementOf(sources, verdict)));
            why.push_back({ 0, verdict.title, false, {} });
        }
        outcome.added = int(toAdd.size());
        return submit(database, toAdd, why, actor);
    });
    if (!done)
        return done.error();
    return outcome;
}

Result<qint64> addByHand(Database& database, int year, const Nominee& nominee, AnnualTitle title, const QString& reason,
    const QString& actor)
{
    if (annualTitleSubject(title) != nominee.kind)
        return Error { nominee.kind == Nominee::Kind::Unit
                ? AnnualReviewText::tr("Danh hiệu này dành cho cá nhân, không đề nghị cho tập thể.")
                : AnnualReviewText::tr("Danh hiệu này dành cho tập thể, không đề nghị cho cá nhân."),
            {} };
    qint64 id = 0;
    Status done = database.transact([&]() -> Status {
        Result<Sources> loaded = loadSources(database);
        if (!loaded)
            return loaded.error();
        index(loaded.value());
        const Sources& sources = loaded.value();
        const AnnualTitleDefinition* definition = definitionOf(sources.titles, title);
        if (!definition)
            return Error { AnnualReviewText::tr("Danh hiệu không có trong danh mục danh hiệu thi đua."), {} };
        bool opened = false;
        Result<qint64> campaign = openCampaign(database, year, sources, opened);
        if (!campaign)
            return campaign.error();
        Result<qint64> form = formOf(database, *definition);
        if (!form)
            return form.error();
        const Annual::Eligibility rules(sources.data.facts());
        const Annual::Verdict verdict
            = nominee.kind == Nominee::Kind::Unit ? rules.unit(nominee.id, title, year) : rules.person(nominee.id, title, year);
        std::vector<Proposal> one { proposalFor(campaign.value(), form.value(), nominee, proposingUnitOf(sources, nominee, year),
            achievementOf(sources, verdict)) };
        std::vector<ReviewEntry> why { { 0, title, true, reason.trimmed() } };
        if (Status s = submit(database, one, why, actor); !s)
            return s;
        id = one.front().id;
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

} // namespace AnnualReview
