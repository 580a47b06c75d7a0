#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <set>

namespace {

// A file with a backup's name that begins as a SQLite file does (its contents are not read).
void touchBackup(const QString& databasePath, const QDateTime& at)
{
    QDir().mkpath(Backup::folderFor(databasePath));
    QFile file(QDir(Backup::folderFor(databasePath)).filePath(Backup::fileNameFor(databasePath, at)));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(1008, '\0'));
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
    FreshDatabase fresh;
    const QString database = fresh.db->path();
    const QDateTime start(QDate(2025, 1, 1), QTime(9, 0));
    for (int day = 0; day < 500; ++day) { // about 16 months, two backups a day
        touchBackup(database, start.addDays(day));
        touchBackup(database, start.addDays(day).addSecs(3600));
    }
    // The newest is a real one, taken and checked by ThiDua.
    const QDateTime lastTaken = start.addDays(499).addSecs(7200);
    REQUIRE_OK(Backup::takeNow(*fresh.db, lastTaken));
    REQUIRE(Backup::list(database).size() == 1001);
    const QDateTime now = lastTaken.addSecs(3600);
    const int removed = Backup::rotate(database, {}, now);
    const std::vector<Backup::Entry> kept = Backup::list(database);
    CHECK(removed == 1001 - int(kept.size()));
    // 14 days (the newest is also its month's newest) + 11 more months.
    CHECK(kept.size() == 25);
    const QDate last = start.addDays(499).date();
    CHECK(kept[0].takenAt == lastTaken);
    for (int i = 1; i < 14; ++i) {
        CHECK(kept[size_t(i)].takenAt.date() == last.addDays(-i));
        CHECK(kept[size_t(i)].takenAt.time() == QTime(10, 0)); // the newest of that day
    }
    std::set<std::pair<int, int>> months;
    for (const Backup::Entry& entry : kept)
        months.insert({ entry.takenAt.date().year(), entry.takenAt.date().month() });
    CHECK(months.size() == 12);
    CHECK(Backup::rotate(database, { 3, 2 }, now) == 25 - 4); // 3 days (all in the newest month) + 1 older month
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

TEST_CASE("an empty or half-written file under a backup's name never counts: not as the day's backup, not for a restore, not against a good one")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const QDateTime monday(QDate(2026, 11, 30), QTime(8, 0));
    Result<std::optional<QString>> good = Backup::takeDailyIfDue(*fresh.db, { 1, 1 }, monday);
    REQUIRE_OK(good);
    REQUIRE(good.value().has_value());
    // Tuesday: what a copy killed half-way (or a full disk) left under a backup's name.
    const QString folder = Backup::folderFor(fresh.db->path());
    const QDateTime tuesday = monday.addDays(1);
    QFile empty(QDir(folder).filePath(Backup::fileNameFor(fresh.db->path(), tuesday)));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    QFile half(QDir(folder).filePath(Backup::fileNameFor(fresh.db->path(), tuesday.addSecs(60))));
    REQUIRE(half.open(QIODevice::WriteOnly));
    half.write(fileBytes(*good.value()).left(4096));
    half.close();
    CHECK_FALSE(Backup::inspect(empty.fileName()).intact);
    CHECK_FALSE(Backup::inspect(half.fileName()).intact);

    // Later on Tuesday: the day has no real backup yet, so one is taken; rotation to one day and
    // one month removes the empty file, and keeps the newest intact backup.
    Result<std::optional<QString>> tuesdays = Backup::takeDailyIfDue(*fresh.db, { 1, 1 }, tuesday.addSecs(3600));
    REQUIRE_OK(tuesdays);
    REQUIRE(tuesdays.value().has_value());
    CHECK(Backup::inspect(*tuesdays.value()).intact);
    CHECK_FALSE(QFileInfo::exists(empty.fileName()));
    // The newest file that is a good copy is the one a damaged database would be restored from.
    std::vector<QString> intact;
    for (const Backup::Entry& entry : Backup::list(fresh.db->path()))
        if (Backup::inspect(entry.path).intact)
            intact.push_back(entry.path);
    REQUIRE_FALSE(intact.empty());
    CHECK(intact.front() == *tuesdays.value());
}

