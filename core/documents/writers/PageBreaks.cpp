#include "core/documents/writers/PageBreaks.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace PageBreaks {

// A cell's text box: its first block's left and top, its last block's right and bottom.
QRectF cellBox(QTextTable* table, int row, int column, QAbstractTextDocumentLayout* layout)
{
    const QTextTableCell cell = table->cellAt(row, column);
    const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
    const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
    return QRectF(QPointF(first.left(), first.top()), QPointF(first.right(), last.bottom()));
}

namespace {

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

} // namespace

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

} // namespace PageBreaks
