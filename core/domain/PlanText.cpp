#include "core/domain/PlanText.h"

#include <QRegularExpression>

namespace PlanText {

Marker markerOf(const QString& line)
{
    // Dashes and bullets as Word writes them: hyphen, en and em dash, bullet, plus.
    static const QRegularExpression dash(QStringLiteral("^\\s*([-\\x{2013}\\x{2014}\\x{2022}\\x{25CF}])\\s+"));
    static const QRegularExpression plus(QStringLiteral("^\\s*\\+\\s+"));
    static const QRegularExpression decimal(QStringLiteral("^\\s*((?:\\d{1,2}\\.)+)\\s+"));
    static const QRegularExpression closing(QStringLiteral("^\\s*\\d{1,2}\\)\\s+"));
    static const QRegularExpression letter(QStringLiteral("^\\s*[a-zđ][.)]\\s+"));
    static const QRegularExpression roman(QStringLiteral("^\\s*(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\\.\\s+"));
    QRegularExpressionMatch match;
    if ((match = dash.match(line)).hasMatch())
        return { NumberingStyle::Dash, 1, match.capturedEnd() };
    if ((match = plus.match(line)).hasMatch())
        return { NumberingStyle::Plus, 1, match.capturedEnd() };
    if ((match = roman.match(line)).hasMatch())
        return { NumberingStyle::Roman, 1, match.capturedEnd() };
    if ((match = decimal.match(line)).hasMatch()) {
        const QString numbers = match.captured(1);
        const int depth = int(numbers.count(QLatin1Char('.')));
        return { depth > 1 ? NumberingStyle::Decimal : NumberingStyle::Arabic, depth, match.capturedEnd() };
    }
    if ((match = closing.match(line)).hasMatch())
        return { NumberingStyle::Arabic, 1, match.capturedEnd() };
    if ((match = letter.match(line)).hasMatch())
        return { NumberingStyle::Alpha, 1, match.capturedEnd() };
    return {};
}

QString withoutMarker(const QString& line)
{
    return line.mid(markerOf(line).textStart).trimmed();
}

std::vector<PlanBlock> blocksFrom(const QString& text)
{
    std::vector<PlanBlock> blocks;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normalised.replace(QChar::ParagraphSeparator, QLatin1Char('\n')).replace(QChar::LineSeparator, QLatin1Char('\n'));
    for (const QString& raw : normalised.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        PlanBlock block;
        const Marker marker = markerOf(line);
        if (raw.contains(QLatin1Char('\t'))) { // a table's row copied from Word or Excel: cells parted by tabs
            block.kind = BlockKind::TableRow;
            block.text = rowOf(raw.split(QLatin1Char('\t')));
            blocks.push_back(block);
            continue;
        }
        if (marker.style != NumberingStyle::None) {
            block.kind = BlockKind::Item;
            block.text = line.mid(marker.textStart).trimmed();
        } else {
            block.kind = line.startsWith(QStringLiteral("Căn cứ")) ? BlockKind::Citation : BlockKind::Paragraph;
            block.text = line;
        }
        if (!block.text.isEmpty())
            blocks.push_back(block);
    }
    return blocks;
}

QStringList cellsOf(const QString& row)
{
    QStringList cells = row.split(QLatin1Char('|'));
    for (QString& cell : cells)
        cell = cell.trimmed();
    return cells;
}

QString rowOf(const QStringList& cells)
{
    QStringList trimmed;
    for (const QString& cell : cells)
        trimmed << cell.trimmed();
    return trimmed.join(QStringLiteral(" | "));
}

} // namespace PlanText
