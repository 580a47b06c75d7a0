// The page layout of the PDF and the print (PageLayout): Word's rules for where pages break,
// checked as invariants over many positions of the same content on the page, then against
// LibreOffice's rendering of the DOCX.

#include "core/documents/PlanExport.h"
#include "core/documents/writers/PageLayout.h"
#include "tests/support/Catch.h"
#include "tests/support/DocumentChecker.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextLayout>
#include <map>
#include <set>

namespace {

doc::Paragraph paragraph(const QString& text, bool bold = false)
{
    doc::Paragraph p;
    p.runs.push_back({ text, bold });
    p.firstLineIndentMm = 10;
    p.spaceAfterPt = 6;
    p.lineSpacing = 1.15;
    return p;
}

// A paragraph of about `lines` lines at 14 pt on an A4 text block, marked so it can be found.
doc::Paragraph longParagraph(const QString& marker, int lines)
{
    QString text = marker;
    for (int i = 0; i < lines * 13; ++i)
        text += QStringLiteral(" thi đua");
    return paragraph(text);
}

// The layout on the device the PDF writer uses.
struct LaidOut {
    QByteArray bytes;
    QBuffer buffer { &bytes };
    std::unique_ptr<QPdfWriter> pdf;
    std::vector<PageLayout::Page> pages;
    double pageHeight = 0;

    explicit LaidOut(const doc::Document& document)
    {
        buffer.open(QIODevice::WriteOnly);
        pdf = std::make_unique<QPdfWriter>(&buffer);
        pdf->setResolution(600);
        pages = PageLayout::layOut(document, *pdf);
        pageHeight = (document.page.heightMm - document.page.topMm - document.page.bottomMm) * 600 / 25.4;
    }

    // For the paragraph whose text starts with `marker`: how many of its lines each page holds.
    std::vector<int> linesPerPage(const QString& marker) const
    {
        std::vector<int> counts;
        for (const PageLayout::Page& page : pages) {
            int here = 0;
            for (const PageLayout::PlacedLine& line : page.text)
                if (line.text->text().startsWith(marker))
                    ++here;
            if (here > 0)
                counts.push_back(here);
        }
        return counts;
    }

    int pageOf(const QString& marker, int lineIndex) const
    {
        for (size_t page = 0; page < pages.size(); ++page)
            for (const PageLayout::PlacedLine& line : pages[page].text)
                if (line.line == lineIndex && line.text->text().startsWith(marker))
                    return int(page);
        return -1;
    }

    // Every line of every paragraph placed once (the header rows of a table may repeat), inside the page.
    void requireNothingLostOrOutside(bool headersRepeat = false) const
    {
        std::map<const QTextLayout*, std::set<int>> placed;
        for (const PageLayout::Page& page : pages)
            for (const PageLayout::PlacedLine& line : page.text) {
                const QTextLine shaped = line.text->lineAt(line.line);
                CHECK(line.at.y() + shaped.y() >= -0.5);
                CHECK(line.at.y() + shaped.y() + shaped.height() <= pageHeight + 0.5);
                const bool fresh = placed[line.text.get()].insert(line.line).second;
                if (!headersRepeat)
                    CHECK(fresh);
            }
        for (const auto& [layout, lines] : placed) {
            int drawn = 0; // empty lines take their room and draw nothing
            for (int line = 0; line < layout->lineCount(); ++line)
                drawn += layout->lineAt(line).textLength() > 0 ? 1 : 0;
            CHECK(int(lines.size()) == drawn);
        }
    }
};

doc::Table dataTable(int rows, int headerRows)
{
    doc::Table table;
    table.ruled = true;
    table.headerRows = headerRows;
    table.columnWidthsMm = { 12, 70, 83 };
    auto cell = [](const QString& text) {
        doc::Paragraph p;
        p.runs.push_back({ text });
        p.sizePt = 13;
        p.align = doc::Align::Left;
        return doc::Cell { { p } };
    };
    for (int h = 0; h < headerRows; ++h)
        table.rows.push_back({ cell(QStringLiteral("TT")), cell(QStringLiteral("Họ và tên")),
            cell(QStringLiteral("Tóm tắt thành tích")) });
    for (int r = 1; r <= rows; ++r) {
        QString achievement = QStringLiteral("Dòng %1:").arg(r);
        for (int w = 0; w < (r % 5) * 6; ++w)
            achievement += QStringLiteral(" hoàn thành xuất sắc");
        table.rows.push_back(
            { cell(QString::number(r)), cell(QStringLiteral("Nguyễn Văn Dòng%1").arg(r)), cell(achievement) });
    }
    return table;
}

} // namespace

