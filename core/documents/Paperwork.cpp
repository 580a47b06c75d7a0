#include "core/documents/Paperwork.h"

#include "core/common/DateText.h"
#include "core/documents/Decree30.h"
#include "core/domain/AwardMoney.h"
#include "core/domain/PositionText.h"
#include "core/rules/CouncilRules.h"
#include "core/rules/ProposalWorkflow.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AnnualCatalogueRepository.h"
#include "core/storage/AnnualReviewRepository.h"
#include "core/storage/AwardDecisionRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/CouncilMeetingRepository.h"
#include "core/storage/DocumentIssueRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/SubmissionRouteRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/WordingRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <map>
#include <set>

namespace Paperwork {

namespace {

struct PaperworkText {
    Q_DECLARE_TR_FUNCTIONS(Paperwork)
};

// Document words are Vietnamese literals, whatever the interface language.
QString agencyInSentence(const Agency& agency)
{
    return agency.nameForSentences();
}

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

int countOf(const std::vector<const Nomination*>& nominations, Nominee::Kind kind);

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
    return int(std::count_if(
        nominations.begin(), nominations.end(), [&](const Nomination* n) { return n->proposal.nominee.kind == kind; }));
}

doc::Table nomineeTable(const std::vector<const Nomination*>& nominations, Nominee::Kind kind, bool withSummary)
{
    doc::Table table;
    table.ruled = true;
    table.headerRows = 1;
    const bool people = kind == Nominee::Kind::Person;
    if (withSummary)
        table.columnWidthsMm = people ? std::vector<double> { 11, 45, 50, 59 } : std::vector<double> { 11, 70, 84 };
    else // the list a decision awards: who, and for a person the post
        table.columnWidthsMm = people ? std::vector<double> { 11, 60, 94 } : std::vector<double> { 11, 154 };
    std::vector<doc::Cell> header { Decree30::tableCell(QStringLiteral("TT"), doc::Align::Center, true),
        Decree30::tableCell(
            people ? QStringLiteral("Họ và tên") : QStringLiteral("Tên tập thể"), doc::Align::Center, true) };
    if (people)
        header.push_back(Decree30::tableCell(QStringLiteral("Chức vụ, đơn vị công tác"), doc::Align::Center, true));
    if (withSummary)
        header.push_back(Decree30::tableCell(QStringLiteral("Tóm tắt thành tích"), doc::Align::Center, true));
    table.rows.push_back(header);
    int number = 0;
    for (const Nomination* n : nominations) {
        if (n->proposal.nominee.kind != kind)
            continue;
        std::vector<doc::Cell> row { Decree30::tableCell(QString::number(++number), doc::Align::Center),
            Decree30::tableCell(n->nomineeName) };
        if (people)
            row.push_back(Decree30::tableCell(n->nomineeDetail));
        if (withSummary)
            row.push_back(Decree30::tableCell(n->proposal.summary, doc::Align::Justify));
        table.rows.push_back(row);
    }
    return table;
}

// "2 tập thể và 3 cá nhân", leaving out a kind with nobody in it: each counted once, however many
// titles or awards it is proposed for (a person may be CSTĐCS and LĐTT of the same year).
QString whoIsAwarded(const Input& input)
{
    std::set<std::pair<int, qint64>> collectives, individuals;
    for (const Nomination& n : input.nominations)
        (n.proposal.nominee.kind == Nominee::Kind::Unit ? collectives : individuals).insert({ int(n.proposal.nominee.kind), n.proposal.nominee.id });
    return Decree30::countsPhrase(int(collectives.size()), int(individuals.size()));
}

// The year-end review's words: a title is named as one ("danh hiệu “Lao động tiên tiến”"), an
// award form by its name; the Director recognises titles (công nhận), the authorities above confer
// them (tặng).
bool isReview(const Input& input) { return !input.annualPeriod.isEmpty(); }

QString honourOf(const Nomination& n)
{
    return n.isTitle ? QStringLiteral("danh hiệu “%1”").arg(n.form.name) : n.form.name;
}

QString grantVerb(const Input& input) { return decidedWithin(input) ? QStringLiteral("công nhận") : QStringLiteral("tặng"); }

// "danh hiệu thi đua năm 2026", or "danh hiệu thi đua và hình thức khen thưởng năm 2026" when an
// award form (Bằng khen) is among them; one kind alone by its own name.
QString honoursOf(const Input& input)
{
    const Nomination& first = input.nominations.front();
    const bool one = std::all_of(input.nominations.begin(), input.nominations.end(),
        [&](const Nomination& n) { return n.form.id == first.form.id; });
    if (one)
        return QStringLiteral("%1 %2").arg(honourOf(first), input.annualPeriod);
    const bool allTitles
        = std::all_of(input.nominations.begin(), input.nominations.end(), [](const Nomination& n) { return n.isTitle; });
    return QStringLiteral("%1 %2")
        .arg(allTitles ? QStringLiteral("danh hiệu thi đua") : QStringLiteral("danh hiệu thi đua và hình thức khen thưởng"),
            input.annualPeriod);
}

QString upperFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// "- Danh hiệu “Lao động tiên tiến”: 05 cá nhân;" per award form, the last ending with a full stop.
void appendHonourCounts(std::vector<doc::Block>& body, const Input& input)
{
    const auto groups = byForm(input);
    for (size_t i = 0; i < groups.size(); ++i) {
        const auto& [form, nominations] = groups[i];
        body.push_back(Decree30::body(
            QStringLiteral("- %1: %2%3")
                .arg(isReview(input) ? upperFirst(honourOf(*nominations.front())) : form.name,
                    Decree30::countsPhrase(countOf(nominations, Nominee::Kind::Unit), countOf(nominations, Nominee::Kind::Person)),
                    i + 1 == groups.size() ? QStringLiteral(".") : QStringLiteral(";"))));
    }
}

// The decision's registration: its number and signing date once recorded; until then blank, in
// the year it is being prepared.
DocumentIssue decisionIssue(const Input& input)
{
    return DocumentIssue { input.decision.number.trimmed(), input.decision.signedOn, input.issue.year };
}

// The placeholders of the agency's wording, filled for this paperwork.
std::map<QString, QString> wordingValues(const Input& input)
{
    return { { QStringLiteral("cơ quan"), agencyInSentence(input.agency) },
        { QStringLiteral("đợt thi đua"), input.campaign.name },
        { QStringLiteral("người quyết định"), addressee(input) }, { QStringLiteral("tỉnh"), input.agency.placeName },
        { QStringLiteral("kế hoạch"), planReference(input.campaign, input.agency) },
        { QStringLiteral("quy chế"),
            input.wording.filled(WordingKey::ProvinceRules, { { QStringLiteral("tỉnh"), input.agency.placeName } }) },
        { QStringLiteral("tiền thưởng"),
            input.reward.isEmpty() ? QStringLiteral("Tiền thưởng theo quy định hiện hành.") : input.reward },
        { QStringLiteral("hình thức"),
            input.nominations.empty() ? QString()
                : isReview(input)     ? honoursOf(input)
                                      : input.nominations.front().form.name } };
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

// "Kính gửi: A; B." as the clerk wrote it (or its default): one addressee each, without the
// words "Kính gửi" and the punctuation the layout adds again.
QStringList addresseesIn(const QString& text)
{
    QString list = text.trimmed();
    list.remove(QRegularExpression(QStringLiteral("^Kính gửi\\s*:?\\s*"), QRegularExpression::CaseInsensitiveOption));
    QStringList out;
    for (QString one : list.split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts)) {
        one = one.trimmed();
        one.remove(QRegularExpression(QStringLiteral("^-\\s*")));
        one.remove(QRegularExpression(QStringLiteral("[.;]+$")));
        if (!one.isEmpty())
            out << one.trimmed();
    }
    return out;
}

// The Office's head: a signer of that title, else the person of the Office holding it; a blank
// name (to sign by hand) when neither is recorded.
Signer officeHead(const std::vector<Signer>& signers, const std::vector<Person>& people, const Unit& office)
{
    const QString title = QStringLiteral("Chánh %1").arg(office.name);
    for (const Signer& s : signers)
        if (s.position.compare(title, Qt::CaseInsensitive) == 0 && s.signingPrefix.isEmpty())
            return s;
    for (const Person& p : people)
        if (p.unitId == office.id && p.position.compare(title, Qt::CaseInsensitive) == 0)
            return Signer { 0, p.fullName, title.toUpper(), {} };
    return Signer { 0, {}, title.toUpper(), {} };
}

// The route of the agency's rule for the level: who sends, who signs; to whom, from the wording.
Routing routingOf(const Input& input, const SubmissionRoute& route, const std::vector<Signer>& signers,
    const std::vector<Unit>& units, const std::vector<Person>& people)
{
    Routing routing { input.agency, agencyInSentence(input.agency), {}, input.signer };
    routing.addressees = decidedWithin(input)
        ? QStringList { addressee(input) }
        : addresseesIn(input.wording.filled(WordingKey::SubmissionAddressee, wordingValues(input)));
    const auto office
        = std::find_if(units.begin(), units.end(), [](const Unit& u) { return u.kind == UnitKind::Office; });
    if (route.sender == SubmissionRoute::Sender::Office && office != units.end()) {
        routing.sender
            = Agency { input.agency.name, office->name.toUpper(), office->code, input.agency.placeName, office->name };
        routing.senderInText = QStringLiteral("%1 %2").arg(office->name, agencyInSentence(input.agency));
        routing.signer = officeHead(signers, people, *office);
    }
    for (const Signer& s : signers)
        if (route.signerId != 0 && s.id == route.signerId)
            routing.signer = s;
    return routing;
}

// The legal basis of an award proposal or decision (the agency's wording, one line each), the
// last line saying what it rests on.
void appendLegalBasis(std::vector<doc::Block>& body, const Input& input, WordingKey basis, const QString& last)
{
    QStringList lines = input.wording.filled(basis, wordingValues(input)).split(QLatin1Char('\n'));
    lines << last;
    for (const QString& basis : lines)
        if (!basis.trimmed().isEmpty())
            body.push_back(Decree30::body(basis.trimmed(), true));
}

// Điều 2's amounts: "Kèm theo Giấy khen, mỗi tập thể được thưởng 1.410.000 đồng (0,6 lần mức lương
// cơ sở), mỗi cá nhân được thưởng 710.000 đồng (0,3 lần …); tổng cộng 2.830.000 đồng." — empty when
// no base salary applies on the decision's day.
QString rewardOf(const Input& input, const std::vector<BaseSalary>& salaries)
{
    if (input.nominations.empty())
        return {};
    const std::optional<qint64> base
        = AwardMoney::baseSalaryOn(salaries, input.decision.signedOn.value_or(QDate::currentDate()));
    if (!base)
        return {};
    const AwardForm& form = input.nominations.front().form;
    QStringList each;
    qint64 total = 0;
    if (isReview(input)) { // each title with its own amount
        for (const auto& [groupForm, nominations] : byForm(input))
            for (Nominee::Kind kind : { Nominee::Kind::Unit, Nominee::Kind::Person }) {
                const int count = countOf(nominations, kind);
                if (count == 0)
                    continue;
                const double multiple = AwardMoney::multipleOf(groupForm, kind);
                const qint64 amount = AwardMoney::amount(multiple, *base);
                total += amount * count;
                each << QStringLiteral("mỗi %1 đạt %2 được thưởng %3 (%4 lần mức lương cơ sở)")
                            .arg(kind == Nominee::Kind::Unit ? QStringLiteral("tập thể") : QStringLiteral("cá nhân"),
                                honourOf(*nominations.front()), AwardMoney::dong(amount), AwardMoney::multipleText(multiple));
            }
        return QStringLiteral("%1; tổng cộng %2 (mức lương cơ sở %3).")
            .arg(upperFirst(each.join(QStringLiteral("; "))), AwardMoney::dong(total), AwardMoney::dong(*base));
    }
    for (Nominee::Kind kind : { Nominee::Kind::Unit, Nominee::Kind::Person }) {
        int count = 0;
        for (const Nomination& n : input.nominations)
            if (n.proposal.nominee.kind == kind) {
                ++count;
                total += AwardMoney::amount(AwardMoney::multipleOf(n.form, kind), *base);
            }
        if (count == 0)
            continue;
        const double multiple = AwardMoney::multipleOf(form, kind);
        each << QStringLiteral("mỗi %1 được thưởng %2 (%3 lần mức lương cơ sở)")
                    .arg(kind == Nominee::Kind::Unit ? QStringLiteral("tập thể") : QStringLiteral("cá nhân"),
                        AwardMoney::dong(AwardMoney::amount(multiple, *base)), AwardMoney::multipleText(multiple));
    }
    return QStringLiteral("Kèm theo %1, %2; tổng cộng %3 (mức lương cơ sở %4).")
        .arg(form.name, each.join(QStringLiteral(", ")), AwardMoney::dong(total), AwardMoney::dong(*base));
}

} // namespace

