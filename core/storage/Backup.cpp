#include "core/storage/Backup.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <set>

namespace Backup {

namespace {

struct BackupText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

const QString StampFormat = QStringLiteral("yyyy-MM-dd HHmmss");

QString baseNameOf(const QString& databasePath) { return QFileInfo(databasePath).completeBaseName(); }

// "<name> 2026-11-26 081530[ label].thidua" → when it was taken.
std::optional<QDateTime> takenAtOf(const QString& databasePath, const QString& fileName)
{
    static const QRegularExpression stamp(QStringLiteral("^(.*) (\\d{4}-\\d{2}-\\d{2} \\d{6})(-\\d+)?( [^.]*)?\\.%1$").arg(Database::FileSuffix));
    const QRegularExpressionMatch match = stamp.match(fileName);
    if (!match.hasMatch() || match.captured(1) != baseNameOf(databasePath))
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(match.captured(2), StampFormat);
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

// A file name not yet taken in the folder.
QString freshPath(const QString& folder, const QString& databasePath, const QDateTime& at, const QString& label = {})
{
    const QString stem = QStringLiteral("%1 %2").arg(baseNameOf(databasePath), at.toString(StampFormat));
    const QString suffix = (label.isEmpty() ? QString() : QLatin1Char(' ') + label) + QLatin1Char('.') + Database::FileSuffix;
    QString path = QDir(folder).filePath(stem + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix));
    return path;
}

Status vacuumInto(const QSqlDatabase& connection, const QString& target)
{
    QSqlQuery copy(connection);
    copy.prepare(QStringLiteral("VACUUM INTO ?"));
    copy.addBindValue(target);
    if (!copy.exec())
        return Error { BackupText::tr("Không tạo được bản sao lưu «%1».").arg(QDir::toNativeSeparators(target)), copy.lastError().text() };
    return {};
}

// Runs work on a read-only connection to a file, closed afterwards.
template <typename Work> void withReadOnly(const QString& path, Work work)
{
    const QString name = QStringLiteral("thidua-backup-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        work(db, db.open());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString folderFor(const QString& databasePath) { return QFileInfo(databasePath).dir().filePath(QStringLiteral("backups")); }

QString fileNameFor(const QString& databasePath, const QDateTime& takenAt)
{
    return QStringLiteral("%1 %2.%3").arg(baseNameOf(databasePath), takenAt.toString(StampFormat), Database::FileSuffix);
}

Result<QString> takeNow(Database& database, const QDateTime& now)
{
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder))
        return Error { BackupText::tr("Không tạo được thư mục sao lưu «%1».").arg(QDir::toNativeSeparators(folder)), {} };
    const QString target = freshPath(folder, database.path(), now);
    if (Status s = vacuumInto(database.connection(), target); !s)
        return s.error();
    return target;
}

Result<std::optional<QString>> takeDailyIfDue(Database& database, const Rotation& rotation, const QDateTime& now)
{
    for (const Entry& entry : list(database.path()))
        if (entry.takenAt.date() == now.date())
            return std::optional<QString>();
    Result<QString> taken = takeNow(database, now);
    if (!taken)
        return taken.error();
    rotate(database.path(), rotation);
    return std::optional<QString>(taken.value());
}

std::vector<Entry> list(const QString& databasePath)
{
    std::vector<Entry> entries;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo& file : folder.entryInfoList({ QStringLiteral("*.") + Database::FileSuffix }, QDir::Files))
        if (const std::optional<QDateTime> at = takenAtOf(databasePath, file.fileName()))
            entries.push_back({ file.absoluteFilePath(), *at, file.size() });
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return entries;
}

int rotate(const QString& databasePath, const Rotation& rotation)
{
    const std::vector<Entry> entries = list(databasePath); // newest first
    std::set<QString> keep;
    std::set<QDate> days;
    std::set<std::pair<int, int>> months;
    for (const Entry& entry : entries) {
        const QDate day = entry.takenAt.date();
        if (!days.count(day) && int(days.size()) < rotation.daily) {
            days.insert(day);
            keep.insert(entry.path);
        }
        const std::pair<int, int> month { day.year(), day.month() };
        if (!months.count(month) && int(months.size()) < rotation.monthly) {
            months.insert(month);
            keep.insert(entry.path);
        }
    }
    int removed = 0;
    for (const Entry& entry : entries)
        if (!keep.count(entry.path) && QFile::remove(entry.path))
            ++removed;
    return removed;
}

Summary inspect(const QString& backupPath)
{
    Summary summary;
    withReadOnly(backupPath, [&](QSqlDatabase& db, bool opened) {
        if (!opened) {
            summary.problem = db.lastError().text();
            return;
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
            summary.problem = query.lastError().text();
            return;
        }
        const QString check = query.value(0).toString();
        query.finish();
        if (check != QLatin1String("ok")) {
            summary.problem = check;
            return;
        }
        summary.intact = true;
        auto count = [&](const QString& sql) {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0).toInt() : 0;
        };
        summary.schemaVersion = count(QStringLiteral("PRAGMA user_version"));
        summary.units = count(QStringLiteral("SELECT count(*) FROM unit"));
        summary.people = count(QStringLiteral("SELECT count(*) FROM person"));
        summary.campaigns = count(QStringLiteral("SELECT count(*) FROM campaign"));
        summary.proposals = count(QStringLiteral("SELECT count(*) FROM proposal"));
    });
    if (!summary.intact && summary.problem.isEmpty())
        summary.problem = BackupText::tr("không đọc được tệp.");
    return summary;
}

