#include "tests/support/Catch.h"
#include "tests/support/DocxFacts.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"

#include "core/common/Settings.h"
#include "core/documents/writers/XlsxWriter.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <functional>

namespace {

struct WritePath {
    const char* name; // the repository method
    std::function<void()> write;
    QString entity;
    QString field; // of the newest entry it logs
    QString newValue; // of that entry (empty: not checked)
};

} // namespace

TEST_CASE("every repository write path leaves audit rows in its own transaction, naming the user")
{
    FreshDatabase fresh;
    Database& db = *fresh.db;
    const qint64 campaignId = BuiltInTemplate::install(db).value();
    UnitRepository units(db);
    PersonRepository people(db);
    CampaignRepository campaigns(db);
    AssessmentRepository assessments(db);
    ProposalRepository proposals(db);
    AuditRepository audit(db);
    qint64 unitId = 0, personId = 0, copyId = 0, proposalId = 0;
    Assessment cell;

    const std::vector<WritePath> paths {
        { "UnitRepository::add", [&] { unitId = units.add({ 0, QStringLiteral("Phòng Nhật ký"), QStringLiteral("PNK"), UnitKind::Division, false }).value(); },
            QStringLiteral("unit"), QStringLiteral("*"), QStringLiteral("Phòng Nhật ký") },
        { "UnitRepository::update", [&] {
             Unit unit { unitId, QStringLiteral("Phòng Ghi chép"), QStringLiteral("PNK"), UnitKind::Division, false, 1 };
             REQUIRE_OK(units.update(unit));
         },
            QStringLiteral("unit"), QStringLiteral("name"), QStringLiteral("Phòng Ghi chép") },
        { "PersonRepository::add", [&] {
             Person p;
             p.fullName = QStringLiteral("Đỗ Thị Nhật");
             p.unitId = unitId;
             personId = people.add(p).value();
         },
            QStringLiteral("person"), QStringLiteral("*"), QStringLiteral("Đỗ Thị Nhật") },
        { "PersonRepository::update", [&] {
             Person p = people.all().value().back();
             p.position = QStringLiteral("Chuyên viên");
             REQUIRE_OK(people.update(p));
         },
            QStringLiteral("person"), QStringLiteral("position"), QStringLiteral("Chuyên viên") },
        { "AssessmentRepository::save (new)", [&] {
             cell.criterionId = campaigns.criteria(campaignId, SectionBinding::IndividualCriteria).value().front().id;
             cell.nominee = { Nominee::Kind::Person, personId };
             cell.conclusion = AssessmentState::NotMet;
             REQUIRE_OK(assessments.save(cell));
         },
            QStringLiteral("assessment"), QStringLiteral("*"), QStringLiteral("not_met") },
        { "AssessmentRepository::save (change)", [&] {
             cell.conclusion = AssessmentState::Met;
             REQUIRE_OK(assessments.save(cell));
         },
            QStringLiteral("assessment"), QStringLiteral("conclusion"), QStringLiteral("met") },
        { "ProposalRepository::add", [&] {
             concludeAllMet(db, campaignId, { Nominee::Kind::Person, personId });
             Proposal p;
             p.campaignId = campaignId;
             p.awardFormId = awardFormOf(db, AwardLevel::Agency);
             p.nominee = { Nominee::Kind::Person, personId };
             p.proposingUnitId = unitId;
             p.summary = QStringLiteral("Ghi chép đầy đủ.");
             proposalId = proposals.add(p, {}).value();
         },
            QStringLiteral("proposal"), QStringLiteral("*"), QStringLiteral("draft") },
        { "ProposalRepository::updateDraft", [&] {
             Proposal p = proposals.load(proposalId).value();
             p.summary = QStringLiteral("Ghi chép đầy đủ, kịp thời.");
             REQUIRE_OK(proposals.updateDraft(p));
         },
            QStringLiteral("proposal"), QStringLiteral("summary"), QStringLiteral("Ghi chép đầy đủ, kịp thời.") },
        { "ProposalRepository::move", [&] { REQUIRE_OK(proposals.move(proposalId, ProposalState::Submitted, {}, {})); },
            QStringLiteral("proposal"), QStringLiteral("state"), QStringLiteral("submitted") },
        { "ProposalRepository::recordVote", [&] { REQUIRE_OK(proposals.recordVote(proposalId, { 9, 8, 7 }, QStringLiteral("Văn thư"))); },
            QStringLiteral("proposal"), QStringLiteral("council_votes_for"), QStringLiteral("7") },
        { "CampaignRepository::update", [&] {
             Campaign c = campaigns.load(campaignId).value();
             c.name = QStringLiteral("Đợt thi đua có nhật ký");
             REQUIRE_OK(campaigns.update(c));
         },
            QStringLiteral("campaign"), QStringLiteral("name"), QStringLiteral("Đợt thi đua có nhật ký") },
        { "CampaignRepository::duplicate", [&] { copyId = campaigns.duplicate(campaignId).value(); }, QStringLiteral("campaign"), QStringLiteral("*"), {} },
        { "CampaignRepository::remove", [&] { REQUIRE_OK(campaigns.remove(copyId)); }, QStringLiteral("campaign"), QStringLiteral("*"), {} },
        { "CampaignRepository::add", [&] {
             Campaign c;
             c.name = QStringLiteral("Đợt mới");
             c.summary = QStringLiteral("Đợt mới");
             c.startDate = QDate(2026, 1, 1);
             c.issueYear = 2026;
             REQUIRE_OK(campaigns.add(c));
         }, // the row is added blank, then filled in the same transaction
            QStringLiteral("campaign"), QStringLiteral("name"), QStringLiteral("Đợt mới") },
        { "PersonRepository::removeSampleData", [&] { REQUIRE_OK(people.removeSampleData()); }, QStringLiteral("unit"), QStringLiteral("*"), {} },
        { "PersonRepository::remove", [&] {
             REQUIRE_OK(proposals.move(proposalId, ProposalState::Returned, {}, QStringLiteral("Bổ sung")));
             // A person with a proposal cannot go; a fresh one can.
             Person p;
             p.fullName = QStringLiteral("Người tạm");
             p.unitId = unitId;
             REQUIRE_OK(people.remove(people.add(p).value()));
         },
            QStringLiteral("person"), QStringLiteral("*"), {} },
        { "UnitRepository::remove", [&] { REQUIRE_OK(units.remove(units.add({ 0, QStringLiteral("Phòng tạm"), QStringLiteral("PT"), UnitKind::Division, false }).value())); },
            QStringLiteral("unit"), QStringLiteral("*"), {} },
    };
    for (const WritePath& path : paths) {
        INFO(path.name);
        const int before = audit.count().value();
        path.write();
        const int added = audit.count().value() - before;
        REQUIRE(added > 0);
        // Among the rows this write added: the one for the expected field (an addition may also
        // fill fields in a second statement of the same transaction).
        const std::vector<AuditEntry> rows = audit.find({ {}, {}, {}, {}, added }).value();
        CHECK(std::any_of(rows.begin(), rows.end(), [&](const AuditEntry& e) {
            return e.entity == path.entity && e.field == path.field && (path.newValue.isEmpty() || e.newValue == path.newValue);
        }));
        for (const AuditEntry& e : rows) {
            CHECK(e.actor == Settings::currentUserName());
            CHECK(e.at.date() == QDate::currentDate());
        }
    }

    // A refused write logs nothing: the change and its audit rows share one transaction.
    const int before = audit.count().value();
    CHECK_FALSE(units.add({ 0, QStringLiteral("Phòng Ghi chép"), QStringLiteral("PNK"), UnitKind::Division, false })); // duplicate
    CHECK(db.transact([&]() -> Status {
        REQUIRE_OK(units.add({ 0, QStringLiteral("Phòng bị hủy"), QStringLiteral("PBH"), UnitKind::Division, false }));
        return Error { QStringLiteral("hủy"), {} };
    }).error().message == QStringLiteral("hủy"));
    CHECK(audit.count().value() == before);

    // Filters and the CSV for Excel.
    const auto renames = audit.find({ QDate::currentDate(), QDate::currentDate(), QStringLiteral("unit"), QStringLiteral("Ghi chép"), 100 }).value();
    REQUIRE(renames.size() == 1);
    CHECK(renames.front().oldValue == QStringLiteral("Phòng Nhật ký"));
    CHECK(audit.find({ QDate::currentDate().addDays(1), {}, {}, {}, 100 }).value().empty());
    const QString csv = fresh.folder.file(QStringLiteral("nhật ký.csv"));
    REQUIRE_OK(AuditRepository::writeCsv(audit.find({}).value(), csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("\"Ghi chép đầy đủ, kịp thời.\"")));
}

