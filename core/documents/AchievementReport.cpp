#include "core/documents/AchievementReport.h"

#include "core/common/DateText.h"
#include "core/common/TextFolding.h"
#include "core/documents/Decree30.h"
#include "core/documents/writers/PdfWriter.h"
#include "core/domain/PositionText.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <climits>
#include <map>
#include <set>

namespace AchievementReport {

// Document words are Vietnamese literals, whatever the interface language.
namespace {

struct AchievementReportText {
    Q_DECLARE_TR_FUNCTIONS(AchievementReport)
};

// Room to write by hand: a dotted line that fits the rest of a line, and a whole line.
const QString Dots = QString(14, QChar(0x2026));
const QString DottedLine = QString(30, QChar(0x2026));

doc::Paragraph leftAligned(doc::Paragraph p)
{
    p.align = doc::Align::Left;
    return p;
}

doc::Paragraph heading(const QString& text)
{
    doc::Paragraph p = Decree30::body({ doc::Run { text, true, false, false, 0 } });
    p.keepWithNext = true;
    p.spaceBeforePt = 6;
    return p;
}

// "- Năm sinh: 1980." or, when the store does not know it, a dotted line to write on.
doc::Paragraph field(const QString& label, const QString& value)
{
    return leftAligned(Decree30::body(
        QStringLiteral("- %1: %2").arg(label, value.trimmed().isEmpty() ? Dots : value.trimmed() + QLatin1Char('.'))));
}

QString decisionOf(const GrantedAward& award)
{
    QString text;
    if (!award.decisionNumber.isEmpty())
        text = QStringLiteral("Số %1").arg(award.decisionNumber);
    if (award.decidedOn)
        text += QStringLiteral(" ngày %1").arg(dateText(award.decidedOn));
    if (!award.decidedBy.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("; ")) + award.decidedBy;
    return text.trimmed();
}

// A table of part III: year, title or award, and the decision that conferred it.
doc::Table honoursTable(const QString& kind, const QString& decision)
{
    doc::Table table;
    table.ruled = true;
    table.headerRows = 1;
    table.columnWidthsMm = { 18, 72, 75 };
    table.rows.push_back({ Decree30::tableCell(QStringLiteral("Năm"), doc::Align::Center, true),
        Decree30::tableCell(kind, doc::Align::Center, true),
        Decree30::tableCell(
            QStringLiteral("Số, ngày, tháng, năm của quyết định %1; cơ quan ban hành quyết định").arg(decision),
            doc::Align::Center, true) });
    return table;
}

// Titles (Lao động tiên tiến, Chiến sĩ thi đua …) are not kept yet: rows to write them in by hand.
doc::Table titlesTable()
{
    doc::Table table = honoursTable(QStringLiteral("Danh hiệu thi đua"), QStringLiteral("công nhận danh hiệu thi đua"));
    for (int blank = 0; blank < 2; ++blank)
        table.rows.push_back(
            { Decree30::tableCell(QString()), Decree30::tableCell(QString()), Decree30::tableCell(QString()) });
    return table;
}

doc::Table earlierAwardsTable(const std::vector<GrantedAward>& awards)
{
    doc::Table table = honoursTable(QStringLiteral("Hình thức khen thưởng"), QStringLiteral("khen thưởng"));
    for (const GrantedAward& award : awards)
        table.rows.push_back({ Decree30::tableCell(QString::number(award.year), doc::Align::Center),
            Decree30::tableCell(QStringLiteral("%1 (%2)").arg(award.awardFormName, award.campaignName)),
            Decree30::tableCell(decisionOf(award)) });
    if (awards.empty())
        table.rows.push_back({ Decree30::tableCell(QString()), Decree30::tableCell(QStringLiteral("Chưa có")),
            Decree30::tableCell(QString()) });
    return table;
}

void appendAchievements(std::vector<doc::Block>& body, const Input& input, const QString& number)
{
    body.push_back(heading(QStringLiteral("%1. Thành tích đạt được trong %2").arg(number, input.campaign.name)));
    if (!input.proposal.summary.trimmed().isEmpty())
        body.push_back(Decree30::body(input.proposal.summary.trimmed()));
    if (!input.criteriaMet.isEmpty()) {
        body.push_back(Decree30::body(QStringLiteral("Kết quả đánh giá theo các tiêu chí của đợt thi đua:")));
        for (const QString& criterion : input.criteriaMet) {
            QString text = criterion.trimmed();
            while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(';')))
                text.chop(1);
            body.push_back(Decree30::body(QStringLiteral("- %1: Đạt.").arg(text)));
        }
    }
    body.push_back(leftAligned(Decree30::body(DottedLine)));
}

