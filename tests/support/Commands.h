#pragma once
// Runs a command of the command line in-process, as `thidua …` would, keeping what it printed.

#include "core/cli/CommandLine.h"

#include <QTextStream>

struct CommandRun {
    int code = 0;
    QString out, err;
};

inline CommandRun runCommand(const QStringList& arguments)
{
    CommandRun run;
    QTextStream out(&run.out), err(&run.err);
    run.code = CommandLine::run(arguments, out, err);
    return run;
}
