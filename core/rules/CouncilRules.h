#pragma once
// The council's vote: checked for sense, and its result computed against the campaign's
// threshold (percent of the members present who must vote for; default: more than 50 %, the
// safe reading of agencies' rules for campaign awards — see the commendation rules notes).

#include "core/common/Result.h"
#include "core/domain/Campaign.h"
#include "core/domain/CouncilMeeting.h"
#include "core/domain/Proposal.h"

namespace CouncilRules {

constexpr double DefaultThresholdPercent = 50;

// What a vote's share is taken of: the members present (the default), or every member of the
// council (agencies whose rules count a title's votes against the whole council).
using Base = CouncilBase;

// The rule a vote passes by, as the campaign (or the year's review) sets it.
struct Rule {
    Rule(double threshold = DefaultThresholdPercent, Base base = Base::Present, bool secret = false)
        : thresholdPercent(threshold)
        , base(base)
        , secretBallot(secret)
    {
    }
    double thresholdPercent;
    Base base;
    bool secretBallot; // bỏ phiếu kín: the minutes say so
};

// The campaign's rule: its threshold, base and ballot.
Rule ruleOf(const Campaign& campaign);

Status validate(const CouncilVote& vote);
// True when the votes for are strictly more than the rule's share of its base.
bool passes(const CouncilVote& vote, const Rule& rule);
QString describe(const CouncilVote& vote, const Rule& rule); // "7/9 có mặt đồng ý — đạt"
// Why a vote cannot stand in the minutes of the meeting that took it: it counts other members
// present than the meeting lists, or a council smaller than those present and absent. Empty when
// they agree.
QString disagreement(const CouncilVote& vote, const CouncilMeeting& meeting);

} // namespace CouncilRules
