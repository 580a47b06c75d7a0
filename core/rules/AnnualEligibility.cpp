#include "core/rules/AnnualEligibility.h"

#include <algorithm>

namespace Annual {

namespace {

constexpr int NotRated = -1;

int ratingValue(const PersonYear* record) { return record && record->rating ? int(*record->rating) : NotRated; }

// Ratings are ordered best first: Excellent (0) … NotCompleted (3).
bool ratedAtLeast(std::optional<TaskRating> rating, TaskRating least) { return rating && int(*rating) <= int(least); }

bool seriouslyDisciplined(const PersonYear& record)
{
    return record.discipline == Discipline::Warning || record.discipline == Discipline::Severe;
}

// Shares are compared in whole people: have/of against percent, without rounding surprises.
bool shareMet(int have, int of, double percent, bool strict)
{
    if (of <= 0)
        return false;
    const double left = double(have) * 100.0;
    const double right = percent * double(of);
    return strict ? left > right + 1e-9 : left >= right - 1e-9;
}

Condition plain(Check check, bool met)
{
    Condition c;
    c.check = check;
    c.met = met;
    return c;
}

} // namespace

bool Alternative::met() const
{
    return std::all_of(conditions.begin(), conditions.end(), [](const Condition& c) { return c.met; });
}

std::vector<const Condition*> Verdict::failures() const
{
    std::vector<const Condition*> failed;
    for (const Condition& c : conditions)
        if (!c.met)
            failed.push_back(&c);
    const bool anyAlternative = std::any_of(alternatives.begin(), alternatives.end(), [](const Alternative& a) { return a.met(); });
    if (!alternatives.empty() && !anyAlternative)
        for (const Alternative& a : alternatives)
            for (const Condition& c : a.conditions)
                if (!c.met)
                    failed.push_back(&c);
    return failed;
}

namespace {
void settle(Verdict& verdict)
{
    const bool all = std::all_of(verdict.conditions.begin(), verdict.conditions.end(), [](const Condition& c) { return c.met; });
    verdict.route = Route::None;
    for (const Alternative& a : verdict.alternatives)
        if (a.met()) {
            verdict.route = a.route;
            break;
        }
    verdict.eligible = all && (verdict.alternatives.empty() || verdict.route != Route::None);
}
} // namespace

Eligibility::Eligibility(const Facts& facts)
    : m_facts(facts)
{
    m_people.reserve(facts.people.size());
    m_personIndex.reserve(qsizetype(facts.people.size()));
    for (const Person& person : facts.people) {
        m_personIndex.insert(person.id, int(m_people.size()));
        m_currentMembers[person.unitId].push_back(int(m_people.size()));
        m_people.push_back({ person.id, person.unitId, {}, {}, {} });
    }
    auto indexOf = [&](qint64 id) { return m_personIndex.value(id, -1); };
    for (const PersonYear& record : facts.personYears)
        if (const int i = indexOf(record.personId); i >= 0) {
            m_people[size_t(i)].years.push_back(&record);
            m_ratedMembers[qMakePair(record.unitId, record.year)].push_back(i);
        }
    for (const Initiative& initiative : facts.initiatives)
        if (const int i = indexOf(initiative.personId); i >= 0)
            m_people[size_t(i)].initiatives.push_back(&initiative);
    for (const ConferredTitle& title : facts.conferred)
        if (title.subject.kind == Nominee::Kind::Person)
            if (const int i = indexOf(title.subject.id); i >= 0)
                m_people[size_t(i)].titles.push_back(&title);
    for (const UnitYear& record : facts.unitYears)
        m_unitYears[record.unitId].push_back(&record);
}

const AnnualRuleValue* Eligibility::ruleEntry(AnnualRule rule, int year) const
{
    const QDate day = m_facts.period.lastDay(year);
    const AnnualRuleValue* best = nullptr;
    for (const AnnualRuleValue& value : m_facts.rules)
        if (value.rule == rule && value.appliesOn(day) && (!best || value.validFrom > best->validFrom))
            best = &value;
    return best;
}

std::optional<Condition> Eligibility::ruleValue(AnnualRule rule, int year, double& value) const
{
    if (const AnnualRuleValue* entry = ruleEntry(rule, year)) {
        value = entry->value;
        return std::nullopt;
    }
    Condition missing = plain(Check::RuleMissing, false);
    missing.rule = rule;
    missing.toYear = year;
    return missing;
}

const Eligibility::PersonFacts* Eligibility::facts(qint64 personId) const
{
    const int i = m_personIndex.value(personId, -1);
    return i < 0 ? nullptr : &m_people[size_t(i)];
}

const PersonYear* Eligibility::record(const PersonFacts& p, int year) const
{
    for (const PersonYear* r : p.years)
        if (r->year == year)
            return r;
    return nullptr;
}

const UnitYear* Eligibility::unitRecord(qint64 unitId, int year) const
{
    const auto it = m_unitYears.constFind(unitId);
    if (it == m_unitYears.cend())
        return nullptr;
    for (const UnitYear* r : *it)
        if (r->year == year)
            return r;
    return nullptr;
}

bool Eligibility::holds(const PersonFacts& p, AnnualTitle title, int year) const
{
    return std::any_of(p.titles.begin(), p.titles.end(), [&](const ConferredTitle* t) { return t->title == title && t->year == year; });
}

std::optional<int> Eligibility::lastConferred(const PersonFacts& p, AnnualTitle title, int before) const
{
    std::optional<int> last;
    for (const ConferredTitle* t : p.titles)
        if (t->title == title && t->year < before && (!last || t->year > *last))
            last = t->year;
    return last;
}

bool Eligibility::isAdvanced(const PersonFacts& p, int year) const
{
    const PersonYear* r = record(p, year);
    return r && !r->underReview && r->discipline == Discipline::None && ratedAtLeast(r->rating, TaskRating::Good);
}

int Eligibility::count(const PersonFacts& p, int fromYear, int toYear, std::optional<InitiativeKind> kind, InitiativeScope atLeast) const
{
    return int(std::count_if(p.initiatives.begin(), p.initiatives.end(), [&](const Initiative* i) {
        return i->year >= fromYear && i->year <= toYear && (!kind || i->kind == *kind) && int(i->scope) >= int(atLeast);
    }));
}

Condition Eligibility::scopeWork(Check check, const PersonFacts& p, int fromYear, int year, InitiativeScope scope) const
{
    Condition c = plain(check, false);
    c.fromYear = fromYear;
    c.toYear = year;
    c.have = count(p, fromYear, year, std::nullopt, scope);
    c.need = 1;
    c.met = c.have > 0;
    return c;
}

namespace {
// have of need consecutive years (or times) up to `year`, the earliest counted being fromYear.
Condition consecutive(Check check, int have, int need, int fromYear, int year, AnnualRule rule)
{
    Condition c = plain(check, have >= need);
    c.have = have;
    c.need = need;
    c.fromYear = fromYear;
    c.toYear = year;
    c.rule = rule;
    return c;
}
} // namespace

bool Eligibility::isGrassroots(const PersonFacts& p, int year) const
{
    if (!isAdvanced(p, year))
        return false;
    const PersonYear* r = record(p, year);
    return ratedAtLeast(r->rating, TaskRating::Excellent) || count(p, year, year, std::nullopt, InitiativeScope::Grassroots) > 0;
}

template <typename Has> int Eligibility::run(int year, std::optional<int> after, int limit, Has has) const
{
    int length = 0;
    for (int y = year; length < limit && (!after || y > *after) && has(y); --y)
        ++length;
    return length;
}

bool Eligibility::isProvinceFighter(const PersonFacts& p, int year) const
{
    return provinceFighter(p, year).eligible;
}

void Eligibility::addStanding(Verdict& verdict, const PersonFacts& p, int year) const
{
    const PersonYear* r = record(p, year);
    Condition review = plain(Check::NotUnderReview, !(r && r->underReview));
    review.toYear = year;
    Condition discipline = plain(Check::NotDisciplined, !(r && r->discipline != Discipline::None));
    discipline.toYear = year;
    discipline.have = r ? int(r->discipline) : 0;
    verdict.conditions.push_back(std::move(review));
    verdict.conditions.push_back(std::move(discipline));
}

Verdict Eligibility::advancedWorker(const PersonFacts& p, int year) const
{
    Verdict v { AnnualTitle::AdvancedWorker, { Nominee::Kind::Person, p.id }, year, {}, {}, false, Route::None };
    v.conditions.reserve(3);
    addStanding(v, p, year);
    const PersonYear* r = record(p, year);
    Condition rated = plain(Check::RatedGoodOrBetter, r && ratedAtLeast(r->rating, TaskRating::Good));
    rated.have = ratingValue(r);
    rated.toYear = year;
    v.conditions.push_back(std::move(rated));
    settle(v);
    return v;
}

Verdict Eligibility::grassrootsFighter(const PersonFacts& p, int year) const
{
    Verdict v { AnnualTitle::GrassrootsEmulationFighter, { Nominee::Kind::Person, p.id }, year, {}, {}, false, Route::None };
    Condition advanced = plain(Check::AdvancedWorker, isAdvanced(p, year));
    advanced.toYear = year;
    v.conditions.push_back(std::move(advanced));
    const PersonYear* r = record(p, year);
    Condition excellent = plain(Check::RatedExcellent, r && ratedAtLeast(r->rating, TaskRating::Excellent));
    excellent.have = ratingValue(r);
    excellent.toYear = year;
    Condition initiative = plain(Check::InitiativeInYear, false);
    initiative.have = count(p, year, year, InitiativeKind::Initiative, InitiativeScope::Grassroots);
    initiative.met = initiative.have > 0;
    initiative.toYear = year;
    Condition research = plain(Check::ResearchInYear, false);
    research.have = count(p, year, year, InitiativeKind::Research, InitiativeScope::Grassroots);
    research.met = research.have > 0;
    research.toYear = year;
    v.alternatives = { { Route::Excellent, { std::move(excellent) } }, { Route::Initiative, { std::move(initiative) } },
        { Route::Research, { std::move(research) } } };
    settle(v);
    return v;
}

Verdict Eligibility::provinceFighter(const PersonFacts& p, int year) const
{
    Verdict v { AnnualTitle::ProvinceEmulationFighter, { Nominee::Kind::Person, p.id }, year, {}, {}, false, Route::None };
    double need = 0;
    if (!readRules(v, { { AnnualRule::ProvinceFighterConsecutiveGrassroots, &need } }))
        return v;
    const int needYears = int(need);
    const std::optional<int> after = lastConferred(p, AnnualTitle::ProvinceEmulationFighter, year);
    const int length = run(year, after, needYears, [&](int y) {
        return y == year ? isGrassroots(p, y) : holds(p, AnnualTitle::GrassrootsEmulationFighter, y);
    });
    const int fromYear = year - std::max(length, needYears) + 1;
    v.conditions = { consecutive(Check::ConsecutiveGrassroots, length, needYears, fromYear, year,
                         AnnualRule::ProvinceFighterConsecutiveGrassroots),
        scopeWork(Check::ProvinceScopeWork, p, fromYear, year, InitiativeScope::Province) };
    settle(v);
    return v;
}

Verdict Eligibility::nationalFighter(const PersonFacts& p, int year) const
{
    Verdict v { AnnualTitle::NationalEmulationFighter, { Nominee::Kind::Person, p.id }, year, {}, {}, false, Route::None };
    double need = 0, provinceNeed = 0;
    if (!readRules(v, { { AnnualRule::NationalFighterConsecutiveProvince, &need },
            { AnnualRule::ProvinceFighterConsecutiveGrassroots, &provinceNeed } }))
        return v;
    const int needTimes = int(need);
    const std::optional<int> after = lastConferred(p, AnnualTitle::NationalEmulationFighter, year);
    // CSTĐ cấp tỉnh is conferred at most once per run of CSTĐCS, so its "consecutive times" are the
    // times conferred with no break in CSTĐCS between them.
    int times = isProvinceFighter(p, year) ? 1 : 0;
    int earliest = year;
    if (times > 0) {
        int y = year - 1;
        while (times < needTimes && (!after || y > *after) && holds(p, AnnualTitle::GrassrootsEmulationFighter, y)) {
            if (holds(p, AnnualTitle::ProvinceEmulationFighter, y)) {
                ++times;
                earliest = y;
            }
            --y;
        }
    }
    v.conditions = { consecutive(Check::ConsecutiveProvince, times, needTimes, earliest, year, AnnualRule::NationalFighterConsecutiveProvince),
        scopeWork(Check::NationalScopeWork, p, earliest - int(provinceNeed) + 1, year, InitiativeScope::National) };
    settle(v);
    return v;
}

Verdict Eligibility::provinceMerit(const PersonFacts& p, int year) const
{
    Verdict v { AnnualTitle::ProvinceMerit, { Nominee::Kind::Person, p.id }, year, {}, {}, false, Route::None };
    addStanding(v, p, year);
    double consecutiveNeed = 0, excellentNeed = 0, initiativesNeed = 0;
    if (!readRules(v, { { AnnualRule::MeritConsecutiveGrassroots, &consecutiveNeed }, { AnnualRule::MeritExcellentYears, &excellentNeed },
            { AnnualRule::MeritInitiatives, &initiativesNeed } }))
        return v;
    const std::optional<int> after = lastConferred(p, AnnualTitle::ProvinceMerit, year);

    const int grassrootsYears = run(year, after, int(consecutiveNeed), [&](int y) {
        return y == year ? isGrassroots(p, y) : holds(p, AnnualTitle::GrassrootsEmulationFighter, y);
    });
    Condition grassroots = consecutive(Check::ConsecutiveGrassroots, grassrootsYears, int(consecutiveNeed),
        year - std::max(grassrootsYears, int(consecutiveNeed)) + 1, year, AnnualRule::MeritConsecutiveGrassroots);

    const int excellentYears = run(year, after, int(excellentNeed), [&](int y) {
        const PersonYear* r = record(p, y);
        return r && ratedAtLeast(r->rating, TaskRating::Excellent);
    });
    Condition excellent = consecutive(Check::ExcellentYears, excellentYears, int(excellentNeed),
        year - std::max(excellentYears, int(excellentNeed)) + 1, year, AnnualRule::MeritExcellentYears);
    Condition works = plain(Check::InitiativesInYears, false);
    works.fromYear = excellent.fromYear;
    works.toYear = year;
    works.have = count(p, works.fromYear, year, std::nullopt, InitiativeScope::Grassroots);
    works.need = int(initiativesNeed);
    works.met = works.have >= works.need;
    works.rule = AnnualRule::MeritInitiatives;

    v.alternatives = { { Route::ConsecutiveGrassroots, { std::move(grassroots) } },
        { Route::ExcellentYearsWithInitiatives, { std::move(excellent), std::move(works) } } };
    settle(v);
    return v;
}

std::vector<qint64> Eligibility::members(qint64 unitId, int year) const
{
    std::vector<qint64> ids;
    for (int i : m_ratedMembers.value(qMakePair(unitId, year)))
        ids.push_back(m_people[size_t(i)].id);
    for (int i : m_currentMembers.value(unitId))
        if (!record(m_people[size_t(i)], year))
            ids.push_back(m_people[size_t(i)].id);
    return ids;
}

Eligibility::Members Eligibility::standing(qint64 unitId, int year) const
{
    Members m;
    for (qint64 id : members(unitId, year)) {
        const PersonFacts& p = *facts(id);
        const PersonYear* r = record(p, year);
        m.all.push_back(id);
        if (!r || !r->rating)
            m.unrated.push_back(id);
        if (!r || !ratedAtLeast(r->rating, TaskRating::Completed))
            m.notCompleted.push_back(id);
        if (!isAdvanced(p, year))
            m.notAdvanced.push_back(id);
        if (r && seriouslyDisciplined(*r))
            m.disciplined.push_back(id);
        if (isGrassroots(p, year))
            ++m.grassroots;
    }
    return m;
}

namespace {

Condition unitRating(Check check, const UnitYear* u, TaskRating least, int year)
{
    Condition c = plain(check, u && ratedAtLeast(u->rating, least));
    c.have = u && u->rating ? int(*u->rating) : NotRated;
    c.toYear = year;
    return c;
}

Condition everyoneRated(const std::vector<qint64>& all, const std::vector<qint64>& unrated, int year)
{
    Condition c = plain(Check::MembersRated, !all.empty() && unrated.empty());
    c.of = int(all.size());
    c.people = unrated;
    c.toYear = year;
    return c;
}

// have of `total` members are in; `left` are those who are not.
Condition share(Check check, int total, const std::vector<qint64>& left, double percent, bool strict, AnnualRule rule, int year)
{
    Condition c = plain(check, false);
    c.of = total;
    c.have = total - int(left.size());
    c.percent = percent;
    c.strict = strict;
    c.met = shareMet(c.have, total, percent, strict);
    c.people = left;
    c.rule = rule;
    c.toYear = year;
    return c;
}

} // namespace

bool Eligibility::readRules(Verdict& verdict, std::initializer_list<std::pair<AnnualRule, double*>> rules) const
{
    bool all = true;
    for (auto [rule, value] : rules)
        if (auto missing = ruleValue(rule, verdict.year, *value)) {
            verdict.conditions.push_back(std::move(*missing));
            all = false;
        }
    if (all)
        return true;
    settle(verdict);
    return false;
}

Verdict Eligibility::advancedCollective(qint64 unitId, int year) const
{
    Verdict v { AnnualTitle::AdvancedCollective, { Nominee::Kind::Unit, unitId }, year, {}, {}, false, Route::None };
    double advancedPercent = 0, disciplinedMax = 0;
    if (!readRules(v, { { AnnualRule::AdvancedCollectiveAdvancedPercent, &advancedPercent },
            { AnnualRule::AdvancedCollectiveDisciplinedMembers, &disciplinedMax } }))
        return v;
    const Members m = standing(unitId, year);
    Condition discipline = plain(Check::MembersDisciplined, int(m.disciplined.size()) <= int(disciplinedMax));
    discipline.have = int(m.disciplined.size());
    discipline.need = int(disciplinedMax);
    discipline.people = m.disciplined;
    discipline.rule = AnnualRule::AdvancedCollectiveDisciplinedMembers;
    discipline.toYear = year;
    v.conditions = { unitRating(Check::UnitRatedGoodOrBetter, unitRecord(unitId, year), TaskRating::Good, year),
        everyoneRated(m.all, m.unrated, year),
        share(Check::MembersAdvancedShare, int(m.all.size()), m.notAdvanced, advancedPercent, true,
            AnnualRule::AdvancedCollectiveAdvancedPercent, year),
        std::move(discipline) };
    settle(v);
    return v;
}

Verdict Eligibility::excellentCollective(qint64 unitId, int year) const
{
    Verdict v { AnnualTitle::ExcellentCollective, { Nominee::Kind::Unit, unitId }, year, {}, {}, false, Route::None };
    double completedPercent = 0, advancedPercent = 0, fighters = 0;
    if (!readRules(v, { { AnnualRule::ExcellentCollectiveCompletedPercent, &completedPercent },
            { AnnualRule::ExcellentCollectiveAdvancedPercent, &advancedPercent },
            { AnnualRule::ExcellentCollectiveGrassrootsFighters, &fighters } }))
        return v;
    const Members m = standing(unitId, year);
    const int total = int(m.all.size());
    Condition fighter = plain(Check::MembersGrassrootsFighters, m.grassroots >= int(fighters));
    fighter.have = m.grassroots;
    fighter.need = int(fighters);
    fighter.rule = AnnualRule::ExcellentCollectiveGrassrootsFighters;
    fighter.toYear = year;
    v.conditions = { unitRating(Check::UnitRatedExcellent, unitRecord(unitId, year), TaskRating::Excellent, year),
        everyoneRated(m.all, m.unrated, year),
        share(Check::MembersCompletedShare, total, m.notCompleted, completedPercent, false,
            AnnualRule::ExcellentCollectiveCompletedPercent, year),
        share(Check::MembersAdvancedShare, total, m.notAdvanced, advancedPercent, false,
            AnnualRule::ExcellentCollectiveAdvancedPercent, year),
        std::move(fighter) };
    settle(v);
    return v;
}

Verdict Eligibility::flag(qint64 unitId, AnnualTitle title, int year) const
{
    Verdict v { title, { Nominee::Kind::Unit, unitId }, year, {}, {}, false, Route::None };
    if (title == AnnualTitle::GovernmentFlag) {
        Condition province = plain(Check::ProvinceFlag, flag(unitId, AnnualTitle::ProvinceFlag, year).eligible);
        province.toYear = year;
        v.conditions.push_back(std::move(province));
    } else {
        Condition excellent = plain(Check::ExcellentCollective, excellentCollective(unitId, year).eligible);
        excellent.toYear = year;
        const UnitYear* u = unitRecord(unitId, year);
        Condition leads = plain(Check::LeadsCluster, u && u->leadsCluster);
        leads.toYear = year;
        v.conditions.push_back(std::move(excellent));
        v.conditions.push_back(std::move(leads));
    }
    settle(v);
    return v;
}

Verdict Eligibility::person(qint64 personId, AnnualTitle title, int year) const
{
    const PersonFacts* p = facts(personId);
    if (!p || annualTitleSubject(title) != Nominee::Kind::Person) {
        Verdict none { title, { Nominee::Kind::Person, personId }, year, {}, {}, false, Route::None };
        return none;
    }
    switch (title) {
    case AnnualTitle::AdvancedWorker:
        return advancedWorker(*p, year);
    case AnnualTitle::GrassrootsEmulationFighter:
        return grassrootsFighter(*p, year);
    case AnnualTitle::ProvinceEmulationFighter:
        return provinceFighter(*p, year);
    case AnnualTitle::NationalEmulationFighter:
        return nationalFighter(*p, year);
    case AnnualTitle::ProvinceMerit:
        return provinceMerit(*p, year);
    default:
        return {};
    }
}

Verdict Eligibility::unit(qint64 unitId, AnnualTitle title, int year) const
{
    switch (title) {
    case AnnualTitle::AdvancedCollective:
        return advancedCollective(unitId, year);
    case AnnualTitle::ExcellentCollective:
        return excellentCollective(unitId, year);
    case AnnualTitle::ProvinceFlag:
    case AnnualTitle::GovernmentFlag:
        return flag(unitId, title, year);
    default:
        return { title, { Nominee::Kind::Unit, unitId }, year, {}, {}, false, Route::None };
    }
}

std::vector<Verdict> Eligibility::personTitles(qint64 personId, int year) const
{
    std::vector<Verdict> verdicts;
    for (AnnualTitle title : AllAnnualTitles)
        if (annualTitleSubject(title) == Nominee::Kind::Person)
            verdicts.push_back(person(personId, title, year));
    return verdicts;
}

std::vector<Verdict> Eligibility::unitTitles(qint64 unitId, int year) const
{
    std::vector<Verdict> verdicts;
    for (AnnualTitle title : AllAnnualTitles)
        if (annualTitleSubject(title) == Nominee::Kind::Unit)
            verdicts.push_back(unit(unitId, title, year));
    return verdicts;
}

} // namespace Annual
