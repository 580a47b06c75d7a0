#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"
#include "ui/campaigns/PlanOutlineModel.h"
#include "ui/checklists/ChecklistModel.h"
#include "ui/people/PersonTableModel.h"
#include "ui/people/UnitTableModel.h"

#include <QAbstractItemModelTester>

TEST_CASE("the table and tree models keep Qt's model contract")
{
    FreshDatabase fresh;
    Result<qint64> campaignId = BuiltInTemplate::install(*fresh.db);
    REQUIRE_OK(campaignId);
    std::vector<Unit> units = UnitRepository(*fresh.db).all().value();
    std::vector<Person> people = PersonRepository(*fresh.db).all().value();
    std::map<qint64, QString> names;
    for (const Unit& u : units)
        names[u.id] = u.name;

    UnitTableModel unitModel;
    QAbstractItemModelTester unitTester(&unitModel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    unitModel.setUnits(units, {});
    CHECK(unitModel.rowCount() == int(units.size()));

    PersonTableModel personModel;
    PersonFilterProxyModel proxy;
    proxy.setSourceModel(&personModel);
    QAbstractItemModelTester personTester(&personModel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    personModel.setPeople(people, names);
    proxy.setSearchText(QStringLiteral("trung tam"));
    CHECK(proxy.rowCount() > 0);
    CHECK(proxy.rowCount() < personModel.rowCount());

    PlanOutlineModel outline;
    QAbstractItemModelTester outlineTester(&outline, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Campaign campaign = CampaignRepository(*fresh.db).load(campaignId.value()).value();
    outline.setOutline(campaign.sections, campaign.headingStyles);
    CHECK(outline.rowCount() == 7);
    const QModelIndex unitCriteria = outline.indexFromPath({ 3, 0, 0 });
    REQUIRE(unitCriteria.isValid());
    CHECK(unitCriteria.data().toString() == QStringLiteral("a) Đối với các phòng, đơn vị"));
    CHECK(outline.pathFromIndex(unitCriteria) == SectionPath { 3, 0, 0 });
    CHECK(outline.parent(unitCriteria) == outline.indexFromPath({ 3, 0 }));
}

TEST_CASE("the checklist model keeps Qt's model contract and counts progress")
{
    FreshDatabase fresh;
    Result<qint64> campaignId = BuiltInTemplate::install(*fresh.db);
    REQUIRE_OK(campaignId);
    std::vector<ChecklistRow> rows;
    for (const Unit& u : UnitRepository(*fresh.db).all().value())
        rows.push_back({ { Nominee::Kind::Unit, u.id }, u.name, u.name, u.id });
    auto criteria = CampaignRepository(*fresh.db).criteria(campaignId.value(), SectionBinding::UnitCriteria).value();
    Assessment met;
    met.criterionId = criteria[2].id;
    met.nominee = rows[1].nominee;
    met.conclusion = AssessmentState::Met;

    ChecklistModel model;
    UnitFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChecklist(rows, criteria, { met });
    CHECK(model.columnCount() == ChecklistModel::FirstCriterionColumn + 6);
    CHECK(model.metCount(1) == 1);
    CHECK(model.metCount(0) == 0);
    CHECK(model.index(1, ChecklistModel::FirstCriterionColumn + 2).data().toString() == QStringLiteral("Đạt"));
    CHECK(model.assessmentAt(model.index(0, ChecklistModel::FirstCriterionColumn)).criterionId == criteria[0].id);
    proxy.setUnitFilter(rows[1].unitId);
    CHECK(proxy.rowCount() == 1);
}