QString planReference(const Campaign& campaign, const Agency& agency)
{
    const DocumentIssue plan { campaign.documentNumber.trimmed(),
        campaign.issueDay && campaign.issueMonth
            ? std::optional<QDate>(QDate(campaign.issueYear, *campaign.issueMonth, *campaign.issueDay))
            : std::nullopt,
        campaign.issueYear };
    QString dated = Decree30::numberAndDate(plan, QStringLiteral("KH"), agency.abbreviation);
    if (!plan.date && campaign.issueMonth) // a month printed with the day blank, as the plan itself shows it
        dated
            = QStringLiteral("số %1 %2")
                  .arg(Decree30::numberLine(plan, QStringLiteral("KH"), agency.abbreviation).mid(4),
                      Decree30::placeDateLine(QString(), std::nullopt, campaign.issueMonth, campaign.issueYear).mid(2));
    return QStringLiteral("Kế hoạch %1 của %2 về %3")
        .arg(
            dated, agencyInSentence(agency), lowerFirst(campaign.summary.isEmpty() ? campaign.name : campaign.summary));
}

namespace {

// The Tờ trình's subject names the award when it asks for one, so the register tells them apart.
QString subjectOf(const Input& input)
{
    const auto groups = byForm(input);
    if (isReview(input))
        return QStringLiteral("Về việc đề nghị %1 %2").arg(grantVerb(input), honoursOf(input));
    if (groups.size() == 1)
        return QStringLiteral("Về việc đề nghị tặng %1 cho %2 có thành tích trong %3")
            .arg(groups.front().first.name, whoIsAwarded(input), input.campaign.name);
    return QStringLiteral("Về việc đề nghị khen thưởng các tập thể, cá nhân có thành tích trong %1")
        .arg(input.campaign.name);
}

// Nơi nhận: a deputy signing for the head reports to the head.
QStringList recipientsFor(const Signer& signer, QStringList recipients)
{
    if (signer.signingPrefix.startsWith(QStringLiteral("KT."))) {
        QString head = signer.signingPrefix.mid(3).trimmed().toLower();
        if (!head.isEmpty())
            head[0] = head[0].toUpper();
        recipients.insert(recipients.size() - 1, QStringLiteral("%1 (để báo cáo)").arg(head));
    }
    return recipients;
}

} // namespace

