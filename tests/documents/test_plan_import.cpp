// A plan written in Word read back into the outline: the Decree-30 shape recognised, and a
// round trip — export, import, export — that says the same words.
#include "core/cli/CommandLine.h"
#include "core/documents/PlanExport.h"
#include "core/domain/PlanOutlineEditing.h"
#include "core/domain/PlanText.h"
#include "core/importing/PlanImport.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/templates/BuiltInTemplate.h"
#include "tests/support/Catch.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TextCompare.h"

namespace {

QString documentText(const QString& docx)
{
    QStringList lines;
    for (const DocxReader::Paragraph& p : DocxReader::read(docx).value())
        lines << p.text;
    return normalizedText(lines.join(QLatin1Char(' ')));
}

QStringList headingsOf(const std::vector<PlanSection>& sections)
{
    QStringList out;
    for (const PlanSection& s : sections) {
        if (!s.heading.isEmpty())
            out << s.heading;
        out << headingsOf(s.children);
    }
    return out;
}

// Writes a test plan with python-docx: the script uses tests/documents/plan_docx.py's helpers.
void writePlan(const char* script, const QString& path)
{
    const QString program = QStringLiteral("import sys\nsys.path.insert(0, r'" THIDUA_TEST_SOURCE_DIR "/documents')\n"
                                           "from plan_docx import *\n")
        + QString::fromUtf8(script) + QStringLiteral("\nd.save(sys.argv[1])\n");
    runTool(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), program, path });
}

// A plan's words as the DOCX reader sees them, Word's own numbering included.
QString wordsOf(const QString& docx)
{
    QStringList lines;
    for (const DocxReader::Paragraph& p : DocxReader::read(docx).value())
        lines << (p.numberLabel.isEmpty() ? p.text : p.numberLabel + QLatin1Char(' ') + p.text);
    return normalizedText(lines.join(QLatin1Char(' ')));
}

// A Word plan imported into a fresh database (with the agency and the signer its header and its
// signature name) and exported again: the words of the original, of the new DOCX and of the new PDF.
struct RoundTrip {
    PlanImport::Recognised recognised;
    Campaign stored;
    QString original, docx, pdf;
};

RoundTrip roundTrip(FreshDatabase& fresh, const QString& path, const QStringList& repeatedHeaders = {})
{
    Database& db = *fresh.db;
    RoundTrip out;
    Result<PlanImport::Recognised> imported = PlanImport::fromDocx(path);
    REQUIRE_OK(imported);
    out.recognised = imported.value();
    PlanImport::Recognised r = out.recognised;
    INFO(r.notes.join(QLatin1Char('\n')).toStdString());
    REQUIRE_OK(AgencyRepository(db).save(r.agency));
    REQUIRE_OK(AgencyRepository(db).addSigner({ 0, r.signerName, r.signerPosition, r.signingPrefix }));
    REQUIRE_OK(PlanImport::prepareFor(db, r));
    REQUIRE(r.campaign.signerId != 0);
    const qint64 id = PlanImport::addCampaign(db, r).value();
    out.stored = CampaignRepository(db).load(id).value();
    const doc::Document document = PlanExport::buildPlanDocument(db, id).value();
    const QString docx = fresh.folder.file(QStringLiteral("xuất lại.docx"));
    const QString pdf = fresh.folder.file(QStringLiteral("xuất lại.pdf"));
    REQUIRE_OK(PlanExport::writeDocument(document, DocumentFormat::Docx, docx));
    REQUIRE_OK(PlanExport::writeDocument(document, DocumentFormat::Pdf, pdf));
    out.original = wordsOf(path);
    out.docx = wordsOf(docx);
    out.pdf = normalizedText(withoutPageNumbers(
        runTool(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") }),
        repeatedHeaders));
    return out;
}

void requireSameWords(const RoundTrip& trip)
{
    INFO("DOCX: " << firstDifference(trip.original, trip.docx).toStdString());
    CHECK(trip.original == trip.docx);
    INFO("PDF: " << firstDifference(trip.original, trip.pdf).toStdString());
    CHECK(trip.original == trip.pdf);
}

} // namespace

