#pragma once
// Writes tables as an Excel workbook (XLSX) through libxlsxwriter: one sheet per table, a bold
// header row frozen at the top, column widths, text or numbers per column. All or nothing: the
// file appears only when complete.

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
};

// Excel's limit on a cell's text; longer text is refused, never cut.
constexpr int MaxCellCharacters = 32767;

Status write(const std::vector<Sheet>& sheets, const QString& path);

} // namespace XlsxWriter