TEST_CASE("the change log opens in an independent XLSX reader; a cell Excel cannot hold is refused, nothing written")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    UnitRepository units(*fresh.db);
    Unit unit = units.all().value().front();
    const QString oldName = unit.name;
    unit.name = QStringLiteral("Văn phòng Sở, \"Khối\" tổng hợp");
    REQUIRE_OK(units.update(unit));
    AuditRepository audit(*fresh.db);
    const std::vector<AuditEntry> entries = audit.find({}).value();
    const QString xlsx = fresh.folder.file(QStringLiteral("Nhật ký thay đổi.xlsx"));
    REQUIRE_OK(AuditRepository::writeXlsx(entries, xlsx));
    const QJsonObject sheets = xlsxSheets(xlsx);
    const QJsonArray rows = sheets.value(QStringLiteral("Nhật ký thay đổi")).toArray();
    REQUIRE(rows.size() == int(entries.size()) + 1);
    CHECK(rows[0].toArray()[0].toString() == QStringLiteral("Thời gian"));
    const QJsonArray rename = rows[1].toArray(); // newest first
    CHECK(rename[2].toString() == QStringLiteral("Đơn vị"));
    CHECK(rename[3].toString() == unit.name); // the record by its name, not its number
    CHECK(rename[4].toString() == QStringLiteral("Tên"));
    CHECK(rename[5].toString() == oldName);
    CHECK(rename[6].toString() == unit.name);

    XlsxWriter::Sheet huge { QStringLiteral("Thử"), { QStringLiteral("Nội dung") }, { { QString(XlsxWriter::MaxCellCharacters + 1, QLatin1Char('a')) } }, {}, {} };
    const QString refused = fresh.folder.file(QStringLiteral("quá dài.xlsx"));
    const Status tooLong = XlsxWriter::write({ huge }, refused);
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().message.contains(QStringLiteral("dòng 2, cột «Nội dung»")));
    CHECK_FALSE(QFileInfo::exists(refused));
}

