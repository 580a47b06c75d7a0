#include "ui/widgets/Mnemonics.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), upper case; null when none.
QChar marked(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

bool isPlainLetter(QChar c) { return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')); }

// Where to put '&' in `text` for a free letter; -1 when none is free.
int freeLetterAt(const QString& text, const QSet<QChar>& taken)
{
    for (const bool wordStartsOnly : { true, false }) {
        for (int i = 0; i < text.size(); ++i) {
            const bool wordStart = i == 0 || !text[i - 1].isLetterOrNumber();
            if ((wordStartsOnly && !wordStart) || !isPlainLetter(text[i]) || taken.contains(text[i].toUpper()))
                continue;
            return i;
        }
    }
    return -1;
}

} // namespace

namespace Mnemonics {

QSet<QChar> taken(const QWidget* root)
{
    QSet<QChar> letters;
    auto add = [&](const QString& text) {
        if (const QChar c = marked(text); !c.isNull())
            letters.insert(c);
    };
    for (const QLabel* label : root->findChildren<QLabel*>())
        add(label->text());
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>())
        add(button->text());
    for (const QGroupBox* box : root->findChildren<QGroupBox*>())
        add(box->title());
    for (const QTabWidget* tabs : root->findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
    if (const auto* window = qobject_cast<const QMainWindow*>(root->window()))
        for (const QAction* menu : window->menuBar()->actions())
            add(menu->text());
    return letters;
}

void assign(QWidget* page, QSet<QChar>& taken)
{
    for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
        if (button->text().isEmpty() || !(button->focusPolicy() & Qt::TabFocus))
            continue;
        if (button->shortcut().isEmpty() && marked(button->text()).isNull()) {
            if (const int at = freeLetterAt(button->text(), taken); at >= 0) {
                taken.insert(button->text()[at].toUpper());
                button->setText(button->text().insert(at, QLatin1Char('&')));
            }
        }
        // The tooltip names the key, whether it was given here or before.
        if (const QString key = keyOf(button); !key.isEmpty() && !button->toolTip().contains(key))
            button->setToolTip(button->toolTip().isEmpty() ? key : QStringLiteral("%1 (%2)").arg(button->toolTip(), key));
    }
}

QString keyOf(const QAbstractButton* button)
{
    if (!button->shortcut().isEmpty())
        return button->shortcut().toString(QKeySequence::NativeText);
    const QChar c = marked(button->text());
    return c.isNull() ? QString() : QKeySequence(Qt::ALT | Qt::Key(c.unicode())).toString(QKeySequence::NativeText);
}

} // namespace Mnemonics
