#include "core/documents/writers/XlsxWriter.h"

#include "core/common/LibraryPath.h"
#include "core/common/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <cmath>
#include <numeric>
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

Error scratchFailure(const QString& folder)
{
    return Error { XlsxWriterText::tr(
                       "Không ghi được tệp tạm của Excel vào thư mục «%1» (ổ đĩa đầy hoặc không có quyền ghi).")
                       .arg(QDir::toNativeSeparators(folder)),
        {} };
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
        return Error { XlsxWriterText::tr(
                           "Không tạo được bảng «%1» của tệp Excel (thiếu bộ nhớ hoặc không ghi được tệp tạm).")
                           .arg(sheetName),
            {} };
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
                worksheet_write_string(
                    values, lxw_row_t(r), lxw_col_t(c), columns[c].second->values[r].toUtf8().constData(), nullptr);
    worksheet_hide(values);
    for (size_t c = 0; c < columns.size(); ++c) {
        const auto& [list, choices] = columns[c];
        if (choices->values.isEmpty() || choices->rows <= 0)
            continue;
        const QString column = QString(QChar(u'A' + int(c) % 26));
        const QByteArray formula
            = QStringLiteral("='%1'!$%2$1:$%2$%3").arg(sheetName, column).arg(choices->values.size()).toUtf8();
        lxw_data_validation validation {};
        validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        validation.value_formula = const_cast<char*>(formula.constData());
        validation.ignore_blank = LXW_VALIDATION_ON;
        validation.show_error = LXW_VALIDATION_OFF; // a value typed by hand is checked on import, with a clear message
        worksheet_data_validation_range(list->worksheet, list->headerRow + 1, lxw_col_t(choices->column),
            list->headerRow + lxw_row_t(choices->rows), lxw_col_t(choices->column), &validation);
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
                    return Error { XlsxWriterText::tr("Bảng «%1», dòng %2, cột «%3»: nội dung dài %4 ký tự, quá giới "
                                                      "hạn %5 ký tự một ô của Excel.")
                                       .arg(sheet.name)
                                       .arg(r + sheet.preamble.size() + 2)
                                       .arg(sheet.header.value(c))
                                       .arg(sheet.rows[r][c].size())
                                       .arg(MaxCellCharacters),
                        {} };
    if (!QFileInfo(path).absoluteDir().exists())
        return OutputFile::cannotWrite(path);
    // libxlsxwriter opens its temporary parts (and, built with MinGW, the workbook itself) with the
    // C runtime's ANSI file functions: both live in a folder whose name is plain ASCII on Windows,
    // and the finished workbook is then moved to the clerk's folder by Qt.
    const Result<QString> scratch = LibraryPath::scratchFolder();
    if (!scratch)
        return scratch.error();
    QString partial;
    {
        QTemporaryFile reserve(scratch.value() + QStringLiteral("/thidua-XXXXXX.xlsx"));
        reserve.setAutoRemove(false);
        if (!reserve.open())
            return Error { XlsxWriterText::tr("Không tạo được tệp tạm trong thư mục «%1».")
                               .arg(QDir::toNativeSeparators(scratch.value())),
                reserve.errorString() };
        partial = reserve.fileName();
    }
    const QByteArray target = LibraryPath::forLibrary(partial);
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written: 100,000 rows stay small
    const QByteArray temporaryFolder = LibraryPath::forLibrary(scratch.value());
    options.tmpdir = const_cast<char*>(temporaryFolder.constData());
    lxw_workbook* workbook = workbook_new_opt(target.constData(), &options);
    if (!workbook) {
        QFile::remove(partial);
        return Error { XlsxWriterText::tr("Không tạo được tệp Excel «%1».").arg(QDir::toNativeSeparators(path)), {} };
    }
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format* boldTop = workbook_add_format(workbook);
    format_set_bold(boldTop);
    format_set_align(boldTop, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* wrapped = workbook_add_format(workbook);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    std::vector<ChoiceList> choiceLists;
    for (const Sheet& sheet : sheets) {
        const QByteArray name = sheet.name.left(31).toUtf8();
        lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.constData());
        if (!worksheet) {
            const lxw_error nameError = workbook_validate_sheet_name(workbook, name.constData());
            workbook_close(workbook);
            QFile::remove(partial);
            if (nameError != LXW_NO_ERROR)
                return Error { XlsxWriterText::tr("Tên bảng «%1» không hợp lệ trong Excel.").arg(sheet.name),
                    QString::fromUtf8(lxw_strerror(nameError)) };
            return scratchFailure(scratch.value());
        }
        std::vector<double> widths;
        for (int c = 0; c < sheet.header.size(); ++c) {
            widths.push_back(size_t(c) < sheet.columnWidths.size() ? sheet.columnWidths[size_t(c)] : 14);
            worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c), widths.back(), nullptr);
        }
        const double tableWidth = std::accumulate(widths.begin(), widths.end(), 0.0);
        // Printed on pages as wide as one sheet of paper, the header repeated on each.
        if (tableWidth > 110)
            worksheet_set_landscape(worksheet);
        worksheet_set_paper(worksheet, 9); // A4
        worksheet_fit_to_pages(worksheet, 1, 0);
        const lxw_row_t headerRow = lxw_row_t(sheet.preamble.size());
        worksheet_repeat_rows(worksheet, headerRow, headerRow);
        worksheet_freeze_panes(worksheet, headerRow + 1, 0);
        for (size_t r = 0; r < sheet.preamble.size(); ++r) {
            const QStringList& line = sheet.preamble[r];
            // "Label:" then one text spanning the rest of the table's width, wrapped.
            if (line.size() == 2 && widths.size() > 2) {
                const double spanned = tableWidth - widths[0];
                const int lines = std::clamp(int(std::ceil(line[1].size() * 1.1 / spanned)), 1, 6);
                worksheet_set_row(worksheet, lxw_row_t(r), 15.0 * lines, nullptr);
                worksheet_write_string(worksheet, lxw_row_t(r), 0, line[0].toUtf8().constData(), boldTop);
                worksheet_merge_range(worksheet, lxw_row_t(r), 1, lxw_row_t(r), lxw_col_t(widths.size() - 1),
                    line[1].toUtf8().constData(), wrapped);
                continue;
            }
            for (int c = 0; c < line.size(); ++c)
                if (!line[c].isEmpty())
                    worksheet_write_string(worksheet, lxw_row_t(r), lxw_col_t(c), line[c].toUtf8().constData(),
                        r == 0 || c == 0 ? bold : nullptr);
        }
        int headerLines = 1;
        for (int c = 0; c < sheet.header.size(); ++c)
            headerLines
                = std::max(headerLines, std::min(3, int(std::ceil(sheet.header[c].size() * 1.15 / widths[size_t(c)]))));
        worksheet_set_row(worksheet, headerRow, 15.0 * headerLines, nullptr);
        for (int c = 0; c < sheet.header.size(); ++c)
            worksheet_write_string(worksheet, headerRow, lxw_col_t(c), sheet.header[c].toUtf8().constData(), header);
        for (size_t r = 0; r < sheet.rows.size(); ++r) {
            const QStringList& row = sheet.rows[r];
            const lxw_row_t at = headerRow + 1 + lxw_row_t(r);
            for (int c = 0; c < row.size(); ++c) {
                bool number = false;
                const double value = size_t(c) < sheet.numericColumns.size() && sheet.numericColumns[size_t(c)]
                    ? row[c].toDouble(&number)
                    : 0;
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
    return OutputFile::moveIntoPlace(partial, path);
}

} // namespace XlsxWriter
