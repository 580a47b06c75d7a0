#pragma once
// A unit's summary report (báo cáo tổng kết của đơn vị) for a campaign: when it was due and
// received, the unit's document, its figures and the files it sent.

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

struct UnitReportFile {
    qint64 id = 0;
    QString fileName; // as the unit sent it
    QString storedPath; // relative to the attachments folder beside the database
};

struct UnitReport {
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 unitId = 0;
    std::optional<QDate> deadline; // the unit's own; otherwise the campaign's
    std::optional<QDate> receivedOn; // empty: not received yet
    QString documentNumber; // "25/BC-VP"
    std::optional<QDate> documentDate;
    QString summary; // the unit's results, in a few sentences
    int initiatives = 0; // sáng kiến
    int models = 0; // mô hình, cách làm hay
    int peopleCommended = 0; // people the unit itself commended
    std::vector<UnitReportFile> files;
    qint64 rowVersion = 0; // the stored row's version when read: a save based on an older one is refused
};

enum class ReportStatus {
    NotSubmitted, // chưa nộp
    Submitted, // đã nộp (by the deadline, or none was set)
    Late, // nộp muộn
};

// The deadline that applies: the unit's own, else the campaign's.
std::optional<QDate> deadlineOf(const UnitReport& report, std::optional<QDate> campaignDeadline);
ReportStatus statusOf(const UnitReport& report, std::optional<QDate> campaignDeadline);
// Not received and past its deadline on `today`.
bool isOverdue(const UnitReport& report, std::optional<QDate> campaignDeadline, QDate today);
QString statusLabel(ReportStatus status); // translated, for the interface
