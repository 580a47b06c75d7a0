#include "core/documents/Paperwork.h"

#include "core/documents/Decree30.h"
#include "core/rules/ProposalWorkflow.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitRepository.h"

#include <QCoreApplication>

#include <map>

namespace Paperwork {

namespace {

struct PaperworkText {
    Q_DECLARE_TR_FUNCTIONS(Paperwork)
};


// Document words are Vietnamese literals, whatever the interface language.
QString agencyInSentence(const Agency& agency) { return agency.nameForSentences(); }

bool decidedWithin(const Input& input)
{
    return !input.nominations.empty() && input.nominations.front().form.level == AwardLevel::Agency;
}

QString addressee(const Input& input)
{
    if (input.nominations.empty())
        return {};
    return decidedWithin(input) ? QStringLiteral("Giám đốc %1").arg(agencyInSentence(input.agency))
                                : input.nominations.front().form.decidedBy;
}

doc::Paragraph centred(const QString& text, bool bold, bool italic = false)
{
    doc::Paragraph p;
    p.runs.push_back({ text, bold, italic, false, 0 });
    p.align = doc::Align::Center;
    p.sizePt = 14;
    return p;
}

// Award forms in the order of their level (highest first), each with its nominations.
std::vector<std::pair<AwardForm, std::vector<const Nomination*>>> byForm(const Input& input)
{
    std::vector<std::pair<AwardForm, std::vector<const Nomination*>>> groups;
    for (const Nomination& n : input.nominations) {
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first.id == n.form.id; });
        if (group == groups.end())
            group = groups.insert(groups.end(), { n.form, {} });
        group->second.push_back(&n);
    }
    return groups;
}

int countOf(const std::vector<const Nomination*>& nominations, Nominee::Kind kind)
{
    return int(std::count_if(nominations.begin(), nominations.end(), [&](const Nomination* n) { return n->proposal.nominee.kind == kind; }));
}

doc::Table nomineeTable(const std::vector<const Nomination*>& nominations, Nominee::Kind kind)
{
    doc::Table table;
    table.ruled = true;
    table.headerRows = 1;
    const bool people = kind == Nominee::Kind::Person;
    table.columnWidthsMm = people ? std::vector<double> { 11, 45, 50, 59 } : std::vector<double> { 11, 70, 84 };
    std::vector<doc::Cell> header { Decree30::tableCell(QStringLiteral("TT"), doc::Align::Center, true),
        Decree30::tableCell(people ? QStringLiteral("Họ và tên") : QStringLiteral("Tên tập thể"), doc::Align::Center, true) };
    if (people)
        header.push_back(Decree30::tableCell(QStringLiteral("Chức vụ, đơn vị công tác"), doc::Align::Center, true));
    header.push_back(Decree30::tableCell(QStringLiteral("Tóm tắt thành tích"), doc::Align::Center, true));
    table.rows.push_back(header);
    int number = 0;
    for (const Nomination* n : nominations) {
        if (n->proposal.nominee.kind != kind)
            continue;
        std::vector<doc::Cell> row { Decree30::tableCell(QString::number(++number), doc::Align::Center), Decree30::tableCell(n->nomineeName) };
        if (people)
            row.push_back(Decree30::tableCell(n->nomineeDetail));
        row.push_back(Decree30::tableCell(n->proposal.summary, doc::Align::Justify));
        table.rows.push_back(row);
    }
    return table;
}

} // namespace

