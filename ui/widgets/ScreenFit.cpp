#include "ui/widgets/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

void resizeForScreen(QWidget* window, QSize wanted)
{
    // A dialog shows on its parent's screen.
    const QWidget* anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen* screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(wanted);
        return;
    }
    const QSize available = screen->availableGeometry().size();
    window->resize(wanted.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10)));
}
