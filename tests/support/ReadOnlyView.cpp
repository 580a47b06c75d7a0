#include "tests/support/ReadOnlyView.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

ReadOnlyView::ReadOnlyView(const QString& folder)
    : m_folder(folder)
{
#ifdef Q_OS_UNIX
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
#endif
}

ReadOnlyView::~ReadOnlyView()
{
    if (!m_mounted.isEmpty())
        QProcess::execute(QStringLiteral("umount"), { m_mounted });
    else
        QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}