// The report's header: the agency above the unit that reports; no number on an achievement report.
Agency reportingBody(const Input& input)
{
    Agency header = input.agency;
    header.parentAuthority = input.agency.name;
    header.name = input.unit.name;
    return header;
}

// Adds one report to a series, from a new page.
void appendReport(doc::Document& all, doc::Document one)
{
    if (!all.body.empty())
        all.body.push_back(doc::PageBreak {});
    all.body.insert(all.body.end(), std::make_move_iterator(one.body.begin()), std::make_move_iterator(one.body.end()));
}

QString genderText(Gender gender)
{
    return gender == Gender::Female ? QStringLiteral("Nữ") : QStringLiteral("Nam");
}

} // namespace

doc::Document build(const Input& input)
{
    const bool collective = !input.person.has_value();
    const QString nominee = collective ? input.unit.name : input.person->fullName;
    doc::Document document = Decree30::document(QStringLiteral("Báo cáo thành tích: %1").arg(nominee),
        reportingBody(input), QString(), Decree30::placeDateLine(input.agency.placeName, input.issue),
        QStringLiteral("BÁO CÁO THÀNH TÍCH"),
        QStringLiteral("ĐỀ NGHỊ TẶNG %1 (thành tích trong %2)").arg(input.form.name.toUpper(), input.campaign.name));
    doc::Paragraph who = Decree30::centred(collective
            ? positionAndUnit({}, input.unit, input.agency.nameForSentences())
            : QStringLiteral("%1, %2").arg(input.person->fullName,
                positionAndUnit(input.person->position, input.unit, input.agency.nameForSentences())),
        true);
    who.spaceAfterPt = 6;
    document.body.push_back(who);

    const QString agencyName = input.agency.nameForSentences();
    if (collective) {
        document.body.push_back(heading(QStringLiteral("I. ĐẶC ĐIỂM, TÌNH HÌNH")));
        document.body.push_back(heading(QStringLiteral("1. Đặc điểm, tình hình")));
        document.body.push_back(field(QStringLiteral("Tên đơn vị"), positionAndUnit({}, input.unit, agencyName)));
        document.body.push_back(field(QStringLiteral("Địa chỉ trụ sở, điện thoại, thư điện tử"), {}));
        document.body.push_back(field(QStringLiteral("Tổng số cán bộ, công chức, viên chức, người lao động"),
            QStringLiteral("%1 người (nữ: %2)").arg(input.unitHeadcount).arg(input.unitWomen)));
        document.body.push_back(heading(QStringLiteral("2. Chức năng, nhiệm vụ được giao")));
        document.body.push_back(leftAligned(Decree30::body(DottedLine)));
        document.body.push_back(heading(QStringLiteral("II. THÀNH TÍCH ĐẠT ĐƯỢC")));
        appendAchievements(document.body, input, QStringLiteral("1"));
        document.body.push_back(heading(QStringLiteral("2. Các giải pháp, sáng kiến, mô hình đã áp dụng")));
        document.body.push_back(leftAligned(Decree30::body(DottedLine)));
    } else {
        const Person& person = *input.person;
        document.body.push_back(heading(QStringLiteral("I. SƠ LƯỢC LÝ LỊCH")));
        document.body.push_back(field(QStringLiteral("Họ và tên"), person.fullName));
        document.body.push_back(
            field(QStringLiteral("Năm sinh"), person.birthYear ? QString::number(*person.birthYear) : QString()));
        document.body.push_back(field(QStringLiteral("Giới tính"), genderText(person.gender)));
        document.body.push_back(field(QStringLiteral("Quê quán"), {}));
        document.body.push_back(field(QStringLiteral("Trú quán"), {}));
        document.body.push_back(field(QStringLiteral("Đơn vị công tác"), positionAndUnit({}, input.unit, agencyName)));
        document.body.push_back(field(QStringLiteral("Chức vụ (Đảng, chính quyền, đoàn thể)"), person.position));
        document.body.push_back(field(QStringLiteral("Trình độ chuyên môn, nghiệp vụ"), {}));
        document.body.push_back(field(QStringLiteral("Học hàm, học vị, danh hiệu, giải thưởng"), {}));
        document.body.push_back(heading(QStringLiteral("II. THÀNH TÍCH ĐẠT ĐƯỢC")));
        document.body.push_back(heading(QStringLiteral("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận")));
        document.body.push_back(leftAligned(Decree30::body(DottedLine)));
        appendAchievements(document.body, input, QStringLiteral("2"));
    }
    document.body.push_back(heading(QStringLiteral("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")));
    document.body.push_back(heading(QStringLiteral("1. Danh hiệu thi đua")));
    document.body.push_back(titlesTable());
    document.body.push_back(heading(QStringLiteral("2. Hình thức khen thưởng")));
    document.body.push_back(earlierAwardsTable(input.earlierAwards));
    if (!collective) // the person answers for what they report, before signing it
        document.body.push_back(
            Decree30::body(QStringLiteral("Tôi xin cam đoan những nội dung báo cáo trên là đúng sự thật.")));
    // The head who certifies signs and seals; the person reporting signs with their name.
    const QString sealed = QStringLiteral("(Ký, đóng dấu)");
    document.body.push_back(collective
            ? Decree30::signaturePair(
                { QStringLiteral("Thủ trưởng đơn vị cấp trên trực tiếp xác nhận, đề nghị"), sealed, {} },
                { QStringLiteral("Thủ trưởng đơn vị"), sealed, {} })
            : Decree30::signaturePair({ QStringLiteral("Thủ trưởng đơn vị xác nhận, đề nghị"), sealed, {} },
                { QStringLiteral("Người báo cáo thành tích"), QStringLiteral("(Ký, ghi rõ họ tên)"),
                    input.person->fullName }));
    if (input.form.level != AwardLevel::Agency) { // the level that submits the award above the agency confirms
        doc::Paragraph confirm = Decree30::centred(QStringLiteral("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG"), true);
        confirm.spaceBeforePt = 12;
        confirm.keepWithNext = true;
        document.body.push_back(confirm);
        document.body.push_back(Decree30::centred(QStringLiteral("(Ký, đóng dấu)"), false, true));
    }
    return document;
}

