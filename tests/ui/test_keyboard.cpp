// Every page and dialog worked from the keyboard alone: Ctrl+1 … Ctrl+8 open the pages, and Tab
// reaches each control of the page or dialog in front — no table, tree or text box keeps the focus
// for itself.

#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/EveryDialog.h"

#include "ui/MainWindow.h"
#include "ui/widgets/Mnemonics.h"
#include "ui/widgets/Page.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListWidget>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>

#include <functional>
#include <map>
#include <set>

namespace {

// The controls Tab should reach on a page: shown, enabled, taking focus from Tab, and not a part of
// another control (a spin box's line edit is reached through its box).
std::set<QWidget*> tabStops(QWidget* page)
{
    std::set<QWidget*> stops;
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        // Of a group of radio buttons Tab reaches the chosen one; the arrows choose another.
        if (const auto* radio = qobject_cast<QRadioButton*>(w); radio && radio->autoExclusive() && !radio->isChecked())
            continue;
        bool part = false;
        for (QWidget* up = w->parentWidget(); up && up != page; up = up->parentWidget())
            part = part || up->focusProxy() == w || qobject_cast<QAbstractButton*>(up) != nullptr;
        if (!part)
            stops.insert(w);
    }
    return stops;
}

QString controlName(const QWidget* w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += QStringLiteral(" ") + w->objectName();
    if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        text += QStringLiteral(" «%1»").arg(button->text());
    return text;
}

// Presses Tab in `window` from the focus it has, a few rounds of `wanted`, and names the controls
// of `wanted` never reached. Stops when the focus leaves `window` (a modal question took it);
// `afterEachTab` checks what must hold after every key.
QStringList missedByTab(QWidget* window, const std::set<QWidget*>& wanted, const std::function<void()>& afterEachTab = {})
{
    std::set<QWidget*> reached;
    for (size_t step = 0; step < 4 * wanted.size() + 20; ++step) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus || focus->window() != window)
            break;
        QTest::keyClick(focus, Qt::Key_Tab);
        reached.insert(QApplication::focusWidget());
        if (afterEachTab)
            afterEachTab();
    }
    QStringList missed;
    for (QWidget* w : wanted)
        if (!reached.count(w))
            missed << controlName(w);
    return missed;
}

} // namespace

TEST_CASE("every page is worked from the keyboard: Ctrl+digit opens it, Tab reaches each of its controls, each button has its key")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    for (int index = 0; index < MainWindow::PageCount; ++index) {
        const auto pageIndex = MainWindow::PageIndex(index);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        REQUIRE(window.currentPage() == pageIndex);
        Page* page = window.page(pageIndex);
        // The page as it opens, then each tab of its tab boxes (the plan's outline, its general
        // fields, its preview).
        std::vector<std::pair<QTabWidget*, int>> views { { nullptr, 0 } };
        for (QTabWidget* tabs : page->findChildren<QTabWidget*>())
            for (int tab = 0; tab < tabs->count(); ++tab)
                views.emplace_back(tabs, tab);
        for (const auto& [tabs, tab] : views) {
            if (tabs)
                tabs->setCurrentIndex(tab);
            const std::set<QWidget*> wanted = tabStops(page);
            REQUIRE(wanted.size() >= 3);
            window.findChild<QListWidget*>()->setFocus(); // from the navigation, as after Ctrl+digit
            REQUIRE(QApplication::focusWidget() != nullptr);
            const QStringList missed = missedByTab(&window, wanted, [&] {
                REQUIRE(QApplication::focusWidget() != nullptr);
                REQUIRE(window.currentPage() == pageIndex); // Tab never changes the page
            });
            INFO("page " << index << (tabs ? ", tab " + tabs->tabText(tab).toStdString() : std::string())
                         << ": not reached by Tab: " << missed.join(QStringLiteral(", ")).toStdString());
            CHECK(missed.isEmpty());

            // Each button has a key of its own, named in its tooltip; no Alt+letter is given twice.
            QStringList keyless, unnamed, twice;
            std::map<QString, QString> holder; // key → control
            for (QWidget* w : wanted) {
                const auto* button = qobject_cast<QAbstractButton*>(w);
                if (!button || button->objectName() == QStringLiteral("nextStepButton")) // its text changes with the step; Tab reaches it
                    continue;
                const QString key = Mnemonics::keyOf(button);
                if (key.isEmpty()) {
                    keyless << controlName(button);
                    continue;
                }
                if (!button->toolTip().contains(key))
                    unnamed << controlName(button);
                if (const auto [at, added] = holder.emplace(key, controlName(button)); !added)
                    twice << QStringLiteral("%1: %2 / %3").arg(key, at->second, controlName(button));
            }
            INFO("without a key: " << keyless.join(QStringLiteral(", ")).toStdString());
            CHECK(keyless.isEmpty());
            INFO("key not in the tooltip: " << unnamed.join(QStringLiteral(", ")).toStdString());
            CHECK(unnamed.isEmpty());
            INFO("one key, two buttons: " << twice.join(QStringLiteral(", ")).toStdString());
            CHECK(twice.isEmpty());
        }
    }
}

TEST_CASE("every dialog is worked from the keyboard: Tab reaches each of its controls")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    for (const auto& [name, make] : everyDialog(window, folder)) {
        std::unique_ptr<QDialog> dialog = make();
        dialog->show();
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
        const std::set<QWidget*> wanted = tabStops(dialog.get());
        const QStringList missed = missedByTab(dialog.get(), wanted);
        INFO(name.toStdString() << ": not reached by Tab: " << missed.join(QStringLiteral(", ")).toStdString());
        CHECK(missed.isEmpty());
        dialog->hide();
    }
}
