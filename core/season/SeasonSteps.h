#pragma once
// The path through a campaign season — agency, people, plan, checklists, proposals, council,
// decision, awards, the units' reports, the final report — and which steps the data already
// shows done. The "Bắt đầu" list reads it, ticking itself as the clerk works.

#include "core/common/Result.h"

#include <QString>

#include <vector>

class Database;

struct SeasonStep {
    enum class Place { Agency, People, Campaigns, Checklists, Proposals, Reports }; // where it is done
    QString title; // "Viết kế hoạch và chọn người ký"
    QString hint; // what done means, or what to do
    Place place = Place::Agency;
    bool done = false;
};

namespace SeasonSteps {

// The steps of the newest campaign's season (the agency and people steps for the whole file);
// `campaignName` receives that campaign's name, empty when there is none.
Result<std::vector<SeasonStep>> of(const Database& db, QString* campaignName = nullptr);

} // namespace SeasonSteps
