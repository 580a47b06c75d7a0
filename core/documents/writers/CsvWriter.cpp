#include "core/documents/writers/CsvWriter.h"

#include "core/common/OutputFile.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace CsvWriter {

namespace {

// Quoted when it holds any separator, not only the one in use: a reader that guesses the
// separator (ours does, Excel's import wizard too) is never misled by a bare comma in a ";" file.
QString field(const QString& value)
{
    static const QRegularExpression needsQuotes(QStringLiteral("[,;\t\"\r\n]"));
    if (!value.contains(needsQuotes))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool startsLikeFormula(const QString& value)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !value.isEmpty() && triggers.contains(value.front());
}

bool isPlainNumber(const QString& value)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    return number.match(value).hasMatch();
}

QString line(const QStringList& cells, QChar separator)
{
    QStringList out;
    for (const QString& cell : cells)
        out << field(formulaSafe(cell));
    return out.join(separator) + QStringLiteral("\r\n");
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t');
}

} // namespace

QString formulaSafe(const QString& value)
{
    return startsLikeFormula(value) && !isPlainNumber(value) ? QLatin1Char('\'') + value : value;
}

QString withoutFormulaGuard(const QString& value)
{
    return value.startsWith(QLatin1Char('\'')) && startsLikeFormula(value.mid(1)) && !isPlainNumber(value.mid(1))
        ? value.mid(1)
        : value;
}

QChar systemSeparator()
{
#ifdef Q_OS_WIN
    wchar_t listSeparator[8] = {};
    if (GetLocaleInfoEx(LOCALE_NAME_USER_DEFAULT, LOCALE_SLIST, listSeparator, 8) > 0) {
        const QChar first = QChar(char16_t(listSeparator[0]));
        if (isSeparator(first))
            return first;
    }
#endif
    return QLocale::system().decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

std::optional<QChar> separatorNamed(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("comma") || name == QLatin1String(","))
        return QLatin1Char(',');
    if (key == QLatin1String("semicolon") || name == QLatin1String(";"))
        return QLatin1Char(';');
    if (key == QLatin1String("tab") || name == QLatin1String("\t"))
        return QLatin1Char('\t');
    if (key == QLatin1String("system"))
        return systemSeparator();
    return std::nullopt;
}

Status write(const XlsxWriter::Sheet& table, const QString& path, QChar separator)
{
    if (!isSeparator(separator))
        separator = QLatin1Char(',');
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return OutputFile::cannotWrite(path, file.errorString());
    file.write("\xEF\xBB\xBF");
    file.write(line(table.header, separator).toUtf8());
    for (const QStringList& row : table.rows)
        file.write(line(row, separator).toUtf8());
    if (!file.commit())
        return OutputFile::cannotWrite(path, file.errorString());
    return {};
}

} // namespace CsvWriter
