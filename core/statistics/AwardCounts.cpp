#include "core/statistics/AwardCounts.h"

namespace Statistics {

bool isProposed(ProposalState state) { return state != ProposalState::Draft; }
bool isGranted(ProposalState state) { return state == ProposalState::Decided || state == ProposalState::Awarded; }

std::vector<AwardRow> awardStatistics(const std::vector<Proposal>& proposals, const std::vector<AwardForm>& forms)
{
    std::vector<AwardRow> rows;
    for (const AwardForm& form : forms) {
        AwardRow row { form.name, 0, 0, 0, 0 };
        bool any = false;
        for (const Proposal& p : proposals) {
            if (p.awardFormId != form.id || !isProposed(p.state))
                continue;
            any = true;
            const bool unit = p.nominee.kind == Nominee::Kind::Unit;
            (unit ? row.proposedUnits : row.proposedPeople) += 1;
            if (isGranted(p.state))
                (unit ? row.grantedUnits : row.grantedPeople) += 1;
        }
        if (any)
            rows.push_back(row);
    }
    return rows;
}

AwardRow totals(const std::vector<AwardRow>& rows)
{
    AwardRow all { QStringLiteral("Tổng cộng"), 0, 0, 0, 0 };
    for (const AwardRow& r : rows) {
        all.proposedUnits += r.proposedUnits;
        all.proposedPeople += r.proposedPeople;
        all.grantedUnits += r.grantedUnits;
        all.grantedPeople += r.grantedPeople;
    }
    return all;
}

} // namespace Statistics
