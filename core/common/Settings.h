#pragma once
// Typed application settings: one table of keys, their storage names and defaults, so no raw
// QSettings strings are scattered through the code.

#include "core/certificates/CertificateLayout.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariant>

class Settings final {
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        LastDatabase,
        RecentDatabases,
        Language, // "vi" (default) or "en"
        CertificateNudges, // printer name → offset in mm, measured with the calibration page
        BackupDailyKept, // newest backup of each of the last N days (default 14)
        BackupMonthlyKept, // newest backup of each of the last N months (default 12)
        WindowSizes, // a window's class name → the size the clerk last left it at
        SeasonStepsShown, // the season's steps were shown at a first start (once)
    };
    static constexpr int MaxRecentDatabases = 8;

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);

    static QString lastDatabase() { return value(Key::LastDatabase).toString(); }
    static QStringList recentDatabases() { return value(Key::RecentDatabases).toStringList(); }
    // Puts path first in the recent list and remembers it as the last file opened.
    static void noteOpened(const QString& path);
    static QString language() { return value(Key::Language).toString(); }
    // The offset the clerk measured for a printer (none measured: no offset).
    static PrinterNudge certificateNudge(const QString& printer);
    static void setCertificateNudge(const QString& printer, PrinterNudge nudge);
    // The size a kind of window was last left at (none: an invalid size).
    static QSize windowSize(const QString& window);
    static void setWindowSize(const QString& window, QSize size);
    // Who is working: the account's full name as the system shows it, else its user name;
    // recorded in proposals' history and the change log.
    static QString currentUserName();
    // The database a first start creates: "<AppDataLocation>/Dữ liệu thi đua.thidua".
    static QString defaultDatabasePath();
};