TEST_CASE("ThiDua's plan exported then imported and exported again says the same words with the same outline")
{
    FreshDatabase fresh;
    Database& db = *fresh.db;
    const qint64 campaignId = BuiltInTemplate::install(db).value();
    const Campaign original = CampaignRepository(db).load(campaignId).value();
    const QString first = fresh.folder.file(QStringLiteral("kế hoạch gốc.docx"));
    REQUIRE_OK(
        PlanExport::writeDocument(PlanExport::buildPlanDocument(db, campaignId).value(), DocumentFormat::Docx, first));

    Result<PlanImport::Recognised> imported = PlanImport::fromDocx(first);
    REQUIRE_OK(imported);
    const PlanImport::Recognised& r = imported.value();
    INFO(r.notes.join(QLatin1Char('\n')).toStdString());
    CHECK(r.agency.parentAuthority == QStringLiteral("UBND TỈNH LAI CHÂU"));
    CHECK(r.agency.name == QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    CHECK(r.agency.abbreviation == QStringLiteral("SKHCN"));
    CHECK(r.agency.placeName == QStringLiteral("Lai Châu"));
    CHECK_FALSE(r.campaign.issueDay.has_value());
    CHECK(r.campaign.issueMonth == original.issueMonth);
    CHECK(r.campaign.issueYear == original.issueYear);
    CHECK(r.campaign.summary == original.summary);
    CHECK(r.campaign.recipients == original.recipients);
    CHECK(r.signingPrefix == QStringLiteral("KT. GIÁM ĐỐC"));
    CHECK(r.signerPosition == QStringLiteral("PHÓ GIÁM ĐỐC"));
    CHECK(r.signerName == QStringLiteral("Trần Văn Tuấn"));
    CHECK(headingsOf(r.campaign.sections) == headingsOf(original.sections));
    CHECK(r.campaign.headingStyles.mid(0, 3) == original.headingStyles.mid(0, 3));
    REQUIRE_FALSE(r.campaign.sections.empty());
    CHECK(r.campaign.sections.front().heading.isEmpty()); // the căn cứ and the lead-in, unnumbered
    CHECK(r.campaign.sections.front().blocks.front().kind == BlockKind::Citation);

    // Kept as a new campaign of this database, signed by the same signer, it prints the same words.
    Campaign copy = r.campaign;
    copy.startDate = original.startDate;
    for (const Signer& s : AgencyRepository(db).signers().value())
        if (s.fullName == r.signerName)
            copy.signerId = s.id;
    REQUIRE(copy.signerId != 0);
    REQUIRE_OK(CampaignRepository(db).add(copy));
    const QString second = fresh.folder.file(QStringLiteral("kế hoạch nhập lại.docx"));
    REQUIRE_OK(
        PlanExport::writeDocument(PlanExport::buildPlanDocument(db, copy.id).value(), DocumentFormat::Docx, second));
    const QString before = documentText(first), after = documentText(second);
    INFO(firstDifference(before, after).toStdString());
    CHECK(before == after);

    // Into another database, as another office's clerk would: the same words in its DOCX and its PDF.
    FreshDatabase other;
    requireSameWords(roundTrip(other, first));
}

namespace {

// A district education office's plan as its clerk wrote it in Word: a two-level header, sections
// numbered 1.–5., sub-sections 5.1. and 5.2., items with dashes, no award section, signed by the
// head in person. Written with python-docx, an independent writer.
const char* const DistrictPlan = R"(d = new_plan(['UBND HUYỆN TAM ĐƯỜNG'], 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 45/KH-PGDĐT',
             'Tam Đường, ngày 03 tháng 9 năm 2026')
para(d, 'KẾ HOẠCH', True, True)
para(d, 'Thi đua năm học 2026 - 2027', True, True)
para(d, 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;')
para(d, 'Căn cứ Kế hoạch năm học 2026 - 2027 của UBND huyện;')
para(d, 'Phòng Giáo dục và Đào tạo xây dựng Kế hoạch thi đua như sau:')
para(d, '1. MỤC ĐÍCH, YÊU CẦU', True)
para(d, '- Động viên cán bộ, giáo viên thi đua dạy tốt, học tốt;')
para(d, '- Phát hiện, nhân rộng điển hình tiên tiến.')
para(d, '2. NỘI DUNG THI ĐUA', True)
para(d, 'Thi đua thực hiện tốt nhiệm vụ năm học, theo các tiêu chí:')
table(d, [['TT', 'Tiêu chí', 'Điểm tối đa'], ['1', 'Dạy tốt, học tốt', '10'], ['2', 'Đổi mới phương pháp dạy học', '10']])
para(d, '3. ĐỐI TƯỢNG', True)
para(d, 'Các trường mầm non, tiểu học, trung học cơ sở trong huyện.')
para(d, '4. THỜI GIAN', True)
para(d, 'Từ tháng 9 năm 2026 đến tháng 5 năm 2027.')
para(d, '5. TỔ CHỨC THỰC HIỆN', True)
para(d, '5.1. Phòng Giáo dục và Đào tạo', True)
para(d, '- Hướng dẫn, kiểm tra các trường;')
para(d, '- Tổng hợp kết quả thi đua.')
para(d, '5.2. Các trường học', True)
para(d, '- Xây dựng kế hoạch của trường;')
para(d, '- Báo cáo kết quả trước ngày 20/5/2027.')
signature(d, ['- UBND huyện (b/c);', '- Các trường học;', '- Lưu: VT.'], ['TRƯỞNG PHÒNG', 'Lê Văn Minh'], blank_lines=3)
)";

} // namespace

