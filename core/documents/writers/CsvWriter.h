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

// A cell Excel would run as a formula (it begins with = + - @, a tab or a carriage return, and is
// not a plain number such as -5) gets a leading apostrophe, as OWASP recommends against CSV
// injection: a name "=HYPERLINK(…)" imported from somewhere opens in Excel as text.
QString formulaSafe(const QString& value);
// The reverse, for reading back a CSV ThiDua (or another careful program) wrote.
QString withoutFormulaGuard(const QString& value);

// Every cell goes through formulaSafe().
Status write(const XlsxWriter::Sheet& table, const QString& path, QChar separator = systemSeparator());

} // namespace CsvWriter
