#include "core/storage/Backup.h"

#include "core/common/OutputFile.h"
#include "core/storage/Database.h"
#include "core/storage/WriterLock.h"

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
const QString PartialSuffix = QStringLiteral(".dang-ghi");

QString baseNameOf(const QString& databasePath) { return QFileInfo(databasePath).completeBaseName(); }

// "<name> 2026-11-26 081530[ label].thidua" (a backup; with a label, a safety copy) or
// "<name>.truoc-nang-cap-v5-20261126-081530.thidua" (the copy taken before an upgrade).
std::optional<Entry> entryOf(const QString& databasePath, const QFileInfo& file)
{
    static const QRegularExpression stamp(QStringLiteral("^(.*) (\\d{4}-\\d{2}-\\d{2} \\d{6})(-\\d+)?( [^.]*)?\\.%1$").arg(Database::FileSuffix));
    static const QRegularExpression upgrade(QStringLiteral("^(.*)\\.truoc-nang-cap-v\\d+-(\\d{8}-\\d{6})\\.%1$").arg(Database::FileSuffix));
    Entry entry;
    entry.path = file.absoluteFilePath();
    entry.bytes = file.size();
    if (const QRegularExpressionMatch match = stamp.match(file.fileName()); match.hasMatch() && match.captured(1) == baseNameOf(databasePath)) {
        entry.takenAt = QDateTime::fromString(match.captured(2), StampFormat);
        entry.label = match.captured(4).trimmed();
    } else if (const QRegularExpressionMatch old = upgrade.match(file.fileName()); old.hasMatch() && old.captured(1) == baseNameOf(databasePath)) {
        entry.takenAt = QDateTime::fromString(old.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
        entry.label = QStringLiteral("trước nâng cấp"); // the reason is part of the file's name, kept as it is
    }
    if (!entry.takenAt.isValid())
        return std::nullopt;
    entry.kind = entry.label.isEmpty() ? Kind::Regular : Kind::Safety;
    return entry;
}

// Begins as a SQLite file does: an empty or cut-short copy never passes for a backup.
bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.size() >= 512 && file.read(16) == QByteArray("SQLite format 3\0", 16);
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
        Database::setUpReadOnly(db, path);
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

Result<QString> takeNow(Database& database, const QDateTime& now, const QString& safetyLabel)
{
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder))
        return Error { BackupText::tr("Không tạo được thư mục sao lưu «%1».").arg(QDir::toNativeSeparators(folder)), {} };
    // Copies that never finished (the process killed, the disk full) carry only this suffix.
    for (const QFileInfo& left : QDir(folder).entryInfoList({ QStringLiteral("*") + PartialSuffix }, QDir::Files))
        if (left.lastModified().secsTo(QDateTime::currentDateTime()) > 600)
            QFile::remove(left.absoluteFilePath());
    const QString target = freshPath(folder, database.path(), now, safetyLabel);
    const QString partial = target + PartialSuffix;
    if (Status s = vacuumInto(database.connection(), partial); !s) {
        QFile::remove(partial);
        return s.error();
    }
    const Summary check = inspect(partial);
    if (!check.intact || check.schemaVersion != database.schemaVersion()) {
        QFile::remove(partial);
        return Error { BackupText::tr("Bản sao lưu vừa tạo không đạt kiểm tra nên đã bị xóa (ổ đĩa đầy hoặc hỏng?). Dữ liệu đang mở không bị ảnh hưởng."),
            check.problem };
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error { BackupText::tr("Không đặt được tên cho bản sao lưu «%1».").arg(QDir::toNativeSeparators(target)), {} };
    }
    return target;
}

Result<QString> takeBeforeImport(Database& database, const QDateTime& now)
{
    qint64 lastChange = -1;
    {
        QSqlQuery query(database.connection());
        if (query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")) && query.next())
            lastChange = query.value(0).toLongLong();
    }
    const QString beforeImport = QStringLiteral("trước nhập"); // part of the file's name, in every language
    for (const Entry& entry : list(database.path())) {
        if (entry.takenAt.date() != now.date() || (entry.kind == Kind::Safety && entry.label != beforeImport))
            continue;
        const Summary summary = inspect(entry.path);
        if (summary.intact && summary.lastChange == lastChange && lastChange >= 0)
            return entry.path; // nothing recorded since: that copy still holds the data as it is
        break; // the newest copy of today is older than the data: a new one
    }
    return takeNow(database, now, beforeImport);
}

Result<std::optional<QString>> takeDailyIfDue(Database& database, const Rotation& rotation, const QDateTime& now)
{
    for (const Entry& entry : list(database.path()))
        if (entry.kind == Kind::Regular && entry.takenAt.date() == now.date() && inspect(entry.path).intact)
            return std::optional<QString>();
    Result<QString> taken = takeNow(database, now);
    if (!taken)
        return taken.error();
    rotate(database.path(), rotation, now);
    return std::optional<QString>(taken.value());
}

std::vector<Entry> list(const QString& databasePath)
{
    std::vector<Entry> entries;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo& file : folder.entryInfoList({ QStringLiteral("*.") + Database::FileSuffix }, QDir::Files))
        if (std::optional<Entry> entry = entryOf(databasePath, file))
            entries.push_back(*entry);
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return entries;
}

