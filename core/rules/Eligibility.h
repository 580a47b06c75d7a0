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
#include <vector>

namespace Eligibility {

using Failure = std::optional<QString>;

// The award form must be one given to this kind of nominee (collectives, individuals).
Failure formAppliesToNominee(const AwardForm& form, const Nominee& nominee);
// Every criterion the campaign marks as required must be concluded "đạt" for the nominee.
Failure meetsRequiredCriteria(
    const std::vector<PlanBlock>& criteria, const std::vector<Assessment>& nomineeAssessments);
// No two open proposals of the same form for the same nominee in one campaign.
Failure noOtherOpenProposal(const Proposal& proposal, const std::vector<Proposal>& campaignProposals);
// A person proposed must belong to one of the agency's units.
Failure belongsToAgency(const Person& person, const std::vector<qint64>& agencyUnitIds);

// All the rules that apply before a proposal leaves the draft state.
struct Facts {
    AwardForm form;
    std::vector<PlanBlock> criteria; // of the nominee's kind
    std::vector<Assessment> assessments; // of the nominee
    std::vector<Proposal> campaignProposals;
    std::optional<Person> person; // when the nominee is a person
    std::vector<qint64> agencyUnitIds;
};
std::vector<QString> failures(const Proposal& proposal, const Facts& facts);

} // namespace Eligibility
