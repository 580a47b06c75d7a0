#include "core/lists/TableFile.h"

#include "core/lists/CsvReader.h"
#include "core/lists/XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace TableFile {

namespace {
struct TableFileText {
    Q_DECLARE_TR_FUNCTIONS(TableFile)
};
} // namespace

Result<TextTable> read(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error { TableFileText::tr("Không tìm thấy tệp «%1».").arg(QDir::toNativeSeparators(path)), {} };
    if (!file.open(QIODevice::ReadOnly))
        return Error { TableFileText::tr("Không mở được tệp «%1».").arg(QDir::toNativeSeparators(path)), file.errorString() };
    const QByteArray head = file.read(8);
    file.close();
    if (head.startsWith("PK\x03\x04"))
        return XlsxReader::readFirstSheet(path);
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return Error { TableFileText::tr("Tệp «%1» là bảng tính Excel 97–2003 (.xls), ThiDua chưa đọc được. Hãy mở bằng Excel và lưu lại "
                                         "dạng «Excel Workbook (.xlsx)».")
                           .arg(QDir::toNativeSeparators(path)),
            {} };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return XlsxReader::readFirstSheet(path); // refuses it with the workbook's message
    return CsvReader::read(path);
}

} // namespace TableFile
