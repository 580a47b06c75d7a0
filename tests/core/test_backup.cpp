#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <set>

namespace {

void touchBackup(const QString& databasePath, const QDateTime& at)
{
    QDir().mkpath(Backup::folderFor(databasePath));
    QFile file(QDir(Backup::folderFor(databasePath)).filePath(Backup::fileNameFor(databasePath, at)));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("x");
}

} // namespace

TEST_CASE("a backup is a consistent copy taken by SQLite, once a day, in a backups folder beside the database")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const QDateTime morning(QDate(2026, 11, 26), QTime(8, 15, 30));
    Result<std::optional<QString>> first = Backup::takeDailyIfDue(*fresh.db, {}, morning);
    REQUIRE_OK(first);
    REQUIRE(first.value().has_value());
    CHECK(QFileInfo(*first.value()).fileName() == QStringLiteral("Thi đua 2025 2026-11-26 081530.thidua"));
    CHECK(QFileInfo(*first.value()).absolutePath() == QFileInfo(fresh.folder.file(QStringLiteral("backups/x"))).absolutePath());
    CHECK_FALSE(Backup::takeDailyIfDue(*fresh.db, {}, morning.addSecs(3600)).value().has_value()); // one a day
    CHECK(Backup::takeDailyIfDue(*fresh.db, {}, morning.addDays(1)).value().has_value());

    const Backup::Summary summary = Backup::inspect(*first.value());
    CHECK(summary.intact);
    CHECK(summary.schemaVersion == Database::latestSchemaVersion());
    CHECK(summary.units == 8);
    CHECK(summary.people == 20);
    CHECK(summary.campaigns == 1);
    // Two backups in the same second keep apart.
    Result<QString> a = Backup::takeNow(*fresh.db, morning.addDays(2));
    Result<QString> b = Backup::takeNow(*fresh.db, morning.addDays(2));
    REQUIRE_OK(a);
    REQUIRE_OK(b);
    CHECK(a.value() != b.value());
    CHECK(Backup::list(fresh.db->path()).size() == 4);
}

TEST_CASE("rotation keeps exactly the newest backup of each of the last 14 days and 12 months")
{
    TestFolder folder;
    const QString database = folder.file();
    const QDateTime start(QDate(2025, 1, 1), QTime(9, 0));
    for (int day = 0; day < 500; ++day) { // about 16 months, two backups a day
        touchBackup(database, start.addDays(day));
        touchBackup(database, start.addDays(day).addSecs(3600));
    }
    REQUIRE(Backup::list(database).size() == 1000);
    const int removed = Backup::rotate(database, {});
    const std::vector<Backup::Entry> kept = Backup::list(database);
    CHECK(removed == 1000 - int(kept.size()));
    // 14 days (the newest is also its month's newest) + 11 more months.
    CHECK(kept.size() == 25);
    const QDate last = start.addDays(499).date();
    for (int i = 0; i < 14; ++i) {
        CHECK(kept[size_t(i)].takenAt.date() == last.addDays(-i));
        CHECK(kept[size_t(i)].takenAt.time() == QTime(10, 0)); // the newest of that day
    }
    std::set<std::pair<int, int>> months;
    for (const Backup::Entry& entry : kept)
        months.insert({ entry.takenAt.date().year(), entry.takenAt.date().month() });
    CHECK(months.size() == 12);
    CHECK(Backup::rotate(database, { 3, 2 }) == 25 - 4); // 3 days (all in the newest month) + 1 older month
}

TEST_CASE("restore checks the backup, keeps the current file first, and brings the old data back")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    Result<QString> backup = Backup::takeNow(*fresh.db);
    REQUIRE_OK(backup);
    UnitRepository units(*fresh.db);
    REQUIRE_OK(units.add({ 0, QStringLiteral("Phòng mới sau sao lưu"), QStringLiteral("PM"), UnitKind::Division, false }));
    REQUIRE(units.all().value().size() == 9);
    const QString path = fresh.db->path();
    fresh.db.reset(); // closed, as the application closes it before restoring

    // A damaged backup is refused and nothing changes.
    const QString damaged = fresh.folder.file(QStringLiteral("backups/hỏng.thidua"));
    QFile::copy(backup.value(), damaged);
    {
        QFile file(damaged);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(4096, '\xff'));
    }
    Result<QString> refused = Backup::restore(path, damaged);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("bị hỏng")));
    CHECK(UnitRepository(*openOrFail(path)).all().value().size() == 9);

    Result<QString> restored = Backup::restore(path, backup.value());
    REQUIRE_OK(restored);
    CHECK(QFileInfo(restored.value()).fileName().contains(QStringLiteral("trước khôi phục")));
    CHECK(Backup::inspect(restored.value()).units == 9); // the file as it was before the restore
    CHECK(UnitRepository(*openOrFail(path)).all().value().size() == 8);
}
