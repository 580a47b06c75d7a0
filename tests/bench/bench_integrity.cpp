// Open-time check benchmark: for 1,000, 10,000 and 100,000 people (200 units), the file's size
// and the time SQLite's quick_check and full integrity_check take on it (median of 5), and the
// time Database::open takes, which runs the check chosen by the file's size. It is the measure
// behind Database::FullCheckBytes: the full check where it costs under half a second.

#include "core/storage/Database.h"
#include "tests/bench/BenchData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// Median milliseconds of a pragma on a read-only connection.
double pragmaMs(const QString& path, const QString& pragma)
{
    std::vector<double> times;
    for (int run = 0; run < 5; ++run) {
        const QString name = QStringLiteral("bench-%1-%2").arg(pragma).arg(run);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            db.open();
            QElapsedTimer timer;
            timer.start();
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA ") + pragma);
            query.next();
            times.push_back(timer.nsecsElapsed() / 1e6);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    std::printf("Open-time check (median of 5; full integrity_check up to %lld MiB, quick_check above)\n",
        static_cast<long long>(Database::FullCheckBytes / (1024 * 1024)));
    for (const int people : { 1000, 10000, 100000 }) {
        const QString path = dir.filePath(QStringLiteral("kiểm tra %1.thidua").arg(people));
        {
            Result<std::unique_ptr<Database>> db = Database::open(path);
            if (!db || !fillUnitsAndPeople(*db.value(), 200, people)) {
                std::fprintf(stderr, "could not build the database of %d people\n", people);
                return 1;
            }
        }
        const double quick = pragmaMs(path, QStringLiteral("quick_check"));
        const double full = pragmaMs(path, QStringLiteral("integrity_check"));
        QElapsedTimer timer;
        timer.start();
        {
            Result<std::unique_ptr<Database>> reopened = Database::open(path);
            if (!reopened)
                return 1;
        }
        const double open = timer.nsecsElapsed() / 1e6;
        std::printf("  %6d people, %6.1f MiB: quick_check %7.1f ms, integrity_check %7.1f ms, Database::open %7.1f ms\n", people,
            QFileInfo(path).size() / 1048576.0, quick, full, open);
    }
    return 0;
}
