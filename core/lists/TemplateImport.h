#pragma once
// The import side of UnitTemplate: a unit's filled proposal list, report figures or registration,
// planned into ListImport's plan for the campaign (or year) and unit the template names, and
// written row by row inside ListImport::commit's transaction.

#include "core/domain/Campaign.h"
#include "core/lists/ListImport.h"
#include "core/lists/UnitTemplate.h"

namespace TemplateImport {

bool isTemplate(ListImport::Target target); // Proposals, ReportFigures or Registrations
ListImport::Target targetOf(UnitTemplate::Kind kind);
std::vector<ImportColumns::Field> fieldsOf(ListImport::Target target);

// The campaign and unit the template's lines name, both present in this database; an Error when
// the file is not that template or names a campaign or unit the database does not have.
struct Scope {
    Campaign campaign; // a campaign's template
    Unit unit;
    int year = 0; // a yearly template
};
Result<Scope> scopeOf(Database& database, ListImport::Target target, const TextTable& table);
// Each data row of the template (ImportColumns::dataRows) into the plan.
Status plan(Database& database, ListImport::Plan& plan, const Scope& scope, const TextTable& table, const ImportColumns::Mapping& mapping,
    const std::vector<int>& dataRows);
Status write(Database& database, const ListImport::Row& row, ListImport::Target target);

} // namespace TemplateImport
