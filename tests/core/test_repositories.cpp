#include "tests/support/Catch.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"

#include "core/domain/Validation.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <algorithm>

namespace {

qint64 addUnit(Database& db, const QString& name, const QString& code, bool sample = false)
{
    Result<qint64> id = UnitRepository(db).add({ 0, name, code, UnitKind::Division, sample });
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE_OK(id);
    return id.value();
}

Person person(const QString& name, qint64 unitId)
{
    Person p;
    p.fullName = name;
    p.unitId = unitId;
    p.position = QStringLiteral("Chuyên viên");
    p.staffCategory = StaffCategory::PublicEmployee;
    p.gender = Gender::Female;
    p.birthYear = 1990;
    return p;
}

} // namespace

TEST_CASE("the agency profile is saved, read back and validated")
{
    FreshDatabase fresh;
    AgencyRepository agencies(*fresh.db);
    REQUIRE(agencies.load().value().name.isEmpty());
    const Agency agency { QStringLiteral("UBND TỈNH LAI CHÂU"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
        QStringLiteral("SKHCN"), QStringLiteral("Lai Châu"), QStringLiteral("Sở Khoa học và Công nghệ") };
    REQUIRE(agencies.save(agency).ok());
    Agency read = agencies.load().value();
    CHECK(read.name == agency.name);
    CHECK(read.placeName == QStringLiteral("Lai Châu"));
    CHECK(read.nameForSentences() == QStringLiteral("Sở Khoa học và Công nghệ"));
    Agency unnamed = read;
    unnamed.nameInText.clear();
    CHECK(unnamed.nameForSentences() == QStringLiteral("Sở khoa học và công nghệ"));

    Agency blank = agency;
    blank.abbreviation = QStringLiteral("   ");
    Status refused = agencies.save(blank);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Chữ viết tắt")));
    CHECK(agencies.load().value().abbreviation == QStringLiteral("SKHCN")); // nothing half-written
}

TEST_CASE("signers are added, edited and removed")
{
    FreshDatabase fresh;
    AgencyRepository agencies(*fresh.db);
    Result<qint64> id
        = agencies.addSigner({ 0, QStringLiteral("Trần Văn Tuấn"), QStringLiteral("PHÓ GIÁM ĐỐC"), QStringLiteral("KT. GIÁM ĐỐC") });
    REQUIRE_OK(id);
    REQUIRE(agencies.updateSigner({ id.value(), QStringLiteral("Trần Văn Tuấn"), QStringLiteral("GIÁM ĐỐC"), {} }).ok());
    auto signers = agencies.signers().value();
    REQUIRE(signers.size() == 1);
    CHECK(signers[0].position == QStringLiteral("GIÁM ĐỐC"));
    CHECK(signers[0].signingPrefix.isEmpty());
    Result<qint64> nameless = agencies.addSigner({ 0, {}, QStringLiteral("GIÁM ĐỐC"), {} });
    REQUIRE_FALSE(nameless.ok());
    CHECK(nameless.error().message.contains(QStringLiteral("Họ và tên người ký")));
    REQUIRE(agencies.removeSigner(id.value()).ok());
    CHECK(agencies.signers().value().empty());
}

TEST_CASE("units: add, edit, unique names and codes, delete")
{
    FreshDatabase fresh;
    UnitRepository units(*fresh.db);
    const qint64 office = addUnit(*fresh.db, QStringLiteral("Văn phòng"), QStringLiteral("VP"));

    Result<qint64> sameName = units.add({ 0, QStringLiteral("văn phòng"), QStringLiteral("VP2"), UnitKind::Office, false });
    REQUIRE_FALSE(sameName.ok());
    CHECK(sameName.error().message.contains(QStringLiteral("Tên đơn vị")));
    Result<qint64> sameCode = units.add({ 0, QStringLiteral("Thanh tra"), QStringLiteral("vp"), UnitKind::Inspectorate, false });
    REQUIRE_FALSE(sameCode.ok());
    CHECK(sameCode.error().message.contains(QStringLiteral("Mã đơn vị")));
    Result<qint64> spaced = units.add({ 0, QStringLiteral("Thanh tra"), QStringLiteral("T T"), UnitKind::Inspectorate, false });
    REQUIRE_FALSE(spaced.ok());
    CHECK(spaced.error().message.contains(QStringLiteral("dấu cách")));

    Unit renamed = units.all().value().front();
    REQUIRE(renamed.id == office);
    renamed.name = QStringLiteral("Văn phòng Sở");
    renamed.kind = UnitKind::Office;
    REQUIRE(units.update(renamed).ok());
    auto all = units.all().value();
    REQUIRE(all.size() == 1);
    CHECK(all[0].name == QStringLiteral("Văn phòng Sở"));
    CHECK(all[0].kind == UnitKind::Office);
    REQUIRE(units.remove(office).ok());
    CHECK(units.all().value().empty());
}

TEST_CASE("names longer than the limit are refused, not truncated")
{
    FreshDatabase fresh;
    Result<qint64> tooLong
        = UnitRepository(*fresh.db).add({ 0, QString(Limits::ShortText + 1, QChar(u'ư')), QStringLiteral("X"), UnitKind::Division, false });
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("vượt quá giới hạn")));
}

