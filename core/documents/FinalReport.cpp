#include "core/documents/FinalReport.h"

#include "core/common/DateText.h"
#include "core/documents/Decree30.h"
#include "core/storage/DocumentIssueRepository.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/FinalReportRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitReportRepository.h"
#include "core/storage/UnitRepository.h"

#include <QCoreApplication>


namespace FinalReport {

// Document words are Vietnamese literals, whatever the interface language.
namespace {

struct FinalReportText {
    Q_DECLARE_TR_FUNCTIONS(FinalReport)
};

const QString Dotted = QString(30, QChar(0x2026));

using Statistics::isGranted;
using Statistics::isProposed;

doc::Paragraph heading(const QString& text)
{
    doc::Paragraph p = Decree30::body({ doc::Run { text, true, false, false, 0 } });
    p.keepWithNext = true;
    return p;
}

// The clerk's paragraphs, one per line; a dotted line to write on when there are none.
void appendNarrative(std::vector<doc::Block>& body, const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        doc::Paragraph dots = Decree30::body(Dotted);
        dots.align = doc::Align::Left;
        body.push_back(dots);
    }
    for (const QString& line : lines)
        if (!line.trimmed().isEmpty())
            body.push_back(Decree30::body(line.trimmed()));
}

doc::Cell number(int value) { return Decree30::tableCell(QString::number(value), doc::Align::Center); }

QString reportStatusText(ReportStatus status)
{
    switch (status) {
    case ReportStatus::NotSubmitted:
        return QStringLiteral("Chưa nộp");
    case ReportStatus::Submitted:
        return QStringLiteral("Đã nộp");
    case ReportStatus::Late:
        return QStringLiteral("Nộp muộn");
    }
    return {};
}

QString reportNumberLine(const Input& input) { return Decree30::numberLine(input.issue, QStringLiteral("BC"), input.agency.abbreviation); }

void appendUnitResults(std::vector<doc::Block>& body, const Input& input)
{
    int submitted = 0, late = 0;
    for (const UnitLine& line : input.units) {
        const ReportStatus status = statusOf(line.report, input.campaignDeadline);
        submitted += status != ReportStatus::NotSubmitted ? 1 : 0;
        late += status == ReportStatus::Late ? 1 : 0;
    }
    const int total = int(input.units.size());
    body.push_back(Decree30::body(QStringLiteral("Có %1/%2 đơn vị đã gửi báo cáo tổng kết (%3 đơn vị nộp muộn); %4 đơn vị chưa gửi báo cáo.")
                                      .arg(submitted)
                                      .arg(total)
                                      .arg(late)
                                      .arg(total - submitted)));
    doc::Table figures = Decree30::dataTable({ 11, 58, 26, 22, 22, 26 },
        { QStringLiteral("TT"), QStringLiteral("Đơn vị"), QStringLiteral("Ngày nhận báo cáo"), QStringLiteral("Sáng kiến"),
            QStringLiteral("Mô hình, cách làm hay"), QStringLiteral("Cá nhân được đơn vị khen") });
    int row = 0, initiatives = 0, models = 0, commended = 0;
    for (const UnitLine& line : input.units) {
        if (!line.report.receivedOn)
            continue;
        const UnitReport& r = line.report;
        figures.rows.push_back({ Decree30::tableCell(QString::number(++row), doc::Align::Center), Decree30::tableCell(line.unit.name),
            Decree30::tableCell(dateText(r.receivedOn), doc::Align::Center), number(r.initiatives), number(r.models),
            number(r.peopleCommended) });
        initiatives += r.initiatives;
        models += r.models;
        commended += r.peopleCommended;
    }
    figures.rows.push_back({ Decree30::tableCell(QString()), Decree30::tableCell(QStringLiteral("Tổng cộng"), doc::Align::Left, true),
        Decree30::tableCell(QString()), number(initiatives), number(models), number(commended) });
    body.push_back(figures);
    for (const UnitLine& line : input.units)
        if (line.report.receivedOn && !line.report.summary.trimmed().isEmpty())
            body.push_back(Decree30::body(QStringLiteral("- %1: %2").arg(line.unit.name, line.report.summary.trimmed())));
}

void appendAwardResults(std::vector<doc::Block>& body, const Input& input)
{
    const AwardRow all = totals(input.awards);
    const bool proposed = all.proposedUnits + all.proposedPeople > 0, granted = all.grantedUnits + all.grantedPeople > 0;
    const QString proposals = proposed ? QStringLiteral("Các đơn vị đã đề nghị khen thưởng %1").arg(Decree30::countsPhrase(all.proposedUnits, all.proposedPeople))
                                       : QStringLiteral("Các đơn vị chưa đề nghị khen thưởng tập thể, cá nhân nào");
    const QString awards = granted ? QStringLiteral("đã được khen thưởng %1, cụ thể:").arg(Decree30::countsPhrase(all.grantedUnits, all.grantedPeople))
                                   : QStringLiteral("chưa có tập thể, cá nhân nào được khen thưởng.");
    body.push_back(Decree30::body(QStringLiteral("%1; %2").arg(proposals, awards)));
    doc::Table table = Decree30::dataTable({ 11, 62, 23, 23, 23, 23 },
        { QStringLiteral("TT"), QStringLiteral("Hình thức khen thưởng"), QStringLiteral("Đề nghị: tập thể"), QStringLiteral("Đề nghị: cá nhân"),
            QStringLiteral("Được khen: tập thể"), QStringLiteral("Được khen: cá nhân") });
    int row = 0;
    auto add = [&](const AwardRow& r, bool total) {
        table.rows.push_back({ Decree30::tableCell(total ? QString() : QString::number(++row), doc::Align::Center),
            Decree30::tableCell(r.formName, doc::Align::Left, total), number(r.proposedUnits), number(r.proposedPeople), number(r.grantedUnits),
            number(r.grantedPeople) });
    };
    for (const AwardRow& r : input.awards)
        add(r, false);
    add(all, true);
    body.push_back(table);
}

void appendAppendices(std::vector<doc::Block>& body, const Input& input)
{
    const QString attached = QStringLiteral("(Kèm theo Báo cáo %1 của %2)")
                                 .arg(Decree30::numberAndDate(input.issue, QStringLiteral("BC"), input.agency.abbreviation),
                                     input.agency.nameForSentences());
    for (doc::Block& block : Decree30::annexOpening(
             QStringLiteral("Phụ lục I"), QStringLiteral("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG"), attached))
        body.push_back(std::move(block));
    if (input.granted.nominations.empty())
        body.push_back(Decree30::body(QStringLiteral("Chưa có tập thể, cá nhân nào được khen thưởng.")));
    else
        Paperwork::appendNominees(body, input.granted);

    for (doc::Block& block : Decree30::annexOpening(
             QStringLiteral("Phụ lục II"), QStringLiteral("TÌNH HÌNH GỬI BÁO CÁO TỔNG KẾT CỦA CÁC ĐƠN VỊ"), attached))
        body.push_back(std::move(block));
    doc::Table table = Decree30::dataTable({ 11, 52, 24, 24, 30, 24 },
        { QStringLiteral("TT"), QStringLiteral("Đơn vị"), QStringLiteral("Hạn nộp"), QStringLiteral("Ngày nhận"),
            QStringLiteral("Số, ngày văn bản"), QStringLiteral("Tình trạng") });
    int row = 0;
    for (const UnitLine& line : input.units) {
        const UnitReport& r = line.report;
        const QString document = r.documentNumber.isEmpty() ? QString()
            : r.documentDate ? QStringLiteral("%1 ngày %2").arg(r.documentNumber, dateText(r.documentDate))
                             : r.documentNumber;
        table.rows.push_back({ Decree30::tableCell(QString::number(++row), doc::Align::Center), Decree30::tableCell(line.unit.name),
            Decree30::tableCell(dateText(deadlineOf(r, input.campaignDeadline)), doc::Align::Center),
            Decree30::tableCell(dateText(r.receivedOn), doc::Align::Center), Decree30::tableCell(document),
            Decree30::tableCell(reportStatusText(statusOf(r, input.campaignDeadline)), doc::Align::Center) });
    }
    body.push_back(table);
}

} // namespace