TEST_CASE("the change log speaks the clerk's words: which unit, which criterion, labels for codes, names for numbers")
{
    FreshDatabase fresh;
    Database& db = *fresh.db;
    const qint64 campaignId = BuiltInTemplate::install(db).value();
    UnitRepository units(db);
    PersonRepository people(db);
    CampaignRepository campaigns(db);
    AssessmentRepository assessments(db);
    AuditRepository audit(db);
    const std::vector<Unit> all = units.all().value();
    REQUIRE(all.size() >= 2);
    Person person;
    person.fullName = QStringLiteral("Lò Văn Nhật");
    person.unitId = all[0].id;
    const qint64 personId = people.add(person).value();
    for (const Person& stored : people.all().value())
        if (stored.id == personId)
            person = stored;
    REQUIRE(person.id == personId);
    person.unitId = all[1].id; // moved to another unit
    REQUIRE_OK(people.update(person));
    const PlanBlock criterion = campaigns.criteria(campaignId, SectionBinding::IndividualCriteria).value().front();
    Assessment cell;
    cell.criterionId = criterion.id;
    cell.nominee = { Nominee::Kind::Person, person.id };
    cell.conclusion = AssessmentState::NotMet;
    REQUIRE_OK(assessments.save(cell));
    cell.conclusion = AssessmentState::Met;
    REQUIRE_OK(assessments.save(cell));

    const std::vector<AuditEntry> entries = audit.find({}).value();
    auto entry = [&](const QString& entity, const QString& field) {
        const auto found = std::find_if(entries.begin(), entries.end(), [&](const AuditEntry& e) { return e.entity == entity && e.field == field; });
        REQUIRE(found != entries.end());
        return *found;
    };
    const AuditEntry moved = entry(QStringLiteral("person"), QStringLiteral("unit_id"));
    CHECK(moved.subject == person.fullName);
    CHECK(moved.oldText == all[0].name);
    CHECK(moved.newText == all[1].name);
    const AuditEntry judged = entry(QStringLiteral("assessment"), QStringLiteral("conclusion"));
    CHECK(judged.subject.startsWith(person.fullName + QStringLiteral(" — «")));
    CHECK(judged.subject.contains(criterion.text.left(30)));
    CHECK(judged.oldText == QStringLiteral("Chưa đạt"));
    CHECK(judged.newText == QStringLiteral("Đạt"));
    // The table the page and the exports show: no database word in any cell.
    const XlsxWriter::Sheet sheet = AuditRepository::table(entries);
    CHECK(sheet.header[3] == QStringLiteral("Đối tượng"));
    for (const QStringList& row : sheet.rows)
        for (const QString& cell : row)
            for (const char* word : { "unit_id", "not_met", "signer_id", "recipients", "issue_year", "start_date", "pending", "draft" })
                CHECK_FALSE(cell == QLatin1String(word));

    // A deleted record is still named by what its deletion logged.
    Unit spare { 0, QStringLiteral("Tổ tạm thời"), QStringLiteral("TTT"), UnitKind::Division, false };
    spare.id = units.add(spare).value();
    REQUIRE_OK(units.remove(spare.id));
    const std::vector<AuditEntry> after = audit.find({ {}, {}, QStringLiteral("unit"), {}, 1 }).value();
    REQUIRE(after.size() == 1);
    CHECK(after.front().subject == spare.name);
}
