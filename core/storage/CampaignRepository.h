#pragma once
// Reads and writes campaigns with their plan outline and award forms, always whole and in one
// transaction. Section and block ids survive updates, so criteria keep their identity.

#include "core/common/Result.h"
#include "core/domain/Campaign.h"

#include <vector>

class Database;

class CampaignRepository final {
public:
    explicit CampaignRepository(Database& database)
        : m_db(database)
    {
    }

    Result<std::vector<CampaignSummary>> list() const; // newest first
    Result<Campaign> load(qint64 id) const;
    // add() and update() fill in the ids of new campaigns, sections and blocks.
    Result<qint64> add(Campaign& campaign);
    Status update(Campaign& campaign);
    Status remove(qint64 id);
    // "New campaign from this one": a copy with all its sections, number and date cleared.
    Result<qint64> duplicate(qint64 id);

    // The criteria of a campaign: the blocks of its sections bound to UnitCriteria or
    // IndividualCriteria, in document order.
    Result<std::vector<PlanBlock>> criteria(qint64 campaignId, SectionBinding binding) const;

private:
    Status writeRow(Campaign& campaign); // raises campaign.rowVersion
    Status writeSections(qint64 campaignId, std::vector<PlanSection>& sections, const QVariant& parentId,
        QList<qint64>& keptSections, QList<qint64>& keptBlocks);
    Status writeOutline(Campaign& campaign);
    Status writeAwards(const Campaign& campaign);
    Result<std::vector<PlanSection>> loadSections(qint64 campaignId) const;

    Database& m_db;
};
