#pragma once
// The command-line interface: `thidua <command> …` works on a database without a window.

#include <QStringList>
#include <QTextStream>

namespace CommandLine {

// True when the arguments (without the program name) start with a known command.
bool isCommand(const QStringList& arguments);
// Runs the command; returns the process exit code (0 success, 1 bad usage, 2 failure).
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace CommandLine
