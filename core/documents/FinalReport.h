#pragma once
// Báo cáo tổng kết Đợt thi đua: the Office's final report of a campaign to the Directorate and
// the Department of Home Affairs. The narrative (deployment, strengths, shortcomings,
// recommendations) is the clerk's and is kept; every number and list is computed from the units'
// reports, the proposals and the decisions when the report is made, never typed.

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"
#include "core/documents/Paperwork.h"
#include "core/domain/Unit.h"
#include "core/domain/UnitReport.h"
#include "core/statistics/AwardCounts.h"

class Database;

namespace FinalReport {

struct Narrative {
    qint64 campaignId = 0;
    QString deployment; // I. công tác triển khai; empty: the default sentence
    QString strengths;
    QString shortcomings;
    QString recommendations;

    friend bool operator==(const Narrative&, const Narrative&) = default;
};

// The award counts come from the one statistics module the statistics forms read too.
using Statistics::AwardRow;
using Statistics::awardStatistics;
using Statistics::totals;

struct UnitLine {
    Unit unit;
    UnitReport report;
};

struct Input {
    Agency agency;
    Signer signer;
    Campaign campaign;
    Narrative narrative;
    std::optional<QDate> campaignDeadline;
    std::vector<UnitLine> units; // every unit, reported or not
    std::vector<AwardRow> awards;
    Paperwork::Input granted; // every award granted, all authorities together
    DocumentIssue issue; // the report's own number and date (blank ones are written in by hand)
};

QString defaultDeployment(const Input& input);
doc::Document build(const Input& input);
QString reportSymbol(const Agency& agency); // "BC-SKHCN", printed after the report's number
// Danh sách đơn vị chưa gửi báo cáo: the units still to report, with their deadline and how late.
doc::Document reminder(const Input& input, QDate today);
Result<Input> load(Database& database, qint64 campaignId);

} // namespace FinalReport
