#include "core/documents/writers/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace CsvWriter {

namespace {

struct CsvWriterText {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
};

QString field(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString line(const QStringList& cells)
{
    QStringList out;
    for (const QString& cell : cells)
        out << field(cell);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

Status write(const XlsxWriter::Sheet& table, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { CsvWriterText::tr("Không ghi được tệp «%1».").arg(QDir::toNativeSeparators(path)), file.errorString() };
    file.write("\xEF\xBB\xBF");
    file.write(line(table.header).toUtf8());
    for (const QStringList& row : table.rows)
        file.write(line(row).toUtf8());
    if (!file.commit())
        return Error { CsvWriterText::tr("Không ghi được tệp «%1».").arg(QDir::toNativeSeparators(path)), file.errorString() };
    return {};
}

} // namespace CsvWriter
