#include "core/documents/writers/PagedRenderer.h"

#include "core/documents/writers/DocumentFont.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace PagedRenderer {

namespace {

// Converts the model's millimetres and points into lengths for text formats. Qt's text layout
// scales those lengths by the device's resolution over the default one, so they are divided by
// that factor here; page geometry is in plain device pixels.
struct Scale {
    double dpi;
    double layoutFactor = 1;
    double mm(double value) const { return value * dpi / 25.4 / layoutFactor; }
    double pt(double value) const { return value * dpi / 72.0 / layoutFactor; }
    double deviceMm(double value) const { return value * dpi / 25.4; }
};

// Marks the first part of a justified paragraph split over two pages: its last line is justified too.
constexpr int JustifyLastLine = QTextFormat::UserProperty + 1;

// Height of the band a rule occupies; the line runs through its middle.
constexpr double RuleBandPt = 4;

// How much the text layout on this device enlarges a fixed length: measured, not assumed, since
// the default resolution it divides by depends on the screen.
double layoutFactorFor(QPaintDevice& device)
{
    constexpr double probeWidth = 1000;
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(&device);
    probe.setDocumentMargin(0);
    QTextFrameFormat format;
    format.setWidth(QTextLength(QTextLength::FixedLength, probeWidth));
    QTextFrame* frame = QTextCursor(&probe).insertFrame(format);
    const double laidOut = probe.documentLayout()->frameBoundingRect(frame).width();
    return laidOut > 0 ? laidOut / probeWidth : 1;
}

QFont documentFont(const doc::PageSetup& page, double pointSize)
{
    QFont font = documentFont(page.fontFamily, pointSize);
    // LibreOffice lays glyphs out on a grid of twips, and its lines come out 0.24 % narrower than
    // the font's own advances (measured: a 14 pt line of 80 letters, 458.1 pt there, 459.2 pt here).
    // Taking the same width makes lines wrap, and pages break, where they do in the DOCX.
    font.setLetterSpacing(QFont::PercentageSpacing, 99.76);
    return font;
}

Qt::Alignment alignment(doc::Align align)
{
    switch (align) {
    case doc::Align::Left:
        return Qt::AlignLeft;
    case doc::Align::Center:
        return Qt::AlignHCenter;
    case doc::Align::Right:
        return Qt::AlignRight;
    case doc::Align::Justify:
        return Qt::AlignJustify;
    }
    return Qt::AlignLeft;
}

// A paragraph or a table of the body, with what the page breaks must respect.
struct FlowItem {
    QTextBlock block; // a paragraph's
    QTextTable* table = nullptr; // a table's (a rule is a table too)
    bool keepWithNext = false;
    bool keepWithPrevious = false;
    bool ruled = false; // a data table: may run over pages, but each row stays whole
};

class TextDocumentBuilder {
public:
    TextDocumentBuilder(QTextDocument& document, const doc::PageSetup& page, Scale scale, QPaintDevice& device)
        : m_document(document)
        , m_page(page)
        , m_scale(scale)
        , m_device(device)
        , m_cursor(&document)
    {
    }

    void body(const std::vector<doc::Block>& blocks)
    {
        bool breakBefore = false;
        for (const doc::Block& block : blocks) {
            std::visit(doc::Overloaded {
                           [&](const doc::Paragraph& p) { paragraph(p, breakBefore); },
                           [&](const doc::Rule& r) { rule(r); },
                           [&](const doc::Table& t) { table(t); },
                           [&](const doc::PageBreak&) { breakBefore = true; },
                       },
                block);
            if (!std::holds_alternative<doc::PageBreak>(block))
                breakBefore = false;
        }
    }

private:
    QTextBlockFormat blockFormat(const doc::Paragraph& p) const
    {
        QTextBlockFormat format;
        format.setAlignment(alignment(p.align));
        format.setTextIndent(m_scale.deviceMm(p.firstLineIndentMm)); // not scaled by the layout
        format.setTopMargin(m_scale.pt(p.spaceBeforePt));
        format.setBottomMargin(m_scale.pt(p.spaceAfterPt));
        // Word and LibreOffice multiply the font's full line spacing (ascent, descent and line
        // gap); Qt's proportional height leaves the gap out. A fixed height matches them, so the
        // PDF breaks pages where the DOCX does.
        const QFontMetricsF metrics(documentFont(m_page, p.sizePt), &m_device);
        const double singlePt = metrics.lineSpacing() * 72.0 / m_scale.dpi;
        format.setLineHeight(m_scale.pt(p.lineSpacing * singlePt), QTextBlockFormat::FixedHeight);
        return format;
    }

