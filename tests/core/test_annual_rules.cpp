#include "tests/support/AnnualSeason.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/domain/Labels.h"
#include "core/rules/AnnualExplain.h"
#include "core/storage/AnnualCatalogueRepository.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/YearRecordRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <map>
#include <set>

using A = AnnualTitle;

namespace {

struct Judged {
    AnnualData data;
    Annual::Eligibility rules;
    explicit Judged(AnnualData loaded)
        : data(std::move(loaded))
        , rules(data.facts())
    {
    }
};

std::unique_ptr<Judged> judge(Database& db)
{
    Result<AnnualData> data = YearRecordRepository(db).load();
    REQUIRE_OK(data);
    return std::make_unique<Judged>(std::move(data.value()));
}

std::set<A> eligibleTitles(const std::vector<Annual::Verdict>& verdicts)
{
    std::set<A> titles;
    for (const Annual::Verdict& v : verdicts)
        if (v.eligible)
            titles.insert(v.title);
    return titles;
}

// Every failed condition of a verdict, as the clerk reads it.
QString reasons(const Judged& j, const AnnualSeason& season, const Annual::Verdict& v)
{
    return Annual::summary(v, j.data.period, [&](qint64 id) { return season.names.value(id); });
}

} // namespace

TEST_CASE("a three-year season: every person and unit is due exactly the titles its records earn")
{
    FreshDatabase fresh;
    const AnnualSeason season = buildAnnualSeason(*fresh.db);
    const auto j = judge(*fresh.db);
    const int y = AnnualSeason::Year;

    const std::set<A> good { A::AdvancedWorker };
    const std::set<A> fighter { A::AdvancedWorker, A::GrassrootsEmulationFighter };
    const std::set<A> fighterMerit { A::AdvancedWorker, A::GrassrootsEmulationFighter, A::ProvinceMerit };
    const std::map<QString, std::set<A>> expected {
        { QStringLiteral("An"), { A::AdvancedWorker, A::GrassrootsEmulationFighter, A::ProvinceEmulationFighter, A::ProvinceMerit } },
        { QStringLiteral("Bình"), fighterMerit },
        { QStringLiteral("Chi"), fighterMerit },
        { QStringLiteral("Dũng"), good },
        { QStringLiteral("Giang"), {} },
        { QStringLiteral("Hà"), {} },
        { QStringLiteral("Khánh"), fighterMerit },
        { QStringLiteral("Lan"), fighterMerit },
        { QStringLiteral("Minh"), {} },
        { QStringLiteral("Nam"), {} },
        { QStringLiteral("Oanh"),
            { A::AdvancedWorker, A::GrassrootsEmulationFighter, A::ProvinceEmulationFighter, A::NationalEmulationFighter, A::ProvinceMerit } },
        { QStringLiteral("Phúc"), good },
        { QStringLiteral("Quân"), good },
        { QStringLiteral("Sơn"), good },
        { QStringLiteral("Tâm"), good },
        { QStringLiteral("Uyên"), good },
        { QStringLiteral("Việt"), {} },
    };
    REQUIRE(season.people.size() == qsizetype(expected.size()));
    for (const auto& [name, titles] : expected) {
        INFO(name.toStdString());
        CHECK(eligibleTitles(j->rules.personTitles(season[name], y)) == titles);
    }
    CHECK(eligibleTitles(j->rules.unitTitles(season.science, y)).empty());
    CHECK(eligibleTitles(j->rules.unitTitles(season.office, y))
        == std::set<A> { A::AdvancedCollective, A::ExcellentCollective, A::ProvinceFlag, A::GovernmentFlag });
    CHECK(eligibleTitles(j->rules.unitTitles(season.inspectorate, y)).empty());
}

