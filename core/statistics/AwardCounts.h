#pragma once
// The counts of awards every report reads: a campaign's final report (proposed and granted, by
// award form) and the statistics forms for Sở Nội vụ (StatisticsForms) count the same proposals
// with the same rules, here.

#include "core/domain/AwardForm.h"
#include "core/domain/Proposal.h"

#include <QString>

#include <vector>

namespace Statistics {

bool isProposed(ProposalState state); // sent on by its unit: every state after the draft
bool isGranted(ProposalState state); // decided by the agency, or awarded by the level above

// One award form's proposals: proposed (any state after the draft) and granted (decided or
// awarded), collectives and individuals apart.
struct AwardRow {
    QString formName;
    int proposedUnits = 0;
    int proposedPeople = 0;
    int grantedUnits = 0;
    int grantedPeople = 0;

    friend bool operator==(const AwardRow&, const AwardRow&) = default;
};

// A row per award form that has proposals, in the forms' order (highest level first).
std::vector<AwardRow> awardStatistics(const std::vector<Proposal>& proposals, const std::vector<AwardForm>& forms);
AwardRow totals(const std::vector<AwardRow>& rows); // formName "Tổng cộng"

} // namespace Statistics
