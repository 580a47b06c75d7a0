#include "tests/support/Catch.h"

#include "core/domain/Numbering.h"
#include "core/domain/PlanOutlineEditing.h"

namespace {

PlanSection named(const QString& heading, bool numbered = true)
{
    PlanSection s;
    s.heading = heading;
    s.numbered = numbered;
    return s;
}

QStringList headings(const std::vector<PlanSection>& sections)
{
    QStringList out;
    for (const PlanSection& s : sections)
        out << s.heading;
    return out;
}

} // namespace

TEST_CASE("number labels follow the national format")
{
    CHECK(numberLabel(NumberingStyle::Roman, 1) == QStringLiteral("I."));
    CHECK(numberLabel(NumberingStyle::Roman, 4) == QStringLiteral("IV."));
    CHECK(numberLabel(NumberingStyle::Roman, 14) == QStringLiteral("XIV."));
    CHECK(numberLabel(NumberingStyle::Arabic, 12) == QStringLiteral("12."));
    CHECK(numberLabel(NumberingStyle::Alpha, 1) == QStringLiteral("a)"));
    CHECK(numberLabel(NumberingStyle::Alpha, 5) == QStringLiteral("đ)"));
    CHECK(numberLabel(NumberingStyle::Alpha, 6) == QStringLiteral("e)"));
    CHECK(numberLabel(NumberingStyle::Alpha, 7) == QStringLiteral("g)"));
    CHECK(numberLabel(NumberingStyle::Dash, 3) == QStringLiteral("-"));
    CHECK(numberLabel(NumberingStyle::None, 3).isEmpty());
}

TEST_CASE("section numbers skip unnumbered sections and follow the level styles")
{
    std::vector<PlanSection> plan { named(QStringLiteral("Căn cứ"), false), named(QStringLiteral("Mục đích")),
        named(QStringLiteral("Nội dung")) };
    plan[2].children = { named(QStringLiteral("Một")), named(QStringLiteral("Hai")) };
    plan[2].children[1].children = { named(QStringLiteral("a")), named(QStringLiteral("b")) };
    const HeadingStyles styles = defaultHeadingStyles();
    CHECK(sectionNumber(plan, { 0 }, styles).isEmpty());
    CHECK(sectionNumber(plan, { 1 }, styles) == QStringLiteral("I."));
    CHECK(sectionNumber(plan, { 2 }, styles) == QStringLiteral("II."));
    CHECK(sectionNumber(plan, { 2, 1 }, styles) == QStringLiteral("2."));
    CHECK(sectionNumber(plan, { 2, 1, 1 }, styles) == QStringLiteral("b)"));
    const HeadingStyles arabicOnly { NumberingStyle::Arabic };
    CHECK(sectionNumber(plan, { 2 }, arabicOnly) == QStringLiteral("2."));
    CHECK(sectionNumber(plan, { 2, 1, 1 }, arabicOnly) == QStringLiteral("2."));
}

TEST_CASE("sections move, indent and outdent, and renumber")
{
    std::vector<PlanSection> plan { named(QStringLiteral("A")), named(QStringLiteral("B")), named(QStringLiteral("C")) };

    auto moved = moveSection(plan, { 2 }, -1);
    REQUIRE(moved);
    CHECK(*moved == SectionPath { 1 });
    CHECK(headings(plan) == QStringList { QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B") });
    CHECK_FALSE(moveSection(plan, { 0 }, -1));
    CHECK_FALSE(moveSection(plan, { 2 }, +1));

    auto indented = indentSection(plan, { 1 });
    REQUIRE(indented);
    CHECK(*indented == SectionPath { 0, 0 });
    CHECK(headings(plan) == QStringList { QStringLiteral("A"), QStringLiteral("B") });
    CHECK(sectionAt(plan, { 0, 0 })->heading == QStringLiteral("C"));
    CHECK_FALSE(indentSection(plan, { 0 })); // nothing before it to go under

    auto outdented = outdentSection(plan, { 0, 0 });
    REQUIRE(outdented);
    CHECK(*outdented == SectionPath { 1 });
    CHECK(headings(plan) == QStringList { QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B") });
    CHECK_FALSE(outdentSection(plan, { 1 }));

    auto inserted = insertSection(plan, { 0 }, 0, named(QStringLiteral("A.1")));
    REQUIRE(inserted);
    CHECK(sectionNumber(plan, *inserted, defaultHeadingStyles()) == QStringLiteral("1."));
    CHECK(countSections(plan) == 4);
    CHECK_FALSE(insertSection(plan, { 9 }, 0, named(QStringLiteral("x"))));
    CHECK(removeSection(plan, { 0 }));
    CHECK(countSections(plan) == 2);
    CHECK_FALSE(removeSection(plan, { 5 }));
}