doc::Document batch(const std::vector<Input>& inputs)
{
    doc::Document all;
    all.page = Decree30::pageSetup();
    all.page.firstNumberedPage = INT_MAX;
    all.title = inputs.empty() ? QString() : QStringLiteral("Báo cáo thành tích: %1").arg(inputs.front().campaign.name);
    for (size_t i = 0; i < inputs.size(); ++i)
        appendReport(all, build(inputs[i]));
    return all;
}

Result<std::vector<Input>> load(Database& database, qint64 campaignId, const std::vector<qint64>& proposalIds)
{
    CampaignRepository campaigns(database);
    Result<Campaign> campaign = campaigns.load(campaignId);
    Result<Agency> agency = AgencyRepository(database).load();
    Result<std::vector<AwardForm>> forms = AwardFormRepository(database).all();
    ProposalRepository proposalRepository(database);
    Result<std::vector<Proposal>> proposals = proposalRepository.forCampaign(campaignId);
    Result<std::vector<Unit>> units = UnitRepository(database).all();
    Result<std::vector<Person>> people = PersonRepository(database).all();
    Result<std::vector<Assessment>> assessments = AssessmentRepository(database).forCampaign(campaignId);
    Result<std::vector<PlanBlock>> unitCriteria = campaigns.criteria(campaignId, SectionBinding::UnitCriteria);
    Result<std::vector<PlanBlock>> personCriteria = campaigns.criteria(campaignId, SectionBinding::IndividualCriteria);
    for (const Error* error :
        { campaign.errorIf(), agency.errorIf(), forms.errorIf(), proposals.errorIf(), units.errorIf(), people.errorIf(),
            assessments.errorIf(), unitCriteria.errorIf(), personCriteria.errorIf() })
        if (error)
            return *error;

    std::map<qint64, const Unit*> unitById;
    for (const Unit& u : units.value())
        unitById[u.id] = &u;
    std::map<qint64, const Person*> personById;
    std::map<qint64, std::pair<int, int>> headcount; // unit → people, women
    for (const Person& p : people.value()) {
        personById[p.id] = &p;
        auto& [all, women] = headcount[p.unitId];
        ++all;
        women += p.gender == Gender::Female ? 1 : 0;
    }
    std::map<qint64, const AwardForm*> formById;
    for (const AwardForm& f : forms.value())
        formById[f.id] = &f;
    std::map<qint64, QString> criterionText;
    for (const auto* list : { &unitCriteria.value(), &personCriteria.value() })
        for (const PlanBlock& b : *list)
            criterionText[b.id] = b.text;
    std::map<std::pair<int, qint64>, std::set<qint64>> metByNominee; // (kind, id) → criteria met
    for (const Assessment& a : assessments.value())
        if (a.conclusion == AssessmentState::Met)
            metByNominee[{ int(a.nominee.kind), a.nominee.id }].insert(a.criterionId);

    std::map<qint64, const Proposal*> proposalById;
    for (const Proposal& p : proposals.value())
        proposalById[p.id] = &p;
    std::vector<const Proposal*> chosen;
    if (proposalIds.empty()) {
        for (const Proposal& p : proposals.value())
            chosen.push_back(&p);
    } else {
        for (qint64 id : proposalIds)
            if (proposalById.count(id))
                chosen.push_back(proposalById[id]);
    }
    if (chosen.empty())
        return Error {
            AchievementReportText::tr("Không có đề nghị nào để lập báo cáo thành tích: danh sách chọn đang trống."), {}
        };

    std::vector<Input> out;
    out.reserve(chosen.size());
    for (const Proposal* p : chosen) {
        Input input;
        input.issue = DocumentIssue::blankOn(QDate::currentDate());
        input.agency = agency.value();
        input.campaign = campaign.value();
        input.proposal = *p;
        if (formById.count(p->awardFormId))
            input.form = *formById[p->awardFormId];
        qint64 unitId = p->nominee.id;
        if (p->nominee.kind == Nominee::Kind::Person) {
            if (!personById.count(p->nominee.id))
                continue;
            input.person = *personById[p->nominee.id];
            unitId = input.person->unitId;
        }
        if (unitById.count(unitId))
            input.unit = *unitById[unitId];
        input.unitHeadcount = headcount[unitId].first;
        input.unitWomen = headcount[unitId].second;
        const std::vector<PlanBlock>& criteria
            = p->nominee.kind == Nominee::Kind::Unit ? unitCriteria.value() : personCriteria.value();
        const std::set<qint64>& met = metByNominee[{ int(p->nominee.kind), p->nominee.id }];
        for (const PlanBlock& criterion : criteria)
            if (met.count(criterion.id))
                input.criteriaMet << criterion.text;
        Result<std::vector<GrantedAward>> awards = proposalRepository.awardsOf(p->nominee);
        if (!awards)
            return awards.error();
        for (const GrantedAward& award : awards.value())
            if (award.proposalId != p->id)
                input.earlierAwards.push_back(award);
        out.push_back(std::move(input));
    }
    return out;
}

