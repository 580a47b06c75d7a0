#pragma once
// Who may be proposed for which award: each rule a pure function over domain values that
// returns the Vietnamese explanation of its failure, or nothing when it holds.

#include "core/domain/Assessment.h"
#include "core/domain/AwardForm.h"
#include "core/domain/Person.h"
#include "core/domain/PlanOutline.h"
#include "core/domain/Proposal.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace Eligibility {

using Failure = std::optional<QString>;

// The award form must be one given to this kind of nominee (collectives, individuals).
Failure formAppliesToNominee(const AwardForm& form, const Nominee& nominee);
// Every criterion the campaign marks as required must be concluded "đạt" for the nominee.
Failure meetsRequiredCriteria(std::span<const PlanBlock> criteria, std::span<const Assessment> nomineeAssessments);
// The first required criterion, in the plan's order, not concluded "đạt": the cell to go to.
std::optional<qint64> firstUnmetRequiredCriterion(std::span<const PlanBlock> criteria, std::span<const Assessment> nomineeAssessments);
// No two open proposals of the same form for the same nominee in one campaign.
Failure noOtherOpenProposal(const Proposal& proposal, std::span<const Proposal> campaignProposals);
// A person proposed must belong to one of the agency's units.
Failure belongsToAgency(const Person& person, std::span<const qint64> agencyUnitIds);

// What the rules look at for one proposal; views into data the caller owns (so a whole
// campaign's proposals are checked without copying it for each).
struct Facts {
    AwardForm form;
    std::span<const PlanBlock> criteria; // of the nominee's kind
    std::span<const Assessment> assessments; // of the nominee
    std::span<const Proposal> campaignProposals;
    std::optional<Person> person; // when the nominee is a person
    std::span<const qint64> agencyUnitIds;
};
// All the rules that apply before a proposal leaves the draft state.
std::vector<QString> failures(const Proposal& proposal, const Facts& facts);

} // namespace Eligibility