QString defaultDeployment(const Input& input)
{
    return QStringLiteral("Thực hiện %1, %2 đã phổ biến, quán triệt kế hoạch đến các phòng, đơn vị trực thuộc; các "
                          "đơn vị đã xây dựng kế hoạch, đăng ký thi đua và tổ chức thực hiện các nội dung thi đua.")
        .arg(Paperwork::planReference(input.campaign, input.agency), input.agency.nameForSentences());
}

doc::Document build(const Input& input)
{
    doc::Document document = Decree30::document(QStringLiteral("Báo cáo tổng kết: %1").arg(input.campaign.name), input.agency,
        reportNumberLine(input), Decree30::placeDateLine(input.agency.placeName, input.issue),
        QStringLiteral("BÁO CÁO"), QStringLiteral("Tổng kết %1").arg(input.campaign.name));
    // The report goes out of the agency, to the standing body of the province's emulation council.
    for (doc::Block& line : Decree30::addressedTo({ QStringLiteral("Sở Nội vụ tỉnh %1").arg(input.agency.placeName) }))
        document.body.push_back(std::move(line));
    document.body.push_back(heading(QStringLiteral("I. CÔNG TÁC TRIỂN KHAI")));
    appendNarrative(document.body, input.narrative.deployment.trimmed().isEmpty() ? defaultDeployment(input) : input.narrative.deployment);
    document.body.push_back(heading(QStringLiteral("II. KẾT QUẢ THỰC HIỆN")));
    document.body.push_back(heading(QStringLiteral("1. Kết quả thực hiện các nội dung thi đua")));
    appendUnitResults(document.body, input);
    document.body.push_back(heading(QStringLiteral("2. Kết quả khen thưởng")));
    appendAwardResults(document.body, input);
    document.body.push_back(heading(QStringLiteral("III. ĐÁNH GIÁ CHUNG")));
    document.body.push_back(heading(QStringLiteral("1. Ưu điểm")));
    appendNarrative(document.body, input.narrative.strengths);
    document.body.push_back(heading(QStringLiteral("2. Tồn tại, hạn chế")));
    appendNarrative(document.body, input.narrative.shortcomings);
    document.body.push_back(heading(QStringLiteral("IV. ĐỀ XUẤT, KIẾN NGHỊ")));
    appendNarrative(document.body, input.narrative.recommendations);
    document.body.push_back(Decree30::body(QStringLiteral("Trên đây là báo cáo tổng kết %1 của %2./.")
                                               .arg(input.campaign.name, input.agency.nameForSentences())));
    document.body.push_back(Decree30::signature({ QStringLiteral("Như trên"), QStringLiteral("Lưu: VT, VP") }, input.signer));
    appendAppendices(document.body, input);
    return document;
}

