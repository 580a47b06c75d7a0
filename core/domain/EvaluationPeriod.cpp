#include "core/domain/EvaluationPeriod.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and QCoreApplication the context "EvaluationPeriod" for this file's strings.
struct EvaluationPeriodText {
    Q_DECLARE_TR_FUNCTIONS(EvaluationPeriod)
};

int firstMonthOf(const EvaluationPeriod& period)
{
    return period.kind == PeriodKind::SchoolYear && period.schoolYearFirstMonth > 1 && period.schoolYearFirstMonth <= 12
        ? period.schoolYearFirstMonth
        : 1;
}
} // namespace

QDate EvaluationPeriod::firstDay(int year) const
{
    const int month = firstMonthOf(*this);
    return month == 1 ? QDate(year, 1, 1) : QDate(year - 1, month, 1);
}

QDate EvaluationPeriod::lastDay(int year) const { return firstDay(year + 1).addDays(-1); }

QString EvaluationPeriod::documentLabel(int year) const
{
    if (firstMonthOf(*this) == 1)
        return QStringLiteral("năm %1").arg(year);
    return QStringLiteral("năm học %1 - %2").arg(year - 1).arg(year);
}

QString EvaluationPeriod::label(int year) const
{
    if (firstMonthOf(*this) == 1)
        return EvaluationPeriodText::tr("năm %1").arg(year);
    return EvaluationPeriodText::tr("năm học %1 - %2").arg(year - 1).arg(year);
}

int EvaluationPeriod::yearOf(QDate day) const
{
    const int month = firstMonthOf(*this);
    return month == 1 || day.month() < month ? day.year() : day.year() + 1;
}