    QTextCharFormat charFormat(const doc::Run& run, double paragraphSize) const
    {
        QTextCharFormat format;
        QFont font = documentFont(m_page, run.sizePt > 0 ? run.sizePt : paragraphSize);
        font.setBold(run.bold);
        font.setItalic(run.italic);
        font.setUnderline(run.underline);
        format.setFont(font);
        return format;
    }

    // The first paragraph reuses the empty block a new document or cell starts with.
    void startBlock(const QTextBlockFormat& format, const QTextCharFormat& charFormat)
    {
        if (m_fresh) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_fresh = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
    }

    void paragraph(const doc::Paragraph& p, bool pageBreakBefore = false)
    {
        QTextBlockFormat format = blockFormat(p);
        if (pageBreakBefore)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        startBlock(format, charFormat(doc::Run {}, p.sizePt));
        for (const doc::Run& run : p.runs)
            m_cursor.insertText(run.text, charFormat(run, p.sizePt));
        if (m_cellDepth == 0) {
            flow.push_back({ m_cursor.block(), nullptr, p.keepWithNext, false, false });
            m_spaceAfterLastPt = p.spaceAfterPt;
        }
    }

    // Qt leaves out the space after the paragraph above a table and the space before the first
    // paragraph of a cell; Word and LibreOffice keep both. The table's top margin holds them.
    double spaceAboveTablePt(const doc::Table& t)
    {
        double before = 0;
        for (const doc::Cell& cell : t.rows.front())
            if (!cell.blocks.empty())
                if (const auto* first = std::get_if<doc::Paragraph>(&cell.blocks.front()))
                    before = std::max(before, first->spaceBeforePt);
        const double above = m_cellDepth == 0 ? m_spaceAfterLastPt : 0;
        return above + before;
    }