doc::Document reminder(const Input& input, QDate today)
{
    doc::Document document = Decree30::document(QStringLiteral("Đơn vị chưa gửi báo cáo: %1").arg(input.campaign.name), input.agency, QString(),
        Decree30::placeDateLine(input.agency.placeName, today.day(), today.month(), today.year()), QStringLiteral("DANH SÁCH"),
        QStringLiteral("Đơn vị chưa gửi báo cáo tổng kết %1").arg(input.campaign.name));
    doc::Table table = Decree30::dataTable({ 11, 70, 30, 54 }, { QStringLiteral("TT"), QStringLiteral("Đơn vị"), QStringLiteral("Hạn nộp"), QStringLiteral("Tình trạng") });
    int row = 0;
    for (const UnitLine& line : input.units) {
        if (line.report.receivedOn)
            continue;
        const std::optional<QDate> due = deadlineOf(line.report, input.campaignDeadline);
        const qint64 days = due ? due->daysTo(today) : 0;
        const QString state = !due ? QStringLiteral("Chưa có hạn nộp")
            : days > 0             ? QStringLiteral("Quá hạn %1 ngày").arg(days)
            : days == 0            ? QStringLiteral("Hết hạn hôm nay")
                                   : QStringLiteral("Còn %1 ngày").arg(-days);
        table.rows.push_back({ Decree30::tableCell(QString::number(++row), doc::Align::Center), Decree30::tableCell(line.unit.name),
            Decree30::tableCell(dateText(due), doc::Align::Center), Decree30::tableCell(state) });
    }
    if (row == 0)
        document.body.push_back(Decree30::body(QStringLiteral("Tất cả các đơn vị đã gửi báo cáo.")));
    else
        document.body.push_back(table);
    return document;
}

