#pragma once
// Reads and writes the criteria checklists of a campaign.

#include "core/common/Result.h"
#include "core/domain/Assessment.h"

#include <vector>

class Database;

class AssessmentRepository final {
public:
    explicit AssessmentRepository(Database& database)
        : m_db(database)
    {
    }

    // Every stored cell of the campaign's checklists (cells never touched are not stored).
    Result<std::vector<Assessment>> forCampaign(qint64 campaignId) const;
    // Adds or replaces the cell of (criterion, nominee); fills in assessment.id.
    Status save(Assessment& assessment);

private:
    Database& m_db;
};
