#pragma once
// A spreadsheet read as text: what the XLSX and CSV readers return and what imports read.

#include <QStringList>

#include <vector>

struct TextTable {
    QString sheetName; // the worksheet's name; for CSV, the file's base name
    std::vector<QStringList> rows; // rows[i] is the sheet's row i + 1; cells as text, trailing blanks dropped
};