TEST_CASE("a title met says by which route; one refused says which condition fails, for whom")
{
    FreshDatabase fresh;
    const AnnualSeason season = buildAnnualSeason(*fresh.db);
    const auto j = judge(*fresh.db);
    const int y = AnnualSeason::Year;
    auto person = [&](const QString& name, A title) { return j->rules.person(season[name], title, y); };
    auto why = [&](const Annual::Verdict& v) { return reasons(*j, season, v); };

    CHECK(person(QStringLiteral("An"), A::GrassrootsEmulationFighter).route == Annual::Route::Excellent);
    CHECK(person(QStringLiteral("Chi"), A::GrassrootsEmulationFighter).route == Annual::Route::Initiative);
    CHECK(person(QStringLiteral("An"), A::ProvinceMerit).route == Annual::Route::ConsecutiveGrassroots);
    CHECK(person(QStringLiteral("Khánh"), A::ProvinceMerit).route == Annual::Route::ExcellentYearsWithInitiatives);
    CHECK(why(person(QStringLiteral("Khánh"), A::ProvinceMerit))
        == QStringLiteral("Đủ điều kiện (theo hoàn thành xuất sắc nhiệm vụ liên tục, có sáng kiến)"));

    CHECK(why(person(QStringLiteral("Bình"), A::ProvinceEmulationFighter))
        == QStringLiteral("Chưa đủ điều kiện: Chưa có sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh trở lên (từ năm 2024 đến năm 2026)"));
    CHECK(why(person(QStringLiteral("Chi"), A::ProvinceEmulationFighter))
        == QStringLiteral("Chưa đủ điều kiện: Mới đạt Chiến sĩ thi đua cơ sở 2 năm liên tục tính đến năm 2026, cần 3 năm; "
                          "Chưa có sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh trở lên (từ năm 2024 đến năm 2026)"));
    // Lan was CSTĐ cấp tỉnh for 2023–2025: those years are spent, the count starts again.
    CHECK(why(person(QStringLiteral("Lan"), A::ProvinceEmulationFighter))
        == QStringLiteral("Chưa đủ điều kiện: Mới đạt Chiến sĩ thi đua cơ sở 1 năm liên tục tính đến năm 2026, cần 3 năm"));
    CHECK(why(person(QStringLiteral("Giang"), A::AdvancedWorker))
        == QStringLiteral("Chưa đủ điều kiện: Xếp loại năm 2026: hoàn thành nhiệm vụ, chưa đạt hoàn thành tốt nhiệm vụ trở lên"));
    CHECK(why(person(QStringLiteral("Hà"), A::AdvancedWorker)) == QStringLiteral("Chưa đủ điều kiện: Bị kỷ luật (khiển trách) trong năm 2026"));
    CHECK(why(person(QStringLiteral("Minh"), A::AdvancedWorker))
        == QStringLiteral("Chưa đủ điều kiện: Đang bị xem xét kỷ luật, điều tra, thanh tra hoặc có đơn thư chưa giải quyết (năm 2026)"));
    CHECK(why(person(QStringLiteral("Nam"), A::AdvancedWorker)) == QStringLiteral("Chưa đủ điều kiện: Chưa có xếp loại năm 2026"));
    CHECK(why(person(QStringLiteral("Dũng"), A::GrassrootsEmulationFighter))
        == QStringLiteral("Chưa đủ điều kiện: Không hoàn thành xuất sắc nhiệm vụ năm 2026 (hoàn thành tốt nhiệm vụ); "
                          "Không có sáng kiến được công nhận năm 2026; Không có đề tài, đề án, công trình khoa học được nghiệm thu năm 2026"));
    CHECK(why(person(QStringLiteral("Khánh"), A::NationalEmulationFighter))
        == QStringLiteral("Chưa đủ điều kiện: Chưa đạt Chiến sĩ thi đua cấp tỉnh năm 2026, cần 2 lần liên tục; "
                          "Chưa có sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc (từ năm 2024 đến năm 2026)"));

    const QString science = why(j->rules.unit(season.science, A::ExcellentCollective, y));
    CHECK(science
        == QStringLiteral("Chưa đủ điều kiện: Chưa có xếp loại năm 2026: Ngô Văn Nam; "
                          "9/10 thành viên hoàn thành nhiệm vụ trở lên, cần 100%. Chưa hoàn thành: Ngô Văn Nam; "
                          "6/10 thành viên đạt Lao động tiên tiến, cần ít nhất 70%. Chưa đạt: Hoàng Thị Giang, Vũ Thị Hà, Đỗ Văn Minh, Ngô Văn Nam"));
    CHECK(why(j->rules.unit(season.inspectorate, A::AdvancedCollective, y))
        == QStringLiteral("Chưa đủ điều kiện: 1 thành viên bị kỷ luật từ cảnh cáo trở lên, chỉ cho phép tối đa 0. Bị kỷ luật: Lê Văn Việt"));
    CHECK(why(j->rules.unit(season.science, A::ProvinceFlag, y)) == QStringLiteral("Chưa đủ điều kiện: Chưa đạt Tập thể lao động xuất sắc năm 2026"));
    CHECK(why(j->rules.unit(season.office, A::ExcellentCollective, y)) == QStringLiteral("Đủ điều kiện"));
}

