#pragma once
// The council's vote: checked for sense, and its result computed against the campaign's
// threshold (percent of the members present who must vote for; default: more than 50 %, the
// safe reading of agencies' rules for campaign awards — see the commendation rules notes).

#include "core/common/Result.h"
#include "core/domain/Proposal.h"

namespace CouncilRules {

constexpr double DefaultThresholdPercent = 50;

Status validate(const CouncilVote& vote);
// True when the votes for are strictly more than thresholdPercent of the members present.
bool passes(const CouncilVote& vote, double thresholdPercent);
QString describe(const CouncilVote& vote, double thresholdPercent); // "7/9 có mặt đồng ý — đạt"

} // namespace CouncilRules