QString submissionSymbol(const Input& input) { return Decree30::symbol(QStringLiteral("TTr"), input.routing.sender.abbreviation); }

QString decisionSymbol(const Agency& agency) { return Decree30::symbol(QStringLiteral("QĐ"), agency.abbreviation); }

doc::Document submission(const Input& input)
{
    const Routing& routing = input.routing;
    doc::Document document
        = Decree30::document(QStringLiteral("Tờ trình đề nghị khen thưởng: %1").arg(input.campaign.name),
            routing.sender, Decree30::numberLine(input.issue, QStringLiteral("TTr"), routing.sender.abbreviation),
            Decree30::placeDateLine(input.agency.placeName, input.issue), QStringLiteral("TỜ TRÌNH"), subjectOf(input));
    document.author = routing.senderInText;
    for (doc::Block& line : Decree30::addressedTo(routing.addressees))
        document.body.push_back(std::move(line));
    // The first addressee decides (the Director, the province's chairman), or takes the proposal
    // up to who decides (the Prime Minister, the President).
    const QString to = routing.addressees.isEmpty() ? addressee(input) : routing.addressees.front();
    const AwardLevel level = input.nominations.empty() ? AwardLevel::Agency : input.nominations.front().form.level;
    const bool above = level == AwardLevel::State || level == AwardLevel::Government;
    // The province proposes to the Prime Minister, who submits the State's awards to the President.
    const QString action = level == AwardLevel::State
        ? QStringLiteral("xem xét, đề nghị Thủ tướng Chính phủ trình %1 khen thưởng").arg(addressee(input))
        : above ? QStringLiteral("xem xét, trình %1 khen thưởng").arg(addressee(input))
                : QStringLiteral("xem xét, khen thưởng");
    const QString agencyName = agencyInSentence(input.agency);
    appendLegalBasis(document.body, input, WordingKey::LegalBasis,
        input.councilMetOn ? QStringLiteral("Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng %1 ngày %2,")
                                 .arg(agencyName, Decree30::dateInWords(*input.councilMetOn))
                           : QStringLiteral("Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng %1,").arg(agencyName));
    const QString from = routing.senderInText;
    if (isReview(input)) // the titles of the year, each with how many
        document.body.push_back(Decree30::body(
            QStringLiteral("%1 kính đề nghị %2 xem xét, %3 %4 cho %5 đạt tiêu chuẩn theo quy định, cụ thể như sau:")
                .arg(from, to, level == AwardLevel::Agency ? QStringLiteral("công nhận") : QStringLiteral("tặng"),
                    honoursOf(input), whoIsAwarded(input))));
    else
        document.body.push_back(
            Decree30::body(QStringLiteral("%1 kính đề nghị %2 %3 cho %4 có thành tích xuất sắc trong %5, cụ thể như sau:")
                               .arg(from, to, action, whoIsAwarded(input), input.campaign.name)));
    appendHonourCounts(document.body, input);
    document.body.push_back(
        Decree30::body(QStringLiteral("(Có danh sách, biên bản họp Hội đồng và báo cáo thành tích của các "
                                      "tập thể, cá nhân kèm theo)."),
            true));
    document.body.push_back(Decree30::body(
        QStringLiteral("%1 kính trình %2 %3./.")
            .arg(from, to, above ? QStringLiteral("xem xét, đề nghị") : QStringLiteral("xem xét, quyết định"))));
    document.body.push_back(Decree30::signature(
        recipientsFor(routing.signer, { QStringLiteral("Như trên"), QStringLiteral("Lưu: VT, VP") }), routing.signer));
    return document;
}

