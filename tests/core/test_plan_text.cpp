// Plain text to plan blocks: a clerk's numbering and dashes become the list's numbering, never text.
#include "core/domain/PlanText.h"
#include "tests/support/Catch.h"

TEST_CASE("a line's own number or dash is read as its numbering")
{
    using PlanText::markerOf;
    CHECK(markerOf(QStringLiteral("- Tuyên truyền")).style == NumberingStyle::Dash);
    CHECK(markerOf(QStringLiteral("– Tuyên truyền")).style == NumberingStyle::Dash); // en dash, as Word makes it
    CHECK(markerOf(QStringLiteral("• Tuyên truyền")).style == NumberingStyle::Dash);
    CHECK(markerOf(QStringLiteral("+ Cán bộ")).style == NumberingStyle::Plus);
    CHECK(markerOf(QStringLiteral("II. NỘI DUNG")).style == NumberingStyle::Roman);
    CHECK(markerOf(QStringLiteral("a) Tập thể")).style == NumberingStyle::Alpha);
    CHECK(markerOf(QStringLiteral("đ) Cá nhân")).style == NumberingStyle::Alpha);
    CHECK(markerOf(QStringLiteral("3) Khen thưởng")).style == NumberingStyle::Arabic);
    const PlanText::Marker sub = markerOf(QStringLiteral("5.2. Đối với cá nhân"));
    CHECK(sub.style == NumberingStyle::Decimal);
    CHECK(sub.depth == 2);
    CHECK(markerOf(QStringLiteral("1. Mục đích")).depth == 1);
    CHECK(PlanText::withoutMarker(QStringLiteral("  5.2.  Đối với cá nhân")) == QStringLiteral("Đối với cá nhân"));
    // Not markers: numbers that belong to the sentence, a dash inside a word.
    CHECK(markerOf(QStringLiteral("2025 là năm tăng tốc")).style == NumberingStyle::None);
    CHECK(markerOf(QStringLiteral("1.5 triệu đồng mỗi cá nhân")).style == NumberingStyle::None);
    CHECK(markerOf(QStringLiteral("15/10/2025: hạn đăng ký")).style == NumberingStyle::None);
    CHECK(markerOf(QStringLiteral("Thi đua - Khen thưởng")).style == NumberingStyle::None);
    CHECK(markerOf(QStringLiteral("-5 điểm")).style == NumberingStyle::None);
}

TEST_CASE("pasted text becomes one block per paragraph, in order, kinds recognised")
{
    const QString text = QStringLiteral("Căn cứ Luật Thi đua, khen thưởng năm 2022;\r\n"
                                        "Căn cứ Kế hoạch số 8022/KH-UBND;\r\n\r\n"
                                        "Phòng Giáo dục ban hành Kế hoạch như sau:\n"
                                        "- Tuyên truyền sâu rộng;\u2029"
                                        "1. Hoàn thành chỉ tiêu;\n"
                                        "   \n"
                                        "a) Đối với tập thể.");
    const std::vector<PlanBlock> blocks = PlanText::blocksFrom(text);
    REQUIRE(blocks.size() == 6);
    CHECK(blocks[0].kind == BlockKind::Citation);
    CHECK(blocks[1].kind == BlockKind::Citation);
    CHECK(blocks[2].kind == BlockKind::Paragraph);
    CHECK(blocks[2].text == QStringLiteral("Phòng Giáo dục ban hành Kế hoạch như sau:"));
    CHECK(blocks[3].kind == BlockKind::Item);
    CHECK(blocks[3].text == QStringLiteral("Tuyên truyền sâu rộng;")); // the dash is the list's, not the text's
    CHECK(blocks[4].text == QStringLiteral("Hoàn thành chỉ tiêu;"));
    CHECK(blocks[5].text == QStringLiteral("Đối với tập thể."));
    CHECK(PlanText::blocksFrom(QStringLiteral(" \n\n")).empty());
}

TEST_CASE("a table copied from Word or Excel (cells parted by tabs) is pasted as table rows")
{
    const std::vector<PlanBlock> blocks = PlanText::blocksFrom(
        QStringLiteral("Các đơn vị đăng ký theo bảng:\r\nSTT\tHọ và tên\tDanh hiệu\r\n1\tLò Văn Páo\tLao động tiên tiến\r\n2\t\t\r\n"));
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0].kind == BlockKind::Paragraph);
    CHECK(blocks[1].kind == BlockKind::TableRow);
    CHECK(blocks[1].text == QStringLiteral("STT | Họ và tên | Danh hiệu"));
    CHECK(PlanText::cellsOf(blocks[2].text)
        == QStringList { QStringLiteral("1"), QStringLiteral("Lò Văn Páo"), QStringLiteral("Lao động tiên tiến") });
    CHECK(PlanText::cellsOf(blocks[3].text) == QStringList { QStringLiteral("2"), QString(), QString() }); // a blank row kept
}
