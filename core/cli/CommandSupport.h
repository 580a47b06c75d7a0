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
enum class Access { ReadWrite, ReadOnly };
// The database named by --db: it must exist (commands never create one). ReadOnly for commands
// that only look: the file is not changed by a byte.
Result<std::unique_ptr<Database>> openExisting(const QString& path, Access access = Access::ReadWrite);

} // namespace CommandSupport
