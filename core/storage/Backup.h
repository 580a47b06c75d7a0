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
    // Safety copies (before a restore, an upgrade or an import) are kept apart: the newest
    // `safetyKept`, and every one of the last `safetyDays` days.
    int safetyKept = 10;
    int safetyDays = 30;
};

enum class Kind {
    Regular, // daily or "Sao lưu ngay": rotated by day and month
    Safety, // taken before a restore, an upgrade or an import: kept apart
};

struct Entry {
    QString path;
    QDateTime takenAt; // from the file name
    qint64 bytes = 0;
    Kind kind = Kind::Regular;
    QString label; // a safety copy's reason ("trước khôi phục", "trước nhập", "trước nâng cấp")
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
    qint64 lastChange = 0; // the newest entry of its change log: equal in two files, no recorded change between them
};

QString folderFor(const QString& databasePath); // "<folder of the database>/backups"
// "<name> 2026-11-26 081530.thidua": the name of the database and when the copy was taken.
QString fileNameFor(const QString& databasePath, const QDateTime& takenAt);

// A copy of the open database now, written under a temporary name, checked (a SQLite file whose
// integrity check passes and whose tables read, at the database's schema version) and only then
// given its backup name; a copy that fails is deleted at once and the error says why. Leftovers of
// copies that never finished (a killed process, a full disk) are removed. `safetyLabel` makes it
// a safety copy. Returns its path.
Result<QString> takeNow(Database& database, const QDateTime& now = QDateTime::currentDateTime(), const QString& safetyLabel = {});
// The copy an import takes first: today's newest backup or pre-import copy when nothing recorded in
// the change log happened since it was taken (so twenty tries leave one copy), else a new safety
// copy "trước nhập".
Result<QString> takeBeforeImport(Database& database, const QDateTime& now = QDateTime::currentDateTime());
// The first backup of the day: taken (and the folder rotated) when none of `now`'s day exists.
// Returns the new copy's path, or nothing when one existed.
Result<std::optional<QString>> takeDailyIfDue(Database& database, const Rotation& rotation = {},
    const QDateTime& now = QDateTime::currentDateTime());
// Backups and safety copies of this database, newest first.
std::vector<Entry> list(const QString& databasePath);
// Regular backups: keeps the newest of each of the last `daily` days that have one and of each of
// the last `monthly` months that have one, judged at `now`, and deletes the rest. A file that is
// not a SQLite file (empty, cut short at its start) never takes a slot and is deleted; the newest
// intact backup and anything newer are never deleted; a backup dated after `now` (a clock set back)
// takes no slot and is kept. Safety copies follow their own retention. Returns how many were deleted.
int rotate(const QString& databasePath, const Rotation& rotation, const QDateTime& now = QDateTime::currentDateTime());

Summary inspect(const QString& backupPath);
// Replaces the (closed) database file with the backup: refused when the backup fails its integrity
// check, or while another process has the file open for writing; the current file is first kept in
// the backups folder ("… trước khôi phục"). Returns the path of that safety copy.
Result<QString> restore(const QString& databasePath, const QString& backupPath);

} // namespace Backup
