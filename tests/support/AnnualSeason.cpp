#include "tests/support/AnnualSeason.h"

#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/YearRecordRepository.h"

namespace {

using R = TaskRating;

struct Builder {
    Database& db;
    AnnualSeason season;
    std::vector<PersonYear> years;

    qint64 unit(const QString& name, const QString& code, UnitKind kind)
    {
        Result<qint64> id = UnitRepository(db).add({ 0, name, code, kind, false });
        REQUIRE_OK(id);
        return id.value();
    }
    qint64 person(const QString& fullName, qint64 unitId)
    {
        Person p;
        p.fullName = fullName;
        p.unitId = unitId;
        p.position = QStringLiteral("Chuyên viên");
        p.staffCategory = StaffCategory::CivilServant;
        Result<qint64> id = PersonRepository(db).add(p);
        REQUIRE_OK(id);
        season.people.insert(fullName.section(QLatin1Char(' '), -1), id.value());
        season.names.insert(id.value(), fullName);
        return id.value();
    }
    void rated(qint64 personId, qint64 unitId, int year, std::optional<R> rating, Discipline discipline = Discipline::None,
        bool underReview = false)
    {
        years.push_back({ personId, year, unitId, rating, discipline, underReview, {} });
    }
    void held(qint64 personId, AnnualTitle title, int year)
    {
        REQUIRE_OK(YearRecordRepository(db).addConferred(
            { 0, { Nominee::Kind::Person, personId }, year, title, QStringLiteral("Quyết định năm %1").arg(year + 1) }));
    }
    void work(qint64 personId, int year, InitiativeKind kind, InitiativeScope scope, const QString& title)
    {
        REQUIRE_OK(YearRecordRepository(db).addInitiative(
            { 0, personId, year, kind, title, scope, QStringLiteral("Hội đồng sáng kiến"), QString() }));
    }
};

} // namespace

