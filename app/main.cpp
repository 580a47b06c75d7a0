// ThiDua: with no command it opens the window; `thidua info …` and `thidua export plan …` work
// on the command line without one (on Windows, thidua-cli.exe is the console program for them).

#include "app/CommandMode.h"
#include "core/cli/CommandLine.h"
#include "core/common/Settings.h"
#include "ui/MainWindow.h"
#include "ui/QtTexts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

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
        return runCommandMode(argc, argv, ConsoleKind::Borrowed);

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/thidua.png")));
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
    if (!Settings::value(Settings::Key::SeasonStepsShown).toBool()) { // the first start: the way through a season
        window.showSeasonSteps();
        Settings::setValue(Settings::Key::SeasonStepsShown, true);
    }
    return app.exec();
}
