#pragma once
// The year-end review (bình xét cuối năm): the year's list of proposals, one per title each unit
// and person meets by the rules, plus those the clerk adds with a reason. The review is the
// agency's regular movement of that year (a campaign of kind "thường xuyên"), so the council's
// vote, the minutes, the Tờ trình and the Director's decision are the campaign paperwork's own;
// a title decided there is written into the nominee's history by the database itself.

#include "core/common/Result.h"
#include "core/domain/AnnualTitle.h"

#include <QString>
#include <QStringList>

class Database;

namespace AnnualReview {

struct Outcome {
    qint64 campaignId = 0;
    bool opened = false; // the review's campaign was created now
    int added = 0; // proposals the rules added now
    int listed = 0; // proposals on the list before (kept as they are, whatever their state)
    QStringList noLongerEligible; // "Nguyễn Văn An — Lao động tiên tiến": listed, but the rules now say no
    // Due, but not listed: the Bằng khen of a person proposed for CSTĐ cấp tỉnh (or toàn quốc) the
    // same year — one achievement, one provincial award; the clerk may still add it with a reason.
    QStringList heldBack;
};

// Opens the year's review when needed (its campaign: name, period, the agency's first signer, the
// titles as award forms) and adds, in one transaction, a proposal "Đơn vị đề nghị" for every title
// each person and unit meets that is not on the list yet. Run again, it adds only what is new.
Result<Outcome> prepare(Database& database, int year, const QString& actor);

// The clerk puts a nominee on the list for a title the rules do not give: refused without a reason.
Result<qint64> addByHand(Database& database, int year, const Nominee& nominee, AnnualTitle title, const QString& reason,
    const QString& actor);

// The award form a title is proposed and decided as (made once, by the title's name).
Result<qint64> formOf(Database& database, const AnnualTitleDefinition& title);

} // namespace AnnualReview