TEST_CASE("another office's plan is read into its own outline: decimal sub-sections, dashes, its header and signer")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("KH thi đua năm học.docx"));
    writePlan(DistrictPlan, path);
    Result<PlanImport::Recognised> imported = PlanImport::fromDocx(path);
    REQUIRE_OK(imported);
    const PlanImport::Recognised& r = imported.value();
    INFO(r.notes.join(QLatin1Char('\n')).toStdString());
    CHECK(r.agency.parentAuthority == QStringLiteral("UBND HUYỆN TAM ĐƯỜNG"));
    CHECK(r.agency.name == QStringLiteral("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"));
    CHECK(r.agency.abbreviation == QStringLiteral("PGDĐT"));
    CHECK(r.campaign.documentNumber == QStringLiteral("45"));
    CHECK(r.campaign.issueDay == 3);
    CHECK(r.campaign.issueMonth == 9);
    CHECK(r.campaign.issueYear == 2026);
    CHECK(r.campaign.summary == QStringLiteral("Thi đua năm học 2026 - 2027"));
    CHECK(r.campaign.headingStyles.mid(0, 2) == HeadingStyles { NumberingStyle::Arabic, NumberingStyle::Decimal });
    const std::vector<PlanSection>& sections = r.campaign.sections;
    REQUIRE(sections.size() == 6); // the căn cứ and lead-in, then 1.–5.
    CHECK(sections[0].blocks.size() == 3);
    CHECK(sections[0].blocks[0].kind == BlockKind::Citation);
    CHECK(sections[0].blocks[2].kind == BlockKind::Paragraph);
    CHECK(sections[1].heading == QStringLiteral("MỤC ĐÍCH, YÊU CẦU"));
    CHECK(sections[1].itemStyle == NumberingStyle::Dash);
    REQUIRE(sections[1].blocks.size() == 2);
    CHECK(sections[1].blocks[0].text == QStringLiteral("Động viên cán bộ, giáo viên thi đua dạy tốt, học tốt;"));
    // The criteria table stays a table: a row a block, its heading row first.
    REQUIRE(sections[2].blocks.size() == 4);
    CHECK(sections[2].blocks[0].kind == BlockKind::Paragraph);
    CHECK(sections[2].blocks[1].kind == BlockKind::TableRow);
    CHECK(sections[2].blocks[1].text == QStringLiteral("TT | Tiêu chí | Điểm tối đa"));
    CHECK(sections[2].blocks[2].text == QStringLiteral("1 | Dạy tốt, học tốt | 10"));
    CHECK(sections[2].blocks[3].text == QStringLiteral("2 | Đổi mới phương pháp dạy học | 10"));
    CHECK(r.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Một bảng 3 dòng được giữ nguyên là bảng")));
    REQUIRE(sections[5].children.size() == 2);
    CHECK(sections[5].children[0].heading == QStringLiteral("Phòng Giáo dục và Đào tạo"));
    CHECK(sections[5].children[1].heading == QStringLiteral("Các trường học"));
    CHECK(sections[5].children[1].blocks.size() == 2);
    CHECK(r.campaign.recipients
        == QStringList {
            QStringLiteral("UBND huyện (b/c)"), QStringLiteral("Các trường học"), QStringLiteral("Lưu: VT") });
    CHECK(r.signingPrefix.isEmpty());
    CHECK(r.signerPosition == QStringLiteral("TRƯỞNG PHÒNG"));
    CHECK(r.signerName == QStringLiteral("Lê Văn Minh"));

    // Kept and exported again, it says the same words, in its DOCX and its PDF.
    FreshDatabase fresh;
    requireSameWords(roundTrip(fresh, path));
}

