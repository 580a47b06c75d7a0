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

#include <cmath>
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

QFont documentFont(const doc::PageSetup& page, double pointSize) { return documentFont(page.fontFamily, pointSize); }

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
            format.setCellPadding(m_scale.mm(1.5)); // header rows are repeated by the DOCX only
            format.setBottomMargin(m_scale.pt(6));
        } else {
            format.setBorder(0);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
            format.setCellPadding(0);
        }
        format.setCellSpacing(0);
        QList<QTextLength> widths;
        for (double width : t.columnWidthsMm)
            widths << QTextLength(QTextLength::FixedLength, m_scale.mm(width));
        format.setColumnWidthConstraints(widths);
        QTextTable* table = m_cursor.insertTable(int(t.rows.size()), int(t.columnWidthsMm.size()), format);
        if (t.ruled) {
            std::vector<double> columns;
            for (double width : t.columnWidthsMm)
                columns.push_back(m_scale.deviceMm(width));
            ruledTables.emplace_back(table, columns);
        }
        for (int row = 0; row < int(t.rows.size()); ++row) {
            for (int column = 0; column < int(t.rows[size_t(row)].size()) && column < table->columns(); ++column) {
                QTextCursor saved = m_cursor;
                m_cursor = table->cellAt(row, column).firstCursorPosition();
                m_fresh = true;
                ++m_cellDepth;
                for (const doc::CellBlock& block : t.rows[size_t(row)][size_t(column)].blocks)
                    std::visit(doc::Overloaded { [&](const doc::Paragraph& p) { paragraph(p); },
                                   [&](const doc::Rule& r) { rule(r); } },
                        block);
                --m_cellDepth;
                m_cursor = saved;
            }
        }
        continueAfter(table);
    }

    QTextDocument& m_document;
    const doc::PageSetup& m_page;
    Scale m_scale;
    QPaintDevice& m_device;
    QTextCursor m_cursor;
    bool m_fresh = true;
    int m_cellDepth = 0;

public:
    // Ruled tables and their column widths in device pixels: their lines are drawn by drawPage.
    std::vector<std::pair<QTextTable*, std::vector<double>>> ruledTables;
};

// Where the laid-out document put things, read once: asking the layout again on every page made
// long documents cost pages × blocks layout queries.
struct RuledGeometry {
    QRectF box; // the table's frame
    std::vector<double> rowTops;
    double bottom = 0; // below the last row's tallest cell
    std::vector<double> columns; // widths in device pixels
};

struct Geometry {
    std::vector<std::pair<QTextBlock, QRectF>> blocks;
    std::vector<RuledGeometry> tables;
};

Geometry geometryOf(QTextDocument& text, const Scale& scale, const std::vector<std::pair<QTextTable*, std::vector<double>>>& ruled)
{
    Geometry geometry;
    QAbstractTextDocumentLayout* layout = text.documentLayout();
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next())
        geometry.blocks.emplace_back(block, layout->blockBoundingRect(block));
    for (const auto& [table, columns] : ruled) {
        RuledGeometry g;
        g.box = layout->frameBoundingRect(table);
        g.columns = columns;
        const double padding = table->format().cellPadding() * scale.layoutFactor;
        for (int row = 0; row < table->rows(); ++row) {
            const QTextBlock first = table->cellAt(row, 0).firstCursorPosition().block();
            g.rowTops.push_back(row == 0 ? g.box.top() : layout->blockBoundingRect(first).top() - padding);
        }
        // The last row ends below its tallest cell (the frame's box also holds its bottom margin).
        g.bottom = g.rowTops.back();
        for (int column = 0; column < table->columns(); ++column) {
            const QTextBlock last = table->cellAt(table->rows() - 1, column).lastCursorPosition().block();
            g.bottom = std::max(g.bottom, layout->blockBoundingRect(last).bottom() + padding);
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
        const QTextLayout* lines = block.layout();
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
// long table does not write every one of its lines on every page.
void drawRules(QPainter& painter, const RuledGeometry& table, double top, double bottom)
{
    if (table.box.bottom() < top || table.box.top() > bottom)
        return;
    const double slack = 2; // a line exactly on the page's edge still belongs to it
    for (double y : table.rowTops)
        if (y >= top - slack && y <= bottom + slack)
            painter.drawLine(QPointF(table.box.left(), y), QPointF(table.box.right(), y));
    if (table.bottom >= top - slack && table.bottom <= bottom + slack)
        painter.drawLine(QPointF(table.box.left(), table.bottom), QPointF(table.box.right(), table.bottom));
    const double from = std::max(table.box.top(), top), to = std::min(table.bottom, bottom);
    if (from >= to)
        return;
    double x = table.box.left();
    painter.drawLine(QPointF(x, from), QPointF(x, to));
    for (double width : table.columns) {
        x += width;
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
