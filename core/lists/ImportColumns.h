#pragma once
// What every import shares: the fields a list needs, which column of the sheet holds each (found
// from the header row, changeable by the clerk), and the problems found, each naming the row,
// the column and why.

#include "core/common/Result.h"
#include "core/lists/TextTable.h"

#include <QDate>

#include <optional>
#include <vector>

namespace ImportColumns {

struct Field {
    QString key; // stable, for code and the command line: "fullName"
    QString label; // the header the exported list uses: "Họ và tên"
    QStringList aliases; // other headers clerks write: "Họ tên"
    bool required = false; // the column must be there, and its cells filled…
    bool blankAllowed = false; // …unless a blank cell has a meaning ("not proposed")
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

// "C (Năm sinh)": the letter and the header the file gives the column.
QString columnTitle(const TextTable& table, const Mapping& mapping, int column);
// Case, diacritics, spaces and a trailing ':' or '*' do not matter when headers are compared.
QString foldHeader(const QString& text);
// A name compared whatever the case, spacing or Unicode form the file uses; diacritics do count
// ("Lê" and "Lệ" are two names).
QString nameKey(const QString& name);

// The header row is the one among the first 20 that names the most fields; each field goes to the
// first column whose header is its label or an alias. No row naming a required field: headerRow -1.
Mapping guess(const std::vector<Field>& fields, const TextTable& table);

// Refuses a mapping that leaves a required field without a column or gives one column to two
// fields, naming them and listing the file's columns.
Status check(const std::vector<Field>& fields, const TextTable& table, const Mapping& mapping);

// A cell of a data row, trimmed, inner runs of spaces made one; empty when the column is -1.
QString cell(const QStringList& row, int column);

// The non-blank rows after the header (blank: every mapped column empty), as indexes into the
// table's rows.
std::vector<int> dataRows(const TextTable& table, const Mapping& mapping);

// Reads one data row: each field's cell, and a problem (row, column, why) for each cell that
// cannot be taken.
class RowReader {
public:
    RowReader(const std::vector<Field>& fields, const TextTable& table, const Mapping& mapping, int index, std::vector<Problem>& problems);

    int rowNumber() const { return m_rowNumber; } // the sheet's
    bool clean() const { return m_problems.size() == m_problemsBefore; } // no problem since this row began

    // The field's text, spaces made single; a problem when it is required and empty, or longer
    // than maxLength (then empty).
    QString text(const QString& key, int maxLength);
    // The same keeping line breaks: paragraphs of a summary.
    QString longText(const QString& key, int maxLength);
    // A whole number ≥ 0 (Excel may write "12.0"); a problem otherwise. Empty: 0, or a problem when required.
    int count(const QString& key);
    // dd/mm/yyyy, yyyy-mm-dd or Excel's day number; a problem otherwise. Empty: nothing.
    std::optional<QDate> date(const QString& key);
    void problem(const QString& key, const QString& message);

private:
    int column(const QString& key) const;
    const Field& fieldOf(const QString& key) const;
    QString checked(const QString& key, const QString& value, int maxLength);

    const std::vector<Field>& m_fields;
    const TextTable& m_table;
    const Mapping& m_mapping;
    const QStringList& m_row;
    int m_rowNumber;
    std::vector<Problem>& m_problems;
    size_t m_problemsBefore;
};

} // namespace ImportColumns