TEST_CASE("the standards' numbers are rule values with their dates: a new value changes the verdict from its first day")
{
    FreshDatabase fresh;
    const AnnualSeason season = buildAnnualSeason(*fresh.db);
    const int y = AnnualSeason::Year;
    AnnualCatalogueRepository catalogue(*fresh.db);

    Result<std::vector<AnnualRuleValue>> values = catalogue.ruleValues();
    REQUIRE_OK(values);
    CHECK(values.value().size() == std::size(AllAnnualRules));
    for (const AnnualRuleValue& v : values.value()) {
        INFO(annualRuleLabel(v.rule).toStdString());
        CHECK_FALSE(v.legalBasis.isEmpty());
        CHECK(v.validFrom == QDate(2024, 1, 1));
    }

    // A provincial rule lowering the share of LĐTT a TTLĐXS needs to 60 % from 2026 only.
    REQUIRE_OK(catalogue.saveRuleValue({ AnnualRule::ExcellentCollectiveAdvancedPercent, 60,
        QStringLiteral("Quy chế thi đua, khen thưởng tỉnh (giả định cho kiểm thử)"), QDate(2026, 1, 1), std::nullopt }));
    {
        const auto j = judge(*fresh.db);
        const Annual::Verdict v = j->rules.unit(season.science, A::ExcellentCollective, y);
        const auto share = std::find_if(v.conditions.begin(), v.conditions.end(), [](const Annual::Condition& c) { return c.check == Annual::Check::MembersAdvancedShare; });
        REQUIRE(share != v.conditions.end());
        CHECK(share->met); // 6/10 ≥ 60 %
        CHECK(j->rules.ruleEntry(AnnualRule::ExcellentCollectiveAdvancedPercent, y)->legalBasis.startsWith(QStringLiteral("Quy chế")));
        CHECK(j->rules.ruleEntry(AnnualRule::ExcellentCollectiveAdvancedPercent, y - 1)->value == 70);
    }

    // A rule with no value for the year refuses with the rule's name, never with a guessed number.
    REQUIRE_OK(catalogue.removeRuleValue(AnnualRule::ProvinceFighterConsecutiveGrassroots, QDate(2024, 1, 1)));
    const auto j = judge(*fresh.db);
    const Annual::Verdict an = j->rules.person(season[QStringLiteral("An")], A::ProvinceEmulationFighter, y);
    CHECK_FALSE(an.eligible);
    CHECK(reasons(*j, season, an).contains(QStringLiteral("Chưa có giá trị của quy định «Chiến sĩ thi đua cấp tỉnh: số năm liên tục")));

    // Values are checked, naming the field; nothing is written when refused.
    CHECK(catalogue.saveRuleValue({ AnnualRule::MeritInitiatives, -1, QStringLiteral("x"), QDate(2026, 1, 1), std::nullopt })
              .error().message.contains(QStringLiteral("«Giá trị»")));
    CHECK(catalogue.saveRuleValue({ AnnualRule::MeritInitiatives, 3, QString(), QDate(2026, 1, 1), std::nullopt })
              .error().message.contains(QStringLiteral("«Căn cứ»")));
    CHECK(catalogue.saveRuleValue({ AnnualRule::MeritInitiatives, 3, QStringLiteral("x"), QDate(2026, 1, 1), QDate(2025, 1, 1) })
              .error().message.contains(QStringLiteral("«Áp dụng đến ngày»")));
    CHECK(catalogue.ruleValues().value().size() == std::size(AllAnnualRules)); // one added, one removed
}

TEST_CASE("the title catalogue holds who confers each title, its bonus and legal basis, and keeps the clerk's edits")
{
    FreshDatabase fresh;
    AnnualCatalogueRepository catalogue(*fresh.db);
    Result<std::vector<AnnualTitleDefinition>> titles = catalogue.titles();
    REQUIRE_OK(titles);
    REQUIRE(titles.value().size() == std::size(AllAnnualTitles));
    for (size_t i = 0; i < titles.value().size(); ++i) {
        const AnnualTitleDefinition& t = titles.value()[i];
        INFO(t.name.toStdString());
        CHECK(t.title == AllAnnualTitles[i]);
        CHECK(t.name == annualTitleLabel(t.title));
        CHECK(t.legalBasis.contains(QStringLiteral("06/2022/QH15")));
        CHECK(t.bonusMultiple > 0);
    }
    CHECK(titles.value()[0].conferredByAgency);
    CHECK(titles.value()[0].bonusMultiple == 0.3);
    CHECK_FALSE(titles.value()[2].conferredByAgency);

    AnnualTitleDefinition renamed = titles.value()[0];
    renamed.conferredBy = QStringLiteral("Giám đốc Sở Khoa học và Công nghệ");
    renamed.bonusMultiple = 0.4;
    REQUIRE_OK(catalogue.saveTitle(renamed));
    CHECK(catalogue.titles().value()[0].conferredBy == renamed.conferredBy);
    CHECK(catalogue.titles().value()[0].bonusMultiple == 0.4);
    renamed.name = QStringLiteral("  ");
    CHECK(catalogue.saveTitle(renamed).error().message.contains(QStringLiteral("«Tên danh hiệu»")));
}

