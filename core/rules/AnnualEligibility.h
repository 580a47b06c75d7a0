#pragma once
// Who meets which annual title's standards, computed from the year records, the initiatives and
// the titles held in earlier years, with each condition kept so the verdict explains itself
// (AnnualExplain turns a condition into the sentence the clerk reads).
//
// How years count: the evaluated year's own titles are the computed ones (CSTĐ cấp tỉnh is
// proposed in the year of the third CSTĐCS, reviewed together); earlier years count by the titles
// conferred. A run of consecutive titles starts again after the title it leads to was last
// conferred: one achievement is not rewarded twice.

#include "core/domain/AnnualTitle.h"
#include "core/domain/EvaluationPeriod.h"
#include "core/domain/Person.h"
#include "core/domain/YearRecord.h"

#include <QHash>

#include <initializer_list>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace Annual {

enum class Check {
    RuleMissing, // no value of `rule` applies to the period
    NotUnderReview, // not under disciplinary review, investigation or an open complaint
    NotDisciplined, // no discipline in the period
    RatedGoodOrBetter, // hoàn thành tốt nhiệm vụ trở lên (have: TaskRating as int, -1: not rated)
    AdvancedWorker, // đạt Lao động tiên tiến in the year
    RatedExcellent, // hoàn thành xuất sắc nhiệm vụ
    InitiativeInYear, // a sáng kiến recognised in the year (have: how many)
    ResearchInYear, // an đề tài / đề án / công trình accepted in the year
    ConsecutiveGrassroots, // CSTĐCS in consecutive years fromYear…toYear (have of need)
    ConsecutiveProvince, // CSTĐ cấp tỉnh in consecutive years
    ProvinceScopeWork, // an initiative or research of province scope or wider in fromYear…toYear
    NationalScopeWork, // … of national scope
    ExcellentYears, // consecutive years rated excellent
    InitiativesInYears, // initiatives and research recognised in fromYear…toYear (have of need)
    UnitRatedGoodOrBetter,
    UnitRatedExcellent,
    MembersRated, // every member has the year's rating (people: those without)
    MembersCompletedShare, // have of `of` members completed their tasks, need: percent
    MembersAdvancedShare, // have of `of` members LĐTT, need: percent (strict: more than)
    MembersGrassrootsFighters, // at least need members CSTĐCS
    MembersDisciplined, // at most need members disciplined with a warning or worse (people: who)
    ExcellentCollective, // đạt Tập thể lao động xuất sắc in the year
    LeadsCluster, // dẫn đầu cụm, khối thi đua
    ProvinceFlag, // đạt Cờ thi đua của UBND tỉnh in the year
};

struct Condition {
    Check check = Check::RuleMissing;
    bool met = false;
    int have = 0;
    int need = 0;
    int of = 0; // the base of a share
    double percent = 0; // the threshold of a share
    bool strict = false; // the share must be more than the threshold
    int fromYear = 0;
    int toYear = 0;
    std::optional<AnnualRule> rule; // the rule value it used (for its legal basis)
    std::vector<qint64> people; // for a unit: the members who fall short
};

// Which of a title's alternative standards was met.
enum class Route {
    None,
    Excellent, // CSTĐCS: hoàn thành xuất sắc nhiệm vụ
    Initiative, // CSTĐCS: sáng kiến
    Research, // CSTĐCS: đề tài, đề án, công trình
    ConsecutiveGrassroots, // Bằng khen: CSTĐCS liên tục
    ExcellentYearsWithInitiatives, // Bằng khen: hoàn thành xuất sắc liên tục, với sáng kiến
};

struct Alternative {
    Route route = Route::None;
    std::vector<Condition> conditions;
    bool met() const;
};

struct Verdict {
    AnnualTitle title = AnnualTitle::AdvancedWorker;
    Nominee subject;
    int year = 0;
    std::vector<Condition> conditions; // every one must hold
    std::vector<Alternative> alternatives; // when any: one of them must hold as well
    bool eligible = false;
    Route route = Route::None; // the first alternative that holds

    // The conditions that fail, the alternatives' when none holds.
    std::vector<const Condition*> failures() const;
};

