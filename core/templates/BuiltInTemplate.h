#pragma once
// The built-in template a new database starts with: the agency profile, the four award forms,
// the seed campaign with its whole plan, and a sample list of units and people (marked as
// sample data so the clerk can remove it in one action). Kept as JSON data in the resources.

#include "core/common/Result.h"
#include "core/domain/Agency.h"
#include "core/domain/Campaign.h"

class Database;

namespace BuiltInTemplate {

// Fills an empty database in one transaction; returns the id of the template campaign.
Result<qint64> install(Database& database);
// True when the database holds no agency profile and no campaign yet.
Result<bool> isEmptyDatabase(Database& database);

} // namespace BuiltInTemplate

namespace BuiltInTemplate {
// A new, empty campaign with the usual outline of a Decree-30 plan and no text of any agency's:
// paragraphs unnumbered, criteria as dashed lists, Nơi nhận from this agency's own name.
Campaign blankCampaign(const QDate& today, const Agency& agency);
} // namespace BuiltInTemplate
