#include "tests/support/AnnualSeason.h"
#include "tests/support/Catch.h"
#include "tests/support/Commands.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"

#include "core/documents/PlanExport.h"
#include "core/documents/RegistrationList.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/YearRecordRepository.h"

#include <QDir>
#include <QFile>

namespace {

struct Registered {
    FreshDatabase fresh;
    Database& db = *fresh.db;
    AnnualSeason season = buildAnnualSeason(db);
    static constexpr int Year = 2027;

    Registered()
    {
        AgencyRepository agencies(db);
        REQUIRE_OK(agencies.save({ QStringLiteral("UBND TỈNH LAI CHÂU"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), QStringLiteral("SKHCN"),
            QStringLiteral("Lai Châu"), QStringLiteral("Sở Khoa học và Công nghệ") }));
        REQUIRE_OK(agencies.addSigner({ 0, QStringLiteral("Trần Văn Tuấn"), QStringLiteral("Giám đốc"), QString() }));
        YearRecordRepository records(db);
        REQUIRE_OK(records.setRegistrations({ Nominee::Kind::Unit, season.office }, Year, { AnnualTitle::ExcellentCollective }, QDate(2027, 1, 10)));
        REQUIRE_OK(records.setRegistrations({ Nominee::Kind::Person, season[QStringLiteral("Oanh")] }, Year, { AnnualTitle::ProvinceEmulationFighter },
            QDate(2027, 1, 10)));
        REQUIRE_OK(records.setRegistrations({ Nominee::Kind::Person, season[QStringLiteral("An")] }, Year, { AnnualTitle::GrassrootsEmulationFighter },
            QDate(2027, 1, 10)));
    }
    QString text(std::optional<qint64> unit, const QString& name)
    {
        Result<RegistrationList::Input> input = RegistrationList::load(db, Year, unit);
        REQUIRE_OK(input);
        const QString path = fresh.folder.file(name);
        REQUIRE_OK(PlanExport::writeDocument(RegistrationList::build(input.value()), DocumentFormat::Docx, path));
        if (const QByteArray keep = qgetenv("THIDUA_KEEP_DOCUMENTS"); !keep.isEmpty()) // to be looked at by eye
            QFile::copy(path, QDir(QString::fromLocal8Bit(keep)).filePath(name));
        return libreOfficeText(path, fresh.folder.file(name + QStringLiteral(".lo")));
    }
};

} // namespace

TEST_CASE("a unit's Bản đăng ký thi đua, read through LibreOffice: under the agency, to its council, the unit's own lines, its head signs")
{
    Registered r;
    const QString office = r.text(r.season.office, QStringLiteral("đăng ký VP.docx"));
    CHECK(office.contains(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ")));
    CHECK(office.contains(QStringLiteral("VĂN PHÒNG")));
    CHECK(office.contains(QStringLiteral("BẢN ĐĂNG KÝ THI ĐUA")));
    CHECK(office.contains(QStringLiteral("Năm 2027")));
    CHECK(office.contains(QStringLiteral("Kính gửi: Hội đồng Thi đua - Khen thưởng Sở Khoa học và Công nghệ.")));
    CHECK(office.contains(QStringLiteral("Tập thể lao động xuất sắc")));
    CHECK(office.contains(QStringLiteral("Lý Thị Oanh")));
    CHECK(office.contains(QStringLiteral("Chiến sĩ thi đua cấp tỉnh")));
    CHECK_FALSE(office.contains(QStringLiteral("Nguyễn Văn An"))); // another unit's
    CHECK(office.contains(QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ"))); // no head named among its people: signed by hand
    CHECK(office.contains(QStringLiteral("ngày")));
    CHECK_FALSE(office.contains(QStringLiteral("Số:"))); // a registration carries no number
}

TEST_CASE("the agency's Bản đăng ký thi đua lists every unit's people with their unit and goes to the province's council, signed by the agency")
{
    Registered r;
    const QString agency = r.text(std::nullopt, QStringLiteral("đăng ký Sở.docx"));
    CHECK(agency.contains(QStringLiteral("UBND TỈNH LAI CHÂU")));
    CHECK(agency.contains(QStringLiteral("Hội đồng Thi đua - Khen thưởng tỉnh Lai Châu (qua Sở Nội vụ)")));
    // The province hears of the titles it confers: Oanh's CSTĐ cấp tỉnh, the Office's TTLĐXS by its
    // full name; An's CSTĐCS is the Director's, registered with the agency's council only.
    CHECK(agency.contains(QStringLiteral("Lý Thị Oanh")));
    CHECK(agency.contains(QStringLiteral("Văn phòng Sở Khoa học và Công nghệ")));
    CHECK_FALSE(agency.contains(QStringLiteral("Nguyễn Văn An")));
    CHECK(agency.contains(QStringLiteral("GIÁM ĐỐC")));
    CHECK(agency.contains(QStringLiteral("Trần Văn Tuấn")));
    CHECK(agency.contains(QStringLiteral("Cơ quan cam kết thực hiện tốt các nội dung thi đua đã đăng ký./.")));
}

TEST_CASE("the command line writes a unit's Bản đăng ký thi đua and refuses a unit the file lacks")
{
    Registered r;
    const QString path = r.fresh.folder.file(QStringLiteral("Đăng ký VP.pdf"));
    const CommandRun run = runCommand({ QStringLiteral("export"), QStringLiteral("registration"), QStringLiteral("--db"), r.db.path(),
        QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--unit"), QString::number(r.season.office), QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("--output"), path });
    INFO(run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") }).contains(QStringLiteral("Lý Thị Oanh")));
    const CommandRun missing = runCommand({ QStringLiteral("export"), QStringLiteral("registration"), QStringLiteral("--db"), r.db.path(),
        QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--unit"), QStringLiteral("999"), QStringLiteral("--format"),
        QStringLiteral("docx"), QStringLiteral("--output"), r.fresh.folder.file(QStringLiteral("x.docx")) });
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("Không tìm thấy đơn vị số 999.")));
}

TEST_CASE("a unit's Bản đăng ký is signed by its head when its people name one")
{
    Registered r;
    std::vector<Person> people = PersonRepository(r.db).all().value();
    auto oanh = std::find_if(people.begin(), people.end(), [&](const Person& p) { return p.id == r.season[QStringLiteral("Oanh")]; });
    REQUIRE(oanh != people.end());
    oanh->position = QStringLiteral("Chánh Văn phòng");
    REQUIRE_OK(PersonRepository(r.db).update(*oanh));
    Result<RegistrationList::Input> input = RegistrationList::load(r.db, Registered::Year, r.season.office);
    REQUIRE_OK(input);
    REQUIRE(input.value().unitHead);
    CHECK(input.value().unitHead->fullName == QStringLiteral("Lý Thị Oanh"));
    const QString text = doc::plainText(RegistrationList::build(input.value()));
    CHECK(text.contains(QStringLiteral("CHÁNH VĂN PHÒNG")));
    CHECK_FALSE(text.contains(QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ")));
}