Result<Input> load(Database& database, qint64 campaignId)
{
    Input input;
    Result<DocumentIssue> issue
        = DocumentIssueRepository(database).load(campaignId, DocumentIssueRepository::Kind::FinalReport, {}, QDate::currentDate());
    if (!issue)
        return issue.error();
    input.issue = issue.value();
    Result<Campaign> campaign = CampaignRepository(database).load(campaignId);
    AgencyRepository agencies(database);
    Result<Agency> agency = agencies.load();
    Result<std::vector<Signer>> signers = agencies.signers();
    Result<Narrative> narrative = FinalReportRepository(database).load(campaignId);
    UnitReportRepository reports(database);
    Result<std::optional<QDate>> deadline = reports.campaignDeadline(campaignId);
    Result<std::vector<Unit>> units = UnitRepository(database).all();
    Result<std::vector<UnitReport>> unitReports = units ? reports.forCampaign(campaignId, units.value())
                                                        : Result<std::vector<UnitReport>>(units.error());
    Result<std::vector<Proposal>> proposals = ProposalRepository(database).forCampaign(campaignId);
    Result<std::vector<AwardForm>> forms = AwardFormRepository(database).all();
    for (const Error* error : { campaign.errorIf(), agency.errorIf(), signers.errorIf(), narrative.errorIf(), deadline.errorIf(),
             unitReports.errorIf(), units.errorIf(), proposals.errorIf(), forms.errorIf() })
        if (error)
            return *error;
    input.campaign = campaign.value();
    input.agency = agency.value();
    for (const Signer& s : signers.value())
        if (s.id == input.campaign.signerId)
            input.signer = s;
    if (input.signer.id == 0)
        return Error { FinalReportText::tr("Đợt thi đua «%1» chưa chọn người ký. Hãy chọn ở thẻ «Thông tin chung, ban hành».")
                           .arg(input.campaign.name),
            {} };
    input.narrative = narrative.value();
    input.campaignDeadline = deadline.value();
    for (size_t i = 0; i < units.value().size(); ++i) // both in the units' order
        input.units.push_back({ units.value()[i], unitReports.value()[i] });
    input.awards = awardStatistics(proposals.value(), forms.value());

    std::vector<qint64> granted;
    for (const Proposal& p : proposals.value())
        if (isGranted(p.state))
            granted.push_back(p.id);
    input.granted = Paperwork::Input { input.agency, input.signer, input.campaign, {}, {}, {}, input.issue, {}, {}, {} };
    if (!granted.empty()) {
        Result<std::vector<Paperwork::Input>> groups = Paperwork::load(database, campaignId, granted);
        if (!groups)
            return groups.error();
        for (const Paperwork::Input& group : groups.value())
            input.granted.nominations.insert(input.granted.nominations.end(), group.nominations.begin(), group.nominations.end());
        std::stable_sort(input.granted.nominations.begin(), input.granted.nominations.end(),
            [](const Paperwork::Nomination& a, const Paperwork::Nomination& b) { return int(a.form.level) < int(b.form.level); });
    }
    return input;
}

QString reportSymbol(const Agency& agency) { return Decree30::symbol(QStringLiteral("BC"), agency.abbreviation); }

} // namespace FinalReport
