// Runs Catch2 inside a QApplication, so core and widget tests share one entry point.
#define CATCH_CONFIG_RUNNER
#include "tests/support/Catch.h"

#include <QApplication>
#include <QLocale>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ThiDuaTests"));
    QApplication::setApplicationName(QStringLiteral("ThiDuaTests"));
    return Catch::Session().run(argc, argv);
}
