#pragma once
// A spreadsheet read as text: what the XLSX and CSV readers return and what imports read.

#include <QStringList>

#include <vector>

struct TextTable {
    QString sheetName; // the worksheet's name; for CSV, the file's base name
    std::vector<QStringList> rows; // rows[i] is the sheet's row i + 1; cells as text, trailing blanks dropped

    // Spreadsheet column letters: 0 → "A", 25 → "Z", 26 → "AA"…
    static QString columnName(int column);
    // The column a name or a cell reference starts with: "F" → 5, "BC12" → 54; -1 when it does
    // not start with one to three capital letters.
    static int columnIndex(QStringView reference);
};
