#pragma once
// Reads and writes the agency's units (phòng, đơn vị).

#include "core/common/Result.h"
#include "core/domain/Unit.h"

#include <vector>

class Database;

class UnitRepository final {
public:
    explicit UnitRepository(Database& database)
        : m_db(database)
    {
    }

    Result<std::vector<Unit>> all() const; // ordered by kind, then name
    Result<qint64> add(const Unit& unit);
    // Refused when the unit changed since it was read (unit.rowVersion); raises unit.rowVersion.
    Status update(Unit& unit);
    Status remove(qint64 id); // refused while people still belong to the unit

private:
    Status checkUnique(const Unit& unit) const;
    Database& m_db;
};
