#pragma once
// "Tạo mẫu Excel cho đơn vị": the workbooks the clerk sends to units to fill in offline (their
// proposal list or their report figures), one per unit ticked, saved into a folder.

#include "core/common/Result.h"
#include "core/lists/UnitTemplate.h"

#include <QDialog>

class CampaignPicker;
class Database;
class QComboBox;
class QListWidget;

class UnitTemplateDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitTemplateDialog)
public:
    UnitTemplateDialog(Database& database, QWidget* parent = nullptr);
    ~UnitTemplateDialog() override;

    void choose(UnitTemplate::Kind kind, qint64 campaignId);
    void setUnitChecked(qint64 unitId, bool checked);
    std::vector<qint64> checkedUnitIds() const;
    // Writes the ticked units' workbooks into the folder, asking before replacing files; the paths.
    Result<std::vector<QString>> writeTo(const QString& folder);
    void accept() override; // asks for the folder, writes, says where

private:
    Database& m_db;
    CampaignPicker* m_campaignPicker = nullptr;
    QComboBox* m_kindComboBox = nullptr;
    QListWidget* m_unitsListWidget = nullptr;
};
