#pragma once
// Writes tables as an Excel workbook (XLSX) through libxlsxwriter: one sheet per table, optional
// lines above the table (a template's title and identity), a bold header row frozen at the top,
// column widths, text or numbers per column, drop-down lists. All or nothing: the file appears
// only when complete.

#include "core/common/Result.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace XlsxWriter {

struct Sheet {
    QString name; // at most 31 characters, no []:*?/\ (Excel's rules)
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<double> columnWidths; // in characters; missing ones get 14
    std::vector<bool> numericColumns; // cells written as numbers when they read as one
    std::vector<QStringList> preamble = {}; // lines above the header; the first one bold
    // A drop-down list of values for a column's cells under the header (Excel's data validation),
    // kept on a hidden sheet "Danh mục" so any number of values fits.
    struct Choices {
        int column = 0;
        QStringList values;
        int rows = 0; // how many cells under the header get the list
    };
    std::vector<Choices> choices = {};
};

// Excel's limit on a cell's text; longer text is refused, never cut.
constexpr int MaxCellCharacters = 32767;

Status write(const std::vector<Sheet>& sheets, const QString& path);

} // namespace XlsxWriter
