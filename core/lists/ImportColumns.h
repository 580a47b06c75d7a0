#pragma once
// What every import shares: the fields a list needs, which column of the sheet holds each (found
// from the header row, changeable by the clerk), and the problems found, each naming the row,
// the column and why.

#include "core/common/Result.h"
#include "core/lists/TextTable.h"

#include <vector>

namespace ImportColumns {

struct Field {
    QString key; // stable, for code and the command line: "fullName"
    QString label; // the header the exported list uses: "Họ và tên"
    QStringList aliases; // other headers clerks write: "Họ tên"
    bool required = false;
};

// Which column (0-based) holds each field, parallel to the fields; -1 when none. Data rows follow
// the header row (0-based index into the table's rows).
struct Mapping {
    int headerRow = -1;
    std::vector<int> columns;

    int columnOf(const std::vector<Field>& fields, const QString& key) const;
};

struct Problem {
    int row = 0; // the sheet's row number, as Excel shows it; 0 for the file as a whole
    QString column; // "C (Năm sinh)", or empty
    QString message;
};

// "A", "B", … "Z", "AA"…
QString columnName(int column);
// "C (Năm sinh)": the letter and the header the file gives the column.
QString columnTitle(const TextTable& table, const Mapping& mapping, int column);
// Case, diacritics, spaces and a trailing ':' or '*' do not matter when headers are compared.
QString foldHeader(const QString& text);

// The header row is the one among the first 20 that names the most fields; each field goes to the
// first column whose header is its label or an alias. No row naming a required field: headerRow -1.
Mapping guess(const std::vector<Field>& fields, const TextTable& table);

// Refuses a mapping that leaves a required field without a column or gives one column to two
// fields, naming them and listing the file's columns.
Status check(const std::vector<Field>& fields, const TextTable& table, const Mapping& mapping);

// A cell of a data row, trimmed, inner runs of spaces made one; empty when the column is -1.
QString cell(const QStringList& row, int column);

// A row is blank when every mapped column is empty; imports pass over blank rows.
bool isBlank(const QStringList& row, const Mapping& mapping);
// Non-blank rows after the header (a row is blank when every mapped column is empty).
int dataRowCount(const TextTable& table, const Mapping& mapping);

} // namespace ImportColumns
