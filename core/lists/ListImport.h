#pragma once
// Imports a spreadsheet (XLSX or CSV, read into a TextTable) in two steps: plan() checks every
// row and says what would happen — added, updated, already there (same name, unit and birth year
// for a person; same name and code for a unit; same nominee and form for a proposal) or why not,
// by row and column — without touching the database; commit() writes a plan with no problem, all
// rows or none, after a backup. Units and people come from any list; a unit's proposals, report
// figures and registration come from the templates of UnitTemplate, which name their campaign (or
// year) and unit.

#include "core/common/Result.h"
#include "core/domain/Person.h"
#include "core/domain/Proposal.h"
#include "core/domain/Unit.h"
#include "core/domain/UnitReport.h"
#include "core/domain/YearRecord.h"
#include "core/lists/ImportColumns.h"

#include <functional>

class Database;

namespace ListImport {

enum class Target { Units, People, Proposals, ReportFigures, Registrations };

constexpr int MaxRows = 20000; // data rows in one import; a larger file is refused whole

std::vector<ImportColumns::Field> fieldsOf(Target target);
QString targetLabel(Target target); // translated: "Đơn vị", "Cán bộ"…

enum class Action { Add, Update, AlreadyThere };

struct Row {
    int row = 0; // the sheet's row number
    Action action = Action::Add;
    Unit unit; // Target::Units
    Person person; // Target::People
    QString unitName; // the person's unit, as stored
    Proposal proposal; // Target::Proposals: a draft, proposed by the template's unit
    QString nomineeName; // Target::Proposals, Target::Registrations
    UnitReport report; // Target::ReportFigures: the unit's report with the figures filled in
    Registration registration; // Target::Registrations: the title the unit or person registers for the year
};

struct Plan {
    Target target = Target::People;
    std::vector<Row> rows; // rows without problems
    std::vector<ImportColumns::Problem> problems;
    QString scope; // for a template: "Đợt «…» — đơn vị «…»"

    int count(Action action) const;
};

// Refused whole (an Error) when a required column is missing or the file is too long; otherwise
// each bad row is a problem in the plan.
Result<Plan> plan(Database& database, Target target, const TextTable& table, const ImportColumns::Mapping& mapping);

struct Outcome {
    int added = 0;
    int updated = 0;
    int alreadyThere = 0;
    QString backupPath; // the copy taken before writing; empty when nothing was to be added
};

// Called after each row written with (rows written, rows to write); returning false cancels.
using Progress = std::function<bool(int done, int total)>;

// Refuses a plan with problems. Otherwise takes a backup, then writes every row marked Add or
// Update in one transaction: a failure or a cancel leaves the database as it was.
Result<Outcome> commit(Database& database, const Plan& plan, const Progress& progress = {});

} // namespace ListImport
