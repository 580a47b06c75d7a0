#include "core/documents/writers/XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace XlsxWriter {

namespace {

struct XlsxWriterText {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
};

Error failure(const QString& path, lxw_error error)
{
    return Error { XlsxWriterText::tr("Không ghi được tệp Excel «%1».").arg(QDir::toNativeSeparators(path)),
        QString::fromUtf8(lxw_strerror(error)) };
}

} // namespace

Status write(const std::vector<Sheet>& sheets, const QString& path)
{
    // Refuse what Excel cannot hold before writing anything.
    for (const Sheet& sheet : sheets)
        for (size_t r = 0; r < sheet.rows.size(); ++r)
            for (int c = 0; c < sheet.rows[r].size(); ++c)
                if (sheet.rows[r][c].size() > MaxCellCharacters)
                    return Error { XlsxWriterText::tr("Bảng «%1», dòng %2, cột «%3»: nội dung dài %4 ký tự, quá giới hạn %5 ký tự một ô của Excel.")
                                       .arg(sheet.name)
                                       .arg(r + 2)
                                       .arg(sheet.header.value(c))
                                       .arg(sheet.rows[r][c].size())
                                       .arg(MaxCellCharacters),
                        {} };
    const QString partial = path + QStringLiteral(".dang-ghi");
    QFile::remove(partial);
    const QByteArray target = QFile::encodeName(partial);
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written: 100,000 rows stay small
    const QByteArray temporaryFolder = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char*>(temporaryFolder.constData());
    lxw_workbook* workbook = workbook_new_opt(target.constData(), &options);
    if (!workbook)
        return Error { XlsxWriterText::tr("Không tạo được tệp Excel «%1».").arg(QDir::toNativeSeparators(path)), {} };
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (const Sheet& sheet : sheets) {
        const QByteArray name = sheet.name.left(31).toUtf8();
        lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.constData());
        if (!worksheet) {
            workbook_close(workbook);
            QFile::remove(partial);
            return Error { XlsxWriterText::tr("Tên bảng «%1» không hợp lệ trong Excel.").arg(sheet.name), {} };
        }
        for (int c = 0; c < sheet.header.size(); ++c)
            worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c), size_t(c) < sheet.columnWidths.size() ? sheet.columnWidths[size_t(c)] : 14,
                nullptr);
        worksheet_freeze_panes(worksheet, 1, 0);
        for (int c = 0; c < sheet.header.size(); ++c)
            worksheet_write_string(worksheet, 0, lxw_col_t(c), sheet.header[c].toUtf8().constData(), bold);
        for (size_t r = 0; r < sheet.rows.size(); ++r) {
            const QStringList& row = sheet.rows[r];
            for (int c = 0; c < row.size(); ++c) {
                bool number = false;
                const double value = size_t(c) < sheet.numericColumns.size() && sheet.numericColumns[size_t(c)] ? row[c].toDouble(&number) : 0;
                if (number)
                    worksheet_write_number(worksheet, lxw_row_t(r + 1), lxw_col_t(c), value, nullptr);
                else if (!row[c].isEmpty())
                    worksheet_write_string(worksheet, lxw_row_t(r + 1), lxw_col_t(c), row[c].toUtf8().constData(), nullptr);
            }
        }
    }
    if (const lxw_error closed = workbook_close(workbook); closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return failure(path, closed);
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error { XlsxWriterText::tr("Không ghi được tệp Excel «%1».").arg(QDir::toNativeSeparators(path)), {} };
    }
    return {};
}

} // namespace XlsxWriter
