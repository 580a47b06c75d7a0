#pragma once
// Modal questions and messages in one place, so tests can answer them instead of blocking.

#include <QMessageBox>

#include <initializer_list>

class MessageBox final {
public:
    // The next question (or message) returns this instead of showing a dialog; for tests.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The next few, in order (a question, then the message that follows it).
    static void setNextAnswers(std::initializer_list<QMessageBox::StandardButton> answers);
    // The text of the last message or question shown (or answered automatically).
    static QString lastText();

    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget* parent, const QString& title, const QString& text, const QString& detail = {});
    static void information(QWidget* parent, const QString& title, const QString& text);
};