AnnualSeason buildAnnualSeason(Database& db)
{
    Builder b { db, {}, {} };
    const int y = AnnualSeason::Year;
    b.season.science = b.unit(QStringLiteral("Phòng Quản lý khoa học"), QStringLiteral("QLKH"), UnitKind::Division);
    b.season.office = b.unit(QStringLiteral("Văn phòng"), QStringLiteral("VP"), UnitKind::Office);
    b.season.inspectorate = b.unit(QStringLiteral("Thanh tra"), QStringLiteral("TTr"), UnitKind::Inspectorate);
    const qint64 s = b.season.science, o = b.season.office, t = b.season.inspectorate;

    // Phòng Quản lý khoa học: ten members.
    const qint64 an = b.person(QStringLiteral("Nguyễn Văn An"), s); // the third CSTĐCS, with a provincial initiative
    b.held(an, AnnualTitle::GrassrootsEmulationFighter, y - 2);
    b.held(an, AnnualTitle::GrassrootsEmulationFighter, y - 1);
    b.work(an, y - 1, InitiativeKind::Initiative, InitiativeScope::Province, QStringLiteral("Số hóa hồ sơ đề tài khoa học"));
    b.rated(an, s, y, R::Excellent);
    const qint64 binh = b.person(QStringLiteral("Trần Thị Bình"), s); // the third CSTĐCS, initiative only at the base
    b.held(binh, AnnualTitle::GrassrootsEmulationFighter, y - 2);
    b.held(binh, AnnualTitle::GrassrootsEmulationFighter, y - 1);
    b.work(binh, y - 1, InitiativeKind::Initiative, InitiativeScope::Grassroots, QStringLiteral("Mẫu hóa báo cáo định kỳ"));
    b.rated(binh, s, y, R::Excellent);
    const qint64 chi = b.person(QStringLiteral("Lê Thị Chi"), s); // CSTĐCS by an initiative, second in a row
    b.held(chi, AnnualTitle::GrassrootsEmulationFighter, y - 1);
    b.work(chi, y, InitiativeKind::Initiative, InitiativeScope::Grassroots, QStringLiteral("Sổ theo dõi văn bản điện tử"));
    b.rated(chi, s, y, R::Good);
    const qint64 dung = b.person(QStringLiteral("Phạm Văn Dũng"), s); // good, nothing more
    b.rated(dung, s, y, R::Good);
    const qint64 giang = b.person(QStringLiteral("Hoàng Thị Giang"), s); // only completed
    b.rated(giang, s, y, R::Completed);
    const qint64 ha = b.person(QStringLiteral("Vũ Thị Hà"), s); // excellent, but reprimanded
    b.rated(ha, s, y, R::Excellent, Discipline::Reprimand);
    const qint64 khanh = b.person(QStringLiteral("Đặng Văn Khánh"), s); // three excellent years, research and an initiative
    b.rated(khanh, s, y - 2, R::Excellent);
    b.rated(khanh, s, y - 1, R::Excellent);
    b.rated(khanh, s, y, R::Excellent);
    b.work(khanh, y - 1, InitiativeKind::Research, InitiativeScope::Grassroots, QStringLiteral("Đề tài giống chè Shan tuyết"));
    b.work(khanh, y, InitiativeKind::Initiative, InitiativeScope::Grassroots, QStringLiteral("Quy trình thẩm định công nghệ"));
    const qint64 lan = b.person(QStringLiteral("Bùi Thị Lan"), s); // CSTĐ cấp tỉnh last year: the count starts again
    for (int year = y - 3; year <= y - 1; ++year)
        b.held(lan, AnnualTitle::GrassrootsEmulationFighter, year);
    b.held(lan, AnnualTitle::ProvinceEmulationFighter, y - 1);
    b.work(lan, y, InitiativeKind::Initiative, InitiativeScope::Province, QStringLiteral("Bản đồ số tiềm lực khoa học"));
    b.rated(lan, s, y, R::Excellent);
    const qint64 minh = b.person(QStringLiteral("Đỗ Văn Minh"), s); // under review
    b.rated(minh, s, y, R::Good, Discipline::None, true);
    b.person(QStringLiteral("Ngô Văn Nam"), s); // not rated yet

    // Văn phòng: four members, all good or better; Oanh's second CSTĐ cấp tỉnh is due.
    const qint64 oanh = b.person(QStringLiteral("Lý Thị Oanh"), o);
    for (int year = y - 5; year <= y - 1; ++year)
        b.held(oanh, AnnualTitle::GrassrootsEmulationFighter, year);
    b.held(oanh, AnnualTitle::ProvinceEmulationFighter, y - 3);
    b.work(oanh, y - 1, InitiativeKind::Research, InitiativeScope::National, QStringLiteral("Mô hình ứng dụng công nghệ cao"));
    b.rated(oanh, o, y, R::Excellent);
    for (const QString& name : { QStringLiteral("Mai Văn Phúc"), QStringLiteral("Trịnh Văn Quân"), QStringLiteral("Cao Văn Sơn") })
        b.rated(b.person(name, o), o, y, R::Good);

    // Thanh tra: three members, one with a warning.
    for (const QString& name : { QStringLiteral("Hồ Thị Tâm"), QStringLiteral("Đinh Thị Uyên") })
        b.rated(b.person(name, t), t, y, R::Good);
    b.rated(b.person(QStringLiteral("Lê Văn Việt"), t), t, y, R::Completed, Discipline::Warning);

    REQUIRE_OK(YearRecordRepository(db).savePersonYears(b.years));
    REQUIRE_OK(YearRecordRepository(db).saveUnitYears({ { s, y, R::Excellent, true, {} }, { o, y, R::Excellent, true, {} },
        { t, y, R::Good, false, {} } }));
    return b.season;
}

