// A save made on stale data is refused, never silently written over a newer change (row versions).
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/AuditRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitReportRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

namespace {

// The audit log's entries for one record's field, oldest first.
std::vector<QString> loggedValues(Database& db, const QString& entity, qint64 id, const QString& field)
{
    std::vector<QString> values;
    for (const AuditEntry& entry : AuditRepository(db).find({}).value())
        if (entry.entity == entity && entry.entityId == id && entry.field == field)
            values.insert(values.begin(), entry.newValue);
    return values;
}

} // namespace

TEST_CASE("two editors of one person: the second save, made on what it read before the first, is refused")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    PersonRepository people(*fresh.db);
    Person first = people.all().value().front();
    Person second = first; // another window, or a form left open while an import changed the record
    const QString original = first.position;

    first.position = QStringLiteral("Phó Trưởng phòng");
    REQUIRE_OK(people.update(first));
    CHECK(first.rowVersion == second.rowVersion + 1);

    second.position = QStringLiteral("Chuyên viên chính");
    const Status stale = people.update(second);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().message.contains(QStringLiteral("đã được sửa ở nơi khác")));
    CHECK(stale.error().message.contains(first.fullName));
    CHECK(second.rowVersion == first.rowVersion - 1); // unchanged: the clerk can still see what was read

    const Person stored = people.all().value().front();
    CHECK(stored.position == QStringLiteral("Phó Trưởng phòng"));
    CHECK(loggedValues(*fresh.db, QStringLiteral("person"), stored.id, QStringLiteral("position"))
        == std::vector<QString> { QStringLiteral("Phó Trưởng phòng") });
    CHECK(original != stored.position);

    // The first editor saves again on the version it got back: no false conflict.
    first.position = QStringLiteral("Trưởng phòng");
    REQUIRE_OK(people.update(first));
    CHECK(people.all().value().front().position == QStringLiteral("Trưởng phòng"));

    // A record deleted meanwhile is named as deleted, and nothing comes back to life.
    Person orphan = people.all().value().back();
    REQUIRE_OK(people.remove(orphan.id));
    orphan.position = QStringLiteral("Chuyên viên");
    const Status deleted = people.update(orphan);
    REQUIRE_FALSE(deleted);
    CHECK(deleted.error().message.contains(QStringLiteral("đã bị xóa")));
    for (const Person& p : people.all().value())
        CHECK(p.id != orphan.id);
}

TEST_CASE("units, campaigns and units' reports carry row versions too")
{
    FreshDatabase fresh;
    const qint64 campaignId = BuiltInTemplate::install(*fresh.db).value();

    UnitRepository units(*fresh.db);
    Unit unitA = units.all().value().front();
    Unit unitB = unitA;
    unitA.name = QStringLiteral("Văn phòng Sở");
    REQUIRE_OK(units.update(unitA));
    unitB.code = QStringLiteral("VPS");
    REQUIRE_FALSE(units.update(unitB));
    CHECK(units.all().value().front().code == unitA.code);

    CampaignRepository campaigns(*fresh.db);
    Campaign planA = campaigns.load(campaignId).value();
    Campaign planB = planA;
    planA.summary = QStringLiteral("Phát động thi đua lập thành tích chào mừng");
    REQUIRE_OK(campaigns.update(planA));
    planB.sections.pop_back(); // the other editor deleted a whole section of the plan
    const qint64 readB = planB.rowVersion;
    const Status staleOutline = campaigns.update(planB);
    REQUIRE_FALSE(staleOutline);
    CHECK(planB.rowVersion == readB);
    const Campaign stored = campaigns.load(campaignId).value();
    CHECK(stored.summary == planA.summary);
    CHECK(stored.sections.size() == planA.sections.size()); // the outline is part of the same refusal
    CHECK(stored.rowVersion == planA.rowVersion);

    // A save whose later step fails is rolled back whole, and the version read stays usable.
    Campaign invalid = planA;
    invalid.awards.push_back({ 999999, QString() }); // an award form that does not exist
    REQUIRE_FALSE(campaigns.update(invalid));
    CHECK(invalid.rowVersion == planA.rowVersion);
    planA.summary = QStringLiteral("Phát động thi đua năm 2026");
    REQUIRE_OK(campaigns.update(planA));

    UnitReportRepository reports(*fresh.db);
    UnitReport reportA = reports.forCampaign(campaignId).value()[1];
    reportA.initiatives = 2;
    REQUIRE_OK(reports.save(reportA)); // the first save adds the record
    UnitReport reportB = reports.forCampaign(campaignId).value()[1];
    CHECK(reportB.rowVersion == reportA.rowVersion);
    reportA.models = 3;
    REQUIRE_OK(reports.save(reportA));
    reportB.peopleCommended = 5;
    REQUIRE_FALSE(reports.save(reportB));
    const UnitReport storedReport = reports.forCampaign(campaignId).value()[1];
    CHECK(storedReport.models == 3);
    CHECK(storedReport.peopleCommended == 0);
}