int rotate(const QString& databasePath, const Rotation& rotation, const QDateTime& now)
{
    const std::vector<Entry> entries = list(databasePath); // newest first
    std::set<QString> keep, remove;
    std::set<QDate> days;
    std::set<std::pair<int, int>> months;
    bool intactSeen = false;
    int safetyCopies = 0;
    for (const Entry& entry : entries) {
        if (entry.takenAt > now) { // dated ahead of the clock: kept, and takes no slot
            keep.insert(entry.path);
            continue;
        }
        if (entry.kind == Kind::Safety) {
            if (safetyCopies++ < rotation.safetyKept || entry.takenAt.daysTo(now) <= rotation.safetyDays)
                keep.insert(entry.path);
            else
                remove.insert(entry.path);
            continue;
        }
        if (!looksLikeSqlite(entry.path)) { // an empty or cut-short copy holds nothing to restore
            remove.insert(entry.path);
            continue;
        }
        // Until the newest intact backup is found, nothing is deleted.
        if (!intactSeen) {
            keep.insert(entry.path);
            intactSeen = inspect(entry.path).intact;
        }
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
        if (!keep.count(entry.path))
            remove.insert(entry.path);
    }
    int removed = 0;
    for (const QString& path : remove)
        if (!keep.count(path) && QFile::remove(path))
            ++removed;
    return removed;
}

Summary inspect(const QString& backupPath)
{
    Summary summary;
    if (!looksLikeSqlite(backupPath)) {
        summary.problem = BackupText::tr("tệp trống hoặc không phải tệp dữ liệu SQLite.");
        return summary;
    }
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
        // Its tables must read too: an empty SQLite file passes the integrity check.
        bool readable = true;
        auto count = [&](const QString& sql) -> qint64 {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                return q.value(0).toLongLong();
            readable = false;
            return 0;
        };
        summary.schemaVersion = int(count(QStringLiteral("PRAGMA user_version")));
        summary.units = int(count(QStringLiteral("SELECT count(*) FROM unit")));
        summary.people = int(count(QStringLiteral("SELECT count(*) FROM person")));
        summary.campaigns = int(count(QStringLiteral("SELECT count(*) FROM campaign")));
        summary.proposals = int(count(QStringLiteral("SELECT count(*) FROM proposal")));
        summary.lastChange = summary.schemaVersion >= 7 ? count(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")) : 0;
        summary.intact = readable && summary.schemaVersion >= 1;
        if (!summary.intact)
            summary.problem = BackupText::tr("không đọc được các bảng dữ liệu.");
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

    // Nobody else may write the file while it is replaced.
    Result<std::shared_ptr<WriterLock>> lock = WriterLock::acquire(databasePath);
    if (!lock)
        return lock.error();
    // The current file first goes to the backups folder, readable or not.
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return Error { BackupText::tr("Không tạo được thư mục sao lưu «%1».").arg(QDir::toNativeSeparators(folder)), {} };
    const QString safety = freshPath(folder, databasePath, QDateTime::currentDateTime(), QStringLiteral("trước khôi phục"));
    if (QFileInfo::exists(databasePath)) {
        // Under a temporary name until whole: a copy cut short never passes for the safety copy.
        const QString partial = safety + PartialSuffix;
        Status copied = Error { {}, {} };
        withReadOnly(databasePath, [&](QSqlDatabase& db, bool opened) { copied = opened ? vacuumInto(db, partial) : copied; });
        if (!copied) { // too damaged for SQLite: keep its bytes as they are
            QFile::remove(partial);
            if (!QFile::copy(databasePath, partial))
                return Error { BackupText::tr("Không giữ được bản hiện tại trước khi khôi phục."), databasePath };
        }
        if (!QFile::rename(partial, safety)) {
            QFile::remove(partial);
            return Error { BackupText::tr("Không giữ được bản hiện tại trước khi khôi phục."), safety };
        }
    }
    // Then the backup takes its place in one step: the file is the old one or the backup at every
    // moment, never missing nor half-copied. The closed file's journal files go first: they hold
    // nothing that is not in it, and must not be replayed into the backup.
    for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(databasePath + suffix);
    if (const Status replaced = OutputFile::copyIntoPlace(backupPath, databasePath); !replaced)
        return Error { BackupText::tr("Không thay được tệp dữ liệu bằng bản sao lưu; bản hiện tại vẫn còn ở «%1».").arg(QDir::toNativeSeparators(safety)),
            replaced.error().message };
    return safety;
}

} // namespace Backup