doc::Document submission(const Input& input)
{
    doc::Document document;
    document.page = Decree30::pageSetup();
    document.title = QStringLiteral("Tờ trình đề nghị khen thưởng: %1").arg(input.campaign.name);
    document.body.push_back(Decree30::header(input.agency, Decree30::numberLine({}, QStringLiteral("TTr"), input.agency.abbreviation),
        Decree30::placeDateLine(input.agency.placeName, std::nullopt, std::nullopt, input.campaign.issueYear)));
    for (doc::Block& block : Decree30::title(QStringLiteral("TỜ TRÌNH"),
             QStringLiteral("Về việc đề nghị khen thưởng các tập thể, cá nhân có thành tích trong %1").arg(input.campaign.name)))
        document.body.push_back(std::move(block));
    const QString to = addressee(input);
    document.body.push_back(centred(decidedWithin(input) ? QStringLiteral("Kính gửi: %1.").arg(to)
                                                         : QStringLiteral("Kính gửi: %1; Sở Nội vụ.").arg(to),
        false));
    const QString agencyName = agencyInSentence(input.agency);
    for (const QString& basis : { QStringLiteral("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
             QStringLiteral("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, "
                            "phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều "
                            "của Luật Thi đua, khen thưởng;"),
             QStringLiteral("Căn cứ Kế hoạch triển khai %1 của %2;").arg(input.campaign.name, agencyName),
             QStringLiteral("Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng %1,").arg(agencyName) })
        document.body.push_back(Decree30::body(basis, true));
    const auto groups = byForm(input);
    const int collectives = countOf([&] {
        std::vector<const Nomination*> all;
        for (const auto& g : groups)
            all.insert(all.end(), g.second.begin(), g.second.end());
        return all;
    }(), Nominee::Kind::Unit);
    const int individuals = int(input.nominations.size()) - collectives;
    document.body.push_back(Decree30::body(QStringLiteral("%1 kính đề nghị %2 xem xét, khen thưởng cho %3 tập thể và %4 cá nhân "
                                                          "có thành tích xuất sắc trong %5, cụ thể như sau:")
                                               .arg(agencyName, to)
                                               .arg(collectives)
                                               .arg(individuals)
                                               .arg(input.campaign.name)));
    for (size_t i = 0; i < groups.size(); ++i) {
        const auto& [form, nominations] = groups[i];
        const bool last = i + 1 == groups.size();
        document.body.push_back(Decree30::body(QStringLiteral("- %1: %2 tập thể, %3 cá nhân%4")
                                                   .arg(form.name)
                                                   .arg(countOf(nominations, Nominee::Kind::Unit))
                                                   .arg(countOf(nominations, Nominee::Kind::Person))
                                                   .arg(last ? QStringLiteral(".") : QStringLiteral(";"))));
    }
    document.body.push_back(Decree30::body(QStringLiteral("(Có danh sách, biên bản họp Hội đồng và báo cáo thành tích của các "
                                                          "tập thể, cá nhân kèm theo)."),
        true));
    document.body.push_back(Decree30::body(QStringLiteral("%1 kính trình %2 xem xét, quyết định./.").arg(agencyName, to)));
    document.body.push_back(Decree30::signature({ QStringLiteral("Như trên"), QStringLiteral("Lưu: VT, VP") }, input.signer));
    return document;
}

doc::Document list(const Input& input)
{
    doc::Document document;
    document.page = Decree30::pageSetup();
    document.title = QStringLiteral("Danh sách đề nghị khen thưởng: %1").arg(input.campaign.name);
    document.body.push_back(centred(QStringLiteral("DANH SÁCH"), true));
    document.body.push_back(centred(QStringLiteral("Đề nghị khen thưởng các tập thể, cá nhân có thành tích trong %1").arg(input.campaign.name), true));
    doc::Paragraph attached = centred(QStringLiteral("(Kèm theo Tờ trình số      /TTr-%1 ngày      tháng      năm %2 của %3)")
                                          .arg(input.agency.abbreviation)
                                          .arg(input.campaign.issueYear)
                                          .arg(agencyInSentence(input.agency)),
        false, true);
    attached.spaceAfterPt = 12;
    document.body.push_back(attached);
    const auto groups = byForm(input);
    static const char* const Roman[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII" };
    for (size_t i = 0; i < groups.size(); ++i) {
        const auto& [form, nominations] = groups[i];
        doc::Paragraph heading = Decree30::body({ doc::Run { QStringLiteral("%1. %2").arg(QLatin1String(Roman[i % 8]), form.name.toUpper()), true, false, false, 0 } });
        heading.keepWithNext = true;
        document.body.push_back(heading);
        int part = 0;
        for (Nominee::Kind kind : { Nominee::Kind::Unit, Nominee::Kind::Person }) {
            const int count = countOf(nominations, kind);
            if (count == 0)
                continue;
            doc::Paragraph sub = Decree30::body({ doc::Run { QStringLiteral("%1. %2 (%3)")
                                                                 .arg(++part)
                                                                 .arg(kind == Nominee::Kind::Unit ? QStringLiteral("Tập thể") : QStringLiteral("Cá nhân"))
                                                                 .arg(count),
                true, false, false, 0 } });
            sub.keepWithNext = true;
            document.body.push_back(sub);
            document.body.push_back(nomineeTable(nominations, kind));
        }
    }
    return document;
}

Result<std::vector<Input>> load(Database& database, qint64 campaignId, const std::vector<qint64>& proposalIds)
{
    Result<Campaign> campaign = CampaignRepository(database).load(campaignId);
    AgencyRepository agencies(database);
    Result<Agency> agency = agencies.load();
    Result<std::vector<Signer>> signers = agencies.signers();
    Result<std::vector<AwardForm>> forms = AwardFormRepository(database).all();
    Result<std::vector<Proposal>> proposals = ProposalRepository(database).forCampaign(campaignId);
    Result<std::vector<Unit>> units = UnitRepository(database).all();
    Result<std::vector<Person>> people = PersonRepository(database).all();
    if (!campaign || !agency || !signers || !forms || !proposals || !units || !people)
        return !campaign ? campaign.error() : !agency ? agency.error() : !signers ? signers.error() : !forms ? forms.error()
            : !proposals ? proposals.error() : !units ? units.error() : people.error();
    Signer signer;
    for (const Signer& s : signers.value())
        if (s.id == campaign.value().signerId)
            signer = s;
    if (signer.id == 0)
        return Error { PaperworkText::tr("Đợt thi đua «%1» chưa chọn người ký. Hãy chọn ở thẻ «Thông tin chung, ban hành».")
                           .arg(campaign.value().name),
            {} };
    std::map<qint64, const Unit*> unitById;
    for (const Unit& u : units.value())
        unitById[u.id] = &u;
    std::map<qint64, const Person*> personById;
    for (const Person& p : people.value())
        personById[p.id] = &p;
    std::map<qint64, AwardForm> formById;
    for (const AwardForm& f : forms.value())
        formById[f.id] = f;

    std::map<QString, Input> byDecider;
    std::vector<QString> order;
    for (const Proposal& p : proposals.value()) {
        const bool chosen = proposalIds.empty()
            ? (p.state == ProposalState::Reviewed || p.state == ProposalState::Decided || p.state == ProposalState::Forwarded
                || p.state == ProposalState::Awarded)
            : std::find(proposalIds.begin(), proposalIds.end(), p.id) != proposalIds.end();
        if (!chosen)
            continue;
        Nomination n;
        n.proposal = p;
        n.form = formById[p.awardFormId];
        if (p.nominee.kind == Nominee::Kind::Unit) {
            n.nomineeName = unitById.count(p.nominee.id) ? unitById[p.nominee.id]->name : QString();
        } else if (personById.count(p.nominee.id)) {
            const Person* person = personById[p.nominee.id];
            n.nomineeName = person->fullName;
            const QString unitName = unitById.count(person->unitId) ? unitById[person->unitId]->name : QString();
            n.nomineeDetail = person->position.isEmpty() ? unitName : QStringLiteral("%1, %2").arg(person->position, unitName);
        }
        const QString decider = n.form.decidedBy;
        if (!byDecider.count(decider)) {
            order.push_back(decider);
            byDecider[decider] = Input { agency.value(), signer, campaign.value(), {} };
        }
        byDecider[decider].nominations.push_back(std::move(n));
    }
    if (order.empty())
        return Error { PaperworkText::tr("Không có đề nghị nào để lập hồ sơ: danh sách đề nghị (đã qua Hội đồng xét) đang trống."), {} };
    std::vector<Input> out;
    for (const QString& decider : order) {
        Input input = std::move(byDecider[decider]);
        std::stable_sort(input.nominations.begin(), input.nominations.end(), [](const Nomination& a, const Nomination& b) {
            return int(a.form.level) < int(b.form.level);
        });
        out.push_back(std::move(input));
    }
    return out;
}

} // namespace Paperwork
