#pragma once
// Workbooks the clerk hands to each unit to fill in offline — its proposal list, its report
// figures, its registration for the year's titles — pre-filled with the unit's name and people.
// Lines above the table name the campaign (or the year) and the unit (by number and code) and the
// kind of template, so the filled file imports back into the right campaign or year and unit
// whatever it has been renamed to.

#include "core/common/Result.h"
#include "core/documents/writers/XlsxWriter.h"
#include "core/lists/TextTable.h"

#include <optional>

class Database;

namespace UnitTemplate {

enum class Kind { Proposals, ReportFigures, Registrations };
inline constexpr Kind AllKinds[] = { Kind::Proposals, Kind::ReportFigures, Kind::Registrations };

QString kindLabel(Kind kind); // translated: "Đề nghị khen thưởng", "Số liệu báo cáo tổng kết", "Đăng ký thi đua"
QString code(Kind kind); // the command line's words: "proposals", "report-figures", "registrations"
bool isYearly(Kind kind); // named by a year (registrations), not by a campaign
std::optional<Kind> fromCode(const QString& code);

// The template for one unit of one campaign — or of one year, for a yearly kind: `scope` is the
// campaign's number or the year.
Result<XlsxWriter::Sheet> build(Database& database, Kind kind, qint64 scope, qint64 unitId);
// "Đề nghị khen thưởng - Văn phòng.xlsx"
QString suggestedFileName(Kind kind, const QString& unitName);
// One workbook per unit in the folder, under its suggested name; returns the paths written. Stops at
// the first failure (files already written stay: each is whole).
Result<std::vector<QString>> writeEach(Database& database, Kind kind, qint64 scope, const std::vector<qint64>& unitIds, const QString& folder);

// What the lines above a filled template say.
struct Identity {
    Kind kind = Kind::Proposals;
    qint64 campaignId = 0; // a campaign's template
    int year = 0; // a yearly template
    QString unitCode;
    int lastIdentityRow = 0; // 0-based: the table's header comes after it
};
// Nothing when the sheet is not a ThiDua template.
std::optional<Identity> identify(const TextTable& table);

// The labels of the identity lines, as written and as read back.
QString campaignNumberLabel(); // "Số đợt:"
QString yearLabel(); // "Năm đăng ký:"
QString unitCodeLabel(); // "Mã đơn vị:"
QString kindLineLabel(); // "Mẫu:"

} // namespace UnitTemplate
