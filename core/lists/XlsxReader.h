#pragma once
// Reads the first worksheet of an XLSX workbook into rows of text: libzip opens the package, Qt's
// XML reader parses the workbook, its shared strings and the sheet — never string scanning. A
// file that is not a workbook, a damaged or truncated one, an oversized part or cell is refused
// with the reason; nothing half-read is returned.

#include "core/common/Result.h"

#include <QStringList>

#include <vector>

namespace XlsxReader {

struct Table {
    QString sheetName;
    std::vector<QStringList> rows; // every row up to the last one with a value; cells as text
};

constexpr qint64 MaxPartBytes = 256LL * 1024 * 1024; // an uncompressed part; beyond: refused
constexpr int MaxRows = 1000000;

Result<Table> readFirstSheet(const QString& path);

} // namespace XlsxReader
