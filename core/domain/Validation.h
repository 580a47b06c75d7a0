#pragma once
// Checks a domain value before it is stored. Each error names the field in Vietnamese.

#include "core/common/Result.h"
#include "core/domain/Agency.h"
#include "core/domain/Campaign.h"
#include "core/domain/Person.h"
#include "core/domain/Unit.h"

namespace Limits {
constexpr int ShortText = 200; // names, positions, headings
constexpr int Code = 20; // unit codes, abbreviations
constexpr int LongText = 20000; // one paragraph of a plan
constexpr int EarliestBirthYear = 1900;
} // namespace Limits

Status validateAgency(const Agency& agency);
Status validateSigner(const Signer& signer);
Status validateUnit(const Unit& unit);
Status validatePerson(const Person& person, int currentYear);
Status validateCampaign(const Campaign& campaign);