TEST_CASE("people: add, edit, validate, delete")
{
    FreshDatabase fresh;
    PersonRepository people(*fresh.db);
    const qint64 unit = addUnit(*fresh.db, QStringLiteral("Thanh tra"), QStringLiteral("TTR"));
    Result<qint64> id = people.add(person(QStringLiteral("Tao Thị Phương"), unit));
    REQUIRE_OK(id);

    Person edited = people.all().value().front();
    REQUIRE(edited.id == id.value());
    edited.birthYear.reset();
    edited.staffCategory = StaffCategory::Worker;
    REQUIRE(people.update(edited).ok());
    auto all = people.all().value();
    REQUIRE(all.size() == 1);
    CHECK_FALSE(all[0].birthYear.has_value());
    CHECK(all[0].staffCategory == StaffCategory::Worker);
    CHECK(all[0].gender == Gender::Female);

    Person unborn = person(QStringLiteral("Lò Văn A"), unit);
    unborn.birthYear = 2999;
    Result<qint64> refused = people.add(unborn);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Năm sinh")));

    Result<qint64> noUnit = people.add(person(QStringLiteral("Lò Văn B"), 0));
    REQUIRE_FALSE(noUnit.ok());
    CHECK(noUnit.error().message.contains(QStringLiteral("Đơn vị")));

    REQUIRE(people.remove(id.value()).ok());
    CHECK(people.all().value().empty());
}

TEST_CASE("foreign-key violations are rejected with a clear message")
{
    FreshDatabase fresh;
    const qint64 unit = addUnit(*fresh.db, QStringLiteral("Văn phòng"), QStringLiteral("VP"));
    PersonRepository people(*fresh.db);
    Result<qint64> dangling = people.add(person(QStringLiteral("Người lạc"), unit + 1000));
    REQUIRE_FALSE(dangling.ok());
    CHECK(dangling.error().message.contains(QStringLiteral("không còn tồn tại")));
    CHECK(people.all().value().empty());

    REQUIRE(people.add(person(QStringLiteral("Đỗ Thị Lan"), unit)).ok());
    Status removeUnit = UnitRepository(*fresh.db).remove(unit);
    REQUIRE_FALSE(removeUnit.ok());
    CHECK(removeUnit.error().message.contains(QStringLiteral("còn 1 cán bộ")));
}

TEST_CASE("sample data goes in one action, the clerk's own data stays")
{
    FreshDatabase fresh;
    PersonRepository people(*fresh.db);
    const qint64 sampleUnit = addUnit(*fresh.db, QStringLiteral("Phòng mẫu"), QStringLiteral("PM"), true);
    const qint64 ownUnit = addUnit(*fresh.db, QStringLiteral("Văn phòng"), QStringLiteral("VP"));
    Person sample = person(QStringLiteral("Người mẫu"), sampleUnit);
    sample.isSample = true;
    REQUIRE(people.add(sample).ok());
    REQUIRE(people.add(person(QStringLiteral("Người thật"), ownUnit)).ok());
    Result<PersonRepository::SampleRemoval> removed = people.removeSampleData();
    REQUIRE(removed.ok());
    CHECK(removed.value().removed == 2);
    CHECK(removed.value().kept == 0);
    auto left = people.all().value();
    REQUIRE(left.size() == 1);
    CHECK(left[0].fullName == QStringLiteral("Người thật"));
    CHECK(UnitRepository(*fresh.db).all().value().size() == 1);
}

TEST_CASE("sample data used by a proposal stays when the rest of the samples go, nothing refused")
{
    FreshDatabase fresh;
    Database& db = *fresh.db;
    const qint64 campaignId = BuiltInTemplate::install(db).value();
    PersonRepository people(db);
    const std::vector<Person> before = people.all().value();
    const auto sample = std::find_if(before.begin(), before.end(), [](const Person& p) { return p.isSample; });
    REQUIRE(sample != before.end());
    const Nominee nominee { Nominee::Kind::Person, sample->id };
    concludeAllMet(db, campaignId, nominee);
    proposeThrough(db, campaignId, nominee, awardFormOf(db, AwardLevel::Agency), sample->unitId, QStringLiteral("Thành tích."),
        ProposalState::Draft);

    Result<PersonRepository::SampleRemoval> removed = people.removeSampleData();
    REQUIRE_OK(removed);
    CHECK(removed.value().removed > 0);
    CHECK(removed.value().kept == 2); // the person named by the proposal, and the unit that proposes
    const std::vector<Person> after = people.all().value();
    REQUIRE(after.size() == 1);
    CHECK(after.front().id == sample->id);
    const std::vector<Unit> units = UnitRepository(db).all().value();
    REQUIRE(units.size() == 1);
    CHECK(units.front().id == sample->unitId);
    // Run again: nothing more to remove, nothing refused.
    CHECK(people.removeSampleData().value().removed == 0);
}
