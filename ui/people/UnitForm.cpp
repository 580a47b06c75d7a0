#include "ui/people/UnitForm.h"

#include "core/domain/Labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

UnitForm::UnitForm(QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("unitNameLineEdit"));
    m_codeLineEdit = new QLineEdit(this);
    m_codeLineEdit->setObjectName(QStringLiteral("unitCodeLineEdit"));
    m_codeLineEdit->setPlaceholderText(tr("Viết tắt, không dấu cách: VP, TTR…"));
    m_kindComboBox = new QComboBox(this);
    m_kindComboBox->setObjectName(QStringLiteral("unitKindComboBox"));
    for (UnitKind kind : { UnitKind::Office, UnitKind::Inspectorate, UnitKind::Division, UnitKind::PublicService })
        m_kindComboBox->addItem(unitKindLabel(kind), int(kind));
    form->addRow(tr("Tên đơn vị:"), m_nameLineEdit);
    form->addRow(tr("Mã:"), m_codeLineEdit);
    form->addRow(tr("Loại:"), m_kindComboBox);
    for (QLineEdit* edit : { m_nameLineEdit, m_codeLineEdit }) {
        connect(edit, &QLineEdit::textEdited, this, &UnitForm::edited);
        connect(edit, &QLineEdit::returnPressed, this, &UnitForm::submitted);
    }
    connect(m_kindComboBox, &QComboBox::activated, this, &UnitForm::edited);
}

void UnitForm::setUnit(const Unit& unit)
{
    m_unit = unit;
    m_nameLineEdit->setText(unit.name);
    m_codeLineEdit->setText(unit.code);
    m_kindComboBox->setCurrentIndex(m_kindComboBox->findData(int(unit.kind)));
    m_unit = this->unit(); // the baseline is what the fields show
}

Unit UnitForm::unit() const
{
    Unit edited = m_unit;
    edited.name = m_nameLineEdit->text().trimmed();
    edited.code = m_codeLineEdit->text().trimmed();
    edited.kind = static_cast<UnitKind>(m_kindComboBox->currentData().toInt());
    return edited;
}

void UnitForm::focusFirstField() { m_nameLineEdit->setFocus(); }
