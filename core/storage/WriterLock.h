#pragma once
// One writer per database: a lock file beside it ("<file>.lock", Qt's QLockFile: an exclusive
// create that works on Windows and on a shared folder) and, beside that, who holds it — user,
// computer, process, since when ("<file>.lock.info"). Within one process every Database on the
// file shares the lock; another process is refused it. A lock left by a process that crashed on
// this computer is recognised (its process is gone) and taken over; one from another computer is
// never taken by age, since that computer may still be writing.

#include "core/common/Result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

struct LockHolder {
    QString user;
    QString computer;
    qint64 process = 0;
    QDateTime since;

    // "Nguyễn Văn A trên máy VP-01 (từ 08:15 01/12/2026)"
    QString described() const;
};

class WriterLock final {
public:
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    // This process's lock on the database (shared with its other connections to it), or an error
    // naming who else holds it.
    static Result<std::shared_ptr<WriterLock>> acquire(const QString& databasePath);
    // Who holds the database for writing in another process, if anyone does now.
    static std::optional<LockHolder> otherHolder(const QString& databasePath);

private:
    explicit WriterLock(const QString& databasePath);
    struct Private;
    std::unique_ptr<Private> d;
};
