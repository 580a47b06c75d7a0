#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/domain/PlanOutlineEditing.h"
#include "core/storage/CampaignRepository.h"
#include "core/templates/BuiltInTemplate.h"

namespace {

Campaign minimalCampaign()
{
    Campaign c;
    c.name = QStringLiteral("Phong trào thi đua thường xuyên năm 2026");
    c.summary = QStringLiteral("Phát động phong trào thi đua năm 2026");
    c.kind = CampaignKind::Regular;
    c.startDate = QDate(2026, 1, 1);
    c.endDate = QDate(2026, 12, 31);
    c.issueYear = 2026;
    c.issueMonth = 1;
    c.issueDay = 5;
    c.documentNumber = QStringLiteral("03");
    c.recipients = QStringList { QStringLiteral("Sở Nội vụ"), QStringLiteral("Lưu: VT, VP") };
    // Another outline: top level numbered 1–5, a list of sub-campaigns, no award section.
    c.headingStyles = { NumberingStyle::Arabic, NumberingStyle::Alpha };
    PlanSection goals;
    goals.heading = QStringLiteral("Mục tiêu");
    goals.blocks.push_back({ 0, BlockKind::Paragraph, QStringLiteral("Hoàn thành kế hoạch năm."), false });
    PlanSection waves;
    waves.heading = QStringLiteral("Các đợt thi đua");
    waves.itemStyle = NumberingStyle::Plus;
    waves.blocks.push_back({ 0, BlockKind::Item, QStringLiteral("Đợt 1: từ 01/01 đến 30/4."), false });
    waves.blocks.push_back({ 0, BlockKind::Item, QStringLiteral("Đợt 2: từ 01/5 đến 02/9."), false });
    c.sections = { goals, waves };
    return c;
}

} // namespace

TEST_CASE("a campaign with another outline is stored and read back whole")
{
    FreshDatabase fresh;
    CampaignRepository campaigns(*fresh.db);
    Campaign campaign = minimalCampaign();
    Result<qint64> id = campaigns.add(campaign);
    REQUIRE_OK(id);
    CHECK(campaign.sections[1].blocks[1].id > 0);

    Campaign read = campaigns.load(id.value()).value();
    CHECK(read.name == campaign.name);
    CHECK(read.kind == CampaignKind::Regular);
    CHECK(read.endDate == QDate(2026, 12, 31));
    CHECK(read.issueDay == 5);
    CHECK(read.recipients == campaign.recipients);
    CHECK(read.headingStyles == campaign.headingStyles);
    REQUIRE(read.sections.size() == 2);
    CHECK(read.sections[1].itemStyle == NumberingStyle::Plus);
    REQUIRE(read.sections[1].blocks.size() == 2);
    CHECK(read.sections[1].blocks[1].text == QStringLiteral("Đợt 2: từ 01/5 đến 02/9."));
    CHECK(sectionNumber(read.sections, { 1 }, read.headingStyles) == QStringLiteral("2."));
}

TEST_CASE("editing the outline keeps the ids of what stayed and drops what was removed")
{
    FreshDatabase fresh;
    CampaignRepository campaigns(*fresh.db);
    Campaign campaign = minimalCampaign();
    REQUIRE(campaigns.add(campaign).ok());
    const qint64 keptBlock = campaign.sections[1].blocks[0].id;

    REQUIRE(moveSection(campaign.sections, { 1 }, -1));
    REQUIRE(indentSection(campaign.sections, { 1 }));
    campaign.sections[0].blocks.erase(campaign.sections[0].blocks.begin() + 1);
    campaign.sections[0].children[0].heading = QStringLiteral("Mục tiêu chung");
    REQUIRE(campaigns.update(campaign).ok());

    Campaign read = campaigns.load(campaign.id).value();
    REQUIRE(read.sections.size() == 1);
    CHECK(read.sections[0].heading == QStringLiteral("Các đợt thi đua"));
    REQUIRE(read.sections[0].blocks.size() == 1);
    CHECK(read.sections[0].blocks[0].id == keptBlock);
    REQUIRE(read.sections[0].children.size() == 1);
    CHECK(read.sections[0].children[0].heading == QStringLiteral("Mục tiêu chung"));
}

TEST_CASE("invalid campaigns are refused naming the field, and nothing is written")
{
    FreshDatabase fresh;
    CampaignRepository campaigns(*fresh.db);
    Campaign backwards = minimalCampaign();
    backwards.endDate = QDate(2025, 12, 31);
    Result<qint64> refused = campaigns.add(backwards);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Ngày kết thúc")));

    Campaign badDay = minimalCampaign();
    badDay.issueMonth = 2;
    badDay.issueDay = 30;
    REQUIRE_FALSE(campaigns.add(badDay).ok());

    Campaign emptyParagraph = minimalCampaign();
    emptyParagraph.sections[0].blocks[0].text = QStringLiteral("  ");
    Result<qint64> empty = campaigns.add(emptyParagraph);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("Mục tiêu")));
    CHECK(campaigns.list().value().empty());
}

TEST_CASE("a new campaign from an existing one copies every section")
{
    FreshDatabase fresh;
    Result<qint64> original = BuiltInTemplate::install(*fresh.db);
    REQUIRE_OK(original);
    CampaignRepository campaigns(*fresh.db);
    Result<qint64> copyId = campaigns.duplicate(original.value());
    REQUIRE(copyId.ok());
    const Campaign source = campaigns.load(original.value()).value();
    const Campaign copy = campaigns.load(copyId.value()).value();
    CHECK(copy.name.contains(QStringLiteral("bản sao")));
    CHECK(countSections(copy.sections) == countSections(source.sections));
    CHECK(copy.awards.size() == source.awards.size());
    CHECK(copy.sections[3].children[0].children[0].blocks.size() == 6);
    CHECK(copy.sections[3].children[0].children[0].blocks[0].id != source.sections[3].children[0].children[0].blocks[0].id);
    CHECK(campaigns.list().value().size() == 2);

    REQUIRE(campaigns.remove(copyId.value()).ok());
    CHECK(campaigns.list().value().size() == 1);
    CHECK(countSections(campaigns.load(original.value()).value().sections) == countSections(source.sections));
}
