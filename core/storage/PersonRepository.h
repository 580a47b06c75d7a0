#pragma once
// Reads and writes the people of the agency.

#include "core/common/Result.h"
#include "core/domain/Person.h"

#include <vector>

class Database;

class PersonRepository final {
public:
    explicit PersonRepository(Database& database)
        : m_db(database)
    {
    }

    Result<std::vector<Person>> all() const; // ordered by unit, then by name
    Result<qint64> add(const Person& person);
    // Refused when the person changed since it was read (person.rowVersion); raises person.rowVersion.
    Status update(Person& person);
    Status remove(qint64 id);
    // Removes the built-in sample people and units, all in one transaction, except those the clerk's
    // records use (a proposal names them, a unit's report was received, a person of the clerk's is
    // in the unit): those stay, counted as kept.
    struct SampleRemoval {
        int removed = 0;
        int kept = 0;
    };
    Result<SampleRemoval> removeSampleData();

private:
    Database& m_db;
};
