#include "core/domain/AwardMoney.h"

#include <cmath>

namespace AwardMoney {

double defaultMultiple(AwardLevel level, Nominee::Kind kind)
{
    double person = 0.3;
    switch (level) {
    case AwardLevel::Agency:
        person = 0.3;
        break;
    case AwardLevel::Province:
        person = 1.5;
        break;
    case AwardLevel::Government:
        person = 3.5;
        break;
    case AwardLevel::State:
        person = 4.5;
        break;
    }
    return kind == Nominee::Kind::Unit ? 2 * person : person;
}

double multipleOf(const AwardForm& form, Nominee::Kind kind)
{
    const std::optional<double>& own = kind == Nominee::Kind::Unit ? form.bonusUnit : form.bonusPerson;
    return own && *own > 0 ? *own : defaultMultiple(form.level, kind);
}

std::optional<qint64> baseSalaryOn(const std::vector<BaseSalary>& salaries, QDate day)
{
    std::optional<BaseSalary> best;
    for (const BaseSalary& salary : salaries)
        if (salary.effectiveFrom <= day && (!best || salary.effectiveFrom > best->effectiveFrom))
            best = salary;
    return best ? std::optional<qint64>(best->amount) : std::nullopt;
}

qint64 amount(double multiple, qint64 baseSalary)
{
    // In whole đồng first (0.3 × 2,340,000 is 701,999.99… in floating point), then up to 10,000.
    const qint64 exact = std::llround(multiple * double(baseSalary));
    return (exact + 9999) / 10000 * 10000;
}

QString dong(qint64 amount)
{
    QString digits = QString::number(amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return digits + QStringLiteral(" đồng");
}

QString multipleText(double multiple) { return QString::number(multiple, 'g', 4).replace(QLatin1Char('.'), QLatin1Char(',')); }

} // namespace AwardMoney
