#pragma once
// Reads the first worksheet of an XLSX workbook into rows of text: libzip opens the package, Qt's
// XML reader parses the workbook, its shared strings and the sheet — never string scanning. A
// file that is not a workbook, a damaged or truncated one, an oversized part or cell is refused
// with the reason; nothing half-read is returned.

#include "core/common/Result.h"
#include "core/lists/TextTable.h"

namespace XlsxReader {

constexpr qint64 MaxPartBytes = 256LL * 1024 * 1024; // an uncompressed part; beyond: refused
constexpr int MaxRows = 1000000;

Result<TextTable> readFirstSheet(const QString& path);

} // namespace XlsxReader
