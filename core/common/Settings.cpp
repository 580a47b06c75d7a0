#include "core/common/Settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <iterator>

#ifdef Q_OS_WIN
#define SECURITY_WIN32
#include <windows.h>
#include <security.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

struct Entry {
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const Entry& entryFor(Settings::Key key)
{
    static const Entry entries[] = {
        { Settings::Key::MainWindowGeometry, "MainWindow/Geometry", {} },
        { Settings::Key::MainWindowState, "MainWindow/State", {} },
        { Settings::Key::LastDatabase, "Files/LastDatabase", QString() },
        { Settings::Key::RecentDatabases, "Files/RecentDatabases", QStringList() },
        { Settings::Key::Language, "UI/Language", QStringLiteral("vi") },
        { Settings::Key::CertificateNudges, "Certificates/Nudges", QVariantMap() },
        { Settings::Key::BackupDailyKept, "Backups/DailyKept", 14 },
        { Settings::Key::BackupMonthlyKept, "Backups/MonthlyKept", 12 },
        { Settings::Key::WindowSizes, "Windows/Sizes", QVariantMap() },
        { Settings::Key::SeasonStepsShown, "Help/SeasonStepsShown", false },
    };
    for (const Entry& entry : entries)
        if (entry.key == key)
            return entry;
    Q_UNREACHABLE();
}

} // namespace

QVariant Settings::value(Key key)
{
    const Entry& entry = entryFor(key);
    return QSettings().value(QLatin1String(entry.name), entry.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value) { QSettings().setValue(QLatin1String(entryFor(key).name), value); }

void Settings::noteOpened(const QString& path)
{
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentDatabases)
        recent.removeLast();
    setValue(Key::RecentDatabases, recent);
    setValue(Key::LastDatabase, absolute);
}

QString Settings::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Dữ liệu thi đua.thidua"));
}

namespace {
// The account's full name as the system shows it ("Nguyễn Thị Lan"), empty when none is set.
QString accountDisplayName()
{
#ifdef Q_OS_WIN
    wchar_t name[256];
    ULONG size = ULONG(std::size(name));
    if (GetUserNameExW(NameDisplay, name, &size) && size > 0)
        return QString::fromWCharArray(name, int(size)).trimmed();
    return {};
#else
    const passwd* account = getpwuid(getuid());
    if (!account || !account->pw_gecos)
        return {};
    return QString::fromUtf8(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed(); // "Full Name,room,phone…"
#endif
}
} // namespace

QString Settings::currentUserName()
{
    if (const QString display = accountDisplayName(); !display.isEmpty())
        return display;
    for (const char* variable : { "USERNAME", "USER", "LOGNAME" })
        if (const QString user = qEnvironmentVariable(variable); !user.isEmpty())
            return user;
    const QString home = QDir::home().dirName(); // the account's folder is named after it
    return home.isEmpty() ? QStringLiteral("?") : home;
}

QSize Settings::windowSize(const QString& window)
{
    return value(Key::WindowSizes).toMap().value(window).toSize();
}

void Settings::setWindowSize(const QString& window, QSize size)
{
    QVariantMap sizes = value(Key::WindowSizes).toMap();
    sizes[window] = size;
    setValue(Key::WindowSizes, sizes);
}

PrinterNudge Settings::certificateNudge(const QString& printer)
{
    const QVariantList offset = value(Key::CertificateNudges).toMap().value(printer).toList();
    if (offset.size() != 2)
        return {};
    return { offset[0].toDouble(), offset[1].toDouble() };
}

void Settings::setCertificateNudge(const QString& printer, PrinterNudge nudge)
{
    QVariantMap nudges = value(Key::CertificateNudges).toMap();
    nudges[printer] = QVariantList { nudge.xMm, nudge.yMm };
    setValue(Key::CertificateNudges, nudges);
}
