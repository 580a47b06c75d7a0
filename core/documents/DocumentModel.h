#pragma once
// The format-neutral document model every writer reads: a page setup and a body of paragraphs,
// short rules, layout tables and page breaks. Builders make it; writers (DOCX, PDF, print)
// render it; none of them touches the database.

#include <QString>

#include <variant>
#include <vector>

namespace doc {

enum class Align { Left, Center, Right, Justify };

struct Run {
    QString text;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    double sizePt = 0; // 0: the paragraph's size
};

struct Paragraph {
    std::vector<Run> runs;
    Align align = Align::Justify;
    double sizePt = 14;
    double firstLineIndentMm = 0;
    double spaceBeforePt = 0;
    double spaceAfterPt = 0;
    double lineSpacing = 1.0; // multiple of single spacing
    bool keepWithNext = false;

    QString text() const; // the runs' text joined
};

// A horizontal line, centred in its column: the rules under the agency name, the motto and the
// title of Decree-30 documents.
struct Rule {
    double widthMm = 30;
    double spaceAfterPt = 0;
    double spaceBeforePt = 0; // clear of the descenders of the line above
};

using CellBlock = std::variant<Paragraph, Rule>;

// A ruled table's cells keep their text off the lines; a little space follows the table.
constexpr double RuledCellPaddingXMm = 1.5;
constexpr double RuledCellPaddingYMm = 0.5;
constexpr double RuledTableSpaceAfterPt = 6;

struct Cell {
    std::vector<CellBlock> blocks;
};

// A table: borderless for layout (the two-column header, the signature block beside the
// recipients), or ruled for data (a checklist).
struct Table {
    std::vector<double> columnWidthsMm;
    double indentMm = 0; // negative: reaches into the left margin, as the national header does
    bool ruled = false; // thin lines around every cell
    int headerRows = 0; // repeated at the top of each page
    // On the page of the paragraph before it (a signature block with the last words above it);
    // every table keeps each of its rows whole on one page.
    bool keepWithPrevious = false;
    std::vector<std::vector<Cell>> rows;
};

// Starts a new page. restartsNumbering: the pages from here on are numbered from 1 again, the first
// of them unnumbered as a document's first page is — each annex (Phụ lục) is numbered on its own
// (Decree 30, Annex I).
struct PageBreak {
    bool restartsNumbering = false;
};

using Block = std::variant<Paragraph, Rule, Table, PageBreak>;

struct PageSetup {
    double widthMm = 210; // A4 portrait
    double heightMm = 297;
    double topMm = 20;
    double bottomMm = 20;
    double leftMm = 30;
    double rightMm = 15;
    QString fontFamily = QStringLiteral("Times New Roman");
    int firstNumberedPage = 2; // page numbers: top centre, from this page on (of each numbered part)
    double pageNumberSizePt = 13;

    double contentWidthMm() const { return widthMm - leftMm - rightMm; }
};

struct Document {
    PageSetup page;
    QString title; // document properties
    QString author; // the issuing body, in the document properties
    std::vector<Block> body;
};

// Lets std::visit take one lambda per alternative.
template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

// Plain text of a document in reading order, one paragraph a line (for tests and previews).
QString plainText(const Document& document);

} // namespace doc
