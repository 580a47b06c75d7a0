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
    , m_text(saveButton->text())
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

void UnsavedMark::update() { m_button->setText(m_modified() ? m_text + Mark : m_text); }

bool UnsavedMark::shown() const { return m_button->text().endsWith(Mark); }
