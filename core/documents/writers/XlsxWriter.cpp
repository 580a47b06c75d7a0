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

struct ChoiceList {
    lxw_worksheet* worksheet;
    lxw_row_t headerRow;
    const Sheet* sheet;
};

// The values of every drop-down list go to one hidden sheet, a column per list; each list's cells
// point at their column.
Status writeChoices(lxw_workbook* workbook, const std::vector<ChoiceList>& lists)
{
    bool any = false;
    for (const ChoiceList& list : lists)
        any = any || !list.sheet->choices.empty();
    if (!any)
        return {};
    const QString sheetName = XlsxWriterText::tr("Danh mục");
    const QByteArray name = sheetName.toUtf8();
    lxw_worksheet* values = workbook_add_worksheet(workbook, name.constData());
    if (!values)
        return Error { XlsxWriterText::tr("Tên bảng «%1» không hợp lệ trong Excel.").arg(sheetName), {} };
    // Constant memory mode writes rows in order: gather the columns, then write row by row.
    std::vector<std::pair<const ChoiceList*, const Sheet::Choices*>> columns;
    int longest = 0;
    for (const ChoiceList& list : lists)
        for (const Sheet::Choices& choices : list.sheet->choices) {
            columns.emplace_back(&list, &choices);
            longest = std::max(longest, int(choices.values.size()));
        }
    for (int r = 0; r < longest; ++r)
        for (size_t c = 0; c < columns.size(); ++c)
            if (r < columns[c].second->values.size())
                worksheet_write_string(values, lxw_row_t(r), lxw_col_t(c), columns[c].second->values[r].toUtf8().constData(), nullptr);
    worksheet_hide(values);
    for (size_t c = 0; c < columns.size(); ++c) {
        const auto& [list, choices] = columns[c];
        if (choices->values.isEmpty() || choices->rows <= 0)
            continue;
        const QString column = QString(QChar(u'A' + int(c) % 26));
        const QByteArray formula = QStringLiteral("='%1'!$%2$1:$%2$%3").arg(sheetName, column).arg(choices->values.size()).toUtf8();
        lxw_data_validation validation {};
        validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        validation.value_formula = const_cast<char*>(formula.constData());
        validation.ignore_blank = LXW_VALIDATION_ON;
        validation.show_error = LXW_VALIDATION_OFF; // a value typed by hand is checked on import, with a clear message
        worksheet_data_validation_range(list->worksheet, list->headerRow + 1, lxw_col_t(choices->column), list->headerRow + lxw_row_t(choices->rows),
            lxw_col_t(choices->column), &validation);
    }
    return {};
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
                                       .arg(r + sheet.preamble.size() + 2)
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
    std::vector<ChoiceList> choiceLists;
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
        const lxw_row_t headerRow = lxw_row_t(sheet.preamble.size());
        worksheet_freeze_panes(worksheet, headerRow + 1, 0);
        for (size_t r = 0; r < sheet.preamble.size(); ++r)
            for (int c = 0; c < sheet.preamble[r].size(); ++c)
                if (!sheet.preamble[r][c].isEmpty())
                    worksheet_write_string(worksheet, lxw_row_t(r), lxw_col_t(c), sheet.preamble[r][c].toUtf8().constData(), r == 0 || c == 0 ? bold : nullptr);
        for (int c = 0; c < sheet.header.size(); ++c)
            worksheet_write_string(worksheet, headerRow, lxw_col_t(c), sheet.header[c].toUtf8().constData(), bold);
        for (size_t r = 0; r < sheet.rows.size(); ++r) {
            const QStringList& row = sheet.rows[r];
            const lxw_row_t at = headerRow + 1 + lxw_row_t(r);
            for (int c = 0; c < row.size(); ++c) {
                bool number = false;
                const double value = size_t(c) < sheet.numericColumns.size() && sheet.numericColumns[size_t(c)] ? row[c].toDouble(&number) : 0;
                if (number)
                    worksheet_write_number(worksheet, at, lxw_col_t(c), value, nullptr);
                else if (!row[c].isEmpty())
                    worksheet_write_string(worksheet, at, lxw_col_t(c), row[c].toUtf8().constData(), nullptr);
            }
        }
        choiceLists.push_back({ worksheet, headerRow, &sheet });
    }
    if (Status listed = writeChoices(workbook, choiceLists); !listed) {
        workbook_close(workbook);
        QFile::remove(partial);
        return listed;
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