TEST_CASE("an evaluation period is the calendar year or a school year named by the year it ends")
{
    EvaluationPeriod calendar;
    CHECK(calendar.firstDay(2026) == QDate(2026, 1, 1));
    CHECK(calendar.lastDay(2026) == QDate(2026, 12, 31));
    CHECK(calendar.label(2026) == QStringLiteral("năm 2026"));
    CHECK(calendar.yearOf(QDate(2026, 12, 31)) == 2026);

    const EvaluationPeriod school { PeriodKind::SchoolYear, 9 };
    CHECK(school.firstDay(2026) == QDate(2025, 9, 1));
    CHECK(school.lastDay(2026) == QDate(2026, 8, 31));
    CHECK(school.label(2026) == QStringLiteral("năm học 2025 - 2026"));
    CHECK(school.yearOf(QDate(2025, 9, 1)) == 2026);
    CHECK(school.yearOf(QDate(2025, 8, 31)) == 2025);

    FreshDatabase fresh;
    AnnualCatalogueRepository catalogue(*fresh.db);
    CHECK(catalogue.period().value() == calendar);
    CHECK(catalogue.setPeriod(school).error().message.contains(QStringLiteral("hồ sơ cơ quan"))); // no profile yet
}

TEST_CASE("year records are saved together or not at all, and a person with a year cannot be deleted")
{
    FreshDatabase fresh;
    const AnnualSeason season = buildAnnualSeason(*fresh.db);
    YearRecordRepository records(*fresh.db);
    const auto before = records.personYears(AnnualSeason::Year);
    REQUIRE_OK(before);

    // The second record points at a unit that does not exist: the first is not saved either.
    std::vector<PersonYear> batch { { season[QStringLiteral("Nam")], AnnualSeason::Year, season.science, TaskRating::Good, Discipline::None, false, {} },
        { season[QStringLiteral("Dũng")], AnnualSeason::Year, 999, TaskRating::Excellent, Discipline::None, false, {} } };
    CHECK_FALSE(records.savePersonYears(batch).ok());
    CHECK(records.personYears(AnnualSeason::Year).value() == before.value());

    CHECK(records.savePersonYears({ { season[QStringLiteral("Nam")], 1800, season.science, TaskRating::Good, Discipline::None, false, {} } })
              .error().message.contains(QStringLiteral("«Năm»")));
    CHECK(records.addInitiative({ 0, season[QStringLiteral("Nam")], 2026, InitiativeKind::Initiative, QStringLiteral(" "),
                                    InitiativeScope::Grassroots, {}, {} })
              .error().message.contains(QStringLiteral("«Tên sáng kiến, đề tài»")));
    CHECK(records.addConferred({ 0, { Nominee::Kind::Unit, season.office }, 2026, AnnualTitle::AdvancedWorker, {} })
              .error().message.contains(QStringLiteral("«Danh hiệu»")));

    const Status removal = PersonRepository(*fresh.db).remove(season[QStringLiteral("Dũng")]);
    CHECK_FALSE(removal.ok());
    CHECK(records.personYears(AnnualSeason::Year).value() == before.value());

    // Registrations replace the subject's earlier ones for the year, and only titles of its kind.
    const Nominee office { Nominee::Kind::Unit, season.office };
    REQUIRE_OK(records.setRegistrations(office, 2026, { AnnualTitle::AdvancedCollective, AnnualTitle::ExcellentCollective }, QDate(2026, 1, 15)));
    REQUIRE_OK(records.setRegistrations(office, 2026, { AnnualTitle::ExcellentCollective }, QDate(2026, 1, 20)));
    CHECK(records.registrations(2026).value() == std::vector<Registration> { { office, 2026, AnnualTitle::ExcellentCollective, QDate(2026, 1, 20) } });
    CHECK(records.setRegistrations(office, 2026, { AnnualTitle::AdvancedWorker }, std::nullopt).error().message.contains(QStringLiteral("Lao động tiên tiến")));
    CHECK(records.registrations(2026).value().size() == 1);
}

