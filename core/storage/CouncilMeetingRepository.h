#pragma once
// Reads and writes the council's meetings of a campaign.

#include "core/common/Result.h"
#include "core/domain/CouncilMeeting.h"

#include <optional>

class Database;

class CouncilMeetingRepository final {
public:
    explicit CouncilMeetingRepository(Database& database)
        : m_db(database)
    {
    }

    // The latest meeting of the campaign, if one was recorded.
    Result<std::optional<CouncilMeeting>> latest(qint64 campaignId) const;
    // Adds (id 0) or updates a meeting; fills in meeting.id.
    Status save(CouncilMeeting& meeting);

private:
    Database& m_db;
};
