#include "tests/support/Catch.h"
#include "tests/support/Commands.h"
#include "tests/support/ReadOnlyView.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/Backup.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QDir>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif
#include <optional>
#include <QStandardPaths>

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString refusalOf(const QString& path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    return opened.error().message;
}

} // namespace

TEST_CASE("creates a new database at the latest schema with foreign keys and WAL")
{
    FreshDatabase fresh;
    CHECK(fresh.db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    QSqlQuery query(fresh.db->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(query.exec(QStringLiteral("PRAGMA application_id")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == Database::ApplicationId);
}

TEST_CASE("reopens an existing database without upgrading or copying it")
{
    TestFolder folder;
    openOrFail(folder.file()).reset();
    auto db = openOrFail(folder.file());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(db->upgradeBackupPath().isEmpty());
}

TEST_CASE("migrates an empty file from version 0")
{
    TestFolder folder;
    writeFile(folder.file(), {});
    auto db = openOrFail(folder.file());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("upgrades from every earlier schema version, keeping a copy of the old file")
{
    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        INFO("from version " << version);
        TestFolder folder;
        // An older file is built by applying the migrations up to `version` only.
        Result<std::unique_ptr<Database>> older = Database::open(folder.file(), version);
        REQUIRE(older.ok());
        REQUIRE(older.value()->schemaVersion() == version);
        REQUIRE(SqlQuery(*older.value(), QStringLiteral("INSERT INTO unit (name, code, kind) VALUES (?, ?, 'office')"))
                    .exec(QStringLiteral("ghi"), { QStringLiteral("Văn phòng"), QStringLiteral("VP") }));
        older.value().reset();
        auto upgraded = openOrFail(folder.file());
        CHECK(upgraded->schemaVersion() == Database::latestSchemaVersion());
        SqlQuery kept(*upgraded, QStringLiteral("SELECT name FROM unit"));
        REQUIRE(kept.exec(QStringLiteral("đọc")));
        REQUIRE(kept.next());
        CHECK(kept.value(0).toString() == QStringLiteral("Văn phòng"));
        // The copy saved before the upgrade is the old file, whole.
        REQUIRE(QFile::exists(upgraded->upgradeBackupPath()));
        CHECK(QFileInfo(upgraded->upgradeBackupPath()).dir().dirName() == QStringLiteral("backups"));
        Result<std::unique_ptr<Database>> backup = Database::open(upgraded->upgradeBackupPath(), version);
        REQUIRE(backup.ok());
        CHECK(backup.value()->schemaVersion() == version);
    }
    SUCCEED("every earlier version was upgraded");
}

TEST_CASE("refuses a file that is not SQLite and leaves it byte-identical")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("ghi chú.thidua"));
    const QByteArray bytes = QByteArrayLiteral("Đây là một văn bản, không phải cơ sở dữ liệu.\n").repeated(50);
    writeFile(path, bytes);
    CHECK(refusalOf(path).contains(QStringLiteral("không phải tệp SQLite")));
    CHECK(fileBytes(path) == bytes);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("refuses a file from a newer version and leaves it byte-identical")
{
    TestFolder folder;
    const QString path = folder.file();
    openOrFail(path).reset();
    rawExec(path, { QStringLiteral("PRAGMA journal_mode = DELETE"),
                      QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1) });
    const QByteArray before = fileBytes(path);
    CHECK(refusalOf(path).contains(QStringLiteral("phiên bản ThiDua mới hơn")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("refuses a damaged file and leaves it byte-identical")
{
    TestFolder folder;
    const QString path = folder.file();
    {
        auto db = openOrFail(path);
        SqlQuery fill(*db, QStringLiteral("INSERT INTO signer (full_name, position) VALUES (?, ?)"));
        for (int i = 0; i < 400; ++i)
            REQUIRE(fill.exec(QStringLiteral("ghi"), { QStringLiteral("Người ký số %1").arg(i), QStringLiteral("CV") }));
    }
    rawExec(path, { QStringLiteral("PRAGMA journal_mode = DELETE") });
    QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.size() > 8192);
    // Keep the header valid, scribble over the b-tree pages.
    for (qsizetype i = 4096 + 16; i < bytes.size(); i += 7)
        bytes[i] = char(0xA5);
    writeFile(path, bytes);
    CHECK(refusalOf(path).contains(QStringLiteral("hỏng")));
    CHECK(fileBytes(path) == bytes);
}

TEST_CASE("refuses a file whose index no longer matches its table, which quick_check does not see")
{
    TestFolder folder;
    const QString path = folder.file();
    {
        auto db = openOrFail(path);
        REQUIRE_OK(BuiltInTemplate::install(*db));
    }
    damageIndexUnseenByQuickCheck(path);
    QString quick;
    {
        const QString name = QStringLiteral("quick");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("PRAGMA quick_check")));
            REQUIRE(query.next());
            quick = query.value(0).toString();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    CHECK(quick == QStringLiteral("ok")); // the damage quick_check cannot see
    const Status whole = Database::checkWhole(path); // what a large file gets in the background
    REQUIRE_FALSE(whole);
    CHECK(whole.error().message.contains(QStringLiteral("hỏng")));
    const QByteArray before = fileBytes(path);
    CHECK(refusalOf(path).contains(QStringLiteral("hỏng")));
    CHECK(fileBytes(path) == before); // refused before anything was written
}

TEST_CASE("refuses an SQLite file that belongs to another program")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("khác.sqlite"));
    rawExec(path, { QStringLiteral("CREATE TABLE notes (body TEXT)") });
    const QByteArray before = fileBytes(path);
    CHECK(refusalOf(path).contains(QStringLiteral("chương trình khác")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a failed unit of work is rolled back whole, nested or not")
{
    FreshDatabase fresh;
    Database& db = *fresh.db;
    auto signerCount = [&] {
        SqlQuery q(db, QStringLiteral("SELECT count(*) FROM signer"));
        REQUIRE(q.exec(QStringLiteral("đếm")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    auto insertSigner = [&](const QString& name) {
        return SqlQuery(db, QStringLiteral("INSERT INTO signer (full_name, position) VALUES (?, 'CV')"))
            .exec(QStringLiteral("ghi"), { name });
    };
    Status failed = db.transact([&]() -> Status {
        REQUIRE(insertSigner(QStringLiteral("A")));
        Status inner = db.transact([&]() -> Status {
            REQUIRE(insertSigner(QStringLiteral("B")));
            return Error { QStringLiteral("hỏng giữa chừng"), {} };
        });
        REQUIRE_FALSE(inner.ok());
        REQUIRE(signerCount() == 1); // the savepoint undid B only
        return Error { QStringLiteral("thôi"), {} };
    });
    CHECK_FALSE(failed.ok());
    CHECK(signerCount() == 0);
    CHECK(db.transact([&] { return insertSigner(QStringLiteral("C")); }).ok());
    CHECK(signerCount() == 1);
}

#ifdef Q_OS_UNIX

TEST_CASE("a healthy file in a folder that cannot be written is read, never called damaged, and nothing is left beside it")
{
    TestFolder root;
    const QString folder = root.file(QStringLiteral("Thư mục dùng chung"));
    REQUIRE(QDir().mkpath(folder));
    const QString original = folder + QStringLiteral("/Dữ liệu thi đua.thidua");
    {
        std::unique_ptr<Database> db = openOrFail(original);
        REQUIRE_OK(BuiltInTemplate::install(*db));
    }
    const QStringList before = QDir(folder).entryList(QDir::Files);
    const QByteArray bytes = fileBytes(original);
    const ReadOnlyView view(folder);
    if (view.path().isEmpty()) {
        WARN("no read-only folder can be made here (neither a read-only mount nor permissions): not checked");
        return;
    }
    const QString path = view.path() + QStringLiteral("/Dữ liệu thi đua.thidua");
    // To write: refused with the reason, not "damaged".
    Result<std::unique_ptr<Database>> writer = Database::open(path);
    REQUIRE_FALSE(writer);
    CHECK_FALSE(writer.error().message.contains(QStringLiteral("hỏng")));
    CHECK(writer.error().message.contains(QStringLiteral("chỉ cho đọc")));
    // To look at: it opens, and it reads.
    CHECK(Backup::inspect(path).intact); // so the window never offers a restore for it
    Result<std::unique_ptr<Database>> reader = Database::openReadOnly(path);
    REQUIRE_OK(reader);
    CHECK(UnitRepository(*reader.value()).all().value().size() == 8);
    reader.value().reset();
    const CommandRun info = runCommand({ QStringLiteral("info"), QStringLiteral("--db"), path });
    CHECK(info.code == 0);
    CHECK(info.out.contains(QStringLiteral("Số cán bộ: 20")));
    // Nothing was created beside it, nothing changed in it.
    CHECK(QDir(folder).entryList(QDir::Files) == before);
    CHECK(fileBytes(original) == bytes);
}

namespace {

// Runs the test helper on the file as an ordinary user: permissions do not stop root, so as root
// it runs as "nobody" (setpriv); otherwise as this user. Empty when neither is possible.
std::optional<CommandRun> runAsUser(const QString& path, const QString& mode)
{
    QProcess helper;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), QFileInfo(path).absolutePath());
    helper.setProcessEnvironment(environment);
    const QStringList arguments { path, QStringLiteral("1"), mode };
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            return std::nullopt;
        helper.start(setpriv, QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                  QStringLiteral(THIDUA_CRASH_WRITER) }
                + arguments);
    } else {
        helper.start(QStringLiteral(THIDUA_CRASH_WRITER), arguments);
    }
    if (!helper.waitForFinished(30000))
        return std::nullopt;
    return CommandRun { helper.exitCode(), QString::fromUtf8(helper.readAllStandardOutput()), QString::fromUtf8(helper.readAllStandardError()) };
}

// Hands the folder's files to the user runAsUser runs as (when that is "nobody").
void giveToUser(const QString& folder)
{
    if (::geteuid() != 0)
        return;
    for (const QFileInfo& entry : QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
        REQUIRE(::chown(QFile::encodeName(entry.absoluteFilePath()).constData(), 65534, 65534) == 0);
}

} // namespace

TEST_CASE("a file marked read-only is read without leaving a read-only -shm; one left behind is mended by the next writer")
{
    TestFolder root;
    const QString folder = root.file(QStringLiteral("Tệp chỉ đọc"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
    REQUIRE(::chmod(QFile::encodeName(QFileInfo(folder).absolutePath()).constData(), 0711) == 0); // the way in
    const QString path = folder + QStringLiteral("/Dữ liệu thi đua.thidua");
    {
        std::unique_ptr<Database> db = openOrFail(path);
        REQUIRE_OK(BuiltInTemplate::install(*db));
    }
    const QStringList before = QDir(folder).entryList(QDir::Files);
    giveToUser(folder);
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0444) == 0); // "Read-only" ticked in its properties

    const std::optional<CommandRun> look = runAsUser(path, QStringLiteral("look"));
    if (!look) {
        WARN("no ordinary user to run as here (root without setpriv): not checked");
        return;
    }
    INFO(look->err.toStdString());
    REQUIRE(look->code == 0);
    CHECK(look->out.trimmed() == QStringLiteral("8"));
    CHECK(QDir(folder).entryList(QDir::Files) == before); // no -shm, no -wal, no lock left beside it

    // A -shm as read-only as the file, as an earlier reader left it: the next writer mends it.
    {
        QFile sharedMemory(path + QStringLiteral("-shm"));
        REQUIRE(sharedMemory.open(QIODevice::WriteOnly));
        sharedMemory.write(QByteArray(32768, '\0'));
    }
    giveToUser(folder);
    REQUIRE(::chmod(QFile::encodeName(path + QStringLiteral("-shm")).constData(), 0444) == 0);
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0); // "Read-only" unticked
    const std::optional<CommandRun> write = runAsUser(path, QStringLiteral("once"));
    REQUIRE(write);
    INFO(write->err.toStdString());
    CHECK(write->code == 0);
    const std::optional<CommandRun> after = runAsUser(path, QStringLiteral("look"));
    REQUIRE(after);
    CHECK(after->out.trimmed() == QStringLiteral("9"));
}
#endif

TEST_CASE("a lock file left empty (its writer killed before naming itself) does not keep the file locked for ever")
{
    TestFolder folder;
    const QString path = folder.file();
    openOrFail(path); // created, then closed
    QFile lock(path + QStringLiteral(".lock"));
    REQUIRE(lock.open(QIODevice::WriteOnly)); // empty: names no process
    lock.close();
    std::unique_ptr<Database> db = openOrFail(path);
    CHECK_FALSE(db->isReadOnly());
}
