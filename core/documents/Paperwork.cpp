#include "core/documents/Paperwork.h"

#include "core/documents/PaperworkWords.h"

#include "core/common/DateText.h"
#include "core/documents/Decree30.h"

#include <QCoreApplication>
#include <set>

namespace Paperwork {

using namespace detail;

namespace {

struct PaperworkText {
    Q_DECLARE_TR_FUNCTIONS(Paperwork)
};

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

QString grantVerb(const Input& input) { return decidedWithin(input) ? QStringLiteral("công nhận") : QStringLiteral("tặng"); }

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

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
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

} // namespace Paperwork
