#pragma once
// Reads and writes the agency profile and its signers.

#include "core/common/Result.h"
#include "core/domain/Agency.h"

#include <vector>

class Database;

class AgencyRepository final {
public:
    explicit AgencyRepository(Database& database)
        : m_db(database)
    {
    }

    Result<Agency> load() const; // an empty profile when none was saved yet
    Status save(const Agency& agency);

    Result<std::vector<Signer>> signers() const;
    Result<qint64> addSigner(const Signer& signer);
    Status updateSigner(const Signer& signer);
    Status removeSigner(qint64 id);

private:
    Database& m_db;
};
