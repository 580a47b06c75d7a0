#pragma once
// The annual cycle's documents from the command line:
// thidua export statistics --db FILE --form 0601|0602|0603 --year YEAR --format docx|pdf|xlsx --output FILE:
// a statistics form for Sở Nội vụ, counted from the file for the agency's evaluation period;
// thidua export registration --db FILE --year YEAR [--unit ID] --format docx|pdf --output FILE:
// the year's Bản đăng ký thi đua of a unit, or of the agency.

#include <QStringList>
#include <QTextStream>

namespace StatisticsCommand {

int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runRegistration(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace StatisticsCommand
