#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/UnitRepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <set>

#ifdef Q_OS_UNIX
TEST_CASE("a writer killed with SIGKILL at random moments never loses a committed row nor damages the file")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("Dữ liệu thử sập.thidua"));
    openOrFail(path); // created at the current schema, then closed
    std::set<long> committed;
    long next = 1;
    QRandomGenerator random(20261126);
    constexpr int Rounds = 50;
    for (int round = 0; round < Rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(THIDUA_CRASH_WRITER), { path, QString::number(next) });
        REQUIRE(writer.waitForStarted());
        QThread::msleep(random.bounded(30, 250)); // it opens the file, then writes as fast as it can
        writer.kill(); // SIGKILL on Unix: no chance to clean up
        REQUIRE(writer.waitForFinished());
        CHECK(writer.exitStatus() == QProcess::CrashExit);
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines)
            if (!line.trimmed().isEmpty()) { // a number printed only after its commit returned
                committed.insert(line.trimmed().toLong());
                next = std::max(next, line.trimmed().toLong() + 1);
            }
        next += 1; // a row whose commit was interrupted may or may not be there; never reuse its number

        std::unique_ptr<Database> db = openOrFail(path); // the open itself runs quick_check
        QSqlQuery check(db->connection());
        REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("ok"));
        check.finish();
        std::set<QString> names;
        for (const Unit& unit : UnitRepository(*db).all().value())
            names.insert(unit.name);
        for (long n : committed)
            if (!names.count(QStringLiteral("Đơn vị thử %1").arg(n)))
                FAIL("round " << round << ": unit " << n << " was committed but is missing");
    }
    INFO(committed.size() << " committed rows over " << Rounds << " kills");
    CHECK(committed.size() > size_t(Rounds)); // the writer did get work done between kills
}

TEST_CASE("a backup or rotation killed with SIGKILL at random moments never leaves a damaged file under a backup name nor loses the newest good one")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("Dữ liệu sao lưu thử sập.thidua"));
    {
        std::unique_ptr<Database> db = openOrFail(path);
        UnitRepository units(*db);
        for (int i = 0; i < 300; ++i) // enough data that a copy takes a moment
            REQUIRE(units.add({ 0, QStringLiteral("Đơn vị có tên khá dài để sao lưu %1").arg(i), QStringLiteral("S%1").arg(i), UnitKind::Division, false }));
    }
    QRandomGenerator random(20261201);
    long next = 0;
    QString newestTaken;
    int taken = 0;
    constexpr int Rounds = 50;
    for (int round = 0; round < Rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(THIDUA_CRASH_WRITER), { path, QString::number(next), QStringLiteral("backup") });
        REQUIRE(writer.waitForStarted());
        QThread::msleep(random.bounded(20, 200));
        writer.kill();
        REQUIRE(writer.waitForFinished());
        for (const QByteArray& line : writer.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty()) {
                newestTaken = QString::fromUtf8(line.trimmed());
                ++taken;
            }
        next += 1000; // later rounds are later hours, whatever the last one reached

        // Every file under a backup's name is a whole, checked copy; the newest one reported taken
        // is still there (rotation never deletes the newest good backup).
        const std::vector<Backup::Entry> entries = Backup::list(path);
        for (const Backup::Entry& entry : entries) {
            INFO("round " << round << ": " << entry.path.toStdString());
            CHECK(Backup::inspect(entry.path).intact);
        }
        if (!newestTaken.isEmpty())
            CHECK((QFileInfo::exists(newestTaken) || (!entries.empty() && entries.front().path != newestTaken)));
        CHECK((newestTaken.isEmpty() || !entries.empty()));
    }
    INFO(taken << " backups taken over " << Rounds << " kills");
    CHECK(taken > Rounds);
    // Half-written copies carry only their temporary name, and the next backup clears them.
    std::unique_ptr<Database> db = openOrFail(path);
    REQUIRE_OK(Backup::takeNow(*db, QDateTime(QDate(2030, 1, 1), QTime(9, 0))));
}
#endif
