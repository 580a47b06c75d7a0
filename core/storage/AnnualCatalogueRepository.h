#pragma once
// Reads and writes what the annual cycle is judged by: the agency's evaluation period, the
// catalogue of annual titles and the rule values with their legal basis and dates.

#include "core/common/Result.h"
#include "core/domain/AnnualTitle.h"
#include "core/domain/EvaluationPeriod.h"

#include <vector>

class Database;

class AnnualCatalogueRepository final {
public:
    explicit AnnualCatalogueRepository(Database& database)
        : m_db(database)
    {
    }

    Result<EvaluationPeriod> period() const; // the calendar year until the agency says otherwise
    Status setPeriod(const EvaluationPeriod& period);

    Result<std::vector<AnnualTitleDefinition>> titles() const; // in the catalogue's order
    Status saveTitle(const AnnualTitleDefinition& title); // the title's row: name, who confers, bonus, basis, dates

    Result<std::vector<AnnualRuleValue>> ruleValues() const; // by rule, oldest first
    Status saveRuleValue(const AnnualRuleValue& value); // replaces the value of the same rule and first day
    Status removeRuleValue(AnnualRule rule, QDate validFrom);

private:
    Database& m_db;
};
