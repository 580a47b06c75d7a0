#pragma once
// The agency's evaluation period (kỳ xét thi đua): the calendar year, or the school year for an
// education office. A period is named by the year it ends in: school year 2025–2026 is 2026.

#include <QDate>
#include <QString>

enum class PeriodKind { CalendarYear, SchoolYear };

struct EvaluationPeriod {
    PeriodKind kind = PeriodKind::CalendarYear;
    int schoolYearFirstMonth = 9; // a school year runs from this month to the month before it

    QDate firstDay(int year) const;
    QDate lastDay(int year) const;
    QString label(int year) const; // "năm 2026", "năm học 2025 - 2026", in the interface's language
    // The same words as documents and stored records write them: Vietnamese, whatever the interface.
    QString documentLabel(int year) const;
    // The period a day falls in.
    int yearOf(QDate day) const;

    friend bool operator==(const EvaluationPeriod&, const EvaluationPeriod&) = default;
};
