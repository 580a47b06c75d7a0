#pragma once
// Writes a table as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads the Vietnamese
// letters), the separator Excel splits on, CRLF line ends, fields quoted when they hold any
// separator, a quote or a line break. All or nothing.

#include "core/common/Result.h"
#include "core/documents/writers/XlsxWriter.h"

#include <optional>

namespace CsvWriter {

// The separator Excel expects on this computer: Windows' list separator (Region settings — ";"
// wherever the decimal mark is a comma, as in Vietnam); elsewhere ";" when the locale writes
// decimals with a comma, else ",".
QChar systemSeparator();
// "comma" or ",", "semicolon" or ";", "tab", "system": the separator; nothing for anything else.
std::optional<QChar> separatorNamed(const QString& name);

Status write(const XlsxWriter::Sheet& table, const QString& path, QChar separator = systemSeparator());

} // namespace CsvWriter
