// Every window on the clerk's screens: the main window with each page, and every dialog, on a
// 1366x768 laptop at 100 % and on 1920x1080 at 150 % (1280x720 device-independent pixels), each
// less a taskbar. ctest runs these hidden cases once per screen (tests/data/screens/*.json, given
// to the offscreen platform); each window's frame, and every button in it, must lie on the screen.
#include "tests/support/Catch.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"

#include "tests/ui/EveryDialog.h"

namespace {

QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

// The window, shown, fits the screen: its frame, its smallest layout, and each visible button.
void requireOnScreen(QWidget* window, const QString& name)
{
    INFO("window " << name.toStdString() << " on " << QGuiApplication::primaryScreen()->name().toStdString());
    window->show();
    QApplication::processEvents();
    const QRect screen = available();
    INFO("frame " << window->frameGeometry().width() << "x" << window->frameGeometry().height() << " at "
                  << window->frameGeometry().x() << "," << window->frameGeometry().y() << "; screen " << screen.width()
                  << "x" << screen.height());
    CHECK(window->frameGeometry().width() <= screen.width());
    CHECK(window->frameGeometry().height() <= screen.height());
    const QSize smallest = window->minimumSizeHint().expandedTo(window->minimumSize());
    INFO("smallest layout " << smallest.width() << "x" << smallest.height());
    CHECK(smallest.width() <= screen.width());
    CHECK(smallest.height() <= screen.height());
    // Where the window manager would put it: inside the screen's free area.
    window->move(screen.topLeft());
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(window) || button->window() != window)
            continue;
        const QRect onScreen(button->mapToGlobal(QPoint(0, 0)), button->size());
        INFO("button «" << button->text().toStdString() << "» at " << onScreen.x() << "," << onScreen.y());
        CHECK(screen.contains(onScreen));
    }
}

} // namespace

TEST_CASE("every page of the main window fits the screen", "[.screens]")
{
    const QSize expected = QGuiApplication::primaryScreen()->geometry().size();
    INFO("this case runs on the screens of tests/data/screens, not " << expected.width() << "x" << expected.height());
    REQUIRE((expected == QSize(1366, 728) || expected == QSize(1280, 680)));
    Settings::setValue(Settings::Key::MainWindowGeometry, QByteArray());
    Settings::setValue(Settings::Key::WindowSizes, QVariantMap());
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    for (int index = 0; index < MainWindow::PageCount; ++index) {
        window.showPage(static_cast<MainWindow::PageIndex>(index));
        requireOnScreen(&window, QStringLiteral("MainWindow, page %1").arg(index));
    }
}

TEST_CASE("every dialog fits the screen", "[.screens]")
{
    Settings::setValue(Settings::Key::WindowSizes, QVariantMap());
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    window.show();
    const DialogMakers dialogs = everyDialog(window, folder);
    // THIDUA_SCREENSHOTS=folder: each dialog as it stands on this screen is saved there, to be looked at.
    const QString shots = qEnvironmentVariable("THIDUA_SCREENSHOTS");
    for (const auto& [name, make] : dialogs) {
        std::unique_ptr<QDialog> dialog = make();
        requireOnScreen(dialog.get(), name);
        if (!shots.isEmpty() && QDir().mkpath(shots))
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("%1.png").arg(name)));
        dialog->hide();
    }
}
