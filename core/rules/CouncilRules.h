#pragma once
// The council's vote: checked for sense, and its result computed against the campaign's
// threshold (percent of the members present who must vote for; default: more than 50 %, the
// safe reading of agencies' rules for campaign awards — see the commendation rules notes).

#include "core/common/Result.h"
#include "core/domain/CouncilMeeting.h"
#include "core/domain/Proposal.h"

namespace CouncilRules {

constexpr double DefaultThresholdPercent = 50;

Status validate(const CouncilVote& vote);
// True when the votes for are strictly more than thresholdPercent of the members present.
bool passes(const CouncilVote& vote, double thresholdPercent);
QString describe(const CouncilVote& vote, double thresholdPercent); // "7/9 có mặt đồng ý — đạt"
// Why a vote cannot stand in the minutes of the meeting that took it: it counts other members
// present than the meeting lists, or a council smaller than those present and absent. Empty when
// they agree.
QString disagreement(const CouncilVote& vote, const CouncilMeeting& meeting);

} // namespace CouncilRules
