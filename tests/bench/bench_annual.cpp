// Annual rules benchmark: 200 units, 10,000 people with five years (2022–2026) of ratings, about
// 10,000 initiatives and the titles conferred in the earlier years; prints the time to load it all
// from the file, to build the rules' indexes, to judge every title for every person and unit in
// the last year (target: under 100 ms with the indexes) and in each of the five years, and to
// write every verdict's explanation for the last year; then the year-end review drawn from it (every
// proposal written, once) and drawn again (nothing new).

#include "core/rules/AnnualExplain.h"
#include "core/season/AnnualReview.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/YearRecordRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>

namespace {

constexpr int UnitCount = 200;
constexpr int PeopleCount = 10000;
constexpr int FirstYear = 2022;
constexpr int LastYear = 2026;
constexpr int Runs = 5;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template <typename Work> double timed(Work work)
{
    std::vector<double> times;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(QStringLiteral("Đo thi đua hằng năm.thidua")));
    if (!opened)
        return 1;
    Database& db = *opened.value();

    std::mt19937 random(2026);
    std::vector<qint64> units, people;
    std::vector<PersonYear> years;
    std::vector<UnitYear> unitYears;
    const Status built = db.transact([&]() -> Status {
        for (int u = 0; u < UnitCount; ++u) {
            Result<qint64> id = UnitRepository(db).add({ 0, QStringLiteral("Đơn vị %1").arg(u + 1), QStringLiteral("DV%1").arg(u + 1), UnitKind::Division, false });
            if (!id)
                return id.error();
            units.push_back(id.value());
        }
        for (int i = 0; i < PeopleCount; ++i) {
            Person p;
            p.fullName = QStringLiteral("Người thứ %1").arg(i + 1);
            p.unitId = units[size_t(i % UnitCount)];
            Result<qint64> id = PersonRepository(db).add(p);
            if (!id)
                return id.error();
            people.push_back(id.value());
        }
        YearRecordRepository records(db);
        std::discrete_distribution<int> rating({ 20, 60, 17, 3 }); // excellent, good, completed, not completed
        for (int year = FirstYear; year <= LastYear; ++year) {
            for (size_t i = 0; i < people.size(); ++i) {
                const TaskRating r = TaskRating(rating(random));
                years.push_back({ people[i], year, units[i % UnitCount], r, random() % 100 == 0 ? Discipline::Warning : Discipline::None, false, {} });
                if (random() % 5 == 0)
                    if (Result<qint64> id = records.addInitiative({ 0, people[i], year, random() % 3 ? InitiativeKind::Initiative : InitiativeKind::Research,
                            QStringLiteral("Sáng kiến %1/%2").arg(i).arg(year), InitiativeScope(random() % 10 == 0 ? 1 : 0), {}, {} });
                        !id)
                        return id.error();
            }
            for (qint64 unit : units)
                unitYears.push_back({ unit, year, TaskRating(random() % 2), random() % 20 == 0, {} });
        }
        if (Status s = records.savePersonYears(years); !s)
            return s;
        return records.saveUnitYears(unitYears);
    });
    if (!built) {
        out << built.error().message << '\n';
        return 1;
    }
    // The earlier years' titles, as the agency's decisions conferred them: what the rules found.
    {
        Result<AnnualData> data = YearRecordRepository(db).load();
        const Status conferred = db.transact([&]() -> Status {
            for (int year = FirstYear; year < LastYear; ++year) {
                const Annual::Eligibility rules(data.value().facts());
                for (qint64 id : people)
                    for (AnnualTitle title : { AnnualTitle::AdvancedWorker, AnnualTitle::GrassrootsEmulationFighter, AnnualTitle::ProvinceEmulationFighter })
                        if (rules.person(id, title, year).eligible)
                            if (Result<qint64> added = YearRecordRepository(db).addConferred({ 0, { Nominee::Kind::Person, id }, year, title, {} }); !added)
                                return added.error();
                data = YearRecordRepository(db).load();
            }
            return {};
        });
        if (!conferred) {
            out << conferred.error().message << '\n';
            return 1;
        }
    }

    Result<AnnualData> data = YearRecordRepository(db).load();
    const double loadMs = timed([&] { data = YearRecordRepository(db).load(); });
    const AnnualData& d = data.value();
    const double indexMs = timed([&] { const Annual::Eligibility rules(d.facts()); });
    const Annual::Eligibility rules(d.facts());

    size_t verdicts = 0, eligible = 0;
    auto judgeYear = [&](int year) {
        for (qint64 id : people)
            for (const Annual::Verdict& v : rules.personTitles(id, year)) {
                ++verdicts;
                eligible += v.eligible ? 1 : 0;
            }
        for (qint64 id : units)
            for (const Annual::Verdict& v : rules.unitTitles(id, year)) {
                ++verdicts;
                eligible += v.eligible ? 1 : 0;
            }
    };
    const double lastYearMs = timed([&] { judgeYear(LastYear); });
    const size_t lastYearVerdicts = verdicts / Runs, lastYearEligible = eligible / Runs;
    const double allYearsMs = timed([&] {
        for (int year = FirstYear; year <= LastYear; ++year)
            judgeYear(year);
    });
    QHash<qint64, QString> names;
    for (const Person& p : d.people)
        names.insert(p.id, p.fullName);
    qsizetype characters = 0;
    const double explainMs = timed([&] {
        characters = 0;
        for (qint64 id : people)
            for (const Annual::Verdict& v : rules.personTitles(id, LastYear))
                characters += Annual::summary(v, d.period, [&](qint64 person) { return names.value(person); }).size();
    });

    out << "Annual rules: " << UnitCount << " units, " << PeopleCount << " people, " << d.personYears.size() << " person-years, "
        << d.initiatives.size() << " initiatives, " << d.conferred.size() << " titles conferred\n";
    out << "  load from the file:                 " << QString::number(loadMs, 'f', 1) << " ms\n";
    out << "  build the rules' indexes:           " << QString::number(indexMs, 'f', 1) << " ms\n";
    out << "  every title, " << LastYear << " (" << lastYearVerdicts << " verdicts, " << lastYearEligible
        << " eligible): " << QString::number(lastYearMs, 'f', 1) << " ms (target < 100 ms)\n";
    out << "  every title, " << FirstYear << "–" << LastYear << ":            " << QString::number(allYearsMs, 'f', 1) << " ms\n";
    out << "  explanations of every person's verdicts, " << LastYear << ": " << QString::number(explainMs, 'f', 1) << " ms ("
        << characters << " characters)\n";
    // The year-end review: written once (one run, it adds), then again (finds nothing new).
    QElapsedTimer review;
    review.start();
    Result<AnnualReview::Outcome> drawn = AnnualReview::prepare(db, LastYear, QStringLiteral("Đo"));
    const double drawMs = double(review.nsecsElapsed()) / 1e6;
    review.restart();
    Result<AnnualReview::Outcome> again = AnnualReview::prepare(db, LastYear, QStringLiteral("Đo"));
    const double againMs = double(review.nsecsElapsed()) / 1e6;
    if (!drawn || !again) {
        out << (!drawn ? drawn.error().message : again.error().message) << '\n';
        return 1;
    }
    out << "  year-end review drawn, " << LastYear << " (" << drawn.value().added << " proposals written): "
        << QString::number(drawMs, 'f', 0) << " ms; drawn again (" << again.value().added << " new): " << QString::number(againMs, 'f', 0)
        << " ms\n";
    return lastYearMs < 100 ? 0 : 2;
}
