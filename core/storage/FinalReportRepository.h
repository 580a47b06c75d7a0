#pragma once
// Reads and writes the narrative of a campaign's final report.

#include "core/common/Result.h"
#include "core/documents/FinalReport.h"

class Database;

class FinalReportRepository final {
public:
    explicit FinalReportRepository(Database& database)
        : m_db(database)
    {
    }

    Result<FinalReport::Narrative> load(qint64 campaignId) const; // empty texts when none kept
    Status save(const FinalReport::Narrative& narrative);

private:
    Database& m_db;
};
