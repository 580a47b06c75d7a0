// Test helper for the crash tests: writes units to the database in a loop, one transaction each,
// and prints each unit's number on its own line once its commit has returned. The test kills it
// with SIGKILL at a random moment and checks that every printed unit is in the file.
// With "backup", it takes backups instead (each an hour after the last, from FIRST_NUMBER hours
// after 2026-01-01, rotating to 2 days and 1 month) and prints each one's path once it is taken.
// Usage: thidua_crash_writer DATABASE FIRST_NUMBER [backup]

#include "core/storage/Backup.h"
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
    if (argc > 3 && QByteArray(argv[3]) == "backup") {
        const QDateTime start(QDate(2026, 1, 1), QTime(8, 0));
        for (long n = std::atol(argv[2]);; ++n) {
            const QDateTime now = start.addSecs(3600 * n);
            Result<QString> taken = Backup::takeNow(*opened.value(), now);
            if (!taken) {
                std::fprintf(stderr, "%s\n", qPrintable(taken.error().message));
                return 3;
            }
            std::printf("%s\n", taken.value().toUtf8().constData());
            std::fflush(stdout);
            Backup::rotate(opened.value()->path(), { 2, 1 }, now);
        }
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