TEST_CASE("a paragraph split over two pages keeps two lines on each side, and a heading stays with what follows")
{
    for (int filler = 0; filler < 40; ++filler) {
        INFO("single-line paragraphs before: " << filler);
        doc::Document document;
        for (int i = 0; i < filler; ++i)
            document.body.push_back(paragraph(QStringLiteral("Đoạn ngắn %1.").arg(i)));
        doc::Paragraph heading = paragraph(QStringLiteral("ĐẦU MỤC"), true);
        heading.keepWithNext = true;
        document.body.push_back(heading);
        document.body.push_back(longParagraph(QStringLiteral("NĂM"), 5));
        document.body.push_back(longParagraph(QStringLiteral("BỐN"), 4));
        document.body.push_back(longParagraph(QStringLiteral("BA"), 3));
        document.body.push_back(longParagraph(QStringLiteral("HAI"), 2));
        const LaidOut layout(document);
        layout.requireNothingLostOrOutside();
        for (const char* marker : { "NĂM", "BỐN", "BA", "HAI" }) {
            INFO("paragraph " << marker);
            const std::vector<int> counts = layout.linesPerPage(QString::fromUtf8(marker));
            REQUIRE_FALSE(counts.empty());
            if (counts.size() > 1)
                for (int count : counts)
                    CHECK(count >= 2);
        }
        CHECK(layout.pageOf(QStringLiteral("ĐẦU MỤC"), 0) == layout.pageOf(QStringLiteral("NĂM"), 0));
    }
}

TEST_CASE("a data table keeps each row whole and starts every page with its header row")
{
    doc::Document document;
    document.body.push_back(paragraph(QStringLiteral("Danh sách kèm theo.")));
    document.body.push_back(dataTable(90, 1));
    document.body.push_back(paragraph(QStringLiteral("Hết danh sách.")));
    const LaidOut layout(document);
    layout.requireNothingLostOrOutside(true);
    REQUIRE(layout.pages.size() >= 3);
    for (size_t page = 0; page < layout.pages.size(); ++page) {
        INFO("page " << page + 1);
        // The table's first text on the page is its header.
        bool seenTable = false;
        for (const PageLayout::PlacedLine& line : layout.pages[page].text) {
            const QString text = line.text->text();
            if (text == QStringLiteral("Danh sách kèm theo.") || text == QStringLiteral("Hết danh sách."))
                continue;
            if (!seenTable)
                CHECK(text == QStringLiteral("TT"));
            seenTable = true;
        }
        CHECK_FALSE(layout.pages[page].strokes.empty());
    }
    // Each row's lines share a page: its number and the last line of its achievement.
    for (int row = 1; row <= 90; ++row) {
        const int numberPage = layout.pageOf(QStringLiteral("%1").arg(row), 0);
        const QString marker = QStringLiteral("Dòng %1:").arg(row);
        const std::vector<int> counts = layout.linesPerPage(marker);
        INFO("row " << row);
        CHECK(counts.size() == 1);
        CHECK(layout.pageOf(marker, 0) >= numberPage);
    }
}

TEST_CASE("a table row taller than a page is cut between its lines, and no line is lost")
{
    doc::Document document;
    doc::Table table = dataTable(2, 1);
    QString huge = QStringLiteral("RẤT DÀI");
    for (int i = 0; i < 1500; ++i)
        huge += QStringLiteral(" thành tích");
    table.rows[1][2].blocks = { paragraph(huge) };
    document.body.push_back(table);
    const LaidOut layout(document);
    layout.requireNothingLostOrOutside(true);
    const std::vector<int> counts = layout.linesPerPage(QStringLiteral("RẤT DÀI"));
    CHECK(counts.size() >= 2);
    // It starts on the first page, under the header and the first row, and every page begins with the header.
    CHECK(layout.pageOf(QStringLiteral("RẤT DÀI"), 0) == 0);
    for (const PageLayout::Page& page : layout.pages)
        CHECK(page.text.front().text->text() == QStringLiteral("TT"));
}

TEST_CASE("LibreOffice breaks the pages of the DOCX where ThiDua's PDF does")
{
    TestFolder folder;
    for (int filler : { 7, 21, 33 }) {
        doc::Document document;
        for (int i = 0; i < filler; ++i)
            document.body.push_back(paragraph(QStringLiteral("Đoạn ngắn số %1 của văn bản.").arg(i)));
        doc::Paragraph heading = paragraph(QStringLiteral("ĐẦU MỤC CẦN GIỮ"), true);
        heading.keepWithNext = true;
        document.body.push_back(heading);
        document.body.push_back(longParagraph(QStringLiteral("Đoạn dài năm dòng"), 5));
        document.body.push_back(dataTable(40, 1));
        document.body.push_back(longParagraph(QStringLiteral("Đoạn dài bốn dòng"), 4));
        const QString name = QStringLiteral("bố cục %1").arg(filler);
        const QString docx = folder.file(name + QStringLiteral(".docx")),
                      pdf = folder.file(name + QStringLiteral(".pdf"));
        REQUIRE_OK(PlanExport::writeDocument(document, DocumentFormat::Docx, docx));
        REQUIRE_OK(PlanExport::writeDocument(document, DocumentFormat::Pdf, pdf));
        requireReviewable(docx, pdf, folder, {});
    }
}
