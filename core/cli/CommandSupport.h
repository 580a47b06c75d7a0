#pragma once
// What every command of the command line shares: exit codes, printing an error, opening the
// database a command names.

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QTextStream>

#include <memory>

namespace CommandSupport {

enum ExitCode { Success = 0, Usage = 1, Failure = 2 };

// Prints the error (and its detail, indented) to err; returns Failure.
int fail(QTextStream& err, const Error& error);
// The database named by --db: it must exist (commands never create one).
Result<std::unique_ptr<Database>> openExisting(const QString& path);

} // namespace CommandSupport