namespace {

// The form of that name (a file made from the built-in template has the usual ones), else a new one.
qint64 addForm(Database& db, const QString& name, AwardLevel level)
{
    for (const AwardForm& form : AwardFormRepository(db).all().value())
        if (form.name == name) {
            REQUIRE(form.level == level);
            return form.id;
        }
    Result<qint64> id = AwardFormRepository(db).add({ 0, name, level, QStringLiteral("…"), NomineeKind::Both, {}, {} });
    REQUIRE_OK(id);
    return id.value();
}

qint64 addCampaign(Database& db, const QString& name, QDate start, QDate end)
{
    Campaign c;
    c.name = name;
    c.summary = QStringLiteral("Kế hoạch %1").arg(name);
    c.kind = CampaignKind::Periodic;
    c.startDate = start;
    c.endDate = end;
    c.issueYear = start.year();
    c.documentNumber = QStringLiteral("%1").arg(start.month() + 10); // issued: a launched movement
    REQUIRE_OK(CampaignRepository(db).add(c));
    return c.id;
}

// A proposal taken to the end of its road: decided by the agency, or awarded by the level above.
void grant(Database& db, qint64 campaignId, qint64 proposingUnit, const Nominee& nominee, qint64 formId, AwardLevel level,
    ProposalState until = ProposalState::Awarded)
{
    Proposal p;
    p.campaignId = campaignId;
    p.awardFormId = formId;
    p.nominee = nominee;
    p.proposingUnitId = proposingUnit;
    p.summary = QStringLiteral("Có thành tích xuất sắc.");
    ProposalRepository proposals(db);
    REQUIRE_OK(proposals.add(p, {}));
    REQUIRE_OK(proposals.move(p.id, ProposalState::Submitted, {}, {}));
    REQUIRE_OK(proposals.recordVote(p.id, { 9, 9, 8 }, QStringLiteral("Văn thư")));
    REQUIRE_OK(proposals.move(p.id, ProposalState::Reviewed, {}, {}));
    const std::vector<ProposalState> road = level == AwardLevel::Agency ? std::vector<ProposalState> { ProposalState::Decided }
                                                                         : std::vector<ProposalState> { ProposalState::Forwarded, ProposalState::Awarded };
    for (ProposalState step : road) {
        REQUIRE_OK(proposals.move(p.id, step, {}, {}));
        if (step == until)
            break;
    }
}

} // namespace

void addReportingYear(Database& db, const AnnualSeason& season)
{
    const auto person = [&](const QString& name) { return Nominee { Nominee::Kind::Person, season[name] }; };
    std::vector<Person> people = PersonRepository(db).all().value();
    auto oanh = std::find_if(people.begin(), people.end(), [&](const Person& p) { return p.id == season[QStringLiteral("Oanh")]; });
    REQUIRE(oanh != people.end());
    oanh->position = QStringLiteral("Chánh Văn phòng");
    REQUIRE_OK(PersonRepository(db).update(*oanh));

    const qint64 provinceMerit = addForm(db, QStringLiteral("Bằng khen của Chủ tịch UBND tỉnh"), AwardLevel::Province);
    const qint64 order = addForm(db, QStringLiteral("Huân chương Lao động hạng Ba"), AwardLevel::State);
    const qint64 primeMinister = addForm(db, QStringLiteral("Bằng khen của Thủ tướng Chính phủ"), AwardLevel::Government);
    const qint64 certificate = addForm(db, QStringLiteral("Giấy khen của Giám đốc Sở"), AwardLevel::Agency);
    const qint64 digital = addCampaign(db, QStringLiteral("Chuyển đổi số 2026"), QDate(2026, 3, 1), QDate(2026, 10, 31));
    grant(db, digital, season.office, { Nominee::Kind::Unit, season.office }, provinceMerit, AwardLevel::Province);
    grant(db, digital, season.office, person(QStringLiteral("An")), provinceMerit, AwardLevel::Province);
    grant(db, digital, season.office, person(QStringLiteral("Bình")), provinceMerit, AwardLevel::Province, ProposalState::Forwarded);
    grant(db, digital, season.office, person(QStringLiteral("Chi")), certificate, AwardLevel::Agency);
    grant(db, digital, season.office, { Nominee::Kind::Unit, season.science }, primeMinister, AwardLevel::Government);
    grant(db, digital, season.office, person(QStringLiteral("Oanh")), order, AwardLevel::State);
    addCampaign(db, QStringLiteral("Cải cách hành chính 2025"), QDate(2025, 5, 1), QDate(2025, 12, 31));

    YearRecordRepository records(db);
    for (const auto& [subject, title] : { std::pair { person(QStringLiteral("An")), AnnualTitle::ProvinceEmulationFighter },
             std::pair { person(QStringLiteral("Khánh")), AnnualTitle::ProvinceMerit },
             std::pair { Nominee { Nominee::Kind::Unit, season.office }, AnnualTitle::ProvinceFlag },
             std::pair { Nominee { Nominee::Kind::Unit, season.office }, AnnualTitle::ExcellentCollective } })
        REQUIRE_OK(records.addConferred({ 0, subject, AnnualSeason::Year, title, QStringLiteral("Quyết định số 120/QĐ-UBND") }));
}
