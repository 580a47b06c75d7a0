#pragma once
// A combo box of the database's campaigns, newest first, for pages that work on one campaign.

#include <QComboBox>

class Database;

class CampaignPicker final : public QComboBox {
    Q_OBJECT
public:
    explicit CampaignPicker(QWidget* parent = nullptr);

    void reload(Database* database); // keeps the current campaign when it still exists
    qint64 currentCampaignId() const;
    void selectCampaign(qint64 id);

Q_SIGNALS:
    void campaignChanged(qint64 id);
};
