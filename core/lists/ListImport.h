#pragma once
// Imports units and people from a spreadsheet (XLSX or CSV, read into a TextTable) in two steps:
// plan() checks every row and says what would happen — added, already there (same name, unit and
// birth year for a person; same name and code for a unit) or why not, by row and column — without
// touching the database; commit() writes a plan with no problem, all rows or none, after a backup.

#include "core/common/Result.h"
#include "core/domain/Person.h"
#include "core/domain/Unit.h"
#include "core/lists/ImportColumns.h"

class Database;

namespace ListImport {

enum class Target { Units, People };

constexpr int MaxRows = 20000; // data rows in one import; a larger file is refused whole

std::vector<ImportColumns::Field> fieldsOf(Target target);
QString targetLabel(Target target); // translated: "Đơn vị", "Cán bộ"

enum class Action { Add, Update, AlreadyThere };

struct Row {
    int row = 0; // the sheet's row number
    Action action = Action::Add;
    Unit unit; // Target::Units
    Person person; // Target::People
    QString unitName; // the person's unit, as stored
};

struct Plan {
    Target target = Target::People;
    std::vector<Row> rows; // rows without problems
    std::vector<ImportColumns::Problem> problems;

    int count(Action action) const;
};

// Refused whole (an Error) when a required column is missing or the file is too long; otherwise
// each bad row is a problem in the plan.
Result<Plan> plan(Database& database, Target target, const TextTable& table, const ImportColumns::Mapping& mapping);

struct Outcome {
    int added = 0;
    int alreadyThere = 0;
    QString backupPath; // the copy taken before writing; empty when nothing was to be added
};

// Refuses a plan with problems. Otherwise takes a backup, then adds every row marked Add in one
// transaction: a failure leaves the database as it was.
Result<Outcome> commit(Database& database, const Plan& plan);

} // namespace ListImport
