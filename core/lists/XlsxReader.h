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
// A list for ThiDua is a few columns wide: a value beyond column AMJ is refused by name, and the
// rows read may hold at most MaxCells cells counting the empty ones before each row's last value
// (a "bomb" of a few hundred kilobytes — one far cell on each of 60,000 rows — is refused before
// memory is taken for it).
constexpr int MaxColumns = 1024;
constexpr qint64 MaxCells = 2000000;
constexpr int MaxSharedStrings = 1000000;
constexpr qint64 MaxSharedCharacters = 64LL * 1024 * 1024;

Result<TextTable> readFirstSheet(const QString& path);

} // namespace XlsxReader
