#include "tests/support/Catch.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TextCompare.h"

#include "core/cli/CommandLine.h"
#include "core/documents/Paperwork.h"
#include "core/documents/PlanExport.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AwardDecisionRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/CouncilMeetingRepository.h"
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
        const qint64 giayKhen = awardFormOf(db, AwardLevel::Agency);
        const qint64 bangKhenTinh = awardFormOf(db, AwardLevel::Province);
        auto propose = [&](const Nominee& nominee, qint64 formId, const QString& summary) {
            proposeThrough(db, campaignId, nominee, formId, unit.id, summary, ProposalState::Reviewed);
        };
        for (int i = 0; i < 3; ++i)
            concludeAllMet(db, campaignId, { Nominee::Kind::Person, people[size_t(i)].id });
        concludeAllMet(db, campaignId, { Nominee::Kind::Unit, unit.id });
        propose({ Nominee::Kind::Person, people[0].id }, giayKhen, QStringLiteral("Có sáng kiến cấp cơ sở."));
        propose({ Nominee::Kind::Person, people[1].id }, giayKhen, QStringLiteral("Hoàn thành xuất sắc nhiệm vụ."));
        propose({ Nominee::Kind::Unit, unit.id }, giayKhen, QStringLiteral("Tập thể hoàn thành xuất sắc."));
        propose({ Nominee::Kind::Person, people[2].id }, bangKhenTinh, QStringLiteral("Thành tích tiêu biểu của tỉnh."));
    }
};

// The Director decides the Giấy khen proposals; the provincial one goes on to the province.
void decideAll(Database& db, qint64 campaignId)
{
    ProposalRepository proposals(db);
    for (const Proposal& p : proposals.forCampaign(campaignId).value())
        if (p.state == ProposalState::Reviewed) {
            const Status decided = proposals.move(p.id, ProposalState::Decided, {}, {});
            if (!decided)
                REQUIRE_OK(proposals.move(p.id, ProposalState::Forwarded, {}, {}));
        }
}

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