    // A rule is the horizontal ruler of the only block of a narrow, centred, borderless table.
    void rule(const doc::Rule& r)
    {
        QTextTableFormat format;
        format.setAlignment(Qt::AlignHCenter);
        format.setBorder(0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setCellPadding(0);
        format.setCellSpacing(0);
        format.setMargin(0);
        format.setBottomMargin(m_scale.pt(r.spaceAfterPt));
        format.setTopMargin(m_scale.pt(r.spaceBeforePt));
        format.setWidth(QTextLength(QTextLength::FixedLength, m_scale.mm(r.widthMm)));
        format.setColumnWidthConstraints({ QTextLength(QTextLength::FixedLength, m_scale.mm(r.widthMm)) });
        QTextTable* table = m_cursor.insertTable(1, 1, format);
        if (m_cellDepth == 0)
            flow.push_back({ {}, table, false, true, false }); // a rule belongs to the line above it
        QTextCursor inside = table->cellAt(0, 0).firstCursorPosition();
        QTextBlockFormat ruler;
        ruler.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
        ruler.setLineHeight(m_scale.pt(RuleBandPt), QTextBlockFormat::FixedHeight);
        inside.setBlockFormat(ruler);
        QTextCharFormat tiny;
        tiny.setFont(documentFont(m_page, 1));
        inside.setBlockCharFormat(tiny);
        continueAfter(table);
    }

    // Goes on after a table. Qt keeps an empty block after every table: inside a cell the next
    // paragraph takes it over; in the body it is flattened and left alone, because Qt drops the
    // top margin of a block that directly follows a table (the space above a title).
    void continueAfter(QTextTable* table)
    {
        m_cursor.setPosition(table->lastPosition() + 1);
        if (m_cellDepth > 0) {
            m_fresh = true;
            return;
        }
        QTextBlockFormat flat;
        flat.setLineHeight(0, QTextBlockFormat::FixedHeight);
        m_cursor.setBlockFormat(flat);
        QTextCharFormat tiny;
        tiny.setFont(documentFont(m_page, 1));
        m_cursor.setBlockCharFormat(tiny);
        m_fresh = false;
    }

    void table(const doc::Table& t)
    {
        if (t.rows.empty() || t.columnWidthsMm.empty())
            return;
        QTextTableFormat format;
        if (t.indentMm != 0)
            format.setLeftMargin(m_scale.mm(t.indentMm));
        else
            format.setAlignment(Qt::AlignHCenter);
        if (t.ruled) {
            format.setBorder(std::max(1.0, m_scale.pt(0.5)));
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(Qt::black);
            format.setBorderCollapse(true);
            format.setCellPadding(0); // each cell's own, below; header rows are repeated by the DOCX only
            format.setBottomMargin(m_scale.pt(doc::RuledTableSpaceAfterPt));
        } else {
            format.setBorder(0);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
            format.setCellPadding(0);
        }
        format.setCellSpacing(0);
        format.setTopMargin(m_scale.pt(spaceAboveTablePt(t)));
        QList<QTextLength> widths;
        for (double width : t.columnWidthsMm)
            widths << QTextLength(QTextLength::FixedLength, m_scale.mm(width));
        format.setColumnWidthConstraints(widths);
        QTextTable* table = m_cursor.insertTable(int(t.rows.size()), int(t.columnWidthsMm.size()), format);
        if (m_cellDepth == 0)
            flow.push_back({ {}, table, false, t.keepWithPrevious, t.ruled });
        if (t.ruled)
            ruledTables.push_back(table);
        for (int row = 0; row < int(t.rows.size()); ++row) {
            for (int column = 0; column < int(t.rows[size_t(row)].size()) && column < table->columns(); ++column) {
                QTextCursor saved = m_cursor;
                m_cursor = table->cellAt(row, column).firstCursorPosition();
                m_fresh = true;
                ++m_cellDepth;
                bool firstInCell = true;
                for (const doc::CellBlock& block : t.rows[size_t(row)][size_t(column)].blocks) {
                    std::visit(doc::Overloaded { [&](const doc::Paragraph& p) {
                                                    doc::Paragraph shown = p;
                                                    if (firstInCell && row == 0)
                                                        shown.spaceBeforePt = 0; // in the table's top margin
                                                    paragraph(shown);
                                                },
                                   [&](const doc::Rule& r) { rule(r); } },
                        block);
                    firstInCell = false;
                }
                --m_cellDepth;
                m_cursor = saved;
                if (t.ruled) { // after the content: its first block's character format is the cell's
                    QTextTableCell cell = table->cellAt(row, column);
                    QTextTableCellFormat padded = cell.format().toTableCellFormat();
                    padded.setLeftPadding(m_scale.mm(doc::RuledCellPaddingXMm));
                    padded.setRightPadding(m_scale.mm(doc::RuledCellPaddingXMm));
                    padded.setTopPadding(m_scale.mm(doc::RuledCellPaddingYMm));
                    padded.setBottomPadding(m_scale.mm(doc::RuledCellPaddingYMm));
                    cell.setFormat(padded);
                }
            }
        }
        continueAfter(table);
        if (m_cellDepth == 0)
            m_spaceAfterLastPt = 0;
    }

    QTextDocument& m_document;
    const doc::PageSetup& m_page;
    Scale m_scale;
    QPaintDevice& m_device;
    QTextCursor m_cursor;
    bool m_fresh = true;
    double m_spaceAfterLastPt = 0; // of the last paragraph of the body, until a table follows it
    int m_cellDepth = 0;

public:
    // Ruled tables: their lines are drawn by drawRules.
    std::vector<QTextTable*> ruledTables;
    std::vector<FlowItem> flow; // the body's paragraphs and tables, in order, for keepTogether
};

// Where the laid-out document put things, read once: asking the layout again on every page made
// long documents cost pages × blocks layout queries.
struct RuledGeometry {
    QRectF box; // the table's frame
    // Runs of rows that follow each other without a page break between them: [top, bottom].
    std::vector<std::pair<double, double>> runs;
    std::vector<double> rowTops;
    std::vector<double> edges; // x of every vertical line, the outer ones included
};

struct Geometry {
    std::vector<std::pair<QTextBlock, QRectF>> blocks;
    std::vector<RuledGeometry> tables;
};

// A cell's text box: its first block's left and top, its last block's right and bottom.
QRectF cellBox(QTextTable* table, int row, int column, QAbstractTextDocumentLayout* layout)
{
    const QTextTableCell cell = table->cellAt(row, column);
    const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
    const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
    return QRectF(QPointF(first.left(), first.top()), QPointF(first.right(), last.bottom()));
}

Geometry geometryOf(QTextDocument& text, const Scale& scale, const std::vector<QTextTable*>& ruled)
{
    Geometry geometry;
    QAbstractTextDocumentLayout* layout = text.documentLayout();
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next())
        geometry.blocks.emplace_back(block, layout->blockBoundingRect(block));
    const double padX = scale.deviceMm(doc::RuledCellPaddingXMm), padY = scale.deviceMm(doc::RuledCellPaddingYMm);
    for (QTextTable* table : ruled) {
        RuledGeometry g;
        g.box = layout->frameBoundingRect(table);
        // The lines go where the layout put the cells (their text plus its padding), not where the
        // widths asked: Qt's frame box is offset from the cells by their padding. A line between
        // two cells runs halfway across the border they share.
        for (int column = 0; column <= table->columns(); ++column) {
            const double rightOfPrevious = column > 0 ? cellBox(table, 0, column - 1, layout).right() + padX : 0;
            const double leftOfThis = column < table->columns() ? cellBox(table, 0, column, layout).left() - padX : 0;
            g.edges.push_back(column == 0 ? leftOfThis : column == table->columns() ? rightOfPrevious : (rightOfPrevious + leftOfThis) / 2);
        }
        for (int row = 0; row < table->rows(); ++row) {
            double top = std::numeric_limits<double>::max(), bottom = 0;
            for (int column = 0; column < table->columns(); ++column) {
                const QRectF box = cellBox(table, row, column, layout);
                top = std::min(top, box.top() - padY);
                bottom = std::max(bottom, box.bottom() + padY);
            }
            g.rowTops.push_back(top);
            if (!g.runs.empty() && top - g.runs.back().second < padY) // the next row, on the same page
                g.runs.back().second = bottom;
            else
                g.runs.push_back({ top, bottom });
        }
        geometry.tables.push_back(std::move(g));
    }
    return geometry;
}

// Paints the lines of one page, each line on the page its middle falls on. Qt's own frame drawing
// also paints (clipped) lines that merely touch the page, which would leave invisible duplicates
// in a PDF; drawing line by line avoids them. The only decoration the model needs besides text is
// the horizontal ruler of a Rule, drawn here too.
void drawPage(QPainter& painter, const Geometry& geometry, const Scale& scale, double top, double height)
{
    const double bottom = top + height;
    for (const auto& [block, box] : geometry.blocks) {
        if (box.bottom() < top || box.top() > bottom)
            continue;
        QTextLayout* lines = block.layout();
        if (block.blockFormat().boolProperty(JustifyLastLine))
            lines->setFlags(Qt::TextJustificationForced); // the first part of a paragraph split over two pages
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const double middle = box.top() + line.y() + line.height() / 2;
            if (middle >= top && middle < bottom)
                line.draw(&painter, box.topLeft());
        }
        if (block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            // The block's own box is only as tall as its tiny font; the band is RuleBandPt tall.
            const double y = box.top() + RuleBandPt / 2 * scale.dpi / 72;
            if (y >= top && y < bottom)
                painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
        }
    }
}

