#pragma once
// Reads a CSV file as Excel writes it: UTF-8 (with or without a byte-order mark), fields separated
// by commas, semicolons (Excel under a Vietnamese locale) or tabs — whichever the first lines use most —
// quoted fields with doubled quotes and line breaks inside. A file in another encoding (Excel's
// plain "CSV" under Windows-1258), a binary file or an unclosed quote is refused naming the line.

#include "core/common/Result.h"
#include "core/lists/TextTable.h"

namespace CsvReader {

constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

Result<TextTable> read(const QString& path);
// The same, from bytes already in memory; `name` is used in messages and as the table's name.
Result<TextTable> parse(const QByteArray& bytes, const QString& name);

} // namespace CsvReader
