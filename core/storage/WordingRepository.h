#pragma once
// Reads and writes the paperwork's wording the clerk adapted (see Wording).

#include "core/common/Result.h"
#include "core/documents/Wording.h"

class Database;

class WordingRepository final {
public:
    explicit WordingRepository(Database& database)
        : m_db(database)
    {
    }

    Result<Wording> load() const;
    // Stores the text; an empty text or the default goes back to the default. Refused, naming
    // the field, when the text uses a placeholder the field does not offer.
    Status save(WordingKey key, const QString& text);

private:
    Database& m_db;
};