TEST_CASE("removing the sample list keeps the sample people and units the annual cycle's records name, and their records")
{
    FreshDatabase fresh;
    REQUIRE_OK(BuiltInTemplate::install(*fresh.db));
    const std::vector<Person> people = PersonRepository(*fresh.db).all().value();
    const std::vector<Unit> units = UnitRepository(*fresh.db).all().value();
    REQUIRE(people.size() >= 2);
    REQUIRE(units.size() >= 3);
    const Person rated = people.front();
    const Unit registered = units.back();
    REQUIRE(registered.id != rated.unitId);
    YearRecordRepository records(*fresh.db);
    REQUIRE_OK(records.savePersonYears({ { rated.id, 2026, rated.unitId, TaskRating::Excellent, Discipline::None, false, {} } }));
    REQUIRE_OK(records.setRegistrations({ Nominee::Kind::Unit, registered.id }, 2027, { AnnualTitle::AdvancedCollective }, QDate(2027, 1, 5)));

    Result<PersonRepository::SampleRemoval> removal = PersonRepository(*fresh.db).removeSampleData();
    REQUIRE_OK(removal); // not refused whole because some samples have records
    CHECK(removal.value().removed > 0);
    const std::vector<Person> left = PersonRepository(*fresh.db).all().value();
    CHECK(left.size() == 1);
    CHECK(left.front().id == rated.id);
    std::vector<qint64> unitsLeft;
    for (const Unit& u : UnitRepository(*fresh.db).all().value())
        unitsLeft.push_back(u.id);
    CHECK(std::find(unitsLeft.begin(), unitsLeft.end(), rated.unitId) != unitsLeft.end());
    CHECK(std::find(unitsLeft.begin(), unitsLeft.end(), registered.id) != unitsLeft.end());
    CHECK(records.personYears(2026).value().size() == 1);
    CHECK(records.registrations(2027).value().size() == 1);
}

TEST_CASE("a year's rating changed is in the change log, naming the person, the year, the field and both values")
{
    FreshDatabase fresh;
    const AnnualSeason season = buildAnnualSeason(*fresh.db);
    YearRecordRepository records(*fresh.db);
    const qint64 nam = season[QStringLiteral("Nam")];
    REQUIRE_OK(records.savePersonYears({ { nam, 2026, season.science, TaskRating::Good, Discipline::None, false, {} } }));
    REQUIRE_OK(records.savePersonYears({ { nam, 2026, season.science, TaskRating::Excellent, Discipline::Reprimand, false, {} } }));
    REQUIRE_OK(records.saveUnitYears({ { season.office, 2026, TaskRating::Excellent, false, {} } })); // was leading its cluster

    AuditFilter filter;
    filter.entity = QStringLiteral("person_year");
    Result<std::vector<AuditEntry>> entries = AuditRepository(*fresh.db).find(filter);
    REQUIRE_OK(entries);
    std::vector<QStringList> nams;
    for (const AuditEntry& e : entries.value())
        if (e.subject == QStringLiteral("Ngô Văn Nam — năm 2026"))
            nams.push_back({ e.field, e.oldText, e.newText });
    CHECK(nams == std::vector<QStringList> { { QStringLiteral("discipline"), QStringLiteral("Không"), QStringLiteral("Khiển trách") },
        { QStringLiteral("rating"), QStringLiteral("Hoàn thành tốt nhiệm vụ"), QStringLiteral("Hoàn thành xuất sắc nhiệm vụ") },
        { QStringLiteral("*"), QString(), QStringLiteral("Hoàn thành tốt nhiệm vụ") } });
    filter.entity = QStringLiteral("unit_year");
    const std::vector<AuditEntry> units = AuditRepository(*fresh.db).find(filter).value();
    REQUIRE_FALSE(units.empty());
    CHECK(units.front().subject == QStringLiteral("Văn phòng — năm 2026"));
    CHECK(units.front().field == QStringLiteral("leads_cluster"));
    CHECK(units.front().newText == QStringLiteral("Không"));
    CHECK(AuditRepository::entityLabel(QStringLiteral("person_year")) == QStringLiteral("Kết quả năm của cá nhân"));
}