// Draws the lines of a ruled table that fall on the page band [top, bottom): only those, so a
// long table does not write every one of its lines on every page. A row moved to the next page
// leaves the one before it closed at its own bottom.
void drawRules(QPainter& painter, const RuledGeometry& table, double top, double bottom)
{
    if (table.box.bottom() < top || table.box.top() > bottom)
        return;
    const double slack = 2; // a line exactly on the page's edge still belongs to it
    const double left = table.edges.front(), right = table.edges.back();
    auto inBand = [&](double y) { return y >= top - slack && y <= bottom + slack; };
    for (double y : table.rowTops)
        if (inBand(y))
            painter.drawLine(QPointF(left, y), QPointF(right, y));
    for (const auto& [runTop, runBottom] : table.runs) {
        if (inBand(runBottom))
            painter.drawLine(QPointF(left, runBottom), QPointF(right, runBottom));
        const double from = std::max(runTop, top), to = std::min(runBottom, bottom);
        if (from < to)
            for (double x : table.edges)
                painter.drawLine(QPointF(x, from), QPointF(x, to));
    }
}

// Where a laid-out item falls: its first and last page, and for a paragraph how many of its lines
// lie on each of those two pages.
struct Extent {
    int firstPage = 0;
    int lastPage = 0;
    int lines = 0;
    int linesOnFirst = 0;
    int linesOnLast = 0;
    double height = 0;
};

