#include "tests/support/Catch.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TextCompare.h"

#include "core/cli/CommandLine.h"
#include "core/documents/Paperwork.h"
#include "core/documents/PlanExport.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QDir>

namespace {

// The template campaign with three proposals past the council: two people and a unit for the
// Director's Giấy khen, one person for the provincial Bằng khen.
struct Reviewed {
    FreshDatabase fresh;
    qint64 campaignId = 0;
    std::vector<Person> people;
    Unit unit;

    Reviewed()
    {
        Database& db = *fresh.db;
        campaignId = BuiltInTemplate::install(db).value();
        people = PersonRepository(db).all().value();
        unit = UnitRepository(db).all().value().front();
        std::map<AwardLevel, qint64> form;
        for (const AwardForm& f : AwardFormRepository(db).all().value())
            form[f.level] = f.id;
        CampaignRepository campaigns(db);
        auto conclude = [&](const Nominee& nominee, SectionBinding binding) {
            for (const PlanBlock& c : campaigns.criteria(campaignId, binding).value()) {
                Assessment a;
                a.criterionId = c.id;
                a.nominee = nominee;
                a.conclusion = AssessmentState::Met;
                REQUIRE_OK(AssessmentRepository(db).save(a));
            }
        };
        auto propose = [&](const Nominee& nominee, qint64 formId, const QString& summary) {
            Proposal p;
            p.campaignId = campaignId;
            p.awardFormId = formId;
            p.nominee = nominee;
            p.proposingUnitId = unit.id;
            p.summary = summary;
            ProposalRepository proposals(db);
            REQUIRE_OK(proposals.add(p, {}));
            REQUIRE_OK(proposals.move(p.id, ProposalState::Submitted, {}, {}));
            REQUIRE_OK(proposals.recordVote(p.id, { 9, 9, 8 }));
            REQUIRE_OK(proposals.move(p.id, ProposalState::Reviewed, {}, {}));
        };
        for (int i = 0; i < 3; ++i)
            conclude({ Nominee::Kind::Person, people[size_t(i)].id }, SectionBinding::IndividualCriteria);
        conclude({ Nominee::Kind::Unit, unit.id }, SectionBinding::UnitCriteria);
        propose({ Nominee::Kind::Person, people[0].id }, form[AwardLevel::Agency], QStringLiteral("Có sáng kiến cấp cơ sở."));
        propose({ Nominee::Kind::Person, people[1].id }, form[AwardLevel::Agency], QStringLiteral("Hoàn thành xuất sắc nhiệm vụ."));
        propose({ Nominee::Kind::Unit, unit.id }, form[AwardLevel::Agency], QStringLiteral("Tập thể hoàn thành xuất sắc."));
        propose({ Nominee::Kind::Person, people[2].id }, form[AwardLevel::Province], QStringLiteral("Thành tích tiêu biểu của tỉnh."));
    }
};

} // namespace

TEST_CASE("paperwork is grouped by who decides, with counts in the submission")
{
    Reviewed season;
    Result<std::vector<Paperwork::Input>> inputs = Paperwork::load(*season.fresh.db, season.campaignId);
    REQUIRE_OK(inputs);
    REQUIRE(inputs.value().size() == 2); // the Director; the provincial chairman
    const Paperwork::Input& director = inputs.value()[0];
    CHECK(director.nominations.size() == 3);

    const QString submission = normalizedText(doc::plainText(Paperwork::submission(director)));
    CHECK(submission.contains(QStringLiteral("TỜ TRÌNH")));
    CHECK(submission.contains(QStringLiteral("Số: /TTr-SKHCN")));
    CHECK(submission.contains(QStringLiteral("Kính gửi: Giám đốc Sở Khoa học và Công nghệ.")));
    CHECK(submission.contains(QStringLiteral("khen thưởng cho 1 tập thể và 2 cá nhân")));
    CHECK(submission.contains(QStringLiteral("Giấy khen của Giám đốc Sở: 1 tập thể, 2 cá nhân.")));
    CHECK(submission.contains(QStringLiteral("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC")));

    const QString province = normalizedText(doc::plainText(Paperwork::submission(inputs.value()[1])));
    CHECK(province.contains(QStringLiteral("Kính gửi: Chủ tịch UBND tỉnh; Sở Nội vụ.")));

    const QString list = normalizedText(doc::plainText(Paperwork::list(director)));
    CHECK(list.contains(QStringLiteral("I. GIẤY KHEN CỦA GIÁM ĐỐC SỞ 1. Tập thể (1)")));
    CHECK(list.indexOf(QStringLiteral("1. Tập thể")) < list.indexOf(QStringLiteral("2. Cá nhân (2)")));
    CHECK(list.contains(season.people[0].fullName));
    CHECK(list.contains(QStringLiteral("Có sáng kiến cấp cơ sở.")));
}

TEST_CASE("no paperwork without proposals or without a signer")
{
    FreshDatabase fresh;
    const qint64 campaignId = BuiltInTemplate::install(*fresh.db).value();
    Result<std::vector<Paperwork::Input>> none = Paperwork::load(*fresh.db, campaignId);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("đang trống")));
    CampaignRepository campaigns(*fresh.db);
    Campaign campaign = campaigns.load(campaignId).value();
    campaign.signerId = 0;
    REQUIRE_OK(campaigns.update(campaign));
    CHECK(Paperwork::load(*fresh.db, campaignId).error().message.contains(QStringLiteral("chưa chọn người ký")));
}

TEST_CASE("thidua export paperwork writes the list, read back by LibreOffice")
{
    Reviewed season;
    const QString folder = season.fresh.folder.file(QStringLiteral("hồ sơ"));
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = CommandLine::run({ QStringLiteral("export"), QStringLiteral("paperwork"), QStringLiteral("--db"), season.fresh.db->path(),
                                          QStringLiteral("--campaign"), QString::number(season.campaignId), QStringLiteral("--kind"),
                                          QStringLiteral("danh-sach"), QStringLiteral("--format"), QStringLiteral("docx"),
                                          QStringLiteral("--output"), folder },
        o, e);
    e.flush();
    INFO(err.toStdString());
    REQUIRE(code == 0);
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*.docx") });
    REQUIRE(files.size() == 2);
    const QString text = normalizedText(libreOfficeText(QDir(folder).filePath(files.first()), season.fresh.folder.file(QString())));
    CHECK(text.contains(QStringLiteral("DANH SÁCH")));
    CHECK(text.contains(season.people[1].fullName));
}
