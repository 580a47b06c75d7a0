#pragma once
// Reads and writes the agency's submission routes, one per award level; a level with no rule of
// its own follows SubmissionRoute::defaultFor.

#include "core/common/Result.h"
#include "core/domain/SubmissionRoute.h"

class Database;

class SubmissionRouteRepository final {
public:
    explicit SubmissionRouteRepository(Database& database)
        : m_db(database)
    {
    }

    // One route per level, highest first, the defaults where none was stored.
    Result<std::vector<SubmissionRoute>> all() const;
    // Refused, naming the field, when the signer is not one of the agency's.
    Status save(const SubmissionRoute& route);

private:
    Database& m_db;
};