int pageOf(double y, double pageHeight) { return int(std::floor(y / pageHeight)); }

Extent extentOf(const FlowItem& item, QAbstractTextDocumentLayout* layout, double pageHeight)
{
    Extent extent;
    if (item.table) {
        const QRectF box = layout->frameBoundingRect(item.table);
        const double bottom = box.bottom() - item.table->format().bottomMargin();
        extent.firstPage = pageOf(box.top() + item.table->format().topMargin() + 0.5, pageHeight);
        extent.lastPage = pageOf(std::max(box.top(), bottom - 0.5), pageHeight);
        extent.height = bottom - box.top();
        return extent;
    }
    const QRectF box = layout->blockBoundingRect(item.block);
    const QTextLayout* lines = item.block.layout();
    extent.lines = lines->lineCount();
    extent.height = box.height();
    std::vector<int> pages;
    for (int i = 0; i < extent.lines; ++i) {
        const QTextLine line = lines->lineAt(i);
        pages.push_back(pageOf(box.top() + line.y() + line.height() / 2, pageHeight));
    }
    if (pages.empty())
        return extent;
    extent.firstPage = pages.front();
    extent.lastPage = pages.back();
    extent.linesOnFirst = int(std::count(pages.begin(), pages.end(), extent.firstPage));
    extent.linesOnLast = int(std::count(pages.begin(), pages.end(), extent.lastPage));
    return extent;
}

// A row's top and bottom: from the first line of its cells to the last.
std::pair<double, double> rowExtent(QTextTable* table, int row, QAbstractTextDocumentLayout* layout)
{
    double top = std::numeric_limits<double>::max(), bottom = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QRectF box = cellBox(table, row, column, layout);
        top = std::min(top, box.top());
        bottom = std::max(bottom, box.bottom());
    }
    return { top, bottom };
}

bool runsOver(double top, double bottom, double pageHeight)
{
    return bottom - top < pageHeight && pageOf(top + 0.5, pageHeight) != pageOf(bottom - 0.5, pageHeight);
}

// The first row of a ruled table that runs over a page's end (while a row fits on one page), or -1.
int splitRow(QTextTable* table, QAbstractTextDocumentLayout* layout, double pageHeight)
{
    for (int row = 0; row < table->rows(); ++row) {
        const auto [top, bottom] = rowExtent(table, row, layout);
        if (runsOver(top, bottom, pageHeight))
            return row;
    }
    return -1;
}

