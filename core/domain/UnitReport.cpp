#include "core/domain/UnitReport.h"

#include <QCoreApplication>

namespace {
struct UnitReportText {
    Q_DECLARE_TR_FUNCTIONS(UnitReport)
};
} // namespace

std::optional<QDate> deadlineOf(const UnitReport& report, std::optional<QDate> campaignDeadline)
{
    return report.deadline ? report.deadline : campaignDeadline;
}

ReportStatus statusOf(const UnitReport& report, std::optional<QDate> campaignDeadline)
{
    if (!report.receivedOn)
        return ReportStatus::NotSubmitted;
    const std::optional<QDate> due = deadlineOf(report, campaignDeadline);
    return due && *report.receivedOn > *due ? ReportStatus::Late : ReportStatus::Submitted;
}

bool isOverdue(const UnitReport& report, std::optional<QDate> campaignDeadline, QDate today)
{
    const std::optional<QDate> due = deadlineOf(report, campaignDeadline);
    return !report.receivedOn && due && today > *due;
}

QString statusLabel(ReportStatus status)
{
    switch (status) {
    case ReportStatus::NotSubmitted:
        return UnitReportText::tr("Chưa nộp");
    case ReportStatus::Submitted:
        return UnitReportText::tr("Đã nộp");
    case ReportStatus::Late:
        return UnitReportText::tr("Nộp muộn");
    }
    return {};
}
