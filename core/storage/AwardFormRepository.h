#pragma once
// Reads and writes the award forms kept as reference data.

#include "core/common/Result.h"
#include "core/domain/AwardForm.h"

#include <vector>

class Database;

class AwardFormRepository final {
public:
    explicit AwardFormRepository(Database& database)
        : m_db(database)
    {
    }

    Result<std::vector<AwardForm>> all() const; // highest level first
    Result<qint64> add(const AwardForm& form);

private:
    Database& m_db;
};
