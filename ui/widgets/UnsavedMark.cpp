#include "ui/widgets/UnsavedMark.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace {
const QString Mark = QStringLiteral(" •");
}

UnsavedMark::UnsavedMark(QAbstractButton* saveButton, std::function<bool()> modified)
    : QObject(saveButton)
    , m_button(saveButton)
    , m_modified(std::move(modified))
{
}

void UnsavedMark::watch(QWidget* form)
{
    for (auto* edit : form->findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &UnsavedMark::update);
    for (auto* edit : form->findChildren<QPlainTextEdit*>())
        connect(edit, &QPlainTextEdit::textChanged, this, &UnsavedMark::update);
    for (auto* box : form->findChildren<QSpinBox*>())
        connect(box, &QSpinBox::valueChanged, this, &UnsavedMark::update);
    for (auto* box : form->findChildren<QDateTimeEdit*>())
        connect(box, &QDateTimeEdit::dateTimeChanged, this, &UnsavedMark::update);
    for (auto* box : form->findChildren<QCheckBox*>())
        connect(box, &QCheckBox::toggled, this, &UnsavedMark::update);
    for (auto* box : form->findChildren<QComboBox*>())
        connect(box, &QComboBox::currentIndexChanged, this, &UnsavedMark::update);
}

void UnsavedMark::update()
{
    QString text = m_button->text(); // as it is now (a key letter may have been given to it since)
    if (text.endsWith(Mark))
        text.chop(Mark.size());
    m_button->setText(m_modified() ? text + Mark : text);
}

bool UnsavedMark::shown() const { return m_button->text().endsWith(Mark); }