TEST_CASE("thidua import plan reads a Word plan into a new campaign; --dry-run only says what it found")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const QString path = fresh.folder.file(QStringLiteral("KH thi đua năm học.docx"));
    writePlan(DistrictPlan, path);
    const QString db = fresh.db->path();
    auto run = [&](const QStringList& arguments, QString& out) {
        QString err;
        QTextStream o(&out), e(&err);
        const int code = CommandLine::run(arguments, o, e);
        INFO(err.toStdString());
        return code;
    };
    QString dry;
    REQUIRE(run({ QStringLiteral("import"), QStringLiteral("plan"), QStringLiteral("--db"), db,
                    QStringLiteral("--input"), path, QStringLiteral("--dry-run") },
                dry)
        == 0);
    CHECK(dry.contains(QStringLiteral("Kế hoạch: Thi đua năm học 2026 - 2027")));
    CHECK(dry.contains(QStringLiteral("  5.2. Các trường học — 2 đoạn")));
    CHECK(dry.contains(QStringLiteral("Người ký «Lê Văn Minh» chưa có trong danh sách người ký")));
    CHECK(CampaignRepository(*fresh.db).list().value().size() == 1); // nothing written

    QString done;
    REQUIRE(run({ QStringLiteral("import"), QStringLiteral("plan"), QStringLiteral("--db"), db,
                    QStringLiteral("--input"), path },
                done)
        == 0);
    const std::vector<CampaignSummary> campaigns = CampaignRepository(*fresh.db).list().value();
    REQUIRE(campaigns.size() == 2);
    const Campaign made = CampaignRepository(*fresh.db).load(campaigns.front().id).value();
    CHECK(done.contains(QStringLiteral("Đã thêm đợt thi đua số %1.").arg(made.id)));
    CHECK(made.summary == QStringLiteral("Thi đua năm học 2026 - 2027"));
    CHECK(made.sections.size() == 6);
    CHECK(made.startDate == QDate(2026, 9, 3));

    QString refused;
    CHECK(run({ QStringLiteral("import"), QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--input"),
                  fresh.folder.file(QStringLiteral("không có.docx")) },
              refused)
        == 2);
}

