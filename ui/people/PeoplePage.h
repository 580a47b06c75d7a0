#pragma once
// "Đơn vị & cán bộ": the units of the agency and their people, each a table with a form.

#include "ui/widgets/Page.h"

class PersonFilterProxyModel;
class PersonForm;
class PersonTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class NextStepBanner;
class UnsavedMark;
class QTableView;
class UnitForm;
class UnitTableModel;

class PeoplePage final : public Page {
    Q_OBJECT
public:
    explicit PeoplePage(QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    bool confirmLeave() override;
    bool saveEdits() override { return saveForms(); }

    bool saveUnit(); // adds or updates the unit in the form
    bool savePerson();
    bool saveForms(); // Ctrl+S: whichever form holds changes

private:
    QWidget* buildUnitsBox();
    QWidget* buildPeopleBox();
    void reload(qint64 selectUnitId = 0, qint64 selectPersonId = 0);
    void showSelectedUnit();
    void showSelectedPerson();
    void newUnit();
    void removeUnit();
    void newPerson();
    void removePerson();
    void removeSampleData();
    bool formsModified() const;
    // Another row chosen while the form holds changes: Lưu / Không lưu / Hủy (back to the row).
    void unitRowChanged(const QModelIndex& current, const QModelIndex& previous);
    void personRowChanged(const QModelIndex& current, const QModelIndex& previous);
    enum class Unsaved { Save, Discard, Cancel };
    Unsaved askUnsaved(const QString& what);
    void showModified();
    QString awardsText(bool unit, qint64 id) const; // the record of awards across campaigns

    Database* m_db = nullptr;
    UnitTableModel* m_unitModel = nullptr;
    PersonTableModel* m_personModel = nullptr;
    PersonFilterProxyModel* m_personProxy = nullptr;
    QTableView* m_unitsTableView = nullptr;
    QTableView* m_peopleTableView = nullptr;
    QLineEdit* m_searchLineEdit = nullptr;
    QComboBox* m_unitFilterComboBox = nullptr;
    UnitForm* m_unitForm = nullptr;
    PersonForm* m_personForm = nullptr;
    QLabel* m_unitAwardsLabel = nullptr;
    QLabel* m_personAwardsLabel = nullptr;
    QPushButton* m_saveUnitButton = nullptr;
    QPushButton* m_savePersonButton = nullptr;
    UnsavedMark* m_unitMark = nullptr;
    UnsavedMark* m_personMark = nullptr;
    NextStepBanner* m_nextStep = nullptr;
    bool m_switching = false; // rows chosen by the page itself, not by the clerk
};
