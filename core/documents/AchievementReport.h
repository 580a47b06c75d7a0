#pragma once
// Báo cáo thành tích: the achievement report of one nominee (a collective or an individual), in
// the sections of the Decree 152/2025 thematic (campaign) report — general information,
// achievements in the campaign, earlier awards — prefilled from the store, with dotted lines
// where the nominee writes by hand. Several reports print as one job ("In phiếu đề nghị").

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"
#include "core/documents/PlanExport.h"
#include "core/domain/Agency.h"
#include "core/domain/AwardForm.h"
#include "core/domain/Campaign.h"
#include "core/domain/DocumentIssue.h"
#include "core/domain/Person.h"
#include "core/domain/Proposal.h"
#include "core/domain/Unit.h"
#include "core/storage/ProposalRepository.h"

#include <functional>
#include <optional>
#include <vector>

class Database;

namespace AchievementReport {

struct Input {
    Agency agency;
    Campaign campaign;
    Proposal proposal;
    AwardForm form;
    Unit unit; // the collective, or the person's unit
    std::optional<Person> person; // empty for a collective
    int unitHeadcount = 0; // people of the unit (collective report)
    int unitWomen = 0;
    QStringList criteriaMet; // the campaign's criteria the office concluded met
    std::vector<GrantedAward> earlierAwards; // from other campaigns
    DocumentIssue issue; // the report's own date (the unit signs it; day and month may stay blank)
};

doc::Document build(const Input& input);
// Every report in one document, each from a new page (page numbers left off: they would run on).
doc::Document batch(const std::vector<Input>& inputs);

// The reports of the given proposals (all of the campaign's when none are given), reading the
// store once per table, in the order given.
Result<std::vector<Input>> load(Database& database, qint64 campaignId, const std::vector<qint64>& proposalIds = {});

// Every report in one file — PDF pages painted report by report, DOCX with page breaks — all or
// nothing. progress(done) after each report; returning false cancels and writes nothing.
Status writeAll(const std::vector<Input>& inputs, DocumentFormat format, const QString& path,
    const std::function<bool(int)>& progress = {});

// "Bao-cao-thanh-tich-Nguyen-Van-An.docx"; for several, "Bao-cao-thanh-tich-12-de-nghi.pdf".
QString suggestedFileName(const std::vector<Input>& inputs, bool docx);

} // namespace AchievementReport