// A table is moved by its first row (Qt keeps no page break set on the table's own format).
bool breaksBefore(const FlowItem& item)
{
    const QTextBlock first = item.table ? item.table->cellAt(0, 0).firstCursorPosition().block() : item.block;
    return first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

void breakBeforeRow(QTextTable* table, int row);

void breakBefore(const FlowItem& item)
{
    if (item.table) {
        breakBeforeRow(item.table, 0);
    } else {
        QTextBlockFormat format = item.block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(item.block).setBlockFormat(format);
    }
}

// Splits a paragraph before its line `line`, the rest starting the next page, and returns the
// rest as an item of its own (it keeps what the paragraph kept with).
FlowItem splitBefore(FlowItem& item, int line)
{
    const QTextBlock block = item.block;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + block.layout()->lineAt(line).textStart());
    QTextBlockFormat first = block.blockFormat();
    QTextBlockFormat rest = first;
    first.setBottomMargin(0);
    first.setProperty(JustifyLastLine, true);
    rest.setTopMargin(0);
    rest.setTextIndent(0);
    rest.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(rest);
    QTextCursor(block).setBlockFormat(first);
    FlowItem after = item;
    after.block = cursor.block();
    item.keepWithNext = false;
    return after;
}

// Moves a whole row of a ruled table to the next page: each cell of the row starts there.
void breakBeforeRow(QTextTable* table, int row);

// Moves every row after the first that would run over a page's end to the next page, planned from
// one layout (each move shifts the rows after it by the room it leaves) and made in one edit, so a
// table of a thousand rows is laid out again once, not once a page. False when none had to move.
bool moveSplitRows(QTextTable* table, QAbstractTextDocumentLayout* layout, double pageHeight)
{
    std::vector<int> moves;
    double shift = 0;
    for (int row = 1; row < table->rows(); ++row) {
        auto [top, bottom] = rowExtent(table, row, layout);
        top += shift;
        bottom += shift;
        if (!runsOver(top, bottom, pageHeight))
            continue;
        shift += (pageOf(top + 0.5, pageHeight) + 1) * pageHeight - top;
        moves.push_back(row);
    }
    if (moves.empty())
        return false;
    QTextCursor edit(table->document());
    edit.beginEditBlock();
    for (int row : moves)
        breakBeforeRow(table, row);
    edit.endEditBlock();
    return true;
}

void breakBeforeRow(QTextTable* table, int row)
{
    for (int column = 0; column < table->columns(); ++column) {
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        QTextBlockFormat format = cursor.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
    }
}

// The page breaks the DOCX asks of Word and LibreOffice, made here too: a paragraph kept with
// the next item and a table kept with the paragraph before move together to the next page; a
// layout table (a signature block) and each row of a data table stay whole on one page; no
// paragraph leaves a single line alone at the foot or the head of a page (widow and orphan
// control as Word does it: one more line goes over, or the whole paragraph when that would leave
// one behind). Each break moves the first item of the chain that must stay together, and the
// layout is asked again from there.
void keepTogether(std::vector<FlowItem>& flow, QAbstractTextDocumentLayout* layout, double pageHeight)
{
    auto keptWithNext = [&](size_t i) { return flow[i].keepWithNext || (i + 1 < flow.size() && flow[i + 1].keepWithPrevious); };
    int budget = 4 * int(flow.size()) + 16; // every move goes forward; this only guards the loop
    for (size_t i = 0; i < flow.size() && budget > 0; ++i) {
        const Extent extent = extentOf(flow[i], layout, pageHeight);
        bool broken = false;
        if (flow[i].table && flow[i].ruled) {
            const int row = splitRow(flow[i].table, layout, pageHeight);
            if (row > 0 && moveSplitRows(flow[i].table, layout, pageHeight)) {
                --budget;
                --i; // the same table again, to check the plan held
                continue;
            }
            broken = row == 0;
        } else if (flow[i].table) {
            broken = extent.firstPage != extent.lastPage && extent.height < pageHeight;
        } else if (extent.lines >= 2 && extent.firstPage != extent.lastPage) {
            if (extent.linesOnLast == 1 && extent.linesOnFirst >= 3 && extent.lastPage == extent.firstPage + 1) {
                flow.insert(flow.begin() + std::ptrdiff_t(i) + 1, splitBefore(flow[i], extent.linesOnFirst - 1));
                --budget;
                continue; // the rest is the next item: checked in its turn
            }
            broken = extent.linesOnFirst == 1 || extent.linesOnLast == 1;
        }
        if (!broken && keptWithNext(i) && i + 1 < flow.size())
            broken = extentOf(flow[i + 1], layout, pageHeight).firstPage > extent.lastPage;
        if (!broken)
            continue;
        // The chain that must move together starts where nothing before it is kept with it.
        size_t start = i;
        while (start > 0 && keptWithNext(start - 1))
            --start;
        const Extent first = extentOf(flow[start], layout, pageHeight);
        if (start == 0 || breaksBefore(flow[start]) || extentOf(flow[start - 1], layout, pageHeight).lastPage < first.firstPage
            || extent.lastPage - first.firstPage >= 2)
            continue; // already heads a page, or too tall to move whole: leave it
        breakBefore(flow[start]);
        --budget;
        i = start; // what follows moved: look again from the item after the moved one
    }
}

} // namespace

