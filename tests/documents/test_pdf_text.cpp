// Text copied out of ThiDua's PDFs is the text that was written: spaces come out as spaces.
#include "tests/support/Catch.h"
#include "tests/support/DocumentChecker.h"
#include "tests/support/TestDatabase.h"

#include "core/documents/Decree30.h"
#include "core/documents/writers/PdfWriter.h"

#include <QFile>


TEST_CASE("a PDF's text maps spaces to U+0020, never to a tab, in every face")
{
    TestFolder folder;
    doc::Document document = Decree30::document(QStringLiteral("Thử"), Agency {}, QStringLiteral("Số: 1/TB-SKHCN"),
        QStringLiteral("Lai Châu, ngày 01 tháng 12 năm 2026"), QStringLiteral("Thông báo"), QStringLiteral("Về việc thử chữ"));
    document.body.push_back(Decree30::body(QStringLiteral("Đoạn văn thường có nhiều khoảng trắng giữa các từ.")));
    document.body.push_back(Decree30::body(QStringLiteral("Đoạn văn nghiêng, cũng có khoảng trắng."), true));
    const QString path = folder.file(QStringLiteral("thử chữ.pdf"));
    REQUIRE_OK(PdfWriter::write(document, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList codes = unicodeDestinations(file.readAll());
    REQUIRE_FALSE(codes.isEmpty());
    CHECK(codes.contains(QStringLiteral("0020")));
    CHECK_FALSE(codes.contains(QStringLiteral("0009")));
}

TEST_CASE("only destinations are remapped: a glyph numbered 9 keeps its number")
{
    QByteArray pdf("xx begincmap\n2 beginbfrange\n<0001> <0009> [<0009> <0041> <0042>]\n<000A> <000B> [<0043> <0009>]\nendbfrange\n"
                   "2 beginbfchar\n<0009> <0009>\n<000C> <0043>\nendbfchar\nendcmap yy <0009>");
    const qsizetype size = pdf.size();
    PdfWriter::mapSpacesToSpace(pdf);
    CHECK(pdf.size() == size);
    CHECK(pdf
        == QByteArray("xx begincmap\n2 beginbfrange\n<0001> <0009> [<0020> <0041> <0042>]\n<000A> <000B> [<0043> <0020>]\nendbfrange\n"
                      "2 beginbfchar\n<0009> <0020>\n<000C> <0043>\nendbfchar\nendcmap yy <0009>"));
}
