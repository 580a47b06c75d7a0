// The money that goes with an award: the base salary in force on the day, the form's multiple.
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/domain/AwardMoney.h"
#include "core/storage/AwardFormRepository.h"
#include "core/templates/BuiltInTemplate.h"

TEST_CASE("amounts are the multiple of the base salary in force, rounded up to ten thousand đồng")
{
    // 0.3 × 2,340,000 = 702,000 → 710,000; a collective's 0.6 × → 1,404,000 → 1,410,000.
    CHECK(AwardMoney::amount(0.3, 2340000) == 710000);
    CHECK(AwardMoney::amount(0.6, 2340000) == 1410000);
    CHECK(AwardMoney::amount(1.5, 2340000) == 3510000); // already a multiple of 10,000: unchanged
    CHECK(AwardMoney::amount(0.3, 2000000) == 600000);
    CHECK(AwardMoney::dong(1410000) == QStringLiteral("1.410.000 đồng"));
    CHECK(AwardMoney::dong(710000) == QStringLiteral("710.000 đồng"));
    CHECK(AwardMoney::multipleText(0.3) == QStringLiteral("0,3"));

    const std::vector<BaseSalary> salaries { { QDate(2023, 7, 1), 1800000 }, { QDate(2024, 7, 1), 2340000 } };
    CHECK_FALSE(AwardMoney::baseSalaryOn(salaries, QDate(2023, 6, 30)).has_value());
    CHECK(AwardMoney::baseSalaryOn(salaries, QDate(2024, 6, 30)) == 1800000);
    CHECK(AwardMoney::baseSalaryOn(salaries, QDate(2024, 7, 1)) == 2340000);
    CHECK(AwardMoney::baseSalaryOn(salaries, QDate(2026, 12, 5)) == 2340000);

    AwardForm giayKhen { 1, QStringLiteral("Giấy khen của Giám đốc Sở"), AwardLevel::Agency, {}, NomineeKind::Both, {}, {} };
    CHECK(AwardMoney::multipleOf(giayKhen, Nominee::Kind::Person) == Approx(0.3));
    CHECK(AwardMoney::multipleOf(giayKhen, Nominee::Kind::Unit) == Approx(0.6));
    giayKhen.bonusPerson = 0.5; // the province pays more: its own multiple wins
    CHECK(AwardMoney::multipleOf(giayKhen, Nominee::Kind::Person) == Approx(0.5));
    CHECK(AwardMoney::defaultMultiple(AwardLevel::State, Nominee::Kind::Unit) == Approx(9.0));
}

TEST_CASE("the base salary and the forms' multiples are kept, bad values refused by name")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    AwardFormRepository forms(*fresh.db);
    const std::vector<BaseSalary> first = forms.baseSalaries().value();
    REQUIRE(first.size() == 1);
    CHECK(first[0] == BaseSalary { QDate(2024, 7, 1), 2340000 });

    REQUIRE_OK(forms.saveBaseSalary({ QDate(2026, 7, 1), 2530000 }));
    REQUIRE_OK(forms.saveBaseSalary({ QDate(2026, 7, 1), 2540000 })); // the same day: replaced
    CHECK(forms.baseSalaries().value().back() == BaseSalary { QDate(2026, 7, 1), 2540000 });
    CHECK(forms.saveBaseSalary({ QDate(2026, 8, 1), 0 }).error().message.contains(QStringLiteral("«Mức lương cơ sở»")));
    CHECK(forms.saveBaseSalary({ QDate(), 2000000 }).error().message.contains(QStringLiteral("«Áp dụng từ ngày»")));
    REQUIRE_OK(forms.removeBaseSalary(QDate(2026, 7, 1)));
    CHECK(forms.baseSalaries().value().size() == 1);

    const AwardForm form = forms.all().value().back();
    CHECK_FALSE(form.bonusPerson.has_value());
    REQUIRE_OK(forms.setMultiples(form.id, 0.4, std::nullopt));
    CHECK(forms.all().value().back().bonusPerson == 0.4);
    CHECK_FALSE(forms.all().value().back().bonusUnit.has_value());
    CHECK(forms.setMultiples(form.id, -1, std::nullopt).error().message.contains(QStringLiteral("«Hệ số tiền thưởng»")));
    CHECK(forms.all().value().back().bonusPerson == 0.4); // nothing written
}
