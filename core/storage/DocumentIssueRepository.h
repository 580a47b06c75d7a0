#pragma once
// Reads and writes the number and date the registry gave a campaign's documents: the Tờ trình
// (and the Danh sách attached to it) of each deciding authority, and the final report.

#include "core/common/Result.h"
#include "core/domain/DocumentIssue.h"

class Database;

class DocumentIssueRepository final {
public:
    enum class Kind { Submission, FinalReport };

    explicit DocumentIssueRepository(Database& database)
        : m_db(database)
    {
    }

    // The stored number and date; when none were stored, both blank and the year `today`'s.
    // `authority`: a submission's deciding authority ("Giám đốc Sở …"); empty for the final report.
    Result<DocumentIssue> load(qint64 campaignId, Kind kind, const QString& authority, QDate today) const;
    // Refused with the field named when the number is not a registry number.
    Status save(qint64 campaignId, Kind kind, const QString& authority, const DocumentIssue& issue);

private:
    Database& m_db;
};
