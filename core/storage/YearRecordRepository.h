#pragma once
// Reads and writes the annual cycle's records: people's and units' years, initiatives, titles held
// and registrations; and loads, in one go, everything the annual rules read.

#include "core/common/Result.h"
#include "core/domain/Person.h"
#include "core/domain/YearRecord.h"
#include "core/rules/AnnualEligibility.h"

#include <optional>
#include <vector>

class Database;

// What the annual rules read, owned; facts() views it.
struct AnnualData {
    EvaluationPeriod period;
    std::vector<AnnualTitleDefinition> titles;
    std::vector<AnnualRuleValue> rules;
    std::vector<Person> people;
    std::vector<PersonYear> personYears;
    std::vector<UnitYear> unitYears;
    std::vector<Initiative> initiatives;
    std::vector<ConferredTitle> conferred;
    std::vector<Registration> registrations;

    Annual::Facts facts() const
    {
        return { period, rules, people, personYears, unitYears, initiatives, conferred };
    }
};

class YearRecordRepository final {
public:
    explicit YearRecordRepository(Database& database)
        : m_db(database)
    {
    }

    Result<AnnualData> load() const;

    Result<std::vector<PersonYear>> personYears(std::optional<int> year = std::nullopt) const;
    // Saves the records together: all land or none (a grid's save).
    Status savePersonYears(const std::vector<PersonYear>& records);
    Status removePersonYear(qint64 personId, int year);

    Result<std::vector<UnitYear>> unitYears(std::optional<int> year = std::nullopt) const;
    Status saveUnitYears(const std::vector<UnitYear>& records);

    Result<std::vector<Initiative>> initiatives() const; // by year, then title
    Result<qint64> addInitiative(const Initiative& initiative);
    Status updateInitiative(const Initiative& initiative);
    Status removeInitiative(qint64 id);

    Result<std::vector<ConferredTitle>> conferred(std::optional<int> year = std::nullopt) const;
    Result<qint64> addConferred(const ConferredTitle& title);
    Status removeConferred(qint64 id);

    Result<std::vector<Registration>> registrations(std::optional<int> year = std::nullopt) const;
    // The titles a unit or person registered for a year, replacing what was registered before.
    Status setRegistrations(Nominee subject, int year, const std::vector<AnnualTitle>& titles, std::optional<QDate> registeredOn);

private:
    Database& m_db;
};