namespace {

// Paints one document's pages with an active painter, the first on the current page of the device.
int paintDocument(const doc::Document& document, QPagedPaintDevice& device, QPainter& painter, const Scale& scale)
{
    const doc::PageSetup& page = document.page;
    QTextDocument text;
    text.documentLayout()->setPaintDevice(&device);
    text.setDocumentMargin(0);
    text.setDefaultFont(documentFont(page, 14));
    text.setUndoRedoEnabled(false);
    TextDocumentBuilder builder(text, page, scale, device);
    // One edit block: the layout runs once at the end, not after every insertion (which made a long
    // table cost the square of its rows).
    QTextCursor block(&text);
    block.beginEditBlock();
    builder.body(document.body);
    block.endEditBlock();
    const QSizeF content(scale.deviceMm(page.contentWidthMm()), scale.deviceMm(page.heightMm - page.topMm - page.bottomMm));
    text.setPageSize(content);
    keepTogether(builder.flow, text.documentLayout(), content.height());
    const int pages = text.pageCount();
    const Geometry geometry = geometryOf(text, scale, builder.ruledTables);
    const QFont numberFont = documentFont(page, page.pageNumberSizePt);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        painter.translate(scale.deviceMm(page.leftMm), scale.deviceMm(page.topMm) - index * content.height());
        painter.setPen(QPen(Qt::black, std::max(1.0, scale.dpi / 96)));
        drawPage(painter, geometry, scale, index * content.height(), content.height());
        for (const RuledGeometry& table : geometry.tables)
            drawRules(painter, table, index * content.height(), (index + 1) * content.height());
        painter.restore();
        if (index + 1 >= page.firstNumberedPage) {
            painter.setFont(numberFont);
            painter.setPen(Qt::black);
            const QRectF band(scale.deviceMm(page.leftMm), 0, content.width(), scale.deviceMm(page.topMm));
            painter.drawText(band, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(index + 1));
        }
    }
    return pages;
}

Scale prepare(const doc::PageSetup& page, QPagedPaintDevice& device)
{
    device.setPageSize(QPageSize(QSizeF(page.widthMm, page.heightMm), QPageSize::Millimeter));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    return Scale { double(device.logicalDpiX()), layoutFactorFor(device) };
}

} // namespace

int render(const doc::Document& document, QPagedPaintDevice& device)
{
    const Scale scale = prepare(document.page, device);
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const int pages = paintDocument(document, device, painter, scale);
    painter.end();
    return pages;
}

int renderSeries(int count, const std::function<doc::Document(int)>& documentAt, QPagedPaintDevice& device,
    const std::function<bool(int)>& progress)
{
    if (count <= 0)
        return 0;
    doc::Document document = documentAt(0);
    const Scale scale = prepare(document.page, device);
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    int pages = 0;
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            document = documentAt(i);
            device.newPage();
        }
        pages += paintDocument(document, device, painter, scale);
        if (progress && !progress(i + 1)) {
            painter.end();
            return -1;
        }
    }
    painter.end();
    return pages;
}

} // namespace PagedRenderer
