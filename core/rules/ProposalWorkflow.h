#pragma once
// The states a proposal moves through, and which moves are allowed from each: no state can be
// skipped. Awards the Director decides (Giấy khen) go to "Quyết định khen"; awards decided above
// the agency go to "Trình cấp trên" through the Department of Home Affairs.

#include "core/common/Result.h"
#include "core/domain/AwardForm.h"
#include "core/domain/Proposal.h"
#include "core/rules/CouncilRules.h"

#include <QList>

namespace ProposalWorkflow {

QString stateLabel(ProposalState state);
bool isOpen(ProposalState state); // not yet awarded or rejected
bool decidedWithinAgency(AwardLevel level);

// The states the proposal may move to next.
QList<ProposalState> nextStates(ProposalState from, AwardLevel level);
// Checks one move: allowed at all, a reason when returning or rejecting, a passing council vote
// before the council's decision is recorded as favourable.
Status checkMove(const Proposal& proposal, ProposalState to, AwardLevel level, const QString& reason,
    const CouncilRules::Rule& rule);

} // namespace ProposalWorkflow