// What the rules read; views into data the caller owns.
struct Facts {
    EvaluationPeriod period;
    std::span<const AnnualRuleValue> rules;
    std::span<const Person> people; // their current unit places someone rated nowhere yet
    std::span<const PersonYear> personYears;
    std::span<const UnitYear> unitYears;
    std::span<const Initiative> initiatives;
    std::span<const ConferredTitle> conferred;
};

class Eligibility final {
public:
    explicit Eligibility(const Facts& facts);

    Verdict person(qint64 personId, AnnualTitle title, int year) const;
    Verdict unit(qint64 unitId, AnnualTitle title, int year) const;
    // Every title of the subject's kind, in the catalogue's order.
    std::vector<Verdict> personTitles(qint64 personId, int year) const;
    std::vector<Verdict> unitTitles(qint64 unitId, int year) const;
    // The members of a unit in a year: rated there, or placed there now and rated nowhere.
    std::vector<qint64> members(qint64 unitId, int year) const;

    // The value of a rule for a period, and the entry it comes from (none: no value applies).
    const AnnualRuleValue* ruleEntry(AnnualRule rule, int year) const;

private:
    struct PersonFacts {
        qint64 id = 0;
        qint64 currentUnit = 0;
        std::vector<const PersonYear*> years;
        std::vector<const Initiative*> initiatives;
        std::vector<const ConferredTitle*> titles;
    };
    const PersonFacts* facts(qint64 personId) const;
    const PersonYear* record(const PersonFacts& p, int year) const;
    bool holds(const PersonFacts& p, AnnualTitle title, int year) const; // conferred
    std::optional<int> lastConferred(const PersonFacts& p, AnnualTitle title, int before) const;
    bool isAdvanced(const PersonFacts& p, int year) const;
    bool isGrassroots(const PersonFacts& p, int year) const;
    bool isProvinceFighter(const PersonFacts& p, int year) const;
    int count(const PersonFacts& p, int fromYear, int toYear, std::optional<InitiativeKind> kind, InitiativeScope atLeast) const;
    // An initiative or research of at least `scope` recognised in fromYear…year.
    Condition scopeWork(Check check, const PersonFacts& p, int fromYear, int year, InitiativeScope scope) const;
    // Consecutive years back from `year` for which `has` is true, after `after`, up to `limit`.
    template <typename Has> int run(int year, std::optional<int> after, int limit, Has has) const;

    Verdict advancedWorker(const PersonFacts& p, int year) const;
    Verdict grassrootsFighter(const PersonFacts& p, int year) const;
    Verdict provinceFighter(const PersonFacts& p, int year) const;
    Verdict nationalFighter(const PersonFacts& p, int year) const;
    Verdict provinceMerit(const PersonFacts& p, int year) const;
    Verdict advancedCollective(qint64 unitId, int year) const;
    Verdict excellentCollective(qint64 unitId, int year) const;
    Verdict flag(qint64 unitId, AnnualTitle title, int year) const;

    // The members' standing a collective title looks at.
    struct Members {
        std::vector<qint64> all, unrated, notCompleted, notAdvanced, disciplined;
        int grassroots = 0;
    };
    Members standing(qint64 unitId, int year) const;

    void addStanding(Verdict& verdict, const PersonFacts& p, int year) const;
    // Reads the rules' values for the verdict's year; false, with the verdict settled on the
    // missing ones, when any has no value.
    bool readRules(Verdict& verdict, std::initializer_list<std::pair<AnnualRule, double*>> rules) const;
    std::optional<Condition> ruleValue(AnnualRule rule, int year, double& value) const;
    const UnitYear* unitRecord(qint64 unitId, int year) const;

    Facts m_facts;
    std::vector<PersonFacts> m_people;
    QHash<qint64, int> m_personIndex;
    QHash<qint64, std::vector<int>> m_currentMembers; // unit → people placed there now
    QHash<QPair<qint64, int>, std::vector<int>> m_ratedMembers; // (unit, year) → people rated there
    QHash<qint64, std::vector<const UnitYear*>> m_unitYears;
};

} // namespace Annual