TEST_CASE("the council's minutes list every proposal voted on, with the computed result")
{
    Reviewed season;
    Database& db = *season.fresh.db;
    Result<doc::Document> early = Paperwork::loadMinutes(db, season.campaignId);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("Chưa ghi thông tin cuộc họp")));

    CouncilMeeting meeting;
    meeting.campaignId = season.campaignId;
    meeting.heldAt = QDateTime(QDate(2026, 1, 5), QTime(14, 0));
    meeting.chair = QStringLiteral("Đ/c Trần Văn Tuấn, Phó Giám đốc Sở, Chủ tịch Hội đồng");
    CouncilMeetingRepository meetings(db);
    const Status incomplete = meetings.save(meeting);
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.error().message.contains(QStringLiteral("Thư ký cuộc họp")));
    meeting.secretary = QStringLiteral("Đ/c Lò Văn Hùng, Chánh Văn phòng, Ủy viên thư ký");
    meeting.place = QStringLiteral("Phòng họp Sở");
    meeting.attendees = { QStringLiteral("Đ/c Trần Văn Tuấn, Phó Giám đốc Sở, Chủ tịch Hội đồng"),
        QStringLiteral("Đ/c Lò Văn Hùng, Chánh Văn phòng, Ủy viên thư ký") };
    meeting.absentees = { QStringLiteral("Đ/c Phạm Minh Đức (công tác)") };
    REQUIRE_OK(meetings.save(meeting));
    REQUIRE(meetings.latest(season.campaignId).value()->attendees.size() == 2);

    Result<doc::Document> minutes = Paperwork::loadMinutes(db, season.campaignId);
    REQUIRE_OK(minutes);
    const QString text = normalizedText(doc::plainText(minutes.value()));
    CHECK(text.contains(QStringLiteral("BIÊN BẢN")));
    CHECK(text.contains(QStringLiteral("Thời gian: 14 giờ 00 phút, ngày 05/01/2026.")));
    CHECK(text.contains(QStringLiteral("Lai Châu, ngày 05 tháng 01 năm 2026")));
    CHECK(text.contains(QStringLiteral("Có 2 thành viên Hội đồng tham dự (vắng: Đ/c Phạm Minh Đức (công tác)):")));
    CHECK(text.count(QStringLiteral("8/9 88.9% Đạt")) == 4); // the four proposals of the fixture
    CHECK(text.endsWith(QStringLiteral("THƯ KÝ Lò Văn Hùng CHỦ TỊCH HỘI ĐỒNG Trần Văn Tuấn"))); // secretary left, chair right

    const QString pdf = season.fresh.folder.file(QStringLiteral("biên bản.pdf"));
    QString out, err;
    QTextStream o(&out), e(&err);
    REQUIRE(CommandLine::run({ QStringLiteral("export"), QStringLiteral("paperwork"), QStringLiteral("--db"), db.path(),
                                 QStringLiteral("--campaign"), QString::number(season.campaignId), QStringLiteral("--kind"),
                                 QStringLiteral("bien-ban"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                 QStringLiteral("--output"), pdf },
                o, e)
        == 0);
    CHECK(normalizedText(runTool(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") }))
              .contains(QStringLiteral("BIÊN BẢN")));
}

TEST_CASE("the Director's decision awards what was decided, with its list attached")
{
    Reviewed season;
    Database& db = *season.fresh.db;
    CHECK(Paperwork::loadDecided(db, season.campaignId).error().message.contains(QStringLiteral("Chưa có đề nghị nào")));
    decideAll(db, season.campaignId);
    Result<Paperwork::Input> input = Paperwork::loadDecided(db, season.campaignId);
    REQUIRE_OK(input);
    CHECK(input.value().nominations.size() == 3);
    const QString text = normalizedText(doc::plainText(Paperwork::decision(input.value())));
    CHECK(text.contains(QStringLiteral("QUYẾT ĐỊNH Về việc khen thưởng")));
    CHECK(text.contains(QStringLiteral("Số: /QĐ-SKHCN")));
    CHECK(text.contains(QStringLiteral("GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ")));
    CHECK(text.contains(QStringLiteral("Điều 1. Tặng Giấy khen của Giám đốc Sở cho 1 tập thể và 2 cá nhân")));
    CHECK(text.contains(QStringLiteral("(Kèm theo Quyết định số /QĐ-SKHCN")));
    CHECK(text.contains(season.people[0].fullName));
    CHECK_FALSE(text.contains(season.people[2].fullName)); // sent to the province, not decided here

    const QString docx = season.fresh.folder.file(QStringLiteral("quyết định.docx"));
    QString out, err;
    QTextStream o(&out), e(&err);
    REQUIRE(CommandLine::run({ QStringLiteral("export"), QStringLiteral("paperwork"), QStringLiteral("--db"), db.path(),
                                 QStringLiteral("--campaign"), QString::number(season.campaignId), QStringLiteral("--kind"),
                                 QStringLiteral("quyet-dinh"), QStringLiteral("--format"), QStringLiteral("docx"),
                                 QStringLiteral("--output"), docx },
                o, e)
        == 0);
    CHECK(normalizedText(libreOfficeText(docx, season.fresh.folder.file(QString()))).contains(QStringLiteral("Điều 3.")));
}

TEST_CASE("the decision's final print needs its number and signing date")
{
    Reviewed season;
    Database& db = *season.fresh.db;
    decideAll(db, season.campaignId);
    Result<Paperwork::Input> draft = Paperwork::loadDecided(db, season.campaignId);
    REQUIRE_OK(draft);
    CHECK(Paperwork::finalDecision(draft.value()).error().message.contains(QStringLiteral("«Số quyết định»")));

    const QString pdf = season.fresh.folder.file(QStringLiteral("quyết định chính thức.pdf"));
    auto exportFinal = [&] {
        QString out, err;
        QTextStream o(&out), e(&err);
        return CommandLine::run({ QStringLiteral("export"), QStringLiteral("paperwork"), QStringLiteral("--db"), db.path(),
                                    QStringLiteral("--campaign"), QString::number(season.campaignId), QStringLiteral("--kind"),
                                    QStringLiteral("quyet-dinh"), QStringLiteral("--final"), QStringLiteral("--format"),
                                    QStringLiteral("pdf"), QStringLiteral("--output"), pdf },
            o, e);
    };
    CHECK(exportFinal() != 0);
    CHECK_FALSE(QFileInfo::exists(pdf)); // nothing written

    AwardDecisionRepository decisions(db);
    CHECK(decisions.save({ season.campaignId, QStringLiteral("15/QĐ-SKHCN"), QDate(2026, 12, 5) }).error().message.contains(
        QStringLiteral("«Số quyết định»")));
    REQUIRE_OK(decisions.save({ season.campaignId, QStringLiteral("15"), std::nullopt }));
    CHECK(Paperwork::finalDecision(Paperwork::loadDecided(db, season.campaignId).value()).error().message.contains(
        QStringLiteral("«Ngày ký quyết định»")));
    REQUIRE_OK(decisions.save({ season.campaignId, QStringLiteral(" 15 "), QDate(2026, 12, 5) }));
    CHECK(decisions.load(season.campaignId).value() == AwardDecision { season.campaignId, QStringLiteral("15"), QDate(2026, 12, 5) });

    REQUIRE(exportFinal() == 0);
    const QString text = normalizedText(runTool(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") }));
    CHECK(text.contains(QStringLiteral("Số: 15/QĐ-SKHCN")));
    CHECK(text.contains(QStringLiteral("Lai Châu, ngày 05 tháng 12 năm 2026")));
    CHECK(text.contains(QStringLiteral("(Kèm theo Quyết định số 15/QĐ-SKHCN ngày 05 tháng 12 năm 2026 của Giám đốc Sở")));
}
