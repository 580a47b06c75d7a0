#include "core/domain/Numbering.h"

namespace {

QString romanNumeral(int value)
{
    static const struct {
        int value;
        const char* symbol;
    } table[] = { { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" }, { 90, "XC" }, { 50, "L" },
        { 40, "XL" }, { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" } };
    QString out;
    for (const auto& entry : table) {
        while (value >= entry.value) {
            out += QLatin1String(entry.symbol);
            value -= entry.value;
        }
    }
    return out;
}

QString vietnameseLetter(int index)
{
    // The Vietnamese alphabet as used for points of legal documents (no f, j, w, z).
    static const QString letters = QStringLiteral("abcdđeghiklmnopqrstuvxy");
    QString out;
    int n = index;
    while (n > 0) {
        const int digit = (n - 1) % letters.size();
        out.prepend(letters.at(digit));
        n = (n - 1) / letters.size();
    }
    return out;
}

} // namespace

QString decimalLabel(const QString& parentLabel, int index)
{
    QString base = parentLabel.trimmed();
    while (base.endsWith(QLatin1Char('.')) || base.endsWith(QLatin1Char(')')))
        base.chop(1);
    return base.isEmpty() ? QString::number(index) + QLatin1Char('.') : QStringLiteral("%1.%2.").arg(base).arg(index);
}

QString numberLabel(NumberingStyle style, int index)
{
    switch (style) {
    case NumberingStyle::None:
        return {};
    case NumberingStyle::Roman:
        return romanNumeral(index) + QLatin1Char('.');
    case NumberingStyle::Arabic:
        return QString::number(index) + QLatin1Char('.');
    case NumberingStyle::Alpha:
        return vietnameseLetter(index) + QLatin1Char(')');
    case NumberingStyle::Dash:
        return QStringLiteral("-");
    case NumberingStyle::Plus:
        return QStringLiteral("+");
    case NumberingStyle::Decimal:
        return QString::number(index) + QLatin1Char('.'); // without its parent: see decimalLabel
    }
    return {};
}
