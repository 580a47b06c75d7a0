#pragma once
// Test helpers for a campaign season: criteria concluded, proposals taken through the council.

#include "core/domain/AwardForm.h"
#include "core/domain/Proposal.h"

#include <QString>

class Database;

// Concludes every criterion of the nominee's kind as met (the office's conclusion).
void concludeAllMet(Database& db, qint64 campaignId, const Nominee& nominee);
// The province's two decisions the Director's decision cites, filled in as a clerk does once under
// Cơ quan → Câu chữ hồ sơ khen thưởng (the defaults leave their numbers and dates as "…").
void citeProvinceDecisions(Database& db);
// The id of the first award form of that level.
qint64 awardFormOf(Database& db, AwardLevel level);
// Adds a proposal and moves it up to `until` (Draft: not moved; Submitted, Reviewed after a passing vote, Decided,
// Awarded); the nominee's criteria must already be met. Returns the proposal's id.
qint64 proposeThrough(Database& db, qint64 campaignId, const Nominee& nominee, qint64 awardFormId,
    qint64 proposingUnitId, const QString& summary, ProposalState until);
