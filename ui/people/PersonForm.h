#pragma once
// The fields of one person, read from and written to a Person value.

#include "core/domain/Person.h"
#include "core/domain/Unit.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;
class QSpinBox;

class PersonForm final : public QWidget {
    Q_OBJECT
public:
    explicit PersonForm(QWidget* parent = nullptr);

    void setUnits(const std::vector<Unit>& units);
    void setPerson(const Person& person); // id 0: a new person
    Person person() const;
    bool isModified() const { return !(person() == m_person); }
    void focusFirstField();

Q_SIGNALS:
    void edited(); // a field changed (the form may now differ from the record)
    void submitted(); // Enter in a text field: save

private:
    Person m_person;
    QLineEdit* m_nameLineEdit = nullptr;
    QComboBox* m_unitComboBox = nullptr;
    QLineEdit* m_positionLineEdit = nullptr;
    QComboBox* m_categoryComboBox = nullptr;
    QComboBox* m_genderComboBox = nullptr;
    QSpinBox* m_birthYearSpinBox = nullptr;
};
