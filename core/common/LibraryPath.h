#pragma once
// File names for the C libraries ThiDua uses (libzip, libxlsxwriter), which take `const char*`.
// QFile::encodeName gives the ANSI code page on Windows, where "Cán bộ.xlsx" or a profile folder
// such as C:\Users\Tuấn cannot be written; every path a C library sees goes through here.

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace LibraryPath {

// The bytes a library reads as a UTF-8 file name on Windows (libzip's zip_open; the workbook
// name of an MSVC-built libxlsxwriter), and the file system's own bytes elsewhere.
QByteArray forLibrary(const QString& path);

// A folder for files that a library opens through the C runtime's plain open()/fopen() — the ANSI
// code page on Windows: libxlsxwriter's temporary parts, and its workbook when built with MinGW.
// On Windows its path is plain ASCII (the temp folder; else the temp folder's short 8.3 name;
// else a folder of ThiDua's under ProgramData), so it reads the same as UTF-8 and as ANSI.
// Elsewhere it is the temp folder. An error names the temp folder when none can be had.
Result<QString> scratchFolder();

// True when every character is printable ASCII: such a path means the same bytes in every code page.
bool isPlainAscii(const QString& path);

} // namespace LibraryPath
