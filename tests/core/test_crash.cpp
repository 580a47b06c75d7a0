#include "tests/support/Catch.h"
#include "tests/support/Commands.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/common/Settings.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/WriterLock.h"
#include "core/templates/BuiltInTemplate.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <map>
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

#ifdef Q_OS_UNIX
TEST_CASE("one writer per file: a second process is refused by name, a command that writes exits 2, one that reads still reads; a crashed holder's lock is taken over")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("Dữ liệu một người ghi.thidua"));
    {
        std::unique_ptr<Database> db = openOrFail(path);
        REQUIRE_OK(BuiltInTemplate::install(*db));
    }
    QProcess writer; // another window or computer, busy writing
    writer.start(QStringLiteral(THIDUA_CRASH_WRITER), { path, QStringLiteral("1") });
    REQUIRE(writer.waitForStarted());
    REQUIRE(writer.waitForReadyRead(10000)); // it has the file and has written to it

    const std::optional<LockHolder> holder = WriterLock::otherHolder(path);
    REQUIRE(holder.has_value());
    CHECK(holder->process == writer.processId());
    CHECK(holder->user == Settings::currentUserName());
    Result<std::unique_ptr<Database>> refused = Database::open(path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("đang được mở để ghi bởi %1").arg(Settings::currentUserName())));
    REQUIRE(WriterLock::otherHolder(path).has_value()); // a refused attempt leaves the holder's record alone
    CHECK(WriterLock::otherHolder(path)->user == Settings::currentUserName());

    const CommandRun write = runCommand({ QStringLiteral("import"), QStringLiteral("people"), QStringLiteral("--db"), path, QStringLiteral("--input"),
        folder.file(QStringLiteral("không cần.csv")), QStringLiteral("--dry-run") });
    CHECK(write.code == 2);
    CHECK(write.err.contains(QStringLiteral("đang được mở để ghi bởi")));
    const CommandRun read = runCommand({ QStringLiteral("info"), QStringLiteral("--db"), path });
    CHECK(read.code == 0);
    CHECK(read.out.contains(QStringLiteral("Số cán bộ: 20")));
    // Opened to look at, nothing can be saved through it.
    Result<std::unique_ptr<Database>> looking = Database::openReadOnly(path);
    REQUIRE_OK(looking);
    CHECK_FALSE(UnitRepository(*looking.value()).add({ 0, QStringLiteral("Không được lưu"), QStringLiteral("KL"), UnitKind::Division, false }));
    looking.value().reset();

    writer.kill(); // crashed: its lock file stays behind
    REQUIRE(writer.waitForFinished());
    CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK_FALSE(WriterLock::otherHolder(path).has_value());
    std::unique_ptr<Database> taken = openOrFail(path); // the stale lock is taken over
    CHECK(UnitRepository(*taken).add({ 0, QStringLiteral("Sau khi tiếp quản"), QStringLiteral("TQ"), UnitKind::Division, false }).ok());
}
#endif

#ifdef Q_OS_UNIX
TEST_CASE("a restore killed with SIGKILL at random moments leaves the old file or the backup, never a missing or damaged one, and every safety copy whole")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("Dữ liệu khôi phục thử sập.thidua"));
    QString eight, nine;
    {
        std::unique_ptr<Database> db = openOrFail(path);
        REQUIRE_OK(BuiltInTemplate::install(*db));
        UnitRepository units(*db);
        for (int i = 0; i < 200; ++i) // enough data that a copy takes a moment
            REQUIRE(units.add({ 0, QStringLiteral("Đơn vị bổ sung %1").arg(i), QStringLiteral("B%1").arg(i), UnitKind::Division, false }));
        eight = Backup::takeNow(*db, QDateTime(QDate(2026, 1, 1), QTime(8, 0))).value();
        REQUIRE(units.add({ 0, QStringLiteral("Phòng thứ chín"), QStringLiteral("P9"), UnitKind::Division, false }));
        nine = Backup::takeNow(*db, QDateTime(QDate(2026, 1, 1), QTime(9, 0))).value();
    }
    QRandomGenerator random(20261202);
    int restores = 0;
    constexpr int Rounds = 50;
    for (int round = 0; round < Rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(THIDUA_CRASH_WRITER), { path, QString::number(round), QStringLiteral("restore"), eight, nine });
        REQUIRE(writer.waitForStarted());
        QThread::msleep(random.bounded(20, 200));
        writer.kill();
        REQUIRE(writer.waitForFinished());
        restores += int(writer.readAllStandardOutput().count('\n'));

        INFO("round " << round);
        std::unique_ptr<Database> db = openOrFail(path); // there, whole, and opens
        const std::size_t units = UnitRepository(*db).all().value().size();
        CHECK((units == 208 || units == 209));
        db.reset();
        for (const Backup::Entry& entry : Backup::list(path)) {
            INFO(entry.path.toStdString());
            CHECK(Backup::inspect(entry.path).intact);
        }
    }
    INFO(restores << " restores over " << Rounds << " kills");
    CHECK(restores > Rounds);
}

TEST_CASE("an import killed with SIGKILL at random moments adds a file's people all or none, never part of them")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("Dữ liệu nhập thử sập.thidua"));
    QString unitName;
    std::size_t before = 0;
    {
        std::unique_ptr<Database> db = openOrFail(path);
        REQUIRE_OK(BuiltInTemplate::install(*db));
        unitName = UnitRepository(*db).all().value().front().name;
        before = PersonRepository(*db).all().value().size();
    }
    constexpr int PerFile = 40;
    const QString csv = folder.file(QStringLiteral("Danh sách nhập.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QString text = QStringLiteral("TT,Họ và tên,Đơn vị,Chức vụ,Ngạch,Giới tính,Năm sinh\r\n");
        for (int i = 0; i < PerFile; ++i)
            text += QStringLiteral("%1,Người Nhập %1,%2,,,Nam,1985\r\n").arg(i + 1).arg(unitName);
        file.write(text.toUtf8());
    }
    QRandomGenerator random(20261203);
    std::set<long> committed;
    long next = 0;
    constexpr int Rounds = 50;
    for (int round = 0; round < Rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(THIDUA_CRASH_WRITER), { path, QString::number(next), QStringLiteral("import"), csv });
        REQUIRE(writer.waitForStarted());
        QThread::msleep(random.bounded(30, 300));
        writer.kill();
        REQUIRE(writer.waitForFinished());
        for (const QByteArray& line : writer.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty()) {
                committed.insert(line.trimmed().toLong());
                next = std::max(next, line.trimmed().toLong() + 1);
            }
        next += 1; // a round cut short may or may not be there; never reuse its number

        INFO("round " << round);
        std::unique_ptr<Database> db = openOrFail(path); // takes the crashed writer's lock over
        std::map<long, int> perRound;
        const std::vector<Person> people = PersonRepository(*db).all().value();
        for (const Person& person : people)
            if (const qsizetype at = person.fullName.indexOf(QStringLiteral(" vòng ")); at >= 0)
                ++perRound[person.fullName.mid(at + 6).toLong()];
        for (const auto& [importRound, count] : perRound)
            CHECK(count == PerFile); // all of a file, or none of it
        for (long r : committed)
            CHECK(perRound[r] == PerFile); // every import reported done is there
        CHECK(people.size() >= before);
    }
    INFO(committed.size() << " imports over " << Rounds << " kills");
    CHECK(committed.size() > 0);
}
#endif