namespace {

// A plan with Roman sections, Arabic sub-sections and items numbered by Word itself (List
// Number), signed for the head by a deputy: written as a clerk would, in the national format.
const char* const RomanPlan = R"(d = new_plan(['UBND TỈNH LAI CHÂU'], 'SỞ TƯ PHÁP', 'Số: 7/KH-STP', 'Lai Châu, ngày 20 tháng 10 năm 2026')
para(d, 'KẾ HOẠCH', True, True)
para(d, 'Phát động phong trào thi đua năm 2027', True, True)
para(d, 'Căn cứ Luật Thi đua, khen thưởng năm 2022;')
para(d, 'Sở Tư pháp ban hành Kế hoạch như sau:')
para(d, 'I. MỤC ĐÍCH, YÊU CẦU', True)
para(d, '1. Mục đích', True)
para(d, 'Khơi dậy tinh thần thi đua trong toàn ngành.')
para(d, '2. Yêu cầu', True)
para(d, 'Thiết thực, hiệu quả, tránh hình thức;', style='List Number')
para(d, 'Gắn với nhiệm vụ chuyên môn.', style='List Number')
para(d, 'II. TỔ CHỨC THỰC HIỆN', True)
para(d, 'Các phòng, đơn vị triển khai Kế hoạch này./.')
signature(d, ['- Sở Nội vụ;', '- Lưu: VT.'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Đinh Thị Mai'])
)";

} // namespace

TEST_CASE("a Roman-numbered plan with Word's own list numbers round-trips word for word into a fresh database")
{
    FreshDatabase fresh;
    const QString path = fresh.folder.file(QStringLiteral("KH Sở Tư pháp.docx"));
    writePlan(RomanPlan, path);
    PlanImport::Recognised r = PlanImport::fromDocx(path).value();
    INFO(r.notes.join(QLatin1Char('\n')).toStdString());
    CHECK(r.campaign.headingStyles.mid(0, 2) == HeadingStyles { NumberingStyle::Roman, NumberingStyle::Arabic });
    REQUIRE(r.campaign.sections.size() == 3);
    REQUIRE(r.campaign.sections[1].children.size() == 2);
    const PlanSection& requirements = r.campaign.sections[1].children[1];
    CHECK(requirements.itemStyle == NumberingStyle::Arabic); // Word's own "1.", "2."
    REQUIRE(requirements.blocks.size() == 2);
    CHECK(requirements.blocks[0].text == QStringLiteral("Thiết thực, hiệu quả, tránh hình thức;"));

    // The agency and its signer as the header and the signature say; then the plan prints the same words.
    requireSameWords(roundTrip(fresh, path));
}

namespace {

// A centre under a department: a three-level header (two governing bodies above it), sections
// 1.–3. with a)/b) sub-sections, items with "+", a criteria table with its heading row, no award
// section, signed by the director in person.
const char* const CentrePlan = R"(d = new_plan(['UBND TỈNH LAI CHÂU', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'], 'TRUNG TÂM THÔNG TIN VÀ ỨNG DỤNG KHOA HỌC CÔNG NGHỆ',
             'Số: 12/KH-TTTT', 'Lai Châu, ngày 05 tháng 3 năm 2027')
para(d, 'KẾ HOẠCH', True, True)
para(d, 'Thi đua chào mừng Ngày Khoa học và Công nghệ Việt Nam 18/5', True, True)
para(d, 'Căn cứ Kế hoạch số 125/KH-SKHCN của Sở Khoa học và Công nghệ;')
para(d, 'Trung tâm xây dựng Kế hoạch thi đua như sau:')
para(d, '1. MỤC ĐÍCH, YÊU CẦU', True)
para(d, 'a) Mục đích', True)
para(d, '+ Động viên viên chức hoàn thành xuất sắc nhiệm vụ;')
para(d, '+ Lan tỏa các sáng kiến ứng dụng khoa học.')
para(d, 'b) Yêu cầu', True)
para(d, 'Thiết thực, tiết kiệm, hiệu quả.')
para(d, '2. TIÊU CHÍ THI ĐUA', True)
table(d, [['TT', 'Tiêu chí', 'Điểm'], ['1', 'Hoàn thành nhiệm vụ được giao', '50'], ['2', 'Có sáng kiến được công nhận', '30'],
          ['3', 'Chấp hành kỷ luật, kỷ cương', '20']])
para(d, '3. TỔ CHỨC THỰC HIỆN', True)
para(d, 'Các phòng thuộc Trung tâm tổ chức thực hiện, báo cáo kết quả trước ngày 10/5/2027./.')
signature(d, ['- Sở Khoa học và Công nghệ (b/c);', '- Các phòng thuộc Trung tâm;', '- Lưu: VT, HC.'], ['GIÁM ĐỐC', 'Vũ Thị Hạnh'])
)";

} // namespace

