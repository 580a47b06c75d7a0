#include "core/storage/WriterLock.h"

#include "core/common/Settings.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

#include <map>
#include <mutex>

namespace {

struct WriterLockText {
    Q_DECLARE_TR_FUNCTIONS(WriterLock)
};

QString keyOf(const QString& databasePath) { return QFileInfo(databasePath).absoluteFilePath(); }
QString lockPathOf(const QString& databasePath) { return keyOf(databasePath) + QStringLiteral(".lock"); }
QString infoPathOf(const QString& databasePath) { return lockPathOf(databasePath) + QStringLiteral(".info"); }

std::mutex& registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::map<QString, std::weak_ptr<WriterLock>>& registry()
{
    static std::map<QString, std::weak_ptr<WriterLock>> locks;
    return locks;
}

std::optional<LockHolder> readHolder(const QString& databasePath, const QLockFile& lock)
{
    LockHolder holder;
    QString application;
    if (!lock.getLockInfo(&holder.process, &holder.computer, &application))
        return std::nullopt;
    QFile info(infoPathOf(databasePath));
    if (info.open(QIODevice::ReadOnly)) {
        const QJsonObject saved = QJsonDocument::fromJson(info.readAll()).object();
        if (saved.value(QStringLiteral("process")).toInteger() == holder.process) {
            holder.user = saved.value(QStringLiteral("user")).toString();
            holder.since = QDateTime::fromString(saved.value(QStringLiteral("since")).toString(), Qt::ISODate);
        }
    }
    if (holder.user.isEmpty())
        holder.user = WriterLockText::tr("một người dùng khác");
    return holder;
}

} // namespace

QString LockHolder::described() const
{
    QString text = WriterLockText::tr("%1 trên máy %2").arg(user, computer.isEmpty() ? WriterLockText::tr("không rõ") : computer);
    if (since.isValid())
        text += WriterLockText::tr(" (từ %1)").arg(since.toString(QStringLiteral("HH:mm dd/MM/yyyy")));
    return text;
}

struct WriterLock::Private {
    QString databasePath;
    QLockFile lock;
    bool held = false; // a refused attempt must not touch the holder's files
    explicit Private(const QString& path)
        : databasePath(path)
        , lock(lockPathOf(path))
    {
        lock.setStaleLockTime(0); // never stale by age: only a dead process on this computer
    }
};

WriterLock::WriterLock(const QString& databasePath)
    : d(std::make_unique<Private>(databasePath))
{
}

WriterLock::~WriterLock()
{
    if (!d->held)
        return;
    QFile::remove(infoPathOf(d->databasePath));
    d->lock.unlock();
}

Result<std::shared_ptr<WriterLock>> WriterLock::acquire(const QString& databasePath)
{
    const std::lock_guard guard(registryMutex());
    const QString key = keyOf(databasePath);
    if (std::shared_ptr<WriterLock> held = registry()[key].lock())
        return held;
    std::shared_ptr<WriterLock> lock(new WriterLock(key));
    bool locked = lock->d->lock.tryLock(0);
    if (!locked && lock->d->lock.error() == QLockFile::LockFailedError) {
        // A holder killed between creating the lock file and writing who it is leaves a file that
        // names nobody, which QLockFile never calls stale. A live holder names itself at once: a
        // file still nameless after a second is left over, and removed.
        QDeadlineTimer wait(1000);
        qint64 pid = 0;
        QString host, application;
        while (!lock->d->lock.getLockInfo(&pid, &host, &application) && !wait.hasExpired())
            QThread::msleep(50);
        if (!lock->d->lock.getLockInfo(&pid, &host, &application) && lock->d->lock.removeStaleLockFile())
            locked = lock->d->lock.tryLock(0);
    }
    if (!locked) {
        if (lock->d->lock.error() == QLockFile::LockFailedError) {
            const std::optional<LockHolder> holder = readHolder(key, lock->d->lock);
            return Error { WriterLockText::tr("Tệp «%1» đang được mở để ghi bởi %2. Chỉ một người được sửa một tệp dữ liệu cùng lúc.")
                               .arg(QDir::toNativeSeparators(key), holder ? holder->described() : WriterLockText::tr("một chương trình khác")),
                lockPathOf(key) };
        }
        return Error { WriterLockText::tr("Không tạo được tệp khóa «%1» bên cạnh tệp dữ liệu (thư mục chỉ cho đọc?).").arg(QDir::toNativeSeparators(lockPathOf(key))),
            lockPathOf(key) };
    }
    lock->d->held = true;
    QSaveFile info(infoPathOf(key));
    if (info.open(QIODevice::WriteOnly)) {
        info.write(QJsonDocument(QJsonObject { { QStringLiteral("user"), Settings::currentUserName() },
                                     { QStringLiteral("computer"), QSysInfo::machineHostName() },
                                     { QStringLiteral("process"), QCoreApplication::applicationPid() },
                                     { QStringLiteral("since"), QDateTime::currentDateTime().toString(Qt::ISODate) } })
                       .toJson());
        info.commit();
    }
    registry()[key] = lock;
    return lock;
}

std::optional<LockHolder> WriterLock::otherHolder(const QString& databasePath)
{
    {
        const std::lock_guard guard(registryMutex());
        if (registry()[keyOf(databasePath)].lock())
            return std::nullopt; // ours
    }
    QLockFile probe(lockPathOf(databasePath));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return std::nullopt;
    }
    if (probe.error() != QLockFile::LockFailedError)
        return std::nullopt;
    return readHolder(keyOf(databasePath), probe);
}
