#pragma once
// A statistics form (Statistics::FormTable) as the document sent to Sở Nội vụ: the form's header
// (Biểu số, the circular that issues it, the day it is due, the period, who reports and who
// receives), the table with its lettered and numbered columns, and the two signatures, on a
// landscape page; and the same as an Excel sheet.

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"
#include "core/documents/writers/XlsxWriter.h"
#include "core/domain/Agency.h"
#include "core/statistics/StatisticsForms.h"

class Database;

namespace StatisticsReport {

struct Input {
    Agency agency;
    Statistics::FormTable table;
    int year = 0;
    QString periodLabel; // "năm 2026"
    QDate first;
    QDate last;
};

Result<Input> load(Database& database, Statistics::Form form, int year);
QString reportingUnit(const Agency& agency); // "Sở Khoa học và Công nghệ tỉnh Lai Châu"
QString receivingUnit(const Agency& agency); // "Sở Nội vụ tỉnh Lai Châu"
doc::Document build(const Input& input);
XlsxWriter::Sheet sheet(const Input& input);
// "BM-0603-2026.docx"
QString suggestedFileName(const Input& input, const QString& suffix);

} // namespace StatisticsReport
