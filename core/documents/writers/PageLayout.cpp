#include "core/documents/writers/PageLayout.h"

#include "core/documents/writers/ShapedText.h"

#include <QPaintDevice>
#include <QTextLayout>
#include <algorithm>
#include <climits>
#include <functional>
#include <numeric>

namespace PageLayout {

namespace {

// Height of the band a rule occupies; the line runs through its middle.
constexpr double RuleBandPt = 4;
// Rounding slack when something ends exactly on the page's last pixel.
constexpr double Slack = 0.5;

// A line of text or a stroke, placed from the top of the row that holds it.
struct Atom {
    double top = 0;
    double height = 0;
    PlacedLine line; // text: `at` from the row's top-left
    QLineF stroke; // a rule: from the row's top-left
};

// What is placed on a page as one piece: a line of a paragraph, a table row, a rule's band.
struct Row {
    std::vector<Atom> atoms; // cell by cell, in reading order
    double height = 0;
    // What must be on the page for the row to count as on it: a paragraph line's text, whose
    // space below may reach into the margin, as LibreOffice lets it; all of anything else.
    double ink = 0; // 0: the whole height

    double mustFit() const { return ink > 0 ? ink : height; }
};

struct Item {
    enum class Kind { Paragraph, Rule, Table };
    Kind kind = Kind::Paragraph;
    std::vector<Row> rows;
    double before = 0; // for a table: the space above it and the first cells' space before
    double after = 0;
    bool keepWithNext = false;
    bool keepWithPrevious = false;
    bool breakBefore = false;
    bool restartsNumbering = false; // with breakBefore: the page it starts is numbered 1
    // A ruled table's lines: the x of every vertical one; header rows repeat on each page.
    bool ruled = false;
    int headerRows = 0;
    std::vector<double> edges;

    double height() const
    {
        return std::accumulate(
            rows.begin(), rows.end(), 0.0, [](double sum, const Row& row) { return sum + row.height; });
    }
};

void addLines(Row& row, const ShapedText::Paragraph& text, double x, double top, int from, int count)
{
    for (int line = from; line < from + count; ++line) {
        Atom atom;
        atom.top = top + (line - from) * text.lineHeight;
        atom.height = text.lineHeight;
        if (text.layout->lineAt(line).textLength() > 0) // an empty line takes its room and draws nothing
            atom.line = { text.layout, line, QPointF(x, atom.top - line * text.lineHeight) };
        row.atoms.push_back(std::move(atom));
    }
}

Atom ruleAtom(const doc::Rule& rule, double left, double width, double top, const ShapedText::Units& units)
{
    Atom atom;
    atom.top = top;
    atom.height = units.pt(RuleBandPt);
    const double length = std::min(width, units.mm(rule.widthMm));
    const double x = left + (width - length) / 2, y = top + atom.height / 2;
    atom.stroke = QLineF(x, y, x + length, y);
    return atom;
}

// Builds the body's items: paragraphs shaped at the text block's width, tables row by row.
class ItemBuilder {
public:
    ItemBuilder(ShapedText::Shaper& shaper, double width)
        : m_shaper(shaper)
        , m_width(width)
    {
    }

    std::vector<Item> build(const std::vector<doc::Block>& blocks)
    {
        std::vector<Item> items;
        bool breakBefore = false;
        bool restartsNumbering = false;
        for (const doc::Block& block : blocks) {
            if (const auto* pageBreak = std::get_if<doc::PageBreak>(&block)) {
                breakBefore = true;
                restartsNumbering = restartsNumbering || pageBreak->restartsNumbering;
                continue;
            }
            Item item = std::visit(doc::Overloaded {
                                       [&](const doc::Paragraph& p) { return paragraph(p); },
                                       [&](const doc::Rule& r) { return rule(r); },
                                       [&](const doc::Table& t) { return table(t); },
                                       [&](const doc::PageBreak&) { return Item {}; },
                                   },
                block);
            item.breakBefore = breakBefore;
            item.restartsNumbering = restartsNumbering;
            breakBefore = restartsNumbering = false;
            items.push_back(std::move(item));
        }
        return items;
    }

private:
    Item paragraph(const doc::Paragraph& p)
    {
        const ShapedText::Paragraph text = m_shaper.shape(p, m_width);
        Item item;
        item.before = text.before;
        item.after = text.after;
        item.keepWithNext = p.keepWithNext;
        for (int line = 0; line < text.lines; ++line) {
            Row row;
            row.height = text.lineHeight;
            row.ink = text.textHeight;
            addLines(row, text, 0, 0, line, 1);
            item.rows.push_back(std::move(row));
        }
        return item;
    }