Status writeAll(const std::vector<Input>& inputs, DocumentFormat format, const QString& path,
    const std::function<bool(int)>& progress)
{
    if (inputs.empty())
        return Error {
            AchievementReportText::tr("Không có đề nghị nào để lập báo cáo thành tích: danh sách chọn đang trống."), {}
        };
    const QString title = QStringLiteral("Báo cáo thành tích: %1").arg(inputs.front().campaign.name);
    if (format == DocumentFormat::Pdf)
        return PdfWriter::writeSeries(
            title, int(inputs.size()), [&](int i) { return build(inputs[size_t(i)]); }, path, progress,
            inputs.front().agency.nameForSentences());
    doc::Document all = batch({});
    all.title = title;
    all.author = inputs.front().agency.nameForSentences();
    for (size_t i = 0; i < inputs.size(); ++i) {
        appendReport(all, build(inputs[i]));
        if (progress && !progress(int(i) + 1))
            return Error { AchievementReportText::tr("Đã hủy: chưa ghi tệp «%1».").arg(QDir::toNativeSeparators(path)),
                {} };
    }
    return PlanExport::writeDocument(all, DocumentFormat::Docx, path);
}

QString suggestedFileName(const std::vector<Input>& inputs, bool docx)
{
    const QString extension = docx ? QStringLiteral("docx") : QStringLiteral("pdf");
    if (inputs.size() != 1)
        return QStringLiteral("Bao-cao-thanh-tich-%1-de-nghi.%2").arg(inputs.size()).arg(extension);
    const Input& input = inputs.front();
    const QString name = fileNameWords(input.person ? input.person->fullName : input.unit.name);
    return QStringLiteral("Bao-cao-thanh-tich-%1.%2").arg(name, extension);
}

} // namespace AchievementReport
