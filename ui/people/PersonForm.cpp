#include "ui/people/PersonForm.h"

#include "core/domain/Labels.h"
#include "core/domain/Validation.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

PersonForm::PersonForm(QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("personNameLineEdit"));
    m_unitComboBox = new QComboBox(this);
    m_unitComboBox->setObjectName(QStringLiteral("personUnitComboBox"));
    m_positionLineEdit = new QLineEdit(this);
    m_positionLineEdit->setObjectName(QStringLiteral("personPositionLineEdit"));
    m_categoryComboBox = new QComboBox(this);
    for (StaffCategory c : { StaffCategory::CivilServant, StaffCategory::PublicEmployee, StaffCategory::Worker })
        m_categoryComboBox->addItem(staffCategoryLabel(c), int(c));
    m_genderComboBox = new QComboBox(this);
    for (Gender g : { Gender::Male, Gender::Female })
        m_genderComboBox->addItem(genderLabel(g), int(g));
    m_birthYearSpinBox = new QSpinBox(this);
    m_birthYearSpinBox->setObjectName(QStringLiteral("personBirthYearSpinBox"));
    // The minimum stands for "not given".
    m_birthYearSpinBox->setRange(Limits::EarliestBirthYear - 1, QDate::currentDate().year());
    m_birthYearSpinBox->setSpecialValueText(tr("—"));
    form->addRow(tr("Họ và tên:"), m_nameLineEdit);
    form->addRow(tr("Đơn vị:"), m_unitComboBox);
    form->addRow(tr("Chức vụ:"), m_positionLineEdit);
    form->addRow(tr("Phân loại:"), m_categoryComboBox);
    form->addRow(tr("Giới tính:"), m_genderComboBox);
    form->addRow(tr("Năm sinh:"), m_birthYearSpinBox);
    for (QLineEdit* edit : { m_nameLineEdit, m_positionLineEdit }) {
        connect(edit, &QLineEdit::textEdited, this, &PersonForm::edited);
        connect(edit, &QLineEdit::returnPressed, this, &PersonForm::submitted);
    }
    for (QComboBox* box : { m_unitComboBox, m_categoryComboBox, m_genderComboBox })
        connect(box, &QComboBox::activated, this, &PersonForm::edited);
    connect(m_birthYearSpinBox, &QSpinBox::valueChanged, this, &PersonForm::edited);
    connect(m_birthYearSpinBox, &QSpinBox::editingFinished, this, [this] {
        if (m_birthYearSpinBox->hasFocus())
            Q_EMIT submitted(); // Enter, not leaving the field
    });
}

void PersonForm::setUnits(const std::vector<Unit>& units)
{
    const QVariant current = m_unitComboBox->currentData();
    m_unitComboBox->clear();
    for (const Unit& unit : units)
        m_unitComboBox->addItem(unit.name, unit.id);
    m_unitComboBox->setCurrentIndex(qMax(0, m_unitComboBox->findData(current)));
}

void PersonForm::setPerson(const Person& person)
{
    m_person = person;
    m_nameLineEdit->setText(person.fullName);
    if (person.unitId)
        m_unitComboBox->setCurrentIndex(m_unitComboBox->findData(person.unitId));
    m_positionLineEdit->setText(person.position);
    m_categoryComboBox->setCurrentIndex(m_categoryComboBox->findData(int(person.staffCategory)));
    m_genderComboBox->setCurrentIndex(m_genderComboBox->findData(int(person.gender)));
    m_birthYearSpinBox->setValue(person.birthYear.value_or(m_birthYearSpinBox->minimum()));
    m_person = this->person(); // the baseline is what the fields show
}

Person PersonForm::person() const
{
    Person edited = m_person;
    edited.fullName = m_nameLineEdit->text().trimmed();
    edited.unitId = m_unitComboBox->currentData().toLongLong();
    edited.position = m_positionLineEdit->text().trimmed();
    edited.staffCategory = static_cast<StaffCategory>(m_categoryComboBox->currentData().toInt());
    edited.gender = static_cast<Gender>(m_genderComboBox->currentData().toInt());
    if (m_birthYearSpinBox->value() == m_birthYearSpinBox->minimum())
        edited.birthYear.reset();
    else
        edited.birthYear = m_birthYearSpinBox->value();
    return edited;
}

void PersonForm::focusFirstField() { m_nameLineEdit->setFocus(); }