TEST_CASE("copies kept before a restore, an upgrade or an import live apart from the rotation, and a clock set back deletes nothing")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const QString path = fresh.db->path();
    const QDateTime day(QDate(2026, 12, 1), QTime(9, 0));
    REQUIRE_OK(Backup::takeDailyIfDue(*fresh.db, {}, day));
    const QString first = Backup::list(path).front().path;
    fresh.db.reset();
    // Two restores the same day: two copies "trước khôi phục", both safety copies.
    Result<QString> safetyOne = Backup::restore(path, first);
    REQUIRE_OK(safetyOne);
    Result<QString> safetyTwo = Backup::restore(path, first);
    REQUIRE_OK(safetyTwo);
    fresh.db = openOrFail(path);
    const auto kindOf = [&](const QString& file) {
        for (const Backup::Entry& entry : Backup::list(path))
            if (entry.path == file)
                return std::optional<Backup::Kind>(entry.kind);
        return std::optional<Backup::Kind>();
    };
    CHECK(kindOf(safetyOne.value()) == Backup::Kind::Safety);
    // The next days' opens with the tightest rotation: the copies before the restores stay.
    for (int later = 1; later <= 3; ++later)
        REQUIRE_OK(Backup::takeDailyIfDue(*fresh.db, { 1, 1 }, day.addDays(later)));
    CHECK(QFileInfo::exists(safetyOne.value()));
    CHECK(QFileInfo::exists(safetyTwo.value()));
    // Safety copies have their own retention: the newest 10, and any of the last 30 days.
    CHECK(Backup::rotate(path, { 1, 1, 10, 30 }, day.addDays(31)) == 0);
    CHECK(Backup::rotate(path, { 1, 1, 1, 30 }, day.addDays(40)) >= 1);
    CHECK(QFileInfo::exists(safetyTwo.value()) != QFileInfo::exists(safetyOne.value())); // the newer one is kept

    // The computer's clock set back a year: today's backup ranks oldest, yet is not deleted by
    // its own rotation; the backups "from the future" take no slot and are kept.
    const std::size_t before = Backup::list(path).size();
    const QDateTime pastClock = day.addYears(-1);
    Result<std::optional<QString>> backwards = Backup::takeDailyIfDue(*fresh.db, { 1, 1 }, pastClock);
    REQUIRE_OK(backwards);
    REQUIRE(backwards.value().has_value());
    CHECK(QFileInfo::exists(*backwards.value()));
    CHECK(Backup::list(path).size() == before + 1);
}

TEST_CASE("an import tried twenty times keeps one copy from before it, not twenty")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const QDateTime now(QDate(2026, 12, 1), QTime(10, 0));
    Result<QString> first = Backup::takeBeforeImport(*fresh.db, now);
    REQUIRE_OK(first);
    for (int attempt = 1; attempt < 20; ++attempt) {
        Result<QString> again = Backup::takeBeforeImport(*fresh.db, now.addSecs(attempt * 60));
        REQUIRE_OK(again);
        CHECK(again.value() == first.value()); // nothing changed since: the same copy
    }
    CHECK(Backup::list(fresh.db->path()).size() == 1);
    // Once the data changes, the next import gets a copy of its own.
    REQUIRE_OK(UnitRepository(*fresh.db).add({ 0, QStringLiteral("Phòng nhập thử"), QStringLiteral("NT"), UnitKind::Division, false }));
    Result<QString> changed = Backup::takeBeforeImport(*fresh.db, now.addSecs(3600));
    REQUIRE_OK(changed);
    CHECK(changed.value() != first.value());
    CHECK(Backup::inspect(changed.value()).units == 9);
}

#ifdef Q_OS_UNIX
TEST_CASE("a backup onto a full disk fails cleanly: the clerk is told, no file is left under a backup's name, the data is untouched")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const QString folder = Backup::folderFor(fresh.db->path());
    REQUIRE(QDir().mkpath(folder));
    // The backups folder on a file system of 64 KiB: the copy (about 200 KiB) cannot fit.
    if (QProcess::execute(QStringLiteral("mount"), { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
            QStringLiteral("tmpfs"), folder })
        != 0) {
        WARN("no small file system can be mounted here: the full-disk case is not checked");
        return;
    }
    const Result<QString> full = Backup::takeNow(*fresh.db, QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    const QStringList left = QDir(folder).entryList(QDir::Files);
    QProcess::execute(QStringLiteral("umount"), { folder });
    REQUIRE_FALSE(full);
    CHECK_FALSE(full.error().message.isEmpty());
    CHECK(left.isEmpty()); // not even a partial copy
    CHECK(Backup::list(fresh.db->path()).empty());
    CHECK(UnitRepository(*fresh.db).all().value().size() == 8);
    REQUIRE_OK(Backup::takeNow(*fresh.db)); // with room again, the next one is taken
}
#endif
