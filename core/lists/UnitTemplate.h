#pragma once
// Workbooks the clerk hands to each unit to fill in offline — its proposal list, its report
// figures — pre-filled with the unit's name and people. Lines above the table name the campaign
// and the unit (by number and code) and the kind of template, so the filled file imports back
// into the right campaign and unit whatever it has been renamed to.

#include "core/common/Result.h"
#include "core/documents/writers/XlsxWriter.h"
#include "core/lists/TextTable.h"

#include <optional>

class Database;

namespace UnitTemplate {

enum class Kind { Proposals, ReportFigures };

QString kindLabel(Kind kind); // translated: "Đề nghị khen thưởng", "Số liệu báo cáo tổng kết"
QString code(Kind kind); // the command line's words: "proposals", "report-figures"
std::optional<Kind> fromCode(const QString& code);

// The template for one unit of one campaign.
Result<XlsxWriter::Sheet> build(Database& database, Kind kind, qint64 campaignId, qint64 unitId);
// "Đề nghị khen thưởng - Văn phòng.xlsx"
QString suggestedFileName(Kind kind, const QString& unitName);
// One workbook per unit in the folder, under its suggested name; returns the paths written. Stops at
// the first failure (files already written stay: each is whole).
Result<std::vector<QString>> writeEach(Database& database, Kind kind, qint64 campaignId, const std::vector<qint64>& unitIds, const QString& folder);

// What the lines above a filled template say.
struct Identity {
    Kind kind = Kind::Proposals;
    qint64 campaignId = 0;
    QString unitCode;
    int lastIdentityRow = 0; // 0-based: the table's header comes after it
};
// Nothing when the sheet is not a ThiDua template.
std::optional<Identity> identify(const TextTable& table);

// The labels of the identity lines, as written and as read back.
QString campaignNumberLabel(); // "Số đợt:"
QString unitCodeLabel(); // "Mã đơn vị:"
QString kindLineLabel(); // "Mẫu:"

} // namespace UnitTemplate
