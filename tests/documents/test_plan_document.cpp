#include "tests/support/Catch.h"
#include "tests/support/DocumentChecker.h"
#include "tests/support/DocxFacts.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TextCompare.h"

#include "core/cli/CommandLine.h"
#include "core/documents/ChecklistDocument.h"
#include "core/documents/Decree30.h"
#include "core/documents/PlanExport.h"
#include "core/domain/PlanOutlineEditing.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString seedText()
{
    QFile file(testDataPath(QStringLiteral("seed-plan.txt")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return normalizedText(QString::fromUtf8(file.readAll()));
}

// A database holding the built-in template, and the plan document built from it.
struct TemplatePlan {
    FreshDatabase fresh;
    qint64 campaignId = 0;
    doc::Document document;

    TemplatePlan()
    {
        Result<qint64> id = BuiltInTemplate::install(*fresh.db);
        REQUIRE_OK(id);
        campaignId = id.value();
        Result<doc::Document> built = PlanExport::buildPlanDocument(*fresh.db, campaignId);
        REQUIRE_OK(built);
        document = built.value();
    }

    QString write(DocumentFormat format, const QString& name)
    {
        const QString path = fresh.folder.file(name);
        REQUIRE_OK(PlanExport::writeDocument(document, format, path));
        return path;
    }
};

void requireSameText(const QString& actual)
{
    const QString expected = seedText();
    const QString got = normalizedText(actual);
    const bool same = got == expected;
    INFO(firstDifference(expected, got).toStdString());
    REQUIRE(same);
}

} // namespace

TEST_CASE("the plan built from the template says the seed plan word for word")
{
    TemplatePlan plan;
    requireSameText(doc::plainText(plan.document));
}

TEST_CASE("numbers come from the structure: moving a section renumbers the plan")
{
    TemplatePlan plan;
    CampaignRepository campaigns(*plan.fresh.db);
    Campaign campaign = campaigns.load(plan.campaignId).value();
    REQUIRE(moveSection(campaign.sections, { 5 }, -1)); // V. THỜI GIAN… before IV. GIẢI PHÁP…
    std::swap(campaign.sections[3].children[0].children[0].blocks[0], campaign.sections[3].children[0].children[0].blocks[1]);
    REQUIRE_OK(campaigns.update(campaign));
    const QString text = doc::plainText(PlanExport::buildPlanDocument(*plan.fresh.db, plan.campaignId).value());
    CHECK(text.contains(QStringLiteral("IV. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN")));
    CHECK(text.contains(QStringLiteral("V. GIẢI PHÁP THỰC HIỆN")));
    CHECK(text.indexOf(QStringLiteral("- Kịp thời ban hành")) < text.indexOf(QStringLiteral("- Hoàn thành và hoàn thành")));
}

TEST_CASE("dates and numbers follow the decree: leading zeros, blanks left to fill by hand")
{
    CHECK(Decree30::placeDateLine(QStringLiteral("Lai Châu"), 5, 1, 2026) == QStringLiteral("Lai Châu, ngày 05 tháng 01 năm 2026"));
    CHECK(Decree30::placeDateLine(QStringLiteral("Lai Châu"), 15, 12, 2025) == QStringLiteral("Lai Châu, ngày 15 tháng 12 năm 2025"));
    CHECK(Decree30::placeDateLine(QStringLiteral("Lai Châu"), 9, 3, 2026) == QStringLiteral("Lai Châu, ngày 09 tháng 3 năm 2026"));
    CHECK(normalizedText(Decree30::placeDateLine(QStringLiteral("Lai Châu"), std::nullopt, 12, 2025))
        == QStringLiteral("Lai Châu, ngày tháng 12 năm 2025"));
    CHECK(Decree30::numberLine(QStringLiteral("12"), QStringLiteral("KH"), QStringLiteral("SKHCN")) == QStringLiteral("Số: 12/KH-SKHCN"));
    CHECK(Decree30::numberLine(QString(), QStringLiteral("KH"), QStringLiteral("SKHCN")).contains(QStringLiteral("      /KH-SKHCN")));
}

TEST_CASE("suggested file names carry type, agency, kind and year without diacritics")
{
    Campaign campaign;
    campaign.issueYear = 2025;
    Agency agency;
    agency.abbreviation = QStringLiteral("SKHCN");
    CHECK(PlanExport::suggestedFileName(campaign, agency, DocumentFormat::Docx) == QStringLiteral("KH-SKHCN-dot-thi-dua-2025.docx"));
    campaign.kind = CampaignKind::Regular;
    CHECK(PlanExport::suggestedFileName(campaign, agency, DocumentFormat::Pdf) == QStringLiteral("KH-SKHCN-phong-trao-thi-dua-2025.pdf"));
}

TEST_CASE("the DOCX, read back by LibreOffice, says the seed plan word for word")
{
    TemplatePlan plan;
    const QString path = plan.write(DocumentFormat::Docx, QStringLiteral("Kế hoạch thi đua.docx"));
    requireSameText(libreOfficeText(path, plan.fresh.folder.file(QString())));
}

TEST_CASE("the PDF, read back by pdftotext, says the seed plan word for word")
{
    TemplatePlan plan;
    const QString path = plan.write(DocumentFormat::Pdf, QStringLiteral("Kế hoạch thi đua.pdf"));
    requireSameText(withoutPageNumbers(runTool(QStringLiteral("pdftotext"),
        { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") })));
}

TEST_CASE("the DOCX follows the decree's format")
{
    TemplatePlan plan;
    const QJsonObject facts = docxFacts(plan.write(DocumentFormat::Docx, QStringLiteral("kế hoạch.docx")));
    CHECK(facts[QStringLiteral("page_width_mm")].toDouble() == Approx(210).margin(0.2));
    CHECK(facts[QStringLiteral("page_height_mm")].toDouble() == Approx(297).margin(0.2));
    const QJsonArray margins = facts[QStringLiteral("margins_mm")].toArray();
    CHECK(margins[0].toDouble() == Approx(20).margin(0.2)); // top 20–25
    CHECK(margins[1].toDouble() == Approx(20).margin(0.2)); // bottom 20–25
    CHECK(margins[2].toDouble() == Approx(30).margin(0.2)); // left 30–35
    CHECK(margins[3].toDouble() == Approx(15).margin(0.2)); // right 15–20
    CHECK(facts[QStringLiteral("default_font")].toString() == QStringLiteral("Times New Roman"));
    CHECK(facts[QStringLiteral("different_first_page")].toBool()); // no number on page 1
    CHECK(facts[QStringLiteral("header_has_page_field")].toBool());

    const QJsonArray left = facts[QStringLiteral("header_left")].toArray();
    const QJsonObject parent = runNamed(left, QStringLiteral("UBND TỈNH LAI CHÂU"));
    CHECK_FALSE(parent[QStringLiteral("bold")].toBool());
    CHECK(parent[QStringLiteral("size")].toDouble() == 13);
    const QJsonObject agency = runNamed(left, QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    CHECK(agency[QStringLiteral("bold")].toBool());
    CHECK(runNamed(left, QStringLiteral("Số:"))[QStringLiteral("size")].toDouble() == 13);
    const QJsonArray right = facts[QStringLiteral("header_right")].toArray();
    const QJsonObject nation = runNamed(right, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    CHECK(nation[QStringLiteral("bold")].toBool());
    CHECK(nation[QStringLiteral("size")].toDouble() == 12); // the decree allows 12–13; at 13 it would not fit beside the agency
    const QJsonObject motto = runNamed(right, QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    CHECK(motto[QStringLiteral("bold")].toBool());
    CHECK(motto[QStringLiteral("size")].toDouble() == 14);
    const QJsonObject date = runNamed(right, QStringLiteral("Lai Châu, ngày"));
    CHECK(date[QStringLiteral("italic")].toBool());

    const QJsonArray body = facts[QStringLiteral("body")].toArray();
    CHECK(runNamed(body, QStringLiteral("KẾ HOẠCH"))[QStringLiteral("bold")].toBool());
    CHECK(runNamed(body, QStringLiteral("Triển khai Đợt thi đua"))[QStringLiteral("bold")].toBool());
    CHECK(runNamed(body, QStringLiteral("Căn cứ Kế hoạch số 8022"))[QStringLiteral("italic")].toBool());
    const QJsonObject paragraph = runNamed(body, QStringLiteral("Để động viên"));
    CHECK_FALSE(paragraph[QStringLiteral("italic")].toBool());
    CHECK(paragraph[QStringLiteral("size")].toDouble() == 14);
    CHECK(paragraph[QStringLiteral("align")].toString().startsWith(QStringLiteral("JUSTIFY")));
    CHECK(facts[QStringLiteral("first_line_indent_mm")].toArray()[0].toDouble() == Approx(12.7).margin(0.1));

    const QJsonArray recipients = facts[QStringLiteral("signature_left")].toArray();
    const QJsonObject recipientsTitle = runNamed(recipients, QStringLiteral("Nơi nhận:"));
    CHECK(recipientsTitle[QStringLiteral("bold")].toBool());
    CHECK(recipientsTitle[QStringLiteral("italic")].toBool());
    CHECK(recipientsTitle[QStringLiteral("size")].toDouble() == 12);
    CHECK(runNamed(recipients, QStringLiteral("- Sở Nội vụ;"))[QStringLiteral("size")].toDouble() == 11);
    const QJsonArray signature = facts[QStringLiteral("signature_right")].toArray();
    CHECK(runNamed(signature, QStringLiteral("KT. GIÁM ĐỐC"))[QStringLiteral("bold")].toBool());
    CHECK(runNamed(signature, QStringLiteral("PHÓ GIÁM ĐỐC"))[QStringLiteral("bold")].toBool());
    CHECK(runNamed(signature, QStringLiteral("Trần Văn Tuấn"))[QStringLiteral("bold")].toBool());
}

TEST_CASE("the PDF is A4 with one embedded serif family and numbers from page 2")
{
    TemplatePlan plan;
    const QString path = plan.write(DocumentFormat::Pdf, QStringLiteral("kế hoạch.pdf"));
    const QString info = runTool(QStringLiteral("pdfinfo"), { path });
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 842(\\.\\d+)? pts \\(A4\\)"))));
    // Its properties: the title, and the issuing body as its author (XMP's dc:creator), read by poppler.
    CHECK(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Kế hoạch: "))));
    const QString metadata = runTool(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), path });
    CHECK(metadata.contains(QStringLiteral("<rdf:li>Sở Khoa học và Công nghệ</rdf:li>")));
    CHECK(metadata.contains(QStringLiteral("<xmp:CreatorTool>ThiDua</xmp:CreatorTool>")));
    const QStringList fontLines = runTool(QStringLiteral("pdffonts"), { path }).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE(fontLines.size() >= 3); // regular, bold, italic at least
    QString family;
    for (const QString& line : fontLines) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        INFO(line.toStdString());
        CHECK(columns.value(columns.size() - 5) == QStringLiteral("yes")); // embedded
        const QString name = columns.first().section(QLatin1Char('-'), 0, 0).section(QLatin1Char('+'), -1);
        if (family.isEmpty())
            family = name;
        CHECK(name == family); // no glyph borrowed from another family
    }
    const QStringList pages = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") })
                                  .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 3);
    CHECK_FALSE(pages[0].trimmed().startsWith(QStringLiteral("1")));
    CHECK(pages[1].trimmed().startsWith(QStringLiteral("2")));
}

TEST_CASE("thidua export plan writes files and fails clearly on bad input")
{
    TestFolder folder;
    {
        auto db = openOrFail(folder.file());
        REQUIRE_OK(BuiltInTemplate::install(*db));
    }
    auto run = [](const QStringList& arguments, QString* errors = nullptr) {
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = CommandLine::run(arguments, o, e);
        e.flush();
        if (errors)
            *errors = err;
        return code;
    };
    const QString output = folder.file(QStringLiteral("KH-SKHCN-dot-thi-dua-2025.docx"));
    CHECK(run({ QStringLiteral("export"), QStringLiteral("plan"), QStringLiteral("--db"), folder.file(),
              QStringLiteral("--campaign"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("docx"),
              QStringLiteral("--output"), output })
        == 0);
    CHECK(fileBytes(output).startsWith("PK"));

    QString errors;
    CHECK(run({ QStringLiteral("export"), QStringLiteral("plan"), QStringLiteral("--db"), folder.file(),
              QStringLiteral("--campaign"), QStringLiteral("99"), QStringLiteral("--format"), QStringLiteral("pdf"),
              QStringLiteral("--output"), folder.file(QStringLiteral("x.pdf")) },
              &errors)
        == 2);
    CHECK(errors.contains(QStringLiteral("Không tìm thấy đợt thi đua số 99")));
    CHECK(run({ QStringLiteral("export"), QStringLiteral("plan"), QStringLiteral("--db"), folder.file(),
              QStringLiteral("--campaign"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("pdf"),
              QStringLiteral("--output"), folder.file(QStringLiteral("không có thư mục/x.pdf")) },
              &errors)
        == 2);
    CHECK(errors.contains(QStringLiteral("Không ghi được")));
    CHECK(run({ QStringLiteral("export"), QStringLiteral("plan"), QStringLiteral("--db"), folder.file(QStringLiteral("thiếu.thidua")),
              QStringLiteral("--campaign"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("pdf"),
              QStringLiteral("--output"), folder.file(QStringLiteral("y.pdf")) },
              &errors)
        == 2);
    CHECK(run({ QStringLiteral("export"), QStringLiteral("plan"), QStringLiteral("--db"), folder.file(),
              QStringLiteral("--campaign"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("odt"),
              QStringLiteral("--output"), folder.file(QStringLiteral("z.odt")) })
        == 1);
}

TEST_CASE("a unit's checklist lists its criteria and people with the office's conclusions")
{
    TemplatePlan plan;
    Database& db = *plan.fresh.db;
    const Unit office = UnitRepository(db).all().value().front();
    const auto unitCriteria = CampaignRepository(db).criteria(plan.campaignId, SectionBinding::UnitCriteria).value();
    Assessment met;
    met.criterionId = unitCriteria[0].id;
    met.nominee = { Nominee::Kind::Unit, office.id };
    met.selfAssessment = AssessmentState::Met;
    met.conclusion = AssessmentState::Met;
    met.evidence = QStringLiteral("BC số 15/BC-VP");
    REQUIRE_OK(AssessmentRepository(db).save(met));

    Result<doc::Document> checklist = ChecklistDocument::load(db, plan.campaignId, office.id);
    REQUIRE_OK(checklist);
    const QString text = doc::plainText(checklist.value());
    CHECK(text.contains(QStringLiteral("PHIẾU ĐÁNH GIÁ TIÊU CHÍ THI ĐUA")));
    CHECK(text.contains(office.name));
    CHECK(text.contains(QStringLiteral("BC số 15/BC-VP")));
    CHECK(text.contains(unitCriteria[5].text));
    for (const Person& p : PersonRepository(db).all().value())
        CHECK(text.contains(p.fullName) == (p.unitId == office.id));

    const QString docx = plan.fresh.folder.file(ChecklistDocument::suggestedFileName(office, 2025, true));
    CHECK(docx.endsWith(QStringLiteral("Phieu-danh-gia-VP-2025.docx")));
    REQUIRE_OK(PlanExport::writeDocument(checklist.value(), DocumentFormat::Docx, docx));
    const QString read = normalizedText(libreOfficeText(docx, plan.fresh.folder.file(QString())));
    CHECK(read.contains(normalizedText(unitCriteria[1].text)));
    const QString pdf = plan.fresh.folder.file(QStringLiteral("phiếu.pdf"));
    REQUIRE_OK(PlanExport::writeDocument(checklist.value(), DocumentFormat::Pdf, pdf));
    CHECK(normalizedText(runTool(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") }))
              .contains(QStringLiteral("Đạt")));
    requireReviewable(docx, pdf, plan.fresh.folder, { QDate::currentDate().year() }); // dated the day it is printed
}

TEST_CASE("the plan passes the reviewer's checks in its PDF and in LibreOffice's layout of its DOCX")
{
    TemplatePlan plan;
    const QString docx = plan.write(DocumentFormat::Docx, QStringLiteral("Kế hoạch.docx"));
    const QString pdf = plan.write(DocumentFormat::Pdf, QStringLiteral("Kế hoạch.pdf"));
    requireReviewable(docx, pdf, plan.fresh.folder, { 2025 }); // the plan's own date, as the seed prints it
}

TEST_CASE("an item typed with its own dash is not marked twice, and only căn cứ lines are italic")
{
    TemplatePlan plan;
    CampaignRepository campaigns(*plan.fresh.db);
    Campaign campaign = campaigns.load(plan.campaignId).value();
    PlanSection& purposes = campaign.sections[1]; // I. MỤC ĐÍCH, YÊU CẦU
    purposes.itemStyle = NumberingStyle::Dash;
    purposes.blocks = { { 0, BlockKind::Item, QStringLiteral("- Một ý có gạch đầu dòng của chính nó;"), false },
        { 0, BlockKind::Citation,
            QStringLiteral("Căn cứ Luật Thi đua, khen thưởng năm 2022;\nPhòng ban hành Kế hoạch thực hiện như sau:"), false } };
    REQUIRE_OK(campaigns.update(campaign));
    const doc::Document document = PlanExport::buildPlanDocument(*plan.fresh.db, plan.campaignId).value();
    const QString text = doc::plainText(document);
    CHECK(text.contains(QStringLiteral("- Một ý có gạch đầu dòng của chính nó;")));
    CHECK_FALSE(text.contains(QStringLiteral("- - Một ý")));
    bool citationItalic = false, leadInItalic = true;
    for (const doc::Block& block : document.body)
        if (const auto* p = std::get_if<doc::Paragraph>(&block)) {
            if (p->text().startsWith(QStringLiteral("Căn cứ Luật Thi đua, khen thưởng năm 2022")))
                citationItalic = p->runs.front().italic;
            if (p->text() == QStringLiteral("Phòng ban hành Kế hoạch thực hiện như sau:"))
                leadInItalic = p->runs.front().italic;
        }
    CHECK(citationItalic);
    CHECK_FALSE(leadInItalic);
}

TEST_CASE("decimal numbering: a sub-section carries its parent's number, «3.1.», «3.1.2.»")
{
    TemplatePlan plan;
    CampaignRepository campaigns(*plan.fresh.db);
    Campaign campaign = campaigns.load(plan.campaignId).value();
    campaign.headingStyles = { NumberingStyle::Arabic, NumberingStyle::Decimal, NumberingStyle::Decimal };
    const std::vector<PlanSection>& sections = campaign.sections;
    CHECK(sectionNumber(sections, { 1 }, campaign.headingStyles) == QStringLiteral("1."));
    REQUIRE(sections[3].children.size() >= 2);
    CHECK(sectionNumber(sections, { 3, 0 }, campaign.headingStyles) == QStringLiteral("3.1."));
    CHECK(sectionNumber(sections, { 3, 1 }, campaign.headingStyles) == QStringLiteral("3.2."));
    REQUIRE_FALSE(sections[3].children[0].children.empty());
    CHECK(sectionNumber(sections, { 3, 0, 1 }, campaign.headingStyles) == QStringLiteral("3.1.2."));
    // Items numbered decimal under their section's number; stored and printed so.
    campaign.sections[1].itemStyle = NumberingStyle::Decimal;
    REQUIRE_OK(campaigns.update(campaign));
    const Campaign stored = campaigns.load(plan.campaignId).value();
    CHECK(stored.headingStyles == campaign.headingStyles);
    CHECK(stored.sections[1].itemStyle == NumberingStyle::Decimal);
    const QString text = normalizedText(doc::plainText(PlanExport::buildPlanDocument(*plan.fresh.db, plan.campaignId).value()));
    CHECK(text.contains(QStringLiteral("3.1. ")));
    CHECK(text.contains(QStringLiteral("1.1. ")));
}

TEST_CASE("a plan's annexes follow the signature, each on pages numbered on its own, with its table")
{
    TemplatePlan plan;
    Database& db = *plan.fresh.db;
    Campaign campaign = CampaignRepository(db).load(plan.campaignId).value();
    campaign.documentNumber = QStringLiteral("125");
    const int ownSections = int(campaign.sections.size());
    const QString lastNumber = sectionNumber(campaign.sections, { ownSections - 2 }, campaign.headingStyles);
    REQUIRE_FALSE(lastNumber.isEmpty());
    auto annex = [](const QString& name, int rows) {
        PlanSection s;
        s.heading = name;
        s.binding = SectionBinding::Annex;
        s.itemStyle = NumberingStyle::None;
        s.blocks.push_back({ 0, BlockKind::Paragraph, QStringLiteral("Đơn vị: ......................................"), false });
        s.blocks.push_back({ 0, BlockKind::TableRow, QStringLiteral("STT | Họ và tên | Chức vụ | Danh hiệu đăng ký | Ghi chú"), false });
        for (int r = 1; r <= rows; ++r)
            s.blocks.push_back({ 0, BlockKind::TableRow, QStringLiteral("%1 | Người thứ %1 | Chuyên viên | Lao động tiên tiến | ").arg(r), false });
        return s;
    };
    campaign.sections.push_back(annex(QStringLiteral("Mẫu đăng ký thi đua"), 40)); // over a page: its heading repeats
    campaign.sections.push_back(annex(QStringLiteral("Mẫu báo cáo kết quả"), 2));
    REQUIRE_OK(CampaignRepository(db).update(campaign));
    // Stored and read back as annexes with their table rows.
    const Campaign stored = CampaignRepository(db).load(plan.campaignId).value();
    REQUIRE(stored.sections.back().binding == SectionBinding::Annex);
    CHECK(stored.sections.back().blocks[1].kind == BlockKind::TableRow);
    CHECK(sectionNumber(stored.sections, { int(stored.sections.size()) - 1 }, stored.headingStyles) == QStringLiteral("Phụ lục II"));
    // The plan's own sections are numbered as before: the annexes are not among them.
    CHECK(sectionNumber(stored.sections, { ownSections - 2 }, stored.headingStyles) == lastNumber);

    plan.document = PlanExport::buildPlanDocument(db, plan.campaignId).value();
    const QString text = doc::plainText(plan.document);
    const qsizetype signature = text.indexOf(QStringLiteral("Nơi nhận"));
    const qsizetype first = text.indexOf(QStringLiteral("Phụ lục I\n"));
    REQUIRE(signature > 0);
    REQUIRE(first > signature);
    CHECK(text.indexOf(QStringLiteral("MẪU ĐĂNG KÝ THI ĐUA")) > first);
    CHECK(text.contains(QStringLiteral("(Kèm theo Kế hoạch số 125/KH-SKHCN ngày")));
    CHECK(text.contains(QStringLiteral("của Sở Khoa học và Công nghệ)")));
    CHECK(text.indexOf(QStringLiteral("Phụ lục II\nMẪU BÁO CÁO KẾT QUẢ")) > first);

    const QString docx = plan.write(DocumentFormat::Docx, QStringLiteral("kế hoạch có phụ lục.docx"));
    const QString pdf = plan.write(DocumentFormat::Pdf, QStringLiteral("kế hoạch có phụ lục.pdf"));
    requireReviewable(docx, pdf, plan.fresh.folder, { campaign.issueYear });
    // Word and LibreOffice: three sections, each annex numbered from 1 with its first page unnumbered.
    const QJsonArray sections = docxFacts(docx)[QStringLiteral("sections")].toArray();
    REQUIRE(sections.size() == 3);
    CHECK(sections[0].toObject()[QStringLiteral("numbering_starts")].isNull());
    for (int s = 1; s < 3; ++s) {
        CHECK(sections[s].toObject()[QStringLiteral("numbering_starts")].toInt() == 1);
        CHECK(sections[s].toObject()[QStringLiteral("different_first_page")].toBool());
    }
    // ThiDua's PDF: the first annex's second page is numbered 2, its heading row printed again.
    const QStringList pages = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") })
                                  .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    int annexStart = -1;
    for (int p = 0; p < pages.size(); ++p)
        if (pages[p].contains(QStringLiteral("MẪU ĐĂNG KÝ THI ĐUA")))
            annexStart = p;
    REQUIRE(annexStart > 0);
    REQUIRE(annexStart + 2 < pages.size());
    CHECK_FALSE(pages[annexStart].trimmed().startsWith(QString::number(annexStart + 1)));
    const QString next = pages[annexStart + 1].trimmed();
    CHECK(next.startsWith(QStringLiteral("2")));
    CHECK(next.contains(QStringLiteral("Danh hiệu đăng ký")));
    // The words of the annexes, in order, in ThiDua's PDF and in LibreOffice's reading of the DOCX.
    const QString fromPdf = normalizedText(withoutPageNumbers(runTool(QStringLiteral("pdftotext"),
        { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") }),
        { normalizedText(QStringLiteral("STT Họ và tên Chức vụ Danh hiệu đăng ký Ghi chú")) }));
    const QString fromDocx = normalizedText(libreOfficeText(docx, plan.fresh.folder.file(QString())));
    for (const QString& words : { QStringLiteral("Trần Văn Tuấn Phụ lục I MẪU ĐĂNG KÝ THI ĐUA (Kèm theo Kế hoạch số 125/KH-SKHCN"),
             QStringLiteral("Đơn vị: ...................................... STT Họ và tên Chức vụ Danh hiệu đăng ký Ghi chú 1 Người thứ 1"),
             QStringLiteral("40 Người thứ 40 Chuyên viên Lao động tiên tiến Phụ lục II MẪU BÁO CÁO KẾT QUẢ (Kèm theo Kế hoạch số 125/KH-SKHCN") }) {
        INFO(words.toStdString());
        CHECK(fromPdf.contains(normalizedText(words)));
        CHECK(fromDocx.contains(normalizedText(words)));
    }
}
