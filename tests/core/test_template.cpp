#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TextCompare.h"

#include "core/domain/Numbering.h"
#include "core/domain/PlanOutlineEditing.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QFile>
#include <QRegularExpression>

#include <map>

namespace {

QString normalized(const QString& text) { return normalizedText(text); }

// Consumes the fields of the template, in document order, from the seed's text.
class SeedReader {
public:
    explicit SeedReader(QString seed)
        : m_rest(normalized(std::move(seed)))
    {
    }

    void take(const QString& field)
    {
        const QString wanted = normalized(field);
        INFO("field: " << wanted.toStdString());
        REQUIRE_FALSE(wanted.isEmpty());
        const qsizetype at = m_rest.indexOf(wanted, m_cursor);
        REQUIRE(at >= 0);
        m_rest.replace(at, wanted.size(), QStringLiteral(" "));
        m_cursor = at;
        ++m_taken;
    }

    QString leftover() const { return normalized(m_rest); }
    int taken() const { return m_taken; }

private:
    QString m_rest;
    qsizetype m_cursor = 0;
    int m_taken = 0;
};

QString seedText()
{
    QFile file(testDataPath(QStringLiteral("seed-plan.txt")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void takeSections(SeedReader& seed, const Campaign& campaign, const std::vector<PlanSection>& sections,
    const SectionPath& parent, const std::map<qint64, QString>& awardNames)
{
    for (int row = 0; row < int(sections.size()); ++row) {
        const PlanSection& section = sections[size_t(row)];
        const SectionPath path = SectionPath(parent) << row;
        if (!section.heading.isEmpty())
            seed.take(sectionNumber(campaign.sections, path, campaign.headingStyles) + QLatin1Char(' ') + section.heading);
        int item = 0;
        for (const PlanBlock& block : section.blocks) {
            const QString label = block.kind == BlockKind::Item ? numberLabel(section.itemStyle, ++item) : QString();
            seed.take(label.isEmpty() ? block.text : label + QLatin1Char(' ') + block.text);
        }
        if (section.binding == SectionBinding::AwardForms) {
            for (size_t i = 0; i < campaign.awards.size(); ++i) {
                const QString end = i + 1 == campaign.awards.size() ? QStringLiteral(".") : QStringLiteral(";");
                seed.take(numberLabel(section.itemStyle, int(i) + 1) + QLatin1Char(' ')
                    + awardNames.at(campaign.awards[i].awardFormId) + end);
            }
        }
        takeSections(seed, campaign, section.children, path, awardNames);
    }
}

} // namespace

TEST_CASE("a fresh database receives the built-in template once")
{
    FreshDatabase fresh;
    REQUIRE(BuiltInTemplate::isEmptyDatabase(*fresh.db).value());
    Result<qint64> id = BuiltInTemplate::install(*fresh.db);
    REQUIRE_OK(id);
    CHECK_FALSE(BuiltInTemplate::isEmptyDatabase(*fresh.db).value());
    CHECK(UnitRepository(*fresh.db).all().value().size() >= 6);
    auto people = PersonRepository(*fresh.db).all().value();
    CHECK(people.size() >= 20);
    for (const Person& p : people)
        CHECK(p.isSample);
    CHECK(AwardFormRepository(*fresh.db).all().value().size() == 4);
}

TEST_CASE("the template holds every sentence of the seed plan in the right field")
{
    FreshDatabase fresh;
    Result<qint64> id = BuiltInTemplate::install(*fresh.db);
    REQUIRE_OK(id);
    const Agency agency = AgencyRepository(*fresh.db).load().value();
    const Campaign campaign = CampaignRepository(*fresh.db).load(id.value()).value();
    const auto signers = AgencyRepository(*fresh.db).signers().value();
    std::map<qint64, QString> awardNames;
    for (const AwardForm& form : AwardFormRepository(*fresh.db).all().value())
        awardNames[form.id] = form.name;

    SeedReader seed(seedText());
    seed.take(agency.parentAuthority);
    seed.take(agency.name);
    seed.take(QStringLiteral("/KH-") + agency.abbreviation);
    seed.take(agency.placeName + QLatin1Char(','));
    REQUIRE(campaign.issueMonth.has_value());
    seed.take(QString::number(*campaign.issueMonth));
    seed.take(QString::number(campaign.issueYear));
    seed.take(campaign.summary);
    takeSections(seed, campaign, campaign.sections, {}, awardNames);
    for (int i = 0; i < campaign.recipients.size(); ++i)
        seed.take(QStringLiteral("- ") + campaign.recipients[i]
            + (i + 1 == campaign.recipients.size() ? QStringLiteral(".") : QStringLiteral(";")));
    REQUIRE(signers.size() == 1);
    REQUIRE(campaign.signerId == signers[0].id);
    seed.take(signers[0].signingPrefix);
    seed.take(signers[0].position);
    seed.take(signers[0].fullName);

    // What is left is the fixed wording every Decree-30 document carries, nothing of the plan.
    CHECK(seed.leftover().toStdString()
        == QStringLiteral("Số: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập-Tự do-Hạnh phúc ngày tháng năm "
                          "KẾ HOẠCH Nơi nhận:")
               .toStdString());
    CHECK(seed.taken() > 40);
}

TEST_CASE("the template's criteria are structured data, not text")
{
    FreshDatabase fresh;
    Result<qint64> id = BuiltInTemplate::install(*fresh.db);
    REQUIRE_OK(id);
    CampaignRepository campaigns(*fresh.db);
    auto unitCriteria = campaigns.criteria(id.value(), SectionBinding::UnitCriteria).value();
    auto personCriteria = campaigns.criteria(id.value(), SectionBinding::IndividualCriteria).value();
    CHECK(unitCriteria.size() == 6);
    CHECK(personCriteria.size() == 1);
    for (const PlanBlock& criterion : unitCriteria) {
        CHECK(criterion.id > 0);
        CHECK(criterion.required);
    }
    CHECK(unitCriteria.front().text.startsWith(QStringLiteral("Hoàn thành và hoàn thành vượt mức")));
    CHECK(campaigns.load(id.value()).value().awards.size() == 4);
}
