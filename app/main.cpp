// ThiDua: with no command it opens the window; `thidua info …` and `thidua export plan …` work
// on the command line without one.

#include "core/cli/CommandLine.h"
#include "core/common/Settings.h"
#include "ui/MainWindow.h"
#include "ui/QtTexts.h"

#include <QApplication>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ThiDua"));
    QCoreApplication::setApplicationName(QStringLiteral("ThiDua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THIDUA_VERSION));
}

int runCommand(int argc, char* argv[])
{
#ifdef Q_OS_WIN
    // A GUI-subsystem program has no console: write to the one it was started from.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
#ifndef Q_OS_WIN
    // Documents need fonts (a GUI application) but never a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QGuiApplication app(argc, argv);
    setIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine::run(app.arguments().mid(1), out, err);
}

void installTranslators(QApplication& app)
{
    if (Settings::language() != QLatin1String("en")) {
        QtTexts::installVietnamese(app); // the source strings are Vietnamese; Qt's own are not
        return;
    }
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/thidua_en.qm")))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::English), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    if (CommandLine::isCommand(rawArguments))
        return runCommand(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Quản lý thi đua, khen thưởng."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("tệp"), QApplication::translate("main", "Tệp dữ liệu .thidua cần mở."));
    parser.process(app);

    MainWindow window;
    window.show();
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        path = Settings::lastDatabase();
    if (path.isEmpty() || !QFileInfo::exists(path) || !window.openDatabase(path))
        window.openDatabase(Settings::defaultDatabasePath());
    return app.exec();
}
