#include "core/documents/writers/PagedRenderer.h"

#include "core/documents/writers/DocumentFont.h"
#include "core/documents/writers/PageBreaks.h"

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
    std::vector<PageBreaks::FlowItem> flow; // the body's paragraphs and tables, in order, for keepTogether
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
            const double rightOfPrevious = column > 0 ? PageBreaks::cellBox(table, 0, column - 1, layout).right() + padX : 0;
            const double leftOfThis = column < table->columns() ? PageBreaks::cellBox(table, 0, column, layout).left() - padX : 0;
            g.edges.push_back(column == 0 ? leftOfThis : column == table->columns() ? rightOfPrevious : (rightOfPrevious + leftOfThis) / 2);
        }
        for (int row = 0; row < table->rows(); ++row) {
            double top = std::numeric_limits<double>::max(), bottom = 0;
            for (int column = 0; column < table->columns(); ++column) {
                const QRectF box = PageBreaks::cellBox(table, row, column, layout);
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
        if (block.blockFormat().boolProperty(PageBreaks::JustifyLastLine))
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
    PageBreaks::keepTogether(builder.flow, text.documentLayout(), content.height());
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
