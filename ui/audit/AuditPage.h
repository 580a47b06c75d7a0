#pragma once
// "Nhật ký thay đổi": who changed what and when — units, people, campaigns, assessments and
// proposals — filtered by date, kind and text, exported as CSV for Excel.

#include "core/storage/AuditRepository.h"
#include "ui/widgets/Page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

class AuditPage final : public Page {
    Q_OBJECT
public:
    explicit AuditPage(QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    void reload();
    AuditFilter filter() const;
    void setFilter(const AuditFilter& filter);
    QTableWidget* table() const { return m_table; }
    bool exportCsv(const QString& path);
    bool exportXlsx(const QString& path);

private:
    Database* m_db = nullptr;
    std::vector<AuditEntry> m_entries;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QComboBox* m_entityComboBox = nullptr;
    QLineEdit* m_searchLineEdit = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableWidget* m_table = nullptr;
};