Result<QString> restore(const QString& databasePath, const QString& backupPath)
{
    const QFileInfo backup(backupPath);
    QFile header(backupPath);
    if (!header.open(QIODevice::ReadOnly) || header.read(16) != QByteArray("SQLite format 3\0", 16))
        return Error { BackupText::tr("Tệp «%1» không phải là bản sao lưu ThiDua.").arg(backup.fileName()), {} };
    header.close();
    const Summary summary = inspect(backupPath);
    if (!summary.intact)
        return Error { BackupText::tr("Bản sao lưu «%1» bị hỏng (kiểm tra toàn vẹn không đạt), không khôi phục từ bản này.").arg(backup.fileName()),
            summary.problem };
    if (summary.schemaVersion > Database::latestSchemaVersion())
        return Error { BackupText::tr("Bản sao lưu «%1» do phiên bản ThiDua mới hơn tạo ra.").arg(backup.fileName()), {} };

    // The current file first goes to the backups folder, readable or not.
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return Error { BackupText::tr("Không tạo được thư mục sao lưu «%1».").arg(QDir::toNativeSeparators(folder)), {} };
    const QString safety = freshPath(folder, databasePath, QDateTime::currentDateTime(), QStringLiteral("trước khôi phục"));
    if (QFileInfo::exists(databasePath)) {
        Status copied = Error { {}, {} };
        withReadOnly(databasePath, [&](QSqlDatabase& db, bool opened) { copied = opened ? vacuumInto(db, safety) : copied; });
        if (!copied) { // too damaged for SQLite: keep its bytes as they are
            QFile::remove(safety);
            if (!QFile::copy(databasePath, safety))
                return Error { BackupText::tr("Không giữ được bản hiện tại trước khi khôi phục."), databasePath };
        }
    }
    // Then the backup takes its place; the old file's journal files go with it.
    const QString incoming = databasePath + QStringLiteral(".dang-khoi-phuc");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error { BackupText::tr("Không chép được bản sao lưu vào chỗ của tệp dữ liệu."), incoming };
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(databasePath + suffix);
    if (!QFile::rename(incoming, databasePath))
        return Error { BackupText::tr("Không thay được tệp dữ liệu bằng bản sao lưu; bản hiện tại vẫn còn ở «%1».").arg(QDir::toNativeSeparators(safety)),
            incoming };
    return safety;
}

} // namespace Backup