TEST_CASE("a plan under a three-level header, with a)/b) sub-sections, + items and a criteria table, round-trips word for word")
{
    FreshDatabase fresh;
    const QString path = fresh.folder.file(QStringLiteral("KH Trung tâm.docx"));
    writePlan(CentrePlan, path);
    const RoundTrip trip = roundTrip(fresh, path);
    const PlanImport::Recognised& r = trip.recognised;
    CHECK(r.agency.parentAuthority == QStringLiteral("UBND TỈNH LAI CHÂU\nSỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    CHECK(r.agency.name == QStringLiteral("TRUNG TÂM THÔNG TIN VÀ ỨNG DỤNG KHOA HỌC CÔNG NGHỆ"));
    CHECK(r.agency.abbreviation == QStringLiteral("TTTT"));
    CHECK(trip.stored.headingStyles.mid(0, 2) == HeadingStyles { NumberingStyle::Arabic, NumberingStyle::Alpha });
    const std::vector<PlanSection>& sections = trip.stored.sections;
    REQUIRE(sections.size() == 4);
    REQUIRE(sections[1].children.size() == 2);
    CHECK(sections[1].children[0].itemStyle == NumberingStyle::Plus);
    CHECK(sections[1].children[0].blocks.size() == 2);
    REQUIRE(sections[2].blocks.size() == 4);
    for (const PlanBlock& row : sections[2].blocks)
        CHECK(row.kind == BlockKind::TableRow);
    CHECK(PlanText::cellsOf(sections[2].blocks[2].text)
        == QStringList { QStringLiteral("2"), QStringLiteral("Có sáng kiến được công nhận"), QStringLiteral("30") });
    CHECK(sectionNumber(sections, { 3 }, trip.stored.headingStyles) == QStringLiteral("3."));
    CHECK(sectionNumber(sections, { 1, 1 }, trip.stored.headingStyles) == QStringLiteral("b)"));
    requireSameWords(trip);
}

namespace {

// A plan that carries its forms: Roman sections, and after the signature two annexes (a
// registration form with a table of blank rows, a report outline), as "Phụ lục I" and "Phụ lục II".
const char* const PlanWithAnnexes = R"(d = new_plan(['UBND TỈNH LAI CHÂU'], 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Số: 9/KH-SVHTTDL',
             'Lai Châu, ngày 10 tháng 01 năm 2027')
para(d, 'KẾ HOẠCH', True, True)
para(d, 'Tổ chức phong trào thi đua năm 2027', True, True)
para(d, 'I. ĐĂNG KÝ THI ĐUA', True)
para(d, 'Các phòng, đơn vị đăng ký theo mẫu tại Phụ lục I, gửi về Văn phòng Sở trước ngày 31/01/2027.')
para(d, 'II. BÁO CÁO KẾT QUẢ', True)
para(d, 'Báo cáo kết quả theo đề cương tại Phụ lục II./.')
signature(d, ['- Các phòng, đơn vị;', '- Lưu: VT, VP.'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lò Văn Páo'])
attached = '(Kèm theo Kế hoạch số 9/KH-SVHTTDL ngày 10 tháng 01 năm 2027 của Sở Văn hóa, Thể thao và Du lịch)'
d.add_page_break()
para(d, 'Phụ lục I', True, True)
para(d, 'MẪU ĐĂNG KÝ THI ĐUA NĂM 2027', True, True)
para(d, attached, False, True, True)
para(d, 'Đơn vị: ..............................................')
table(d, [['STT', 'Họ và tên', 'Chức vụ', 'Danh hiệu đăng ký'], ['1', '', '', ''], ['2', '', '', ''], ['3', '', '', '']])
para(d, '- Người lập biểu ghi rõ họ tên;')
para(d, '- Thủ trưởng đơn vị ký, đóng dấu.')
d.add_page_break()
para(d, 'Phụ lục II', True, True)
para(d, 'ĐỀ CƯƠNG BÁO CÁO KẾT QUẢ', True, True)
para(d, attached, False, True, True)
para(d, '1. Kết quả thực hiện phong trào;')
para(d, '2. Đề xuất, kiến nghị.')
)";

} // namespace

TEST_CASE("a plan with two annexes after its signature, a form with blank rows among them, round-trips word for word")
{
    FreshDatabase fresh;
    const QString path = fresh.folder.file(QStringLiteral("KH có phụ lục.docx"));
    writePlan(PlanWithAnnexes, path);
    const RoundTrip trip = roundTrip(fresh, path);
    const PlanImport::Recognised& r = trip.recognised;
    INFO(r.notes.join(QLatin1Char('\n')).toStdString());
    CHECK(r.agency.nameInText == QStringLiteral("Sở Văn hóa, Thể thao và Du lịch")); // from the annex's "Kèm theo" line
    CHECK(trip.stored.recipients == QStringList { QStringLiteral("Các phòng, đơn vị"), QStringLiteral("Lưu: VT, VP") });
    const std::vector<PlanSection>& sections = trip.stored.sections;
    REQUIRE(sections.size() == 4); // I., II. and the two annexes
    const PlanSection& form = sections[2];
    CHECK(form.binding == SectionBinding::Annex);
    CHECK(form.heading == QStringLiteral("MẪU ĐĂNG KÝ THI ĐUA NĂM 2027"));
    CHECK(sectionNumber(sections, { 2 }, trip.stored.headingStyles) == QStringLiteral("Phụ lục I"));
    CHECK(sectionNumber(sections, { 3 }, trip.stored.headingStyles) == QStringLiteral("Phụ lục II"));
    REQUIRE(form.blocks.size() == 7); // "Đơn vị", the heading row and 3 blank rows, 2 notes
    CHECK(form.blocks[1].kind == BlockKind::TableRow);
    CHECK(PlanText::cellsOf(form.blocks[4].text) == QStringList { QStringLiteral("3"), QString(), QString(), QString() });
    CHECK(form.itemStyle == NumberingStyle::Dash);
    CHECK(sections[3].blocks.size() == 2);
    CHECK(sections[3].itemStyle == NumberingStyle::Arabic);
    requireSameWords(trip);
}

TEST_CASE("thidua import plan --campaign replaces that campaign's outline, never once its criteria are assessed")
{
    FreshDatabase fresh;
    Database& db = *fresh.db;
    const qint64 campaignId = BuiltInTemplate::install(db).value();
    const Campaign before = CampaignRepository(db).load(campaignId).value();
    const QString path = fresh.folder.file(QStringLiteral("KH thi đua năm học.docx"));
    writePlan(DistrictPlan, path);
    auto run = [&](const QStringList& arguments, QString& out) {
        QString err;
        QTextStream o(&out), e(&err);
        const int code = CommandLine::run(arguments, o, e);
        out += err;
        return code;
    };
    const QStringList base { QStringLiteral("import"), QStringLiteral("plan"), QStringLiteral("--db"), db.path(),
        QStringLiteral("--input"), path };
    QString usage;
    CHECK(run(base + QStringList { QStringLiteral("--campaign"), QStringLiteral("một") }, usage) == 1);
    CHECK(run(base + QStringList { QStringLiteral("--campaign"), QString::number(campaignId), QStringLiteral("--new") }, usage) == 1);
    QString missing;
    CHECK(run(base + QStringList { QStringLiteral("--campaign"), QStringLiteral("999") }, missing) == 2);

    // Criteria assessed: refused, and the plan untouched.
    const auto criteria = CampaignRepository(db).criteria(campaignId, SectionBinding::UnitCriteria).value();
    Assessment met;
    met.criterionId = criteria.front().id;
    met.nominee = { Nominee::Kind::Unit, UnitRepository(db).all().value().front().id };
    met.conclusion = AssessmentState::Met;
    REQUIRE_OK(AssessmentRepository(db).save(met));
    QString refused;
    CHECK(run(base + QStringList { QStringLiteral("--campaign"), QString::number(campaignId) }, refused) == 2);
    CHECK(refused.contains(QStringLiteral("đã có 1 kết quả đánh giá tiêu chí")));
    CHECK(CampaignRepository(db).load(campaignId).value().sections.size() == before.sections.size());

    // A copy not yet assessed: its outline replaced.
    const qint64 copyId = CampaignRepository(db).duplicate(campaignId).value();
    QString done;
    REQUIRE(run(base + QStringList { QStringLiteral("--campaign"), QString::number(copyId) }, done) == 0);
    CHECK(done.contains(QStringLiteral("Đã thay đề cương của đợt thi đua số %1").arg(copyId)));
    const Campaign after = CampaignRepository(db).load(copyId).value();
    CHECK(after.sections.size() == 6);
    CHECK(after.headingStyles.mid(0, 2) == HeadingStyles { NumberingStyle::Arabic, NumberingStyle::Decimal });
    CHECK(after.recipients == before.recipients); // its own recipients and signer stay
    CHECK(after.signerId == before.signerId);
    CHECK(CampaignRepository(db).list().value().size() == 2);
}

TEST_CASE("a whole plan pasted as text, tables and the header copied from Word with tabs, is read as its Word file is")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("KH có phụ lục.docx"));
    writePlan(PlanWithAnnexes, path);
    const PlanImport::Recognised fromWord = PlanImport::fromDocx(path).value();
    // What Word puts on the clipboard: a cell's paragraphs on lines of their own, cells parted by tabs.
    const QString text = QStringLiteral(
        "UBND TỈNH LAI CHÂU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\n"
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\r\nĐộc lập - Tự do - Hạnh phúc\r\n"
        "Số: 9/KH-SVHTTDL\tLai Châu, ngày 10 tháng 01 năm 2027\r\n\r\n"
        "KẾ HOẠCH\r\nTổ chức phong trào thi đua năm 2027\r\n"
        "I. ĐĂNG KÝ THI ĐUA\r\n"
        "Các phòng, đơn vị đăng ký theo mẫu tại Phụ lục I, gửi về Văn phòng Sở trước ngày 31/01/2027.\r\n"
        "II. BÁO CÁO KẾT QUẢ\r\nBáo cáo kết quả theo đề cương tại Phụ lục II./.\r\n"
        "Nơi nhận:\tKT. GIÁM ĐỐC\r\n- Các phòng, đơn vị;\tPHÓ GIÁM ĐỐC\r\n- Lưu: VT, VP.\r\n\r\nLò Văn Páo\r\n"
        "Phụ lục I\r\nMẪU ĐĂNG KÝ THI ĐUA NĂM 2027\r\n"
        "(Kèm theo Kế hoạch số 9/KH-SVHTTDL ngày 10 tháng 01 năm 2027 của Sở Văn hóa, Thể thao và Du lịch)\r\n"
        "Đơn vị: ..............................................\r\n"
        "STT\tHọ và tên\tChức vụ\tDanh hiệu đăng ký\r\n1\t\t\t\r\n2\t\t\t\r\n3\t\t\t\r\n"
        "- Người lập biểu ghi rõ họ tên;\r\n- Thủ trưởng đơn vị ký, đóng dấu.\r\n"
        "Phụ lục II\r\nĐỀ CƯƠNG BÁO CÁO KẾT QUẢ\r\n"
        "(Kèm theo Kế hoạch số 9/KH-SVHTTDL ngày 10 tháng 01 năm 2027 của Sở Văn hóa, Thể thao và Du lịch)\r\n"
        "1. Kết quả thực hiện phong trào;\r\n2. Đề xuất, kiến nghị.\r\n");
    Result<PlanImport::Recognised> pasted = PlanImport::fromText(text);
    REQUIRE_OK(pasted);
    const PlanImport::Recognised& r = pasted.value();
    INFO(r.notes.join(QLatin1Char('\n')).toStdString());
    CHECK(r.agency.parentAuthority == fromWord.agency.parentAuthority);
    CHECK(r.agency.name == fromWord.agency.name);
    CHECK(r.agency.abbreviation == fromWord.agency.abbreviation);
    CHECK(r.agency.nameInText == fromWord.agency.nameInText);
    CHECK(r.campaign.documentNumber == fromWord.campaign.documentNumber);
    CHECK(r.campaign.issueDay == fromWord.campaign.issueDay);
    CHECK(r.campaign.summary == fromWord.campaign.summary);
    CHECK(r.campaign.recipients == fromWord.campaign.recipients);
    CHECK(r.signingPrefix == fromWord.signingPrefix);
    CHECK(r.signerPosition == fromWord.signerPosition);
    CHECK(r.signerName == fromWord.signerName);
    CHECK(headingsOf(r.campaign.sections) == headingsOf(fromWord.campaign.sections));
    REQUIRE(r.campaign.sections.size() == fromWord.campaign.sections.size());
    for (size_t s = 0; s < r.campaign.sections.size(); ++s) {
        INFO("section " << s);
        CHECK(r.campaign.sections[s].binding == fromWord.campaign.sections[s].binding);
        const auto& a = r.campaign.sections[s].blocks;
        const auto& b = fromWord.campaign.sections[s].blocks;
        REQUIRE(a.size() == b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            CHECK(a[i].kind == b[i].kind);
            CHECK(a[i].text == b[i].text);
        }
    }
    // Text that is no plan at all still comes in, as paragraphs, and says so; a flood is refused.
    const PlanImport::Recognised prose = PlanImport::fromText(QStringLiteral("Một đoạn.\nHai đoạn.")).value();
    CHECK(prose.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Không thấy dòng «KẾ HOẠCH»")));
    CHECK_FALSE(PlanImport::fromText(QString(3 * 1024 * 1024, QLatin1Char('x'))));
}
