#include "ui/widgets/MessageBox.h"

#include <deque>

namespace {

std::deque<QMessageBox::StandardButton> g_nextAnswers;
QString g_lastText;

QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
    const QString& detail, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    if (!g_nextAnswers.empty()) {
        const auto answer = g_nextAnswers.front();
        g_nextAnswers.pop_front();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) { g_nextAnswers = { answer }; }

void MessageBox::setNextAnswers(std::initializer_list<QMessageBox::StandardButton> answers) { g_nextAnswers = answers; }

QString MessageBox::lastText() { return g_lastText; }

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, {}, buttons, defaultButton);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, const QString& detail)
{
    show(parent, QMessageBox::Warning, title, text, detail, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}
