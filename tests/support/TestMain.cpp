// Runs Catch2 inside a QApplication, so core and widget tests share one entry point.
#define CATCH_CONFIG_RUNNER
#include "tests/support/Catch.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ThiDuaTests"));
    QApplication::setApplicationName(QStringLiteral("ThiDuaTests"));
    // Settings and data of a test run never touch the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return Catch::Session().run(argc, argv);
}
