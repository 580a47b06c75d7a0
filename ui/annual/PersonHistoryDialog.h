#pragma once
// "Sáng kiến, danh hiệu các năm" of one person: the initiatives and research recognised (with
// their scope, recognising body and document) and the titles conferred in earlier years, which
// the annual rules count. Every change is stored at once; a deletion is confirmed first.

#include "core/domain/YearRecord.h"

#include <QDialog>

#include <vector>

class Database;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

class PersonHistoryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonHistoryDialog)
public:
    PersonHistoryDialog(Database& database, qint64 personId, const QString& personName, int year, QWidget* parent = nullptr);
    ~PersonHistoryDialog() override;

    // The form's fields, then Thêm: false, with the reason shown, when it cannot be stored.
    bool addInitiative(int year, InitiativeKind kind, const QString& title, InitiativeScope scope, const QString& recognisedBy,
        const QString& reference);
    bool addTitle(int year, AnnualTitle title, const QString& decision);
    void removeCurrentInitiative();
    void removeCurrentTitle();
    int initiativeCount() const;
    int titleCount() const;

private:
    QWidget* buildInitiatives();
    QWidget* buildTitles();
    void reload();

    Database& m_db;
    qint64 m_personId;
    std::vector<Initiative> m_initiatives;
    std::vector<ConferredTitle> m_titles;
    QTableWidget* m_initiativesTable = nullptr;
    QSpinBox* m_initiativeYearSpinBox = nullptr;
    QComboBox* m_kindComboBox = nullptr;
    QLineEdit* m_initiativeTitleLineEdit = nullptr;
    QComboBox* m_scopeComboBox = nullptr;
    QLineEdit* m_recognisedByLineEdit = nullptr;
    QLineEdit* m_referenceLineEdit = nullptr;
    QTableWidget* m_titlesTable = nullptr;
    QSpinBox* m_titleYearSpinBox = nullptr;
    QComboBox* m_titleComboBox = nullptr;
    QLineEdit* m_decisionLineEdit = nullptr;
};
