#include "app/CommandMode.h"

#include "core/cli/CommandLine.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

#ifdef Q_OS_WIN
namespace {

UINT codePageBefore = 0;

// Ctrl+C or a closed window ends the command: the console goes back to its own code page first.
BOOL WINAPI restoreCodePage(DWORD)
{
    if (codePageBefore != 0)
        SetConsoleOutputCP(codePageBefore);
    return FALSE; // then the usual handling (the process ends)
}

} // namespace
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
    // A window program has no console of its own: write to the one it was started from, unless
    // its output was redirected (`thidua.exe info … > info.txt` hands it a file already).
    const HANDLE given = GetStdHandle(STD_OUTPUT_HANDLE);
    const bool redirected = given != nullptr && given != INVALID_HANDLE_VALUE && GetFileType(given) != FILE_TYPE_UNKNOWN;
    if (console == ConsoleKind::Borrowed && !redirected && AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
    // Our text is UTF-8 (QTextStream's default); the console shows it as such. Redirected to a
    // file, the bytes are UTF-8 either way.
    codePageBefore = GetConsoleOutputCP();
    if (codePageBefore != 0) {
        SetConsoleCtrlHandler(restoreCodePage, TRUE);
        SetConsoleOutputCP(CP_UTF8);
    }
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
    restoreCodePage(CTRL_C_EVENT);
#endif
    return code;
}
