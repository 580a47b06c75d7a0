#pragma once
// The fields of one unit, read from and written to a Unit value.

#include "core/domain/Unit.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

class UnitForm final : public QWidget {
    Q_OBJECT
public:
    explicit UnitForm(QWidget* parent = nullptr);

    void setUnit(const Unit& unit); // id 0: a new unit
    Unit unit() const;
    bool isModified() const { return !(unit() == m_unit); } // the edited copy, with the id it was shown with
    void focusFirstField();

Q_SIGNALS:
    void edited(); // a field changed (the form may now differ from the record)
    void submitted(); // Enter in a text field: save

private:
    Unit m_unit;
    QLineEdit* m_nameLineEdit = nullptr;
    QLineEdit* m_codeLineEdit = nullptr;
    QComboBox* m_kindComboBox = nullptr;
};
