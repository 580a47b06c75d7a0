#pragma once
// thidua import units|people|proposals|report-figures --db FILE --input FILE [--column KEY=LETTER]… [--dry-run]

#include <QStringList>
#include <QTextStream>

namespace ImportCommand {

// Prints every row's problem and writes nothing when there is any (exit 2); --dry-run checks and
// says what would be added without writing.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace ImportCommand