    Item rule(const doc::Rule& r)
    {
        Item item;
        item.kind = Item::Kind::Rule;
        item.before = m_shaper.units.pt(r.spaceBeforePt);
        item.after = m_shaper.units.pt(r.spaceAfterPt);
        item.keepWithPrevious = true; // a rule belongs to the line above it
        Row row;
        row.atoms.push_back(ruleAtom(r, 0, m_width, 0, m_shaper.units));
        row.height = row.atoms.back().height;
        item.rows.push_back(std::move(row));
        return item;
    }

    // A cell's blocks stacked from its top; returns the cell's height. Space between paragraphs
    // is the larger of the one's after and the next's before, as LibreOffice makes it for a DOCX.
    double cell(const doc::Cell& cell, double left, double width, double padX, double padY, bool firstRow, Row& row)
    {
        static const std::vector<doc::CellBlock> Empty { doc::Paragraph {} }; // the DOCX gives an empty cell one
        const std::vector<doc::CellBlock>& blocks = cell.blocks.empty() ? Empty : cell.blocks;
        double y = padY, after = 0;
        bool first = true;
        for (const doc::CellBlock& block : blocks) {
            std::visit(doc::Overloaded {
                           [&](const doc::Paragraph& p) {
                               const ShapedText::Paragraph text = m_shaper.shape(p, width - 2 * padX);
                               y += first ? (firstRow ? 0 : text.before) : std::max(after, text.before);
                               addLines(row, text, left + padX, y, 0, text.lines);
                               y += text.lines * text.lineHeight;
                               after = text.after;
                           },
                           [&](const doc::Rule& r) {
                               const double before = m_shaper.units.pt(r.spaceBeforePt);
                               y += first ? (firstRow ? 0 : before) : std::max(after, before);
                               row.atoms.push_back(ruleAtom(r, left + padX, width - 2 * padX, y, m_shaper.units));
                               y += row.atoms.back().height;
                               after = m_shaper.units.pt(r.spaceAfterPt);
                           },
                       },
                block);
            first = false;
        }
        return y + after + padY;
    }

    Item table(const doc::Table& t)
    {
        const ShapedText::Units& units = m_shaper.units;
        Item item;
        item.kind = Item::Kind::Table;
        item.ruled = t.ruled;
        item.headerRows = std::min(t.headerRows, int(t.rows.size()));
        item.keepWithPrevious = t.keepWithPrevious;
        item.after = t.ruled ? units.pt(doc::RuledTableSpaceAfterPt) : 0;
        double total = 0;
        for (double width : t.columnWidthsMm)
            total += units.mm(width);
        const double left = t.indentMm != 0 ? units.mm(t.indentMm) : (m_width - total) / 2;
        item.edges.push_back(left);
        for (double width : t.columnWidthsMm)
            item.edges.push_back(item.edges.back() + units.mm(width));
        const double padX = t.ruled ? units.mm(doc::RuledCellPaddingXMm) : 0;
        const double padY = t.ruled ? units.mm(doc::RuledCellPaddingYMm) : 0;
        // The first cells' space before goes above the table, as Word and LibreOffice leave it.
        if (!t.rows.empty())
            for (const doc::Cell& first : t.rows.front())
                if (!first.blocks.empty())
                    if (const auto* p = std::get_if<doc::Paragraph>(&first.blocks.front()))
                        item.before = std::max(item.before, units.pt(p->spaceBeforePt));
        for (size_t r = 0; r < t.rows.size(); ++r) {
            Row row;
            for (size_t column = 0; column < t.rows[r].size() && column + 1 < item.edges.size(); ++column) {
                const double x = item.edges[column], width = item.edges[column + 1] - x;
                row.height = std::max(row.height, cell(t.rows[r][column], x, width, padX, padY, r == 0, row));
            }
            item.rows.push_back(std::move(row));
        }
        return item;
    }

    ShapedText::Shaper& m_shaper;
    const double m_width;
};

// Places the items on pages, top to bottom.
class Paginator {
public:
    Paginator(std::vector<Item>& items, double pageHeight, double spacerHeight)
        : m_items(items)
        , m_pageHeight(pageHeight)
        , m_spacer(spacerHeight)
    {
        newPage();
    }

    std::vector<Page> run()
    {
        for (size_t i = 0; i < m_items.size(); ++i)
            place(i);
        return std::move(m_pages);
    }

private:
    bool keptWithNext(size_t i) const
    {
        return i + 1 < m_items.size() && (m_items[i].keepWithNext || m_items[i + 1].keepWithPrevious);
    }

    // The space between two items, as LibreOffice leaves it in the DOCX: paragraphs share theirs
    // (the larger one); around a table both count; two tables are kept apart by a tiny paragraph.
    double gapBetween(const Item& previous, const Item& next) const
    {
        using Kind = Item::Kind;
        if (previous.kind == Kind::Table && next.kind == Kind::Table)
            return (previous.ruled ? previous.after : m_spacer) + next.before;
        if (previous.kind == Kind::Table || next.kind == Kind::Table)
            return previous.after + next.before;
        return std::max(previous.after, next.before);
    }

