#pragma once
// Backups of a database through SQLite itself (VACUUM INTO: a consistent copy of a live file,
// never a file copy), kept in a "backups" folder beside the database, rotated (default: the
// newest of each of the last 14 days and of the last 12 months), checked and restored.

#include "core/common/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

class Database;

namespace Backup {

struct Rotation {
    int daily = 14;
    int monthly = 12;
};

struct Entry {
    QString path;
    QDateTime takenAt; // from the file name
    qint64 bytes = 0;
};

// What a backup holds, read without changing it.
struct Summary {
    bool intact = false; // PRAGMA integrity_check said ok
    QString problem; // why not, when not
    int schemaVersion = 0;
    int units = 0;
    int people = 0;
    int campaigns = 0;
    int proposals = 0;
};

QString folderFor(const QString& databasePath); // "<folder of the database>/backups"
// "<name> 2026-11-26 081530.thidua": the name of the database and when the copy was taken.
QString fileNameFor(const QString& databasePath, const QDateTime& takenAt);

// A copy of the open database now. Returns its path.
Result<QString> takeNow(Database& database, const QDateTime& now = QDateTime::currentDateTime());
// The first backup of the day: taken (and the folder rotated) when none of `now`'s day exists.
// Returns the new copy's path, or nothing when one existed.
Result<std::optional<QString>> takeDailyIfDue(Database& database, const Rotation& rotation = {},
    const QDateTime& now = QDateTime::currentDateTime());
// Backups of this database, newest first.
std::vector<Entry> list(const QString& databasePath);
// Keeps the newest backup of each of the last `daily` days that have one and of each of the last
// `monthly` months that have one; deletes the rest. Returns how many were deleted.
int rotate(const QString& databasePath, const Rotation& rotation);

Summary inspect(const QString& backupPath);
// Replaces the (closed) database file with the backup: refused when the backup fails its integrity
// check; the current file is first kept in the backups folder ("… trước khôi phục"). Returns the
// path of that safety copy.
Result<QString> restore(const QString& databasePath, const QString& backupPath);

} // namespace Backup
