#pragma once
// "Xuất danh sách": one of the lists (units, people, a campaign's checklist grid, proposals,
// awards granted) written to an Excel workbook or a CSV file.

#include "core/lists/ListExport.h"

#include <QDialog>

class CampaignPicker;
class Database;
class QComboBox;

class ListExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListExportDialog)
public:
    ListExportDialog(Database& database, QWidget* parent = nullptr);
    ~ListExportDialog() override;

    void choose(ListExport::List list, ListExport::Format format);
    bool exportTo(const QString& path); // shows the reason when it cannot
    void accept() override; // asks where to save, then exports

private:
    Database& m_db;
    QComboBox* m_listComboBox = nullptr;
    QComboBox* m_formatComboBox = nullptr;
    QComboBox* m_separatorComboBox = nullptr; // CSV only
    CampaignPicker* m_campaignPicker = nullptr;
};
