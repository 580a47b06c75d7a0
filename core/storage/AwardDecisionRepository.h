#pragma once
// Reads and writes the number and signing date of a campaign's award decision.

#include "core/common/Result.h"
#include "core/domain/AwardDecision.h"

class Database;

class AwardDecisionRepository final {
public:
    explicit AwardDecisionRepository(Database& database)
        : m_db(database)
    {
    }

    // The campaign's decision; number and date blank when none was recorded yet.
    Result<AwardDecision> load(qint64 campaignId) const;
    Status save(const AwardDecision& decision);

private:
    Database& m_db;
};
