#pragma once
// Opens a spreadsheet the clerk picked, whatever its name says: a zip package is read as XLSX, an
// old binary Excel file (.xls) is refused with what to do, anything else is read as CSV.

#include "core/common/Result.h"
#include "core/lists/TextTable.h"

namespace TableFile {

Result<TextTable> read(const QString& path);

} // namespace TableFile
