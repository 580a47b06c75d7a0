#pragma once
// thidua export template proposals|report-figures --db FILE --campaign ID [--unit ID] --output PATH
// With --unit: that unit's workbook at PATH. Without: one workbook per unit in the folder PATH.

#include <QStringList>
#include <QTextStream>

namespace TemplateCommand {

int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace TemplateCommand
