#include "tests/support/AnnualSeason.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/statistics/StatisticsForms.h"

using Statistics::Form;
using Values = std::vector<int>;

namespace {

struct ReportingSeason {
    FreshDatabase fresh;
    Database& db = *fresh.db;
    AnnualSeason season = buildAnnualSeason(db);

    ReportingSeason() { addReportingYear(db, season); }

    Statistics::FormTable form(Form form, int year)
    {
        Result<Statistics::Sources> sources = Statistics::load(db, year);
        REQUIRE_OK(sources);
        return Statistics::build(form, sources.value());
    }
};

Values valuesOf(const Statistics::FormTable& table, const QString& code)
{
    const Statistics::FormRow* row = table.row(code);
    REQUIRE(row != nullptr);
    return row->values;
}

} // namespace

TEST_CASE("form 0601.N counts the agency's movements of the period: the theme campaign and the annual movement")
{
    ReportingSeason s;
    const Statistics::FormTable f = s.form(Form::Movements, 2026);
    CHECK(f.columns.size() == 4);
    CHECK(valuesOf(f, QStringLiteral("01")) == Values { 2, 0, 0, 2 });
    for (const char* code : { "02", "03", "04" })
        CHECK(valuesOf(f, QLatin1String(code)) == Values { 0, 0, 0, 0 });
    CHECK(valuesOf(f, QStringLiteral("05")) == Values { 2, 0, 0, 2 });
    CHECK(valuesOf(f, QStringLiteral("06")) == Values { 1, 0, 0, 1 }); // March to October
    CHECK(valuesOf(f, QStringLiteral("07")) == Values { 1, 0, 0, 1 }); // the year's own movement
    for (const char* code : { "08", "09", "10" })
        CHECK(valuesOf(f, QLatin1String(code)) == Values { 0, 0, 0, 0 });
    CHECK(valuesOf(f, QStringLiteral("11")) == Values { 1, 0, 0, 1 });
    CHECK(valuesOf(f, QStringLiteral("12")) == Values { 1, 0, 0, 1 });
    // 2025 had its campaign and, with ratings recorded, its annual movement.
    CHECK(valuesOf(s.form(Form::Movements, 2025), QStringLiteral("01")) == Values { 2, 0, 0, 2 });
    CHECK(valuesOf(s.form(Form::Movements, 2023), QStringLiteral("01")) == Values { 0, 0, 0, 0 });
}

TEST_CASE("form 0603.N counts the province's awards of the period by subject and method, from the campaigns and the annual titles")
{
    ReportingSeason s;
    const Statistics::FormTable f = s.form(Form::ProvinceAwards, 2026);
    // Tổng số, Bằng khen, CSTĐ cấp tỉnh, Cờ thi đua, Huy hiệu
    CHECK(valuesOf(f, QStringLiteral("01")) == Values { 5, 3, 1, 1, 0 });
    CHECK(valuesOf(f, QStringLiteral("02")) == Values { 2, 1, 0, 1, 0 }); // the Office: Bằng khen and Cờ thi đua
    CHECK(valuesOf(f, QStringLiteral("03")) == Values { 0, 0, 0, 0, 0 });
    CHECK(valuesOf(f, QStringLiteral("04")) == Values { 0, 0, 0, 0, 0 });
    CHECK(valuesOf(f, QStringLiteral("05")) == Values { 3, 2, 1, 0, 0 }); // An twice, Khánh
    CHECK(valuesOf(f, QStringLiteral("10")) == Values { 3, 2, 1, 0, 0 });
    for (const char* code : { "06", "07", "08", "09" })
        CHECK(valuesOf(f, QLatin1String(code)) == Values { 0, 0, 0, 0, 0 });
    CHECK(valuesOf(f, QStringLiteral("11")) == Values { 3, 1, 1, 1, 0 }); // the year's titles
    CHECK(valuesOf(f, QStringLiteral("12")) == Values { 2, 2, 0, 0, 0 }); // the campaign's
    for (const char* code : { "13", "14", "15", "16", "17" })
        CHECK(valuesOf(f, QLatin1String(code)) == Values { 0, 0, 0, 0, 0 });
    CHECK(f.row(QStringLiteral("05"))->unit == QStringLiteral("Người"));
    // 2025: Lan's CSTĐ cấp tỉnh only.
    CHECK(valuesOf(s.form(Form::ProvinceAwards, 2025), QStringLiteral("01")) == Values { 1, 0, 1, 0, 0 });
}

TEST_CASE("form 0602.N counts the State's awards: the Prime Minister's Bằng khen to a unit, a Huân chương to the Office's head")
{
    ReportingSeason s;
    const Statistics::FormTable f = s.form(Form::StateAwards, 2026);
    REQUIRE(f.columns.size() == 9);
    const Values both { 2, 1, 0, 0, 0, 0, 1, 0, 0 };
    CHECK(valuesOf(f, QStringLiteral("01")) == both);
    CHECK(valuesOf(f, QStringLiteral("02")) == Values(9, 0));
    CHECK(valuesOf(f, QStringLiteral("03")) == both); // through the province's Tờ trình
    CHECK(valuesOf(f, QStringLiteral("04")) == Values { 1, 0, 0, 0, 0, 0, 1, 0, 0 });
    CHECK(valuesOf(f, QStringLiteral("07")) == Values { 1, 1, 0, 0, 0, 0, 0, 0, 0 });
    CHECK(valuesOf(f, QStringLiteral("11")) == Values { 1, 1, 0, 0, 0, 0, 0, 0, 0 }); // Chánh Văn phòng: from phó phòng up
    CHECK(valuesOf(f, QStringLiteral("12")) == Values(9, 0));
    CHECK(valuesOf(f, QStringLiteral("13")) == Values(9, 0));
    CHECK(valuesOf(f, QStringLiteral("14")) == both);
}

TEST_CASE("a position's words place a person among the forms' subjects")
{
    using Statistics::Subject;
    CHECK(Statistics::subjectOfPosition(QStringLiteral("Giám đốc Sở")) == Subject::DepartmentLeader);
    CHECK(Statistics::subjectOfPosition(QStringLiteral("Phó Giám đốc")) == Subject::DepartmentLeader);
    CHECK(Statistics::subjectOfPosition(QStringLiteral("Giám đốc Trung tâm Thông tin")) == Subject::OtherLeader);
    CHECK(Statistics::subjectOfPosition(QStringLiteral("Phó Trưởng phòng")) == Subject::OtherLeader);
    CHECK(Statistics::subjectOfPosition(QStringLiteral("Chánh Thanh tra")) == Subject::OtherLeader);
    CHECK(Statistics::subjectOfPosition(QStringLiteral("Chuyên viên")) == Subject::Worker);
    CHECK(Statistics::subjectOfPosition(QString()) == Subject::Worker);
}
