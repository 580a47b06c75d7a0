#include "ui/widgets/DateTyping.h"

#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>

namespace {

class TypedDates final : public QObject {
public:
    TypedDates(QDateTimeEdit* edit, QLineEdit* line)
        : QObject(edit)
        , m_edit(edit)
        , m_line(line)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress || !m_line)
            return QObject::eventFilter(watched, event);
        const QString typed = static_cast<QKeyEvent*>(event)->text();
        if (typed.size() != 1)
            return false;
        const QChar key = typed.front();
        const QString text = m_line->text();
        const int position = m_line->cursorPosition();
        const bool atSectionStart = position == 0 || (position <= text.size() && !text.at(position - 1).isDigit());
        if (key == QLatin1Char('/') || key == QLatin1Char('.') || key == QLatin1Char('-') || key == QLatin1Char(':'))
            return atSectionStart && position > 0; // the section before was complete: Qt has moved on already
        if (!key.isDigit())
            return false;
        if (m_line->hasSelectedText() && m_line->selectedText() == text) {
            // Everything selected: the date is typed anew from its first section.
            m_edit->setCurrentSection(m_edit->sectionAt(0));
            m_edit->setSelectedSection(m_edit->sectionAt(0));
        } else if (!m_line->hasSelectedText() && atSectionStart) {
            m_edit->setSelectedSection(m_edit->currentSection()); // the digit replaces the section
        }
        return false;
    }

private:
    QDateTimeEdit* m_edit;
    QLineEdit* m_line;
};

} // namespace

void acceptTypedDates(QDateTimeEdit* edit)
{
    auto* line = edit->findChild<QLineEdit*>();
    if (!line)
        return;
    auto* filter = new TypedDates(edit, line);
    edit->installEventFilter(filter); // the field passes its keys to its line itself
}
