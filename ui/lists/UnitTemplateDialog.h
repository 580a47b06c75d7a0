#pragma once
// "Tạo mẫu Excel cho đơn vị": the workbooks the clerk sends to units to fill in offline (their
// proposal list or their report figures), one per unit ticked, saved into a folder.

#include "core/common/Result.h"
#include "core/lists/UnitTemplate.h"

#include <QDialog>

class CampaignPicker;
class Database;
class QComboBox;
class QFormLayout;
class QListWidget;
class QSpinBox;

class UnitTemplateDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitTemplateDialog)
public:
    UnitTemplateDialog(Database& database, QWidget* parent = nullptr);
    ~UnitTemplateDialog() override;

    // The kind, and the campaign it is for (a yearly kind: the year).
    void choose(UnitTemplate::Kind kind, qint64 scope);
    void setUnitChecked(qint64 unitId, bool checked);
    std::vector<qint64> checkedUnitIds() const;
    // Writes the ticked units' workbooks into the folder, asking before replacing files; the paths.
    Result<std::vector<QString>> writeTo(const QString& folder);
    void accept() override; // asks for the folder, writes, says where

private:
    Database& m_db;
    CampaignPicker* m_campaignPicker = nullptr;
    QSpinBox* m_yearSpinBox = nullptr; // a yearly kind's year
    QFormLayout* m_form = nullptr;
    void showScope(); // the campaign or the year, as the kind needs
    QComboBox* m_kindComboBox = nullptr;
    QListWidget* m_unitsListWidget = nullptr;
};
