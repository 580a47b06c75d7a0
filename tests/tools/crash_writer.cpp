// Test helper for the crash tests: writes units to the database in a loop, one transaction each,
// and prints each unit's number on its own line once its commit has returned. The test kills it
// with SIGKILL at a random moment and checks that every printed unit is in the file.
// With "backup", it takes backups instead (each an hour after the last, from FIRST_NUMBER hours
// after 2026-01-01, rotating to 2 days and 1 month) and prints each one's path once it is taken.
// With "restore A B", it restores the backups A and B in turn (the database closed) and prints
// which one after each. With "import CSV", it imports the people of CSV under new names each
// round (FIRST_NUMBER, FIRST_NUMBER + 1 …) and prints the round once it is committed.
// With "look", it only opens the file to read and prints its number of units; with "once", it
// adds one unit and ends (tests run these two as another user, for permissions root ignores).
// Usage: thidua_crash_writer DATABASE FIRST_NUMBER [backup | restore A B | import CSV | look | once]

#include "core/lists/ImportColumns.h"
#include "core/lists/ListImport.h"
#include "core/lists/TableFile.h"
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
    const QByteArray mode = argc > 3 ? QByteArray(argv[3]) : QByteArray();
    if (mode == "restore" && argc > 5) {
        for (long n = std::atol(argv[2]);; ++n) {
            const char* backup = argv[4 + n % 2];
            if (Result<QString> restored = Backup::restore(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(backup)); !restored) {
                std::fprintf(stderr, "%s\n", qPrintable(restored.error().message));
                return 3;
            }
            std::printf("%ld\n", n % 2);
            std::fflush(stdout);
        }
    }
    if (mode == "look") {
        Result<std::unique_ptr<Database>> reader = Database::openReadOnly(QString::fromLocal8Bit(argv[1]));
        Result<std::vector<Unit>> units = reader ? UnitRepository(*reader.value()).all() : Result<std::vector<Unit>>(reader.error());
        if (!units) {
            std::fprintf(stderr, "%s\n", qPrintable(units.error().message));
            return 2;
        }
        std::printf("%zu\n", units.value().size());
        return 0;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    if (mode == "import" && argc > 4) {
        const Result<TextTable> read = TableFile::read(QString::fromLocal8Bit(argv[4]));
        if (!read)
            return 4;
        for (long round = std::atol(argv[2]);; ++round) {
            TextTable table = read.value();
            for (size_t r = 1; r < table.rows.size(); ++r) // the same people, this round's names
                table.rows[r][1] = QStringLiteral("%1 vòng %2").arg(table.rows[r][1]).arg(round);
            const auto fields = ListImport::fieldsOf(ListImport::Target::People);
            Result<ListImport::Plan> plan = ListImport::plan(*opened.value(), ListImport::Target::People, table, ImportColumns::guess(fields, table));
            if (!plan || !ListImport::commit(*opened.value(), plan.value()))
                return 5;
            std::printf("%ld\n", round);
            std::fflush(stdout);
        }
    }
    if (mode == "backup") {
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
        if (mode == "once")
            return 0;
    }
}
