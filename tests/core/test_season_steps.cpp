#include "tests/support/Catch.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"

#include "core/season/SeasonSteps.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AwardDecisionRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/FinalReportRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitReportRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

namespace {

std::vector<bool> doneOf(const Database& db)
{
    std::vector<bool> done;
    for (const SeasonStep& step : SeasonSteps::of(db).value())
        done.push_back(step.done);
    return done;
}

} // namespace

TEST_CASE("the season's steps tick themselves as the clerk's own data appears, for the newest campaign")
{
    FreshDatabase fresh;
    Database& db = *fresh.db;
    const qint64 campaignId = BuiltInTemplate::install(db).value();
    QString campaign;
    const std::vector<SeasonStep> steps = SeasonSteps::of(db, &campaign).value();
    REQUIRE(steps.size() == 10);
    CHECK(campaign == CampaignRepository(db).load(campaignId).value().name);
    CHECK(steps[0].place == SeasonStep::Place::Agency);
    CHECK(steps[9].place == SeasonStep::Place::Reports);
    // The template brings the agency, its signer and a plan with a signer; the people are samples.
    CHECK(doneOf(db) == std::vector<bool> { true, false, true, false, false, false, false, false, false, false });

    const Unit unit = UnitRepository(db).all().value().front();
    Person own;
    own.fullName = QStringLiteral("Lường Thị Mai");
    own.unitId = unit.id;
    own.id = PersonRepository(db).add(own).value();
    CHECK(doneOf(db)[1]);

    concludeAllMet(db, campaignId, { Nominee::Kind::Person, own.id });
    CHECK(doneOf(db)[3]);
    proposeThrough(db, campaignId, { Nominee::Kind::Person, own.id }, awardFormOf(db, AwardLevel::Agency), unit.id,
        QStringLiteral("Hoàn thành xuất sắc nhiệm vụ."), ProposalState::Awarded);
    CHECK(doneOf(db) == std::vector<bool> { true, true, true, true, true, true, false, true, false, false });
    REQUIRE_OK(AwardDecisionRepository(db).save({ campaignId, QStringLiteral("15"), QDate(2026, 12, 5) }));
    CHECK(doneOf(db)[6]);

    UnitReportRepository reports(db);
    UnitReport report = reports.forCampaign(campaignId).value().front();
    report.receivedOn = QDate(2026, 11, 28);
    REQUIRE_OK(reports.save(report));
    CHECK(doneOf(db)[8]);
    CHECK_FALSE(doneOf(db)[9]);
    REQUIRE_OK(FinalReportRepository(db).save({ campaignId, QStringLiteral("Sở đã ban hành Kế hoạch."), {}, {}, {} }));
    CHECK(doneOf(db) == std::vector<bool>(10, true));

    // Next season: a new campaign starts its own steps; the agency and the people stay done.
    Campaign next = BuiltInTemplate::blankCampaign(QDate(2027, 3, 1), AgencyRepository(db).load().value());
    REQUIRE_OK(CampaignRepository(db).add(next));
    CHECK(SeasonSteps::of(db, &campaign).value()[0].done);
    CHECK(campaign == next.name);
    CHECK(doneOf(db) == std::vector<bool> { true, true, false, false, false, false, false, false, false, false });
}
