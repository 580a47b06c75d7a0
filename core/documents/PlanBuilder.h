#pragma once
// Turns a campaign and its plan outline into the Kế hoạch document.

#include "core/documents/DocumentModel.h"
#include "core/domain/Agency.h"
#include "core/domain/AwardForm.h"
#include "core/domain/Campaign.h"

#include <vector>

namespace PlanBuilder {

doc::Document build(const Campaign& campaign, const Agency& agency, const Signer& signer,
    const std::vector<AwardForm>& awardForms);

} // namespace PlanBuilder
