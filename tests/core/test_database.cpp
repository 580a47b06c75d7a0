#include "tests/support/Catch.h"
#include "tests/support/Commands.h"
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
#include <unistd.h>
#endif

namespace {

// Writes raw SQL through a separate connection, as another program would.
void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& sql : statements)
            REQUIRE(query.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

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
    // Hide the index of people by unit, move people between units, then put the index back:
    // the index still lists them under their old units.
    QString rootPage, sql;
    {
        const QString name = QStringLiteral("damage");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("SELECT rootpage, sql FROM sqlite_master WHERE name = 'person_unit'")));
            REQUIRE(query.next());
            rootPage = query.value(0).toString();
            sql = query.value(1).toString();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    rawExec(path, { QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA writable_schema = ON"),
                      QStringLiteral("DELETE FROM sqlite_master WHERE name = 'person_unit'") });
    rawExec(path, { QStringLiteral("UPDATE person SET unit_id = (SELECT max(id) FROM unit) WHERE id % 2 = 0") });
    rawExec(path, { QStringLiteral("PRAGMA writable_schema = ON"),
                      QStringLiteral("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('index', 'person_unit', 'person', %1, '%2')")
                          .arg(rootPage, sql) });
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
namespace {

// A read-only view of a folder: a read-only bind mount when running as root (permissions do not
// stop root), else the folder made 0555. Empty when the system allows neither.
class ReadOnlyView {
public:
    explicit ReadOnlyView(const QString& folder)
        : m_folder(folder)
    {
        if (::geteuid() != 0) {
            if (QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner))
                m_path = folder;
            return;
        }
        const QString mountPoint = folder + QStringLiteral(" (chỉ đọc)");
        QDir().mkpath(mountPoint);
        if (QProcess::execute(QStringLiteral("mount"), { QStringLiteral("--bind"), folder, mountPoint }) == 0) {
            m_mounted = mountPoint;
            if (QProcess::execute(QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), mountPoint }) == 0)
                m_path = mountPoint;
        }
    }
    ~ReadOnlyView()
    {
        if (!m_mounted.isEmpty())
            QProcess::execute(QStringLiteral("umount"), { m_mounted });
        else
            QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QString path() const { return m_path; }

private:
    QString m_folder, m_mounted, m_path;
};

} // namespace

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
