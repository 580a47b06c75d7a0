#pragma once
// The sentences the clerk reads for an annual verdict: each condition met or not, with the
// numbers, the period and, for a unit, the members who fall short by name.

#include "core/rules/AnnualEligibility.h"

#include <QString>

#include <functional>

namespace Annual {

using NameOf = std::function<QString(qint64 personId)>;

QString describe(const Condition& condition, const EvaluationPeriod& period, const NameOf& nameOf);
QString routeLabel(Route route); // "theo hoàn thành xuất sắc nhiệm vụ"
// One line: "Đủ điều kiện (theo …)" or "Chưa đủ điều kiện: <the failures, joined>".
QString summary(const Verdict& verdict, const EvaluationPeriod& period, const NameOf& nameOf);

} // namespace Annual