namespace {

// The list of nominees by award form, collectives then individuals, under a title and the line
// that says which document it is attached to.
void appendList(std::vector<doc::Block>& body, const Input& input, const QString& title, const QString& attachedTo,
    bool withSummary = true)
{
    body.push_back(Decree30::centred(QStringLiteral("DANH SÁCH"), true));
    body.push_back(Decree30::centred(title, true));
    doc::Paragraph attached = Decree30::centred(attachedTo, false, true);
    attached.spaceAfterPt = 12;
    body.push_back(attached);
    appendNominees(body, input, withSummary);
}

// "Tờ trình số …/TTr-SKHCN ngày … của Sở …", "Quyết định số 15/QĐ-SKHCN ngày 05 tháng 12 năm 2026 của Giám đốc Sở …".
QString documentOf(const Input& input, const QString& type)
{
    const bool decision = type != QLatin1String("TTr");
    const QString who
        = decision ? QStringLiteral("Giám đốc %1").arg(agencyInSentence(input.agency)) : input.routing.senderInText;
    const QString name = decision ? QStringLiteral("Quyết định") : QStringLiteral("Tờ trình");
    const QString abbreviation = decision ? input.agency.abbreviation : input.routing.sender.abbreviation;
    return QStringLiteral("%1 %2 của %3")
        .arg(name, Decree30::numberAndDate(decision ? decisionIssue(input) : input.issue, type, abbreviation), who);
}

} // namespace

