#pragma once
// Reads and writes the award forms kept as reference data.

#include "core/common/Result.h"
#include "core/domain/AwardForm.h"
#include "core/domain/AwardMoney.h"

#include <vector>

class Database;

class AwardFormRepository final {
public:
    explicit AwardFormRepository(Database& database)
        : m_db(database)
    {
    }

    Result<std::vector<AwardForm>> all() const; // highest level first
    Result<qint64> add(const AwardForm& form);
    // The form's own multiples of the base salary; empty ones fall back to the decree's.
    Status setMultiples(qint64 formId, std::optional<double> person, std::optional<double> unit);

    // The base salary, each amount with the day it applies from, oldest first.
    Result<std::vector<BaseSalary>> baseSalaries() const;
    Status saveBaseSalary(const BaseSalary& salary); // replaces the amount of the same day
    Status removeBaseSalary(QDate effectiveFrom);

private:
    Database& m_db;
};
