#pragma once
// Reads and writes the layouts of certificate blanks (fields kept as JSON in one column).

#include "core/certificates/CertificateLayout.h"
#include "core/common/Result.h"

class Database;

class CertificateLayoutRepository final {
public:
    explicit CertificateLayoutRepository(Database& database)
        : m_db(database)
    {
    }

    // Every stored layout by name; the standard one (not yet stored) when there is none.
    Result<std::vector<CertificateLayout>> all() const;
    // Adds (id 0) or updates; refused, naming the field, when a field falls off the blank.
    Status save(CertificateLayout& layout);
    Status remove(qint64 id);

private:
    Database& m_db;
};
