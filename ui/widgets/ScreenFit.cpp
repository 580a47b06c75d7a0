#include "ui/widgets/ScreenFit.h"

#include "core/common/Settings.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace {

// Remembers the window's size under its class name when it is hidden (closed, accepted, rejected).
class SizeKeeper final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Hide)
            if (auto* window = qobject_cast<QWidget*>(watched); window && window->isWindow())
                Settings::setWindowSize(QString::fromLatin1(window->metaObject()->className()), window->size());
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void resizeForScreen(QWidget* window, QSize wanted)
{
    const QSize remembered = Settings::windowSize(QString::fromLatin1(window->metaObject()->className()));
    if (remembered.isValid() && !remembered.isEmpty())
        wanted = remembered;
    if (!window->findChild<SizeKeeper*>(QString(), Qt::FindDirectChildrenOnly))
        window->installEventFilter(new SizeKeeper(window));
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
