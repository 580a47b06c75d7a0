#pragma once
// The lists clerks pass on as spreadsheets — units, people, a campaign's checklist grid, its
// proposals and the awards granted — as tables written to XLSX or CSV.

#include "core/common/Result.h"
#include "core/documents/writers/XlsxWriter.h"

#include <optional>

class Database;

namespace ListExport {

enum class List { Units, People, Assessments, Proposals, Awards };
enum class Format { Xlsx, Csv };

// "units", "people", "assessments", "proposals", "awards" (the command line's words).
QString code(List list);
std::optional<List> fromCode(const QString& code);
QString label(List list); // translated
bool needsCampaign(List list);

Result<XlsxWriter::Sheet> build(Database& database, List list, qint64 campaignId = 0);
// CSV uses `csvSeparator` (CsvWriter::systemSeparator() when not given).
Status write(const XlsxWriter::Sheet& table, Format format, const QString& path, std::optional<QChar> csvSeparator = std::nullopt);

} // namespace ListExport
