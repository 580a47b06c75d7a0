#pragma once
// thidua export statistics --db FILE --form 0601|0602|0603 --year YEAR --format docx|pdf|xlsx --output FILE:
// a statistics form for Sở Nội vụ, counted from the file for the agency's evaluation period.

#include <QStringList>
#include <QTextStream>

namespace StatisticsCommand {

int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace StatisticsCommand
