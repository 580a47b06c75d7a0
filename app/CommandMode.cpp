#include "app/CommandMode.h"

#include "core/cli/CommandLine.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ThiDua"));
    QCoreApplication::setApplicationName(QStringLiteral("ThiDua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THIDUA_VERSION));
}

int runCommandMode(int argc, char* argv[], ConsoleKind console)
{
#ifdef Q_OS_WIN
    // A window program has no console of its own: write to the one it was started from.
    if (console == ConsoleKind::Borrowed && AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
    // Our text is UTF-8 (QTextStream's default); the console shows it as such. Redirected to a
    // file, the bytes are UTF-8 either way.
    const UINT previousCodePage = GetConsoleOutputCP();
    SetConsoleOutputCP(CP_UTF8);
    // The platform plugin is the Windows one; documents draw with its fonts, no window opens.
#else
    Q_UNUSED(console)
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    int code = 0;
    {
        QGuiApplication app(argc, argv);
        setApplicationIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        // Qt reads the arguments as Unicode on Windows (GetCommandLineW), not argv's code page.
        code = CommandLine::run(app.arguments().mid(1), out, err);
    }
#ifdef Q_OS_WIN
    if (previousCodePage != 0)
        SetConsoleOutputCP(previousCodePage);
#endif
    return code;
}
