#include "core/documents/DocumentModel.h"

#include <QStringList>

namespace doc {

QString Paragraph::text() const
{
    QString out;
    for (const Run& run : runs)
        out += run.text;
    return out;
}

namespace {

void appendCellBlock(QStringList& lines, const CellBlock& block)
{
    if (const auto* paragraph = std::get_if<Paragraph>(&block))
        lines << paragraph->text();
}

} // namespace

QString plainText(const Document& document)
{
    QStringList lines;
    for (const Block& block : document.body) {
        std::visit(Overloaded {
                       [&](const Paragraph& p) { lines << p.text(); },
                       [&](const Rule&) {},
                       [&](const Table& t) {
                           for (const auto& row : t.rows)
                               for (const Cell& cell : row)
                                   for (const CellBlock& b : cell.blocks)
                                       appendCellBlock(lines, b);
                       },
                       [&](const PageBreak&) {},
                   },
            block);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace doc
