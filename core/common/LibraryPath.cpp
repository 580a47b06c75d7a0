#include "core/common/LibraryPath.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace LibraryPath {

namespace {

struct LibraryPathText {
    Q_DECLARE_TR_FUNCTIONS(LibraryPath)
};

#ifdef Q_OS_WIN
// The 8.3 name Windows keeps for a folder (C:\Users\TUN~1\AppData\Local\Temp), or empty when
// the volume keeps none.
QString shortName(const QString& path)
{
    const std::wstring wide = QDir::toNativeSeparators(path).toStdWString();
    const DWORD needed = GetShortPathNameW(wide.c_str(), nullptr, 0);
    if (needed == 0)
        return {};
    std::wstring buffer(needed, L'\0');
    const DWORD written = GetShortPathNameW(wide.c_str(), buffer.data(), needed);
    if (written == 0 || written >= needed)
        return {};
    buffer.resize(written);
    return QDir::fromNativeSeparators(QString::fromStdWString(buffer));
}

// ThiDua's own folder under ProgramData (C:\ProgramData\ThiDua\Tam\<user>), one per user.
QString programDataFolder()
{
    const QString programData = qEnvironmentVariable("ProgramData");
    if (programData.isEmpty())
        return {};
    const QByteArray user = QDir::homePath().toUtf8();
    const QString tag = QString::fromLatin1(QCryptographicHash::hash(user, QCryptographicHash::Sha1).toHex().left(12));
    return QDir::fromNativeSeparators(programData) + QStringLiteral("/ThiDua/Tam/") + tag;
}
#endif

} // namespace

bool isPlainAscii(const QString& path)
{
    for (const QChar c : path)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

QByteArray forLibrary(const QString& path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

Result<QString> scratchFolder()
{
    const QString temporary = QDir::tempPath();
#ifdef Q_OS_WIN
    for (const QString& candidate : { temporary, shortName(temporary), programDataFolder() })
        if (!candidate.isEmpty() && isPlainAscii(candidate) && QDir().mkpath(candidate))
            return candidate;
    return Error { LibraryPathText::tr("Không có thư mục tạm nào có tên không dấu để ghi tệp Excel (thư mục tạm: «%1»). "
                                       "Hãy đặt biến môi trường TEMP tới một thư mục không dấu, ví dụ C:\\Temp.")
                       .arg(QDir::toNativeSeparators(temporary)),
        {} };
#else
    if (!QDir().mkpath(temporary))
        return Error { LibraryPathText::tr("Không dùng được thư mục tạm «%1».").arg(QDir::toNativeSeparators(temporary)), {} };
    return temporary;
#endif
}

} // namespace LibraryPath
