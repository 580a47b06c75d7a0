#pragma once
// Which campaign is a year's review (bình xét cuối năm), and why each of its proposals is on the
// list: the rules found the nominee eligible, or the clerk added it with a reason.

#include "core/common/Result.h"
#include "core/domain/AnnualTitle.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

class Database;

// Why a proposal of a review is on its list.
struct ReviewEntry {
    qint64 proposalId = 0;
    AnnualTitle title = AnnualTitle::AdvancedWorker;
    bool addedByClerk = false; // else: found eligible by the rules
    QString reason; // the clerk's, when added by hand (none for one added on the proposals page)
};

class AnnualReviewRepository final {
public:
    explicit AnnualReviewRepository(Database& database)
        : m_db(database)
    {
    }

    Result<std::optional<qint64>> campaignOf(int year) const; // the year's review, when opened
    Result<std::optional<int>> yearOf(qint64 campaignId) const; // the year a campaign reviews, when it is a review
    Result<std::map<qint64, int>> reviews() const; // campaign → year, every review
    Status link(int year, qint64 campaignId);
    // Every proposal of the review naming a title: those on the list with why, and those added on
    // the proposals page (no list entry; their award form names the title, added by the clerk).
    Result<std::vector<ReviewEntry>> entries(qint64 campaignId) const;
    // Says why a proposal is on the review's list; a hand-added one needs its reason.
    Status addEntry(const ReviewEntry& entry);

private:
    Database& m_db;
};