    double gapBefore(size_t i) const
    {
        return m_fresh || i == 0 ? m_items[i].before : gapBetween(m_items[i - 1], m_items[i]);
    }

    // How much of an item must stand on the page for what is kept with it to count as kept: two
    // lines of a paragraph (all of a short one, or one would be alone), a data table's header with
    // its first row, anything else whole.
    double leadHeight(const Item& item) const
    {
        if (item.kind == Item::Kind::Paragraph) {
            const int lines = int(item.rows.size()) <= 3 ? int(item.rows.size()) : 2;
            return lines > 0 ? lines * item.rows.front().height : 0;
        }
        if (item.kind == Item::Kind::Table && item.ruled) {
            double height = 0;
            for (int r = 0; r <= item.headerRows && r < int(item.rows.size()); ++r)
                height += item.rows[size_t(r)].height;
            return height;
        }
        return item.height();
    }

    // Starts a new page before a chain of items kept together when the chain does not fit in what
    // is left of this page but fits on a page of its own.
    void keepChainTogether(size_t i)
    {
        if (m_fresh || !keptWithNext(i) || (i > 0 && keptWithNext(i - 1)))
            return;
        double needed = gapBefore(i);
        size_t j = i;
        for (; keptWithNext(j); ++j)
            needed += m_items[j].height() + gapBetween(m_items[j], m_items[j + 1]);
        needed += leadHeight(m_items[j]);
        if (m_y + needed > m_pageHeight + Slack && needed - gapBefore(i) + m_items[i].before <= m_pageHeight)
            newPage();
    }

    void place(size_t i)
    {
        const Item& item = m_items[i];
        if (item.breakBefore && !m_fresh)
            newPage();
        if (item.restartsNumbering)
            m_pages.back().number = 1;
        keepChainTogether(i);
        const double gap = gapBefore(i);
        switch (item.kind) {
        case Item::Kind::Paragraph:
            return placeParagraph(item, gap);
        case Item::Kind::Rule:
            m_y += gap;
            return putRow(item.rows.front());
        case Item::Kind::Table:
            return item.ruled ? placeRuledTable(item, gap) : placeLayoutTable(item, gap);
        }
    }

    bool fits(double height) const { return m_y + height <= m_pageHeight + Slack; }

    // Word's widow and orphan control: a paragraph breaks across pages only where at least two of
    // its lines stay on each side; else one more line goes over, or the whole paragraph.
    void placeParagraph(const Item& item, double gap)
    {
        const int count = int(item.rows.size());
        int from = 0;
        if (!m_fresh && !fits(gap + (count > 0 ? item.rows.front().mustFit() : 0))) {
            newPage();
            gap = item.before;
        }
        m_y += gap;
        while (from < count) {
            int fit = 0;
            for (double used = 0; from + fit < count && fits(used + item.rows[size_t(from + fit)].mustFit()); ++fit)
                used += item.rows[size_t(from + fit)].height;
            const int left = count - from;
            int here = fit;
            if (here < left) {
                if (left - here == 1)
                    --here; // no single line at the head of the next page
                if (from == 0 && here < 2)
                    here = 0; // nor at the foot of this one
                if (here <= 0 && m_fresh)
                    here = std::max(1, fit); // a page cannot hold more: break where it must
            }
            for (int line = from; line < from + here; ++line)
                putRow(item.rows[size_t(line)]);
            from += here;
            if (from < count) {
                newPage();
                if (from == 0)
                    m_y += item.before; // the whole paragraph went over
            }
        }
        markUsed();
    }

    // A layout table (the header, a signature block) stays whole on one page when it can.
    void placeLayoutTable(const Item& item, double gap)
    {
        if (!m_fresh && !fits(gap + item.height()) && item.before + item.height() <= m_pageHeight) {
            newPage();
            gap = item.before;
        }
        m_y += gap;
        for (const Row& row : item.rows) {
            if (!m_fresh && !fits(row.height) && row.height <= m_pageHeight)
                newPage();
            putRow(row);
        }
        m_y += item.after;
        markUsed();
    }

