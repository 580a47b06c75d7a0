#pragma once
// thidua import plan --db FILE --input PLAN.docx [--dry-run]: reads a plan written in Word into a
// new campaign (PlanImport), prints the outline it recognised and its notes; --dry-run writes
// nothing.

#include <QStringList>
#include <QTextStream>

namespace PlanImportCommand {

int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace PlanImportCommand
