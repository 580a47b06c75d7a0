#include "ui/widgets/CampaignPicker.h"

#include "core/storage/CampaignRepository.h"

CampaignPicker::CampaignPicker(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("campaignPickerComboBox"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(40);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT campaignChanged(currentCampaignId()); });
}

void CampaignPicker::reload(Database* database)
{
    const qint64 current = currentCampaignId();
    {
        const QSignalBlocker blocker(this);
        clear();
        if (database) {
            if (Result<std::vector<CampaignSummary>> list = CampaignRepository(*database).list(); list)
                for (const CampaignSummary& c : list.value())
                    addItem(c.name, c.id);
        }
        const int keep = findData(current);
        setCurrentIndex(keep >= 0 ? keep : (count() > 0 ? 0 : -1));
    }
    Q_EMIT campaignChanged(currentCampaignId());
}

qint64 CampaignPicker::currentCampaignId() const { return currentData().toLongLong(); }

void CampaignPicker::selectCampaign(qint64 id)
{
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
}
