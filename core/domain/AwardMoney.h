#pragma once
// The money that goes with an award (Decree 152/2025/NĐ-CP, Art. 54): a multiple of the base salary
// (mức lương cơ sở) in force on the day of the decision, a collective's twice a person's, rounded up
// to the next ten thousand đồng. The base salary is a list of amounts with the day each applies
// from; each award form may carry its own multiples, else the decree's.

#include "core/domain/AwardForm.h"
#include "core/domain/Proposal.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

struct BaseSalary {
    QDate effectiveFrom;
    qint64 amount = 0; // đồng

    friend bool operator==(const BaseSalary&, const BaseSalary&) = default;
};

namespace AwardMoney {

// The decree's multiple for a form of that level: Giấy khen 0.3 (a collective 0.6), Bằng khen of
// the province's chairman 1.5 (3.0), of the Prime Minister 3.5 (7.0), Huân chương Lao động hạng
// Ba 4.5 (9.0).
double defaultMultiple(AwardLevel level, Nominee::Kind kind);
// The form's own multiple when it has one, else the decree's.
double multipleOf(const AwardForm& form, Nominee::Kind kind);
// The amount in force on `day`: the one with the latest start not after it.
std::optional<qint64> baseSalaryOn(const std::vector<BaseSalary>& salaries, QDate day);
// multiple × base salary, rounded up to the next 10,000 đồng.
qint64 amount(double multiple, qint64 baseSalary);
// "1.410.000 đồng"; "0,3" for a multiple.
QString dong(qint64 amount);
QString multipleText(double multiple);

} // namespace AwardMoney
