#pragma once
// Reads and writes the units' summary reports of a campaign, the campaign's report deadline, and
// the files units send, copied into a folder beside the database so the records travel with it.

#include "core/common/Result.h"
#include "core/domain/Unit.h"
#include "core/domain/UnitReport.h"

class Database;

class UnitReportRepository final {
public:
    explicit UnitReportRepository(Database& database)
        : m_db(database)
    {
    }

    Result<std::optional<QDate>> campaignDeadline(qint64 campaignId) const;
    Status setCampaignDeadline(qint64 campaignId, std::optional<QDate> deadline);

    // One report per unit of the agency, in the units' order: the stored one, or an empty one
    // (id 0, nothing received) for a unit not heard from yet.
    Result<std::vector<UnitReport>> forCampaign(qint64 campaignId) const;
    // The same for units already read (the caller's list and order), without reading them again.
    Result<std::vector<UnitReport>> forCampaign(qint64 campaignId, const std::vector<Unit>& units) const;
    // Adds or updates (files are kept apart: attach, detach); fills in report.id.
    Status save(UnitReport& report);

    // Copies the file into the attachments folder and records it on the report (saved first when
    // new). Nothing is left behind when either step fails.
    Result<UnitReportFile> attach(UnitReport& report, const QString& sourcePath);
    // Forgets the file and deletes its copy (only a copy inside the attachments folder).
    Status detach(const UnitReportFile& file);

    // "<folder of the database>/<its name> - Tệp đính kèm".
    QString attachmentsFolder() const;
    static QString attachmentsFolderOf(const QString& databasePath);
    // The attachments copied beside another copy of this database (Lưu bản sao…), so that copy is
    // whole. That copy's folder is replaced only once every file is copied; returns how many.
    Result<int> copyAttachmentsBeside(const QString& otherDatabasePath) const;
    // Where the copy is: inside the attachments folder, or an error naming the stored path when a
    // record (from a file received from elsewhere, say) points outside it: "../x", "C:/x", a link
    // leading out. ThiDua never opens nor deletes such a file.
    Result<QString> absolutePath(const UnitReportFile& file) const;

private:
    Database& m_db;
};
