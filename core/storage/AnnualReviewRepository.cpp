#include "core/storage/AnnualReviewRepository.h"

#include "core/storage/Database.h"
#include "core/storage/EnumCodes.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace {
struct AnnualReviewText {
    Q_DECLARE_TR_FUNCTIONS(AnnualReviewRepository)
};
} // namespace

Result<std::optional<qint64>> AnnualReviewRepository::campaignOf(int year) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT campaign_id FROM annual_review WHERE year = ?"));
    if (Status s = query.exec(AnnualReviewText::tr("đọc đợt bình xét của năm"), { year }); !s)
        return s.error();
    return query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
}

Result<std::optional<int>> AnnualReviewRepository::yearOf(qint64 campaignId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT year FROM annual_review WHERE campaign_id = ?"));
    if (Status s = query.exec(AnnualReviewText::tr("đọc đợt bình xét của năm"), { campaignId }); !s)
        return s.error();
    return query.next() ? std::optional<int>(query.value(0).toInt()) : std::nullopt;
}

Result<std::map<qint64, int>> AnnualReviewRepository::reviews() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT campaign_id, year FROM annual_review"));
    if (Status s = query.exec(AnnualReviewText::tr("đọc các đợt bình xét")); !s)
        return s.error();
    std::map<qint64, int> out;
    while (query.next())
        out[query.value(0).toLongLong()] = query.value(1).toInt();
    return out;
}

Status AnnualReviewRepository::link(int year, qint64 campaignId)
{
    Result<qint64> row = insertRow(m_db, QStringLiteral("INSERT INTO annual_review (year, campaign_id) VALUES (?, ?)"),
        AnnualReviewText::tr("ghi đợt bình xét của năm %1").arg(year), { year, campaignId });
    if (!row)
        return row.error();
    return {};
}

Result<std::vector<ReviewEntry>> AnnualReviewRepository::entries(qint64 campaignId) const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT p.id, coalesce(a.title, t.code), coalesce(a.origin, 'clerk'), coalesce(a.reason, '') FROM proposal p "
                       "JOIN award_form f ON f.id = p.award_form_id LEFT JOIN annual_proposal a ON a.proposal_id = p.id "
                       "LEFT JOIN annual_title t ON t.name = f.name "
                       "WHERE p.campaign_id = ? AND coalesce(a.title, t.code) IS NOT NULL ORDER BY p.id"));
    if (Status s = query.exec(AnnualReviewText::tr("đọc danh sách bình xét"), { campaignId }); !s)
        return s.error();
    std::vector<ReviewEntry> out;
    while (query.next())
        out.push_back({ query.value(0).toLongLong(), enumFromCode(query.value(1).toString(), AnnualTitle::AdvancedWorker),
            query.value(2).toString() == QLatin1String("clerk"), query.value(3).toString() });
    return out;
}

Status AnnualReviewRepository::addEntry(const ReviewEntry& entry)
{
    if (entry.addedByClerk && entry.reason.trimmed().isEmpty())
        return Error { AnnualReviewText::tr("Trường «Lý do»: cần ghi lý do khi thêm một đề nghị ngoài danh sách tính theo tiêu chuẩn."),
            AnnualReviewText::tr("Lý do") };
    Result<qint64> row = insertRow(m_db,
        QStringLiteral("INSERT INTO annual_proposal (proposal_id, title, origin, reason) VALUES (?, ?, ?, ?)"),
        AnnualReviewText::tr("ghi lý do đưa vào danh sách bình xét"),
        { entry.proposalId, enumCode(entry.title), entry.addedByClerk ? QStringLiteral("clerk") : QStringLiteral("rules"),
            entry.reason.trimmed() });
    if (!row)
        return row.error();
    return {};
}
