#include "core/storage/Database.h"

#include "core/common/Settings.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/WriterLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <map>

const QString Database::FileSuffix = QStringLiteral("thidua");

namespace {

// Gives lupdate and QCoreApplication the context "Database" for this file's strings.
struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("thidua-%1").arg(++counter);
}

// Migration scripts embedded as resources, by version: :/migrations/0001_initial.sql …
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& name : dir.entryList(QDir::Files)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(name));
    }
    return files;
}

// Splits a migration script into statements. Scripts keep one statement per ';' at line end; a
// trigger (CREATE TRIGGER … BEGIN … END;) ends at its "END;" line.
QStringList statementsOf(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        const bool trigger = current.startsWith(QLatin1String("CREATE TRIGGER"));
        if (trigger ? trimmed == QLatin1String("END;") : trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

struct FileFacts {
    int userVersion = 0;
    int applicationId = 0;
    int objectCount = 0;
    QString upgradeBackupPath; // set when an older schema was found and copied before the upgrade
    bool fullyChecked = true; // integrity_check ran (false: quick_check only, the file is large)
};

std::atomic<qint64> fullCheckLimit { Database::FullCheckBytes };


QString upgradeBackupPathFor(const QString& path, int version);

Error refusal(const QString& path, const QString& reason, const QString& detail = {})
{
    return Error { DatabaseText::tr("Không mở được tệp «%1»: %2").arg(QDir::toNativeSeparators(path), reason), detail };
}

Error damaged(const QString& path, const QString& detail)
{
    return refusal(path, DatabaseText::tr("tệp bị hỏng (kiểm tra toàn vẹn không đạt)."), detail);
}

// A -shm left read-only beside the file (by an older reader of a file then marked read-only) makes
// SQLite refuse every write. With the writer lock held, nobody else is using it as a writer: give it
// the file's own permissions back, or say plainly what to do.
Status makeSharedMemoryWritable(const QString& path)
{
    const QFileInfo sharedMemory(path + QStringLiteral("-shm"));
    if (!sharedMemory.exists() || sharedMemory.isWritable())
        return {};
    const QFileInfo file(path);
    if (file.exists() && file.isWritable()
        && QFile::setPermissions(sharedMemory.absoluteFilePath(), sharedMemory.permissions() | QFileDevice::WriteOwner | QFileDevice::WriteUser)
        && QFileInfo(sharedMemory.absoluteFilePath()).isWritable())
        return {};
    return refusal(path,
        DatabaseText::tr("tệp phụ «%1» bên cạnh nó chỉ cho đọc. Khi không ai mở tệp dữ liệu, hãy xóa tệp phụ đó rồi mở lại.")
            .arg(sharedMemory.fileName()));
}

// Reads what we need to know about an existing file through a read-only connection, so that a
// refused file stays byte-for-byte as it was. Optionally saves a consistent copy (VACUUM INTO).
Result<FileFacts> inspectExisting(const QString& path, bool readOnly = false)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refusal(path, DatabaseText::tr("không đọc được tệp (%1).").arg(file.errorString()), file.errorString());
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty())
        return FileFacts {}; // an empty file: a new database
    if (header != QByteArray("SQLite format 3\0", 16))
        return refusal(path, DatabaseText::tr("đây không phải là tệp dữ liệu ThiDua (không phải tệp SQLite)."));

    const QString name = nextConnectionName();
    Result<FileFacts> result = FileFacts {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        Database::setUpReadOnly(db, path);
        if (!db.open()) {
            result = refusal(path, DatabaseText::tr("tệp bị hỏng hoặc không đọc được."), db.lastError().text());
        } else {
            QSqlQuery query(db);
            auto scalar = [&](const QString& sql, QVariant* out) {
                if (!query.exec(sql) || !query.next())
                    return false;
                *out = query.value(0);
                query.finish(); // a statement still in progress would block VACUUM INTO
                return true;
            };
            QVariant check, version, appId, objects;
            // The full check also finds an index that no longer matches its table (quick_check
            // does not), before anything is written through that index. A larger file gets the
            // full check in the background (Database::checkWhole).
            const bool full = QFileInfo(path).size() <= Database::fullCheckBytes();
            const QString checkPragma = full ? QStringLiteral("PRAGMA integrity_check(1)") : QStringLiteral("PRAGMA quick_check(1)");
            if (!scalar(checkPragma, &check) || check.toString() != QLatin1String("ok")) {
                result = damaged(path, query.lastError().text() + check.toString());
            } else if (!scalar(QStringLiteral("PRAGMA user_version"), &version)
                || !scalar(QStringLiteral("PRAGMA application_id"), &appId)
                || !scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), &objects)) {
                result = refusal(path, DatabaseText::tr("tệp bị hỏng hoặc không đọc được."), query.lastError().text());
            } else {
                FileFacts facts { version.toInt(), appId.toInt(), objects.toInt(), {}, full };
                const bool foreign = (facts.applicationId != 0 && facts.applicationId != Database::ApplicationId)
                    || (facts.applicationId == 0 && facts.objectCount > 0);
                if (foreign) {
                    result = refusal(path, DatabaseText::tr("tệp SQLite này thuộc về một chương trình khác, không phải ThiDua."));
                } else if (facts.userVersion > Database::latestSchemaVersion()) {
                    result = refusal(path,
                        DatabaseText::tr("tệp được tạo bởi phiên bản ThiDua mới hơn (lược đồ %1, phiên bản này chỉ hiểu tới %2). "
                           "Hãy cập nhật ThiDua.")
                            .arg(facts.userVersion)
                            .arg(Database::latestSchemaVersion()));
                } else if (readOnly && facts.userVersion < Database::latestSchemaVersion()) {
                    result = refusal(path, DatabaseText::tr("tệp ở phiên bản cũ (lược đồ %1): hãy mở bằng ThiDua một lần để nâng cấp.").arg(facts.userVersion));
                } else if (facts.userVersion > 0 && facts.userVersion < Database::latestSchemaVersion()) {
                    facts.upgradeBackupPath = upgradeBackupPathFor(path, facts.userVersion);
                    QSqlQuery copy(db);
                    copy.prepare(QStringLiteral("VACUUM INTO ?"));
                    copy.addBindValue(facts.upgradeBackupPath);
                    if (!copy.exec())
                        result = refusal(path, DatabaseText::tr("không tạo được bản sao lưu trước khi nâng cấp."),
                            copy.lastError().text());
                    else
                        result = facts;
                } else {
                    result = facts;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// In the backups folder beside the database, with the backups taken each day.
QString upgradeBackupPathFor(const QString& path, int version)
{
    const QFileInfo info(path);
    const QDir folder(info.dir().filePath(QStringLiteral("backups")));
    QDir().mkpath(folder.path());
    return folder.filePath(QStringLiteral("%1.truoc-nang-cap-v%2-%3.%4")
                               .arg(info.completeBaseName())
                               .arg(version)
                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                   Database::FileSuffix));
}

} // namespace

Status Database::nameAuditActor()
{
    if (schemaVersion() < AuditSchemaVersion)
        return {};
    const QString user = Settings::currentUserName();
    return transact([&] {
        SqlQuery query(*this, QStringLiteral("UPDATE audit_actor SET name = ? WHERE id = 1 AND name IS NOT ?"));
        return query.exec(DatabaseText::tr("ghi tên người dùng cho nhật ký thay đổi"), { user, user });
    });
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, int schemaVersion)
{
    if (path.trimmed().isEmpty())
        return Error { DatabaseText::tr("Chưa chọn tệp dữ liệu."), {} };
    const QFileInfo info(path);
    if (info.isDir())
        return refusal(path, DatabaseText::tr("đây là một thư mục, không phải tệp."));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return refusal(path, DatabaseText::tr("không tạo được thư mục «%1».").arg(QDir::toNativeSeparators(info.absolutePath())));
    // One writer per file: nothing is read for writing, copied or upgraded before the lock is ours.
    Result<std::shared_ptr<WriterLock>> lock = WriterLock::acquire(info.absoluteFilePath());
    if (!lock)
        return lock.error();
    if (Status s = makeSharedMemoryWritable(info.absoluteFilePath()); !s)
        return s.error();
    FileFacts facts;
    if (info.exists()) {
        Result<FileFacts> inspected = inspectExisting(path);
        if (!inspected)
            return inspected.error();
        facts = inspected.value();
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    database->m_lock = lock.value();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return refusal(path, DatabaseText::tr("không mở được để ghi."), db.lastError().text());
    if (Status s = database->configure(); !s)
        return s.error();
    if (Status s = database->migrate(facts.userVersion, schemaVersion); !s)
        return s.error();
    database->m_upgradeBackupPath = facts.upgradeBackupPath;
    database->m_fullyChecked = facts.fullyChecked;
    if (Status s = database->nameAuditActor(); !s)
        return s.error();
    return database;
}

void Database::setUpReadOnly(QSqlDatabase& connection, const QString& path, const QString& extraOptions)
{
    const QFileInfo file(path);
    const bool folderWritable = QFileInfo(file.absolutePath()).isWritable();
    const bool sharedMemoryThere = QFileInfo::exists(file.absoluteFilePath() + QStringLiteral("-shm"));
    const bool journalEmpty = QFileInfo(file.absoluteFilePath() + QStringLiteral("-wal")).size() == 0; // or absent
    // A file that cannot be written (marked read-only) in a writable folder: opened normally, SQLite
    // would leave a -shm as read-only as the file, which then blocks every later writer. With no
    // journal to replay, it is read as immutable and nothing is created beside it.
    const bool immutable = !sharedMemoryThere && (!folderWritable || (!file.isWritable() && journalEmpty));
    QString options = QStringLiteral("QSQLITE_OPEN_READONLY");
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(file.absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        connection.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        connection.setDatabaseName(path);
    }
    if (!extraOptions.isEmpty())
        options += QLatin1Char(';') + extraOptions;
    connection.setConnectOptions(options);
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return refusal(path, DatabaseText::tr("không tìm thấy tệp."));
    Result<FileFacts> inspected = inspectExisting(path, true);
    if (!inspected)
        return inspected.error();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    database->m_readOnly = true;
    database->m_fullyChecked = inspected.value().fullyChecked;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    setUpReadOnly(db, database->m_path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return refusal(path, DatabaseText::tr("không mở được để đọc."), db.lastError().text());
    if (Status s = database->exec(QStringLiteral("PRAGMA query_only = ON")); !s)
        return s.error();
    return database;
}

qint64 Database::fullCheckBytes() { return fullCheckLimit; }

void Database::setFullCheckBytes(qint64 bytes) { fullCheckLimit = bytes; }

Status Database::checkWhole(const QString& path)
{
    const QString name = nextConnectionName();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        setUpReadOnly(db, path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = refusal(path, DatabaseText::tr("không đọc được tệp để kiểm tra toàn vẹn."), db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check(1)")) || !query.next())
                result = damaged(path, query.lastError().text());
            else if (query.value(0).toString() != QLatin1String("ok"))
                result = damaged(path, query.value(0).toString());
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

Status Database::exec(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return Error { DatabaseText::tr("Lỗi cơ sở dữ liệu khi thực hiện: %1").arg(sql.left(80)), query.lastError().text() };
    return {};
}

Status Database::configure()
{
    for (const char* pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL" })
        if (Status s = exec(QLatin1String(pragma)); !s)
            return s;
    return {};
}

Status Database::migrate(int fromVersion, int toVersion)
{
    for (const auto& [version, file] : migrationFiles()) {
        if (version <= fromVersion || version > toVersion)
            continue;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly))
            return Error { DatabaseText::tr("Thiếu tệp nâng cấp dữ liệu %1.").arg(file), script.errorString() };
        const QString sql = QString::fromUtf8(script.readAll());
        Status s = transact([&]() -> Status {
            for (const QString& statement : statementsOf(sql))
                if (Status step = exec(statement); !step)
                    return step;
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        });
        if (!s)
            return Error { DatabaseText::tr("Không nâng cấp được dữ liệu lên phiên bản %1.").arg(version), s.error().detail };
    }
    return {};
}

Status Database::transact(const std::function<Status()>& work)
{
    if (m_readOnly)
        return Error { DatabaseText::tr("Tệp đang mở chỉ để xem: không lưu được thay đổi. Hãy mở lại tệp khi không còn ai khác đang sửa nó."), {} };
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("sp%1").arg(m_transactionDepth);
    if (Status s = exec(outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint); !s)
        return s;
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (result) {
        Status done = exec(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
        if (done)
            return result;
        result = done;
    }
    if (outermost)
        (void)exec(QStringLiteral("ROLLBACK"));
    else
        (void)exec(QStringLiteral("ROLLBACK TO ") + savepoint), (void)exec(QStringLiteral("RELEASE ") + savepoint);
    return result;
}

Status Database::saveCopyTo(const QString& target)
{
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    if (absoluteTarget == m_path)
        return Error { DatabaseText::tr("Bản sao phải được lưu vào một tệp khác với tệp đang mở."), {} };
    const QString partial = absoluteTarget + QStringLiteral(".dang-luu");
    QFile::remove(partial);
    QSqlQuery copy(connection());
    copy.prepare(QStringLiteral("VACUUM INTO ?"));
    copy.addBindValue(partial);
    if (!copy.exec()) {
        QFile::remove(partial);
        return Error { DatabaseText::tr("Không lưu được bản sao vào «%1».").arg(QDir::toNativeSeparators(target)),
            copy.lastError().text() };
    }
    if (QFile::exists(absoluteTarget) && !QFile::remove(absoluteTarget)) {
        QFile::remove(partial);
        return Error { DatabaseText::tr("Không ghi đè được tệp «%1».").arg(QDir::toNativeSeparators(target)), {} };
    }
    if (!QFile::rename(partial, absoluteTarget))
        return Error { DatabaseText::tr("Không đổi tên được bản sao thành «%1».").arg(QDir::toNativeSeparators(target)), {} };
    return {};
}
