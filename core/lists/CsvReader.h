#pragma once
// Reads a CSV file as Excel writes it: UTF-8 (with or without a byte-order mark) or UTF-16 with its
// mark (Excel's "Unicode Text"), fields separated by commas, semicolons (Excel under a Vietnamese
// locale) or tabs — whichever the first lines use most — quoted fields with doubled quotes and line
// breaks inside. A file in another encoding (Excel's
// plain "CSV" under Windows-1258), a binary file or an unclosed quote is refused naming the line.

#include "core/common/Result.h"
#include "core/lists/TextTable.h"

namespace CsvReader {

constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;
// Records read at the most: an import's 20,000 rows, with room for titles above the header. The
// file is read in pieces and reading stops there, so a huge file is refused without being held.
constexpr qsizetype MaxRecords = 20200;

Result<TextTable> read(const QString& path);
// The same, from bytes already in memory; `name` is used in messages and as the table's name.
Result<TextTable> parse(const QByteArray& bytes, const QString& name);

} // namespace CsvReader
