#pragma once
// Writes a table as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads the Vietnamese
// letters), comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote or a
// line break. All or nothing.

#include "core/common/Result.h"
#include "core/documents/writers/XlsxWriter.h"

namespace CsvWriter {

Status write(const XlsxWriter::Sheet& table, const QString& path);

} // namespace CsvWriter
