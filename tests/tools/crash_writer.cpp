// Test helper for the crash test: writes units to the database in a loop, one transaction each,
// and prints each unit's number on its own line once its commit has returned. The test kills it
// with SIGKILL at a random moment and checks that every printed unit is in the file.
// Usage: thidua_crash_writer DATABASE FIRST_NUMBER

#include "core/storage/Database.h"
#include "core/storage/UnitRepository.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 1;
    Result<std::unique_ptr<Database>> opened = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    UnitRepository units(*opened.value());
    for (long n = std::atol(argv[2]);; ++n) {
        Result<qint64> added = units.add({ 0, QStringLiteral("Đơn vị thử %1").arg(n), QStringLiteral("T%1").arg(n), UnitKind::Division, false });
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error().message));
            return 3;
        }
        std::printf("%ld\n", n);
        std::fflush(stdout);
    }
}