void appendNominees(std::vector<doc::Block>& body, const Input& input, bool withSummary)
{
    const auto groups = byForm(input);
    static const char* const Roman[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII" };
    for (size_t i = 0; i < groups.size(); ++i) {
        const auto& [form, nominations] = groups[i];
        doc::Paragraph heading = Decree30::body({ doc::Run {
            QStringLiteral("%1. %2")
                .arg(QLatin1String(Roman[i % 8]), (isReview(input) ? honourOf(*nominations.front()) : form.name).toUpper()),
            true, false, false, 0 } });
        heading.keepWithNext = true;
        body.push_back(heading);
        int part = 0;
        for (Nominee::Kind kind : { Nominee::Kind::Unit, Nominee::Kind::Person }) {
            const int count = countOf(nominations, kind);
            if (count == 0)
                continue;
            doc::Paragraph sub = Decree30::body({ doc::Run {
                QStringLiteral("%1. %2 (%3)")
                    .arg(++part)
                    .arg(kind == Nominee::Kind::Unit ? QStringLiteral("Tập thể") : QStringLiteral("Cá nhân"))
                    .arg(count),
                true, false, false, 0 } });
            sub.keepWithNext = true;
            body.push_back(sub);
            body.push_back(nomineeTable(nominations, kind, withSummary));
        }
    }
}

doc::Document list(const Input& input)
{
    doc::Document document;
    document.page = Decree30::pageSetup();
    document.title = QStringLiteral("Danh sách đề nghị khen thưởng: %1").arg(input.campaign.name);
    document.author = input.routing.senderInText;
    const auto groups = byForm(input);
    appendList(document.body, input,
        isReview(input)      ? QStringLiteral("Đề nghị %1 %2").arg(grantVerb(input), honoursOf(input))
        : groups.size() == 1 ? QStringLiteral("Đề nghị tặng %1 cho các tập thể, cá nhân có thành tích trong %2")
                                 .arg(groups.front().first.name, input.campaign.name)
                           : QStringLiteral("Đề nghị khen thưởng các tập thể, cá nhân có thành tích trong %1")
                                 .arg(input.campaign.name),
        QStringLiteral("(Kèm theo %1)").arg(documentOf(input, QStringLiteral("TTr"))));
    doc::Paragraph total = Decree30::body(
        { doc::Run { QStringLiteral("Tổng cộng: %1./.").arg(whoIsAwarded(input)), true, false, false, 0 } });
    total.keepWithNext = true; // with the signature below it
    document.body.push_back(total);
    // Signed by who signs the Tờ trình it goes with.
    document.body.push_back(Decree30::signature({}, input.routing.signer));
    return document;
}

namespace {

doc::Document decisionDocument(const Input& input, bool draft)
{
    doc::Document document = Decree30::document(
        (isReview(input) ? QStringLiteral("Quyết định công nhận danh hiệu thi đua: %1")
                         : QStringLiteral("Quyết định khen thưởng: %1"))
            .arg(input.campaign.name),
        input.agency, Decree30::numberLine(decisionIssue(input), QStringLiteral("QĐ"), input.agency.abbreviation),
        Decree30::placeDateLine(input.agency.placeName, decisionIssue(input)), QStringLiteral("QUYẾT ĐỊNH"),
        isReview(input) && !input.nominations.empty()
            ? QStringLiteral("Về việc công nhận %1").arg(honoursOf(input))
            : QStringLiteral("Về việc tặng %1 cho các tập thể, cá nhân có thành tích trong %2")
                  .arg(input.nominations.empty() ? QStringLiteral("Giấy khen") : input.nominations.front().form.name,
                      input.campaign.name));
    document.body.push_back(Decree30::centred(QStringLiteral("GIÁM ĐỐC %1").arg(input.agency.name.toUpper()), true));
    appendLegalBasis(document.body, input, WordingKey::DecisionLegalBasis,
        input.wording.filled(WordingKey::DecisionProposer, wordingValues(input)));
    document.body.push_back(Decree30::centred(QStringLiteral("QUYẾT ĐỊNH:"), true));
    const QString formName = input.nominations.empty() ? QString() : input.nominations.front().form.name;
    if (isReview(input) && !input.nominations.empty()) {
        document.body.push_back(Decree30::body({ doc::Run { QStringLiteral("Điều 1. "), true, false, false, 0 },
            doc::Run { QStringLiteral("Công nhận %1 cho %2 (có danh sách kèm theo), cụ thể như sau:")
                           .arg(honoursOf(input), whoIsAwarded(input)),
                false, false, false, 0 } }));
        appendHonourCounts(document.body, input);
    } else
        document.body.push_back(Decree30::body({ doc::Run { QStringLiteral("Điều 1. "), true, false, false, 0 },
            doc::Run { QStringLiteral("Tặng %1 cho %2 (có danh sách kèm theo) đã có thành tích xuất sắc trong %3.")
                           .arg(formName, whoIsAwarded(input), input.campaign.name),
                false, false, false, 0 } }));
    document.body.push_back(Decree30::body({ doc::Run { QStringLiteral("Điều 2. "), true, false, false, 0 },
        doc::Run { input.wording.filled(WordingKey::DecisionReward, wordingValues(input)), false, false, false, 0 } }));
    document.body.push_back(Decree30::body({ doc::Run { QStringLiteral("Điều 3. "), true, false, false, 0 },
        doc::Run {
            input.wording.filled(WordingKey::DecisionExecution, wordingValues(input)), false, false, false, 0 } }));
    document.body.push_back(
        Decree30::signature(recipientsFor(input.signer,
                                { QStringLiteral("Như Điều 3"),
                                    QStringLiteral("Sở Nội vụ tỉnh %1 (để báo cáo)").arg(input.agency.placeName),
                                    QStringLiteral("Lưu: VT, VP") }),
            input.signer));
    document.body.push_back(doc::PageBreak {});
    appendList(document.body, input,
        isReview(input) && !input.nominations.empty()
            ? QStringLiteral("Các tập thể, cá nhân được công nhận %1").arg(honoursOf(input))
            : QStringLiteral("Các tập thể, cá nhân được tặng %1").arg(formName),
        QStringLiteral("(Kèm theo %1)").arg(documentOf(input, QStringLiteral("QĐ"))), false);
    if (draft) {
        document.body.insert(document.body.begin(), Decree30::draftMark());
        document.title = QStringLiteral("Dự thảo ") + document.title;
    }
    return document;
}

} // namespace

doc::Document decision(const Input& input)
{
    return decisionDocument(input, true);
}

Result<doc::Document> finalDecision(const Input& input)
{
    if (input.decision.number.trimmed().isEmpty())
        return Error { PaperworkText::tr(
                           "Chưa in được bản chính thức: trường «Số quyết định» đang trống. Hãy ghi số đã đăng ký "
                           "ở văn thư."),
            {} };
    if (!input.decision.signedOn)
        return Error { PaperworkText::tr("Chưa in được bản chính thức: trường «Ngày ký quyết định» đang trống."), {} };
    // The decision follows the council's proposal: it cannot be signed before the council met.
    if (input.councilMetOn && *input.decision.signedOn < *input.councilMetOn)
        return Error {
            PaperworkText::tr(
                "Chưa in được bản chính thức: trường «Ngày ký quyết định» (%1) trước ngày họp Hội đồng Thi đua - "
                "Khen thưởng (%2).")
                .arg(dateText(input.decision.signedOn), dateText(input.councilMetOn)),
            {}
        };
    const doc::Document final = decisionDocument(input, false);
    // A căn cứ still holding "…" cites a decision by no number: the reviewer sends it back.
    if (doc::plainText(final).contains(QChar(0x2026)))
        return Error {
            PaperworkText::tr(
                "Chưa in được bản chính thức: căn cứ của quyết định còn chỗ «…» chưa điền (số, ngày các quyết định "
                "của tỉnh). Hãy điền ở Cơ quan → Câu chữ hồ sơ khen thưởng…"),
            {}
        };
    return final;
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
    Result<Wording> wording = WordingRepository(database).load();
    Result<std::optional<CouncilMeeting>> meeting = CouncilMeetingRepository(database).latest(campaignId);
    Result<std::vector<SubmissionRoute>> routes = SubmissionRouteRepository(database).all();
    AnnualReviewRepository reviews(database);
    Result<std::optional<int>> reviewYear = reviews.yearOf(campaignId);
    Result<std::vector<ReviewEntry>> entries = reviews.entries(campaignId);
    Result<EvaluationPeriod> period = AnnualCatalogueRepository(database).period();
    for (const Error* error :
        { campaign.errorIf(), agency.errorIf(), signers.errorIf(), forms.errorIf(), proposals.errorIf(),
            units.errorIf(), people.errorIf(), wording.errorIf(), meeting.errorIf(), routes.errorIf(),
            reviewYear.errorIf(), entries.errorIf(), period.errorIf() })
        if (error)
            return *error;
    // The year-end review names its titles as titles (Bằng khen stays an award form).
    const QString annualPeriod = reviewYear.value() ? period.value().documentLabel(*reviewYear.value()) : QString();
    std::map<qint64, AnnualTitle> titleOf;
    for (const ReviewEntry& entry : entries.value())
        titleOf[entry.proposalId] = entry.title;
    // A proposal added to the review on the proposals page: its form names the title.
    std::map<QString, AnnualTitle> titleNamed;
    if (reviewYear.value()) {
        Result<std::vector<AnnualTitleDefinition>> titles = AnnualCatalogueRepository(database).titles();
        if (!titles)
            return titles.error();
        for (const AnnualTitleDefinition& t : titles.value())
            titleNamed[t.name] = t.title;
        for (const Proposal& p : proposals.value())
            if (!titleOf.count(p.id))
                if (const auto form = std::find_if(forms.value().begin(), forms.value().end(), [&](const AwardForm& f) { return f.id == p.awardFormId; });
                    form != forms.value().end() && titleNamed.count(form->name))
                    titleOf[p.id] = titleNamed[form->name];
    }
    Signer signer;
    for (const Signer& s : signers.value())
        if (s.id == campaign.value().signerId)
            signer = s;
    if (signer.id == 0)
        return Error { PaperworkText::tr(
                           "Đợt thi đua «%1» chưa chọn người ký. Hãy chọn ở thẻ «Thông tin chung, ban hành».")
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
            ? (p.state == ProposalState::Reviewed || p.state == ProposalState::Decided
                || p.state == ProposalState::Forwarded || p.state == ProposalState::Awarded)
            : std::find(proposalIds.begin(), proposalIds.end(), p.id) != proposalIds.end();
        if (!chosen)
            continue;
        Nomination n;
        n.proposal = p;
        n.form = formById[p.awardFormId];
        n.isTitle = titleOf.count(p.id) && titleOf[p.id] != AnnualTitle::ProvinceMerit;
        if (p.nominee.kind == Nominee::Kind::Unit) {
            // A collective by its full name: "Văn phòng Sở Khoa học và Công nghệ", "Phòng …, Sở …".
            n.nomineeName = unitById.count(p.nominee.id)
                ? positionAndUnit({}, *unitById[p.nominee.id], agency.value().nameForSentences())
                : QString();
        } else if (personById.count(p.nominee.id)) {
            const Person* person = personById[p.nominee.id];
            n.nomineeName = person->fullName;
            n.honorific = person->gender == Gender::Female ? QStringLiteral("Bà") : QStringLiteral("Ông");
            n.nomineeDetail = unitById.count(person->unitId)
                ? positionAndUnit(person->position, *unitById[person->unitId], agency.value().nameForSentences())
                : person->position;
        }
        const QString decider = n.form.decidedBy;
        if (!byDecider.count(decider)) {
            order.push_back(decider);
            byDecider[decider] = Input { agency.value(), signer, campaign.value(), {}, {}, wording.value(),
                DocumentIssue::blankOn(QDate::currentDate()), {}, {}, {}, annualPeriod };
        }
        byDecider[decider].nominations.push_back(std::move(n));
    }
    if (order.empty())
        return Error { PaperworkText::tr(
                           "Không có đề nghị nào để lập hồ sơ: danh sách đề nghị (đã qua Hội đồng xét) đang trống."),
            {} };
    std::vector<Input> out;
    for (const QString& decider : order) {
        Input input = std::move(byDecider[decider]);
        // By level; a review's titles within it collectives first, the higher title before the lower.
        static const AnnualTitle Rank[] = { AnnualTitle::GovernmentFlag, AnnualTitle::ProvinceFlag, AnnualTitle::ExcellentCollective,
            AnnualTitle::AdvancedCollective, AnnualTitle::NationalEmulationFighter, AnnualTitle::ProvinceEmulationFighter,
            AnnualTitle::ProvinceMerit, AnnualTitle::GrassrootsEmulationFighter, AnnualTitle::AdvancedWorker };
        const auto rank = [&](const Nomination& n) {
            const auto title = titleOf.find(n.proposal.id);
            return title == titleOf.end() ? 0 : int(std::find(std::begin(Rank), std::end(Rank), title->second) - std::begin(Rank));
        };
        std::stable_sort(input.nominations.begin(), input.nominations.end(), [&](const Nomination& a, const Nomination& b) {
            return std::pair(int(a.form.level), rank(a)) < std::pair(int(b.form.level), rank(b));
        });
        const AwardLevel level = input.nominations.front().form.level;
        const auto route = std::find_if(routes.value().begin(), routes.value().end(),
            [level](const SubmissionRoute& r) { return r.level == level; });
        input.routing = routingOf(input, route != routes.value().end() ? *route : SubmissionRoute::defaultFor(level),
            signers.value(), units.value(), people.value());
        Result<DocumentIssue> issue = DocumentIssueRepository(database).load(
            campaignId, DocumentIssueRepository::Kind::Submission, decider, QDate::currentDate());
        if (!issue)
            return issue.error();
        input.issue = issue.value();
        if (meeting && meeting.value())
            input.councilMetOn = meeting.value()->heldAt.date();
        out.push_back(std::move(input));
    }
    return out;
}

Result<Input> loadVoted(Database& database, qint64 campaignId)
{
    Result<std::vector<Proposal>> proposals = ProposalRepository(database).forCampaign(campaignId);
    if (!proposals)
        return proposals.error();
    std::vector<qint64> voted;
    for (const Proposal& p : proposals.value())
        if (p.vote)
            voted.push_back(p.id);
    if (voted.empty())
        return Error { PaperworkText::tr("Chưa có đề nghị nào được Hội đồng bỏ phiếu trong đợt này."), {} };
    Result<std::vector<Input>> groups = load(database, campaignId, voted);
    if (!groups)
        return groups.error();
    Input all = groups.value().front();
    all.nominations.clear();
    for (const Input& group : groups.value())
        all.nominations.insert(all.nominations.end(), group.nominations.begin(), group.nominations.end());
    return all;
}

Result<Input> loadDecided(Database& database, qint64 campaignId)
{
    Result<std::vector<Proposal>> proposals = ProposalRepository(database).forCampaign(campaignId);
    if (!proposals)
        return proposals.error();
    std::vector<qint64> decided;
    for (const Proposal& p : proposals.value())
        if (p.state == ProposalState::Decided || p.state == ProposalState::Awarded)
            decided.push_back(p.id);
    if (decided.empty())
        return Error { PaperworkText::tr("Chưa có đề nghị nào được Giám đốc quyết định khen trong đợt này."), {} };
    Result<std::vector<Input>> groups = load(database, campaignId, decided);
    if (!groups)
        return groups.error();
    Result<AwardDecision> recorded = AwardDecisionRepository(database).load(campaignId);
    if (!recorded)
        return recorded.error();
    Result<std::vector<BaseSalary>> salaries = AwardFormRepository(database).baseSalaries();
    if (!salaries)
        return salaries.error();
    for (Input& group : groups.value())
        if (!group.nominations.empty() && group.nominations.front().form.level == AwardLevel::Agency) {
            group.decision = recorded.value();
            group.reward = rewardOf(group, salaries.value());
            return std::move(group);
        }
    return Error { PaperworkText::tr("Chưa có đề nghị nào được Giám đốc quyết định khen trong đợt này."), {} };
}

} // namespace Paperwork