    // A data table: each row whole on one page, the header rows again at the top of each page,
    // the lines drawn around the rows of each page.
    void placeRuledTable(const Item& item, double gap)
    {
        if (!m_fresh && !fits(gap + leadHeight(item))) {
            newPage();
            gap = item.before;
        }
        m_y += gap;
        std::vector<double> rowTops;
        double segmentTop = m_y;
        auto closeSegment = [&](double bottom) {
            if (rowTops.empty())
                return;
            const double left = item.edges.front(), right = item.edges.back();
            for (double y : rowTops)
                m_pages.back().strokes.emplace_back(left, y, right, y);
            m_pages.back().strokes.emplace_back(left, bottom, right, bottom);
            for (double x : item.edges)
                m_pages.back().strokes.emplace_back(x, segmentTop, x, bottom);
            rowTops.clear();
        };
        auto repeatHeader = [&] {
            for (int header = 0; header < item.headerRows; ++header) {
                rowTops.push_back(m_y);
                putRow(item.rows[size_t(header)]);
            }
        };
        double headerHeight = 0;
        for (int header = 0; header < item.headerRows; ++header)
            headerHeight += item.rows[size_t(header)].height;
        for (size_t r = 0; r < item.rows.size(); ++r) {
            const Row& row = item.rows[r];
            // A row that fits on a page goes whole to the next one; a taller one starts here.
            if (!m_fresh && !fits(row.height) && row.height + headerHeight <= m_pageHeight) {
                closeSegment(m_y);
                newPage();
                segmentTop = 0;
                if (int(r) >= item.headerRows)
                    repeatHeader();
            }
            if (rowTops.empty())
                segmentTop = m_y;
            rowTops.push_back(m_y);
            putRow(row, [&] {
                closeSegment(m_pageHeight);
                newPage();
                segmentTop = 0;
                if (int(r) >= item.headerRows)
                    repeatHeader();
                rowTops.push_back(m_y); // the rest of the row, closed on top
            });
        }
        closeSegment(m_y);
        m_y += item.after;
        markUsed();
    }

    // Puts a row at the current place. A row taller than what is left of an empty page is cut
    // between its lines; onBreak runs before each new page it makes.
    void putRow(const Row& row, const std::function<void()>& onBreak = {})
    {
        if (fits(row.mustFit())) {
            for (const Atom& atom : row.atoms)
                put(atom, m_y);
            m_y += row.height;
        } else {
            std::vector<const Atom*> byTop;
            for (const Atom& atom : row.atoms)
                byTop.push_back(&atom);
            std::stable_sort(byTop.begin(), byTop.end(), [](const Atom* a, const Atom* b) { return a->top < b->top; });
            double offset = m_y; // where the row's top is on this page
            for (const Atom* atom : byTop) {
                if (offset + atom->top + atom->height > m_pageHeight + Slack && offset + atom->top > 0) {
                    if (onBreak)
                        onBreak();
                    else
                        newPage();
                    offset = m_y - atom->top;
                }
                put(*atom, offset);
            }
            m_y = offset + row.height;
        }
        m_fresh = false;
    }

    void put(const Atom& atom, double offset)
    {
        Page& page = m_pages.back();
        if (atom.line.text)
            page.text.push_back({ atom.line.text, atom.line.line, atom.line.at + QPointF(0, offset) });
        else if (!atom.stroke.isNull())
            page.strokes.push_back(atom.stroke.translated(0, offset));
    }

    void markUsed() { m_fresh = false; }

    void newPage()
    {
        const int number = m_pages.empty() ? 1 : m_pages.back().number + 1;
        m_pages.emplace_back();
        m_pages.back().number = number;
        m_y = 0;
        m_fresh = true;
    }

    std::vector<Item>& m_items;
    const double m_pageHeight;
    const double m_spacer;
    std::vector<Page> m_pages;
    double m_y = 0;
    bool m_fresh = true; // nothing on this page yet
};

// Stands for a device of a given resolution: all the text layout asks of one.
class Resolution final : public QPaintDevice {
public:
    explicit Resolution(int dpi)
        : m_dpi(dpi)
    {
    }
    QPaintEngine* paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return m_dpi;
        case PdmWidth:
            return int(210 * m_dpi / 25.4);
        case PdmHeight:
            return int(297 * m_dpi / 25.4);
        case PdmWidthMM:
            return 210;
        case PdmHeightMM:
            return 297;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        default:
            return 1;
        }
    }

private:
    int m_dpi;
};

} // namespace

std::vector<Page> layOut(const doc::Document& document, int dpi)
{
    const Resolution device(dpi);
    return layOut(document, device);
}

std::vector<Page> layOut(const doc::Document& document, const QPaintDevice& device, ShapedText::Cache* cache)
{
    const doc::PageSetup& page = document.page;
    ShapedText::Shaper shaper(page, device, cache);
    std::vector<Item> items = ItemBuilder(shaper, shaper.units.mm(page.contentWidthMm())).build(document.body);
    const double pageHeight = shaper.units.mm(page.heightMm - page.topMm - page.bottomMm);
    std::vector<Page> pages = Paginator(items, pageHeight, shaper.units.pt(shaper.singleLine(2))).run();
    while (pages.size() > 1 && pages.back().text.empty() && pages.back().strokes.empty())
        pages.pop_back();
    return pages;
}

} // namespace PageLayout
