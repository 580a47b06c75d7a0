#include "tests/support/Catch.h"
#include "tests/support/DocumentChecker.h"
#include "tests/support/DocxFacts.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/Golden.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TextCompare.h"

#include "core/cli/CommandLine.h"
#include "core/documents/AchievementReport.h"
#include "core/documents/Paperwork.h"
#include "core/documents/Dossier.h"
#include "core/documents/FinalReport.h"
#include "core/documents/PlanExport.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/SubmissionRouteRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AwardDecisionRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/CouncilMeetingRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/WordingRepository.h"
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

// The council's meeting of 05/01/2026, its chair and secretary present.
// The nine members present at the fixture's meeting (its votes count nine present).
QStringList councilOfNine()
{
    QStringList members { QStringLiteral("Đ/c Trần Văn Tuấn, Phó Giám đốc Sở, Chủ tịch Hội đồng"),
        QStringLiteral("Đ/c Lò Văn Hùng, Chánh Văn phòng, Ủy viên thư ký") };
    const QStringList others { QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("Phạm Minh Đức"), QStringLiteral("Vàng A Dính"),
        QStringLiteral("Lê Thu Hà"), QStringLiteral("Đỗ Văn Nam"), QStringLiteral("Tòng Thị Xuân"), QStringLiteral("Hoàng Văn Sơn") };
    for (const QString& name : others)
        members << QStringLiteral("Đ/c %1, Trưởng phòng, Ủy viên").arg(name);
    return members;
}

void recordMeeting(Database& db, qint64 campaignId)
{
    CouncilMeeting meeting;
    meeting.campaignId = campaignId;
    meeting.heldAt = QDateTime(QDate(2026, 1, 5), QTime(14, 0));
    meeting.place = QStringLiteral("Phòng họp Sở");
    meeting.chair = QStringLiteral("Đ/c Trần Văn Tuấn, Phó Giám đốc Sở, Chủ tịch Hội đồng");
    meeting.secretary = QStringLiteral("Đ/c Lò Văn Hùng, Chánh Văn phòng, Ủy viên thư ký");
    meeting.attendees = councilOfNine();
    meeting.endedAt = QTime(16, 30);
    REQUIRE_OK(CouncilMeetingRepository(db).save(meeting));
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

    // Inside the agency the Office (standing body of the council) submits to the Director, and its
    // head signs; the agency never submits to itself nor signs for its addressee.
    const QString submission = normalizedText(doc::plainText(Paperwork::submission(director)));
    CHECK(submission.startsWith(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ VĂN PHÒNG Số: /TTr-VP")));
    CHECK(submission.contains(QStringLiteral("TỜ TRÌNH")));
    CHECK(submission.contains(QStringLiteral("Kính gửi: Giám đốc Sở Khoa học và Công nghệ.")));
    CHECK(submission.contains(QStringLiteral("Văn phòng Sở Khoa học và Công nghệ kính đề nghị Giám đốc Sở Khoa học và Công nghệ xem xét, "
                                             "khen thưởng cho 01 tập thể và 02 cá nhân")));
    CHECK(submission.contains(QStringLiteral("Giấy khen của Giám đốc Sở: 01 tập thể và 02 cá nhân.")));
    CHECK(submission.contains(QStringLiteral("CHÁNH VĂN PHÒNG")));
    CHECK_FALSE(submission.contains(QStringLiteral("KT. GIÁM ĐỐC")));
    CHECK(submission.contains(QStringLiteral("Lò Văn Hùng"))); // the Office's head, from the people of the Office

    // Above the agency: the agency submits to the province's chairman through Sở Nội vụ, one
    // addressee a line, signed by the campaign's signer.
    const QString province = normalizedText(doc::plainText(Paperwork::submission(inputs.value()[1])));
    CHECK(province.startsWith(QStringLiteral("UBND TỈNH LAI CHÂU SỞ KHOA HỌC VÀ CÔNG NGHỆ Số: /TTr-SKHCN")));
    CHECK(province.contains(normalizedText(QStringLiteral("Kính gửi: - Chủ tịch UBND tỉnh Lai Châu; - Sở Nội vụ tỉnh Lai Châu."))));
    CHECK(province.contains(QStringLiteral("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC")));

    const QString list = normalizedText(doc::plainText(Paperwork::list(director)));
    CHECK(list.contains(QStringLiteral("I. GIẤY KHEN CỦA GIÁM ĐỐC SỞ 1. Tập thể (1)")));
    CHECK(list.indexOf(QStringLiteral("1. Tập thể")) < list.indexOf(QStringLiteral("2. Cá nhân (2)")));
    CHECK(list.contains(season.people[0].fullName));
    CHECK(list.contains(QStringLiteral("Có sáng kiến cấp cơ sở.")));
}

TEST_CASE("the agency's own rule for a level decides who submits and who signs")
{
    Reviewed season;
    Database& db = *season.fresh.db;
    SubmissionRouteRepository routes(db);
    const std::vector<SubmissionRoute> defaults = routes.all().value();
    REQUIRE(defaults.size() == 4);
    CHECK(defaults.back() == SubmissionRoute::defaultFor(AwardLevel::Agency));
    CHECK(defaults.back().sender == SubmissionRoute::Sender::Office);
    CHECK(defaults.front().sender == SubmissionRoute::Sender::Agency);

    // This agency's Director's awards are submitted by the agency itself, signed by its head in person.
    const std::vector<Signer> signers = AgencyRepository(db).signers().value();
    REQUIRE_FALSE(signers.empty());
    Signer head = signers.front();
    head.fullName = QStringLiteral("Nguyễn Văn Giám");
    head.position = QStringLiteral("GIÁM ĐỐC");
    head.signingPrefix.clear();
    head.id = AgencyRepository(db).addSigner(head).value();
    REQUIRE_OK(routes.save({ AwardLevel::Agency, SubmissionRoute::Sender::Agency, head.id }));
    // The province's awards go through the Office in this agency, signed by its default signer.
    REQUIRE_OK(routes.save({ AwardLevel::Province, SubmissionRoute::Sender::Office, 0 }));
    // A signer not among the agency's is refused by the field's name, the rule kept as it was.
    const Status stranger = routes.save({ AwardLevel::Province, SubmissionRoute::Sender::Agency, 9999 });
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error().message.contains(QStringLiteral("«Người ký»")));
    CHECK(routes.all().value()[2].sender == SubmissionRoute::Sender::Office);

    const std::vector<Paperwork::Input> inputs = Paperwork::load(db, season.campaignId).value();
    const QString director = normalizedText(doc::plainText(Paperwork::submission(inputs[0])));
    CHECK(director.startsWith(QStringLiteral("UBND TỈNH LAI CHÂU SỞ KHOA HỌC VÀ CÔNG NGHỆ Số: /TTr-SKHCN")));
    CHECK(director.contains(QStringLiteral("Sở Khoa học và Công nghệ kính đề nghị Giám đốc")));
    CHECK(director.endsWith(QStringLiteral("GIÁM ĐỐC Nguyễn Văn Giám")));
    CHECK_FALSE(director.contains(QStringLiteral("CHÁNH VĂN PHÒNG")));
    const QString province = normalizedText(doc::plainText(Paperwork::submission(inputs[1])));
    CHECK(province.startsWith(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ VĂN PHÒNG Số: /TTr-VP")));
    CHECK(province.contains(QStringLiteral("CHÁNH VĂN PHÒNG")));
    // The list goes with its Tờ trình: the same sender and signer.
    CHECK(normalizedText(doc::plainText(Paperwork::list(inputs[0]))).endsWith(QStringLiteral("GIÁM ĐỐC Nguyễn Văn Giám")));
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

    // The votes count nine present: minutes listing two would contradict themselves.
    Result<doc::Document> contradicted = Paperwork::loadMinutes(db, season.campaignId);
    REQUIRE_FALSE(contradicted.ok());
    CHECK(contradicted.error().message.contains(QStringLiteral("Chưa lập được Biên bản")));
    CHECK(contradicted.error().message.contains(QStringLiteral("phiếu ghi 9 thành viên có mặt, cuộc họp ghi 2")));
    CHECK(contradicted.error().message.contains(QStringLiteral("và 1 đề nghị khác")));
    // Nine present and one absent cannot be a council of nine.
    meeting.attendees = councilOfNine();
    REQUIRE_OK(meetings.save(meeting));
    CHECK(Paperwork::loadMinutes(db, season.campaignId).error().message.contains(QStringLiteral("hội đồng 9 người, cuộc họp ghi 9 có mặt và 1 vắng")));
    meeting.absentees.clear();
    REQUIRE_OK(meetings.save(meeting));

    Result<doc::Document> minutes = Paperwork::loadMinutes(db, season.campaignId);
    REQUIRE_OK(minutes);
    const QString text = normalizedText(doc::plainText(minutes.value()));
    CHECK(text.contains(QStringLiteral("BIÊN BẢN")));
    CHECK(text.contains(QStringLiteral("Thời gian: 14 giờ 00 phút, ngày 05/01/2026.")));
    CHECK(text.contains(QStringLiteral("Lai Châu, ngày 05 tháng 01 năm 2026")));
    CHECK(text.contains(QStringLiteral("Có 9 thành viên Hội đồng tham dự:")));
    CHECK(text.contains(QStringLiteral("Cuộc họp kết thúc lúc giờ phút cùng ngày."))); // no closing time: written in by hand
    CHECK(text.count(QStringLiteral("8/9 88,9 % Đạt")) == 4); // the four proposals of the fixture
    CHECK(text.contains(QStringLiteral("Hội đồng có 9 thành viên. Một đề nghị đạt khi số phiếu đồng ý trên 50 % số thành viên có mặt.")));
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
    CHECK(text.contains(QStringLiteral("QUYẾT ĐỊNH Về việc tặng Giấy khen của Giám đốc Sở cho các tập thể, cá nhân")));
    CHECK(text.contains(QStringLiteral("Số: /QĐ-SKHCN")));
    CHECK(text.contains(QStringLiteral("GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ")));
    CHECK(text.contains(QStringLiteral("Điều 1. Tặng Giấy khen của Giám đốc Sở cho 01 tập thể và 02 cá nhân")));
    // The legal basis a reviewer looks for, the money of Điều 2 and the effect of Điều 3.
    for (const char* basis : { "Căn cứ Luật Thi đua, khen thưởng", "Căn cứ Nghị định số 152/2025/NĐ-CP",
             "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ",
             "ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh Lai Châu", "Căn cứ Kế hoạch số",
             "Xét đề nghị của Hội đồng Thi đua - Khen thưởng Sở Khoa học và Công nghệ" })
        CHECK(text.contains(normalizedText(QString::fromUtf8(basis))));
    CHECK(text.contains(QStringLiteral("Điều 2. Kèm theo Giấy khen của Giám đốc Sở, mỗi tập thể được thưởng 1.410.000 đồng (0,6 lần "
                                       "mức lương cơ sở), mỗi cá nhân được thưởng 710.000 đồng (0,3 lần mức lương cơ sở); tổng cộng "
                                       "2.830.000 đồng (mức lương cơ sở 2.340.000 đồng). Kinh phí khen thưởng chi từ Quỹ thi đua, khen "
                                       "thưởng của Sở Khoa học và Công nghệ.")));
    CHECK(text.contains(QStringLiteral("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")));
    CHECK(text.contains(normalizedText(QStringLiteral("Nơi nhận: - Như Điều 3; - Sở Nội vụ tỉnh Lai Châu (để báo cáo); - Giám đốc (để báo cáo); - Lưu: VT, VP."))));
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

    // Number and date recorded, but the province's decisions still cited as "…": refused too.
    CHECK(Paperwork::finalDecision(Paperwork::loadDecided(db, season.campaignId).value()).error().message.contains(QStringLiteral("«…»")));
    CHECK(exportFinal() != 0);
    citeProvinceDecisions(db);
    REQUIRE(exportFinal() == 0);
    const QString text = normalizedText(runTool(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") }));
    CHECK(text.contains(QStringLiteral("Số: 15/QĐ-SKHCN")));
    CHECK(text.contains(QStringLiteral("Lai Châu, ngày 05 tháng 12 năm 2026")));
    CHECK(text.contains(QStringLiteral("(Kèm theo Quyết định số 15/QĐ-SKHCN ngày 05 tháng 12 năm 2026 của Giám đốc Sở")));
    CHECK_FALSE(text.contains(QStringLiteral("DỰ THẢO"))); // the final print carries no draft mark

    // The draft says so at its head, in the PDF and in the DOCX as LibreOffice reads it.
    const QString draftPdf = season.fresh.folder.file(QStringLiteral("dự thảo.pdf"));
    const QString draftDocx = season.fresh.folder.file(QStringLiteral("dự thảo.docx"));
    const doc::Document draftDocument = Paperwork::decision(Paperwork::loadDecided(db, season.campaignId).value());
    REQUIRE_OK(PlanExport::writeDocument(draftDocument, DocumentFormat::Pdf, draftPdf));
    REQUIRE_OK(PlanExport::writeDocument(draftDocument, DocumentFormat::Docx, draftDocx));
    CHECK(normalizedText(runTool(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), draftPdf, QStringLiteral("-") }))
              .startsWith(QStringLiteral("DỰ THẢO")));
    CHECK(normalizedText(libreOfficeText(draftDocx, season.fresh.folder.file(QString()))).startsWith(QStringLiteral("DỰ THẢO")));
    CHECK(fileBytes(draftPdf) != fileBytes(pdf));
}

TEST_CASE("achievement reports of an individual and a collective hold the Decree 152 sections, prefilled")
{
    Reviewed season;
    Database& db = *season.fresh.db;
    Result<std::vector<AchievementReport::Input>> reports = AchievementReport::load(db, season.campaignId);
    REQUIRE_OK(reports);
    REQUIRE(reports.value().size() == 4);
    const AchievementReport::Input& person = reports.value()[0];
    REQUIRE(person.person.has_value());
    CHECK_FALSE(person.criteriaMet.isEmpty());
    const QString individual = normalizedText(doc::plainText(AchievementReport::build(person)));
    CHECK(individual.contains(QStringLiteral("BÁO CÁO THÀNH TÍCH")));
    CHECK(individual.contains(QStringLiteral("ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ (thành tích trong")));
    CHECK(individual.contains(QStringLiteral("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG 1. Danh hiệu thi đua Năm Danh hiệu thi đua")));
    CHECK(individual.contains(QStringLiteral("I. SƠ LƯỢC LÝ LỊCH")));
    CHECK(individual.contains(normalizedText(QStringLiteral("- Họ và tên: %1.").arg(season.people[0].fullName))));
    CHECK(individual.contains(normalizedText(QStringLiteral("- Giới tính: "))));
    CHECK(individual.contains(QStringLiteral("II. THÀNH TÍCH ĐẠT ĐƯỢC")));
    CHECK(individual.contains(QStringLiteral("Có sáng kiến cấp cơ sở.")));
    CHECK(individual.contains(QStringLiteral(": Đạt.")));
    CHECK(individual.contains(QStringLiteral("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")));
    CHECK(individual.contains(QStringLiteral("Chưa có")));
    CHECK(individual.contains(QStringLiteral("NGƯỜI BÁO CÁO THÀNH TÍCH")));
    CHECK_FALSE(individual.contains(QStringLiteral("XÁC NHẬN CỦA CẤP TRÌNH"))); // decided within the agency
    CHECK_FALSE(individual.contains(QStringLiteral("Số:"))); // an achievement report carries no number

    const AchievementReport::Input& unit = reports.value()[2];
    REQUIRE_FALSE(unit.person.has_value());
    const QString collective = normalizedText(doc::plainText(AchievementReport::build(unit)));
    CHECK(collective.contains(QStringLiteral("I. ĐẶC ĐIỂM, TÌNH HÌNH")));
    CHECK(collective.contains(normalizedText(QStringLiteral("- Tổng số cán bộ, công chức, viên chức, người lao động: %1 người").arg(unit.unitHeadcount))));
    CHECK(collective.contains(QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN TRỰC TIẾP XÁC NHẬN, ĐỀ NGHỊ")));

    const QString provincial = normalizedText(doc::plainText(AchievementReport::build(reports.value()[3])));
    CHECK(provincial.contains(QStringLiteral("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG")));

    // An award granted earlier is listed with its decision.
    AchievementReport::Input earlier = person;
    earlier.earlierAwards.push_back({ 1, QStringLiteral("Đợt thi đua năm 2024"), QStringLiteral("Giấy khen của Giám đốc Sở"), 2024,
        QStringLiteral("Giám đốc Sở"), QStringLiteral("21"), QDate(2024, 12, 20) });
    CHECK(normalizedText(doc::plainText(AchievementReport::build(earlier)))
              .contains(QStringLiteral("2024 Giấy khen của Giám đốc Sở (Đợt thi đua năm 2024) Số 21 ngày 20/12/2024; Giám đốc Sở")));

    // The batch puts each report on its own pages.
    const doc::Document all = AchievementReport::batch(reports.value());
    CHECK(std::count_if(all.body.begin(), all.body.end(), [](const doc::Block& b) { return std::holds_alternative<doc::PageBreak>(b); })
        == 3);
}

TEST_CASE("achievement reports export from the command line, one file each, read back by LibreOffice and pdftotext")
{
    Reviewed season;
    Database& db = *season.fresh.db;
    const std::vector<Proposal> proposals = ProposalRepository(db).forCampaign(season.campaignId).value();
    auto run = [&](QStringList extra, const QString& format, const QString& output) {
        QString out, err;
        QTextStream o(&out), e(&err);
        QStringList arguments { QStringLiteral("export"), QStringLiteral("paperwork"), QStringLiteral("--db"), db.path(),
            QStringLiteral("--campaign"), QString::number(season.campaignId), QStringLiteral("--kind"),
            QStringLiteral("bao-cao-thanh-tich"), QStringLiteral("--format"), format, QStringLiteral("--output"), output };
        return CommandLine::run(arguments + extra, o, e);
    };
    const QString docx = season.fresh.folder.file(QStringLiteral("báo cáo.docx"));
    REQUIRE(run({ QStringLiteral("--proposal"), QString::number(proposals[0].id) }, QStringLiteral("docx"), docx) == 0);
    const QString text = normalizedText(libreOfficeText(docx, season.fresh.folder.file(QString())));
    CHECK(text.contains(QStringLiteral("BÁO CÁO THÀNH TÍCH")));
    CHECK(text.contains(normalizedText(QStringLiteral("- Họ và tên: %1.").arg(season.people[0].fullName))));
    CHECK(text.contains(QStringLiteral("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")));

    const QString folder = season.fresh.folder.file(QStringLiteral("báo cáo thành tích"));
    REQUIRE(run({}, QStringLiteral("pdf"), folder) == 0);
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*.pdf") });
    CHECK(files.size() == 4);
    const QString person = QDir(folder).filePath(AchievementReport::suggestedFileName(
        AchievementReport::load(db, season.campaignId, { proposals[1].id }).value(), false));
    REQUIRE(QFileInfo::exists(person));
    CHECK(normalizedText(runTool(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), person, QStringLiteral("-") }))
              .contains(normalizedText(QStringLiteral("- Họ và tên: %1.").arg(season.people[1].fullName))));
}

TEST_CASE("the nomination forms of a selection are written in one job, and a cancelled job writes nothing")
{
    Reviewed season;
    Result<std::vector<AchievementReport::Input>> reports = AchievementReport::load(*season.fresh.db, season.campaignId);
    REQUIRE_OK(reports);
    const QString pdf = season.fresh.folder.file(QStringLiteral("phiếu đề nghị.pdf"));
    std::vector<int> seen;
    const Status cancelled = AchievementReport::writeAll(reports.value(), DocumentFormat::Pdf, pdf, [&](int done) {
        seen.push_back(done);
        return done < 2;
    });
    CHECK_FALSE(cancelled);
    CHECK(cancelled.error().message.contains(QStringLiteral("Đã hủy")));
    CHECK(seen == std::vector<int> { 1, 2 });
    CHECK_FALSE(QFileInfo::exists(pdf));

    REQUIRE_OK(AchievementReport::writeAll(reports.value(), DocumentFormat::Pdf, pdf, [&](int done) { return done > 0; }));
    const QString text = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") });
    CHECK(text.count(QStringLiteral("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")) == 4);
    // Each report starts on a new page: a form feed before every report but the first.
    const QStringList pages = text.split(QChar(0x0C));
    int starts = 0;
    for (const QString& page : pages)
        starts += page.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) ? 1 : 0;
    CHECK(starts == 4);

    const QString docx = season.fresh.folder.file(QStringLiteral("phiếu đề nghị.docx"));
    REQUIRE_OK(AchievementReport::writeAll(reports.value(), DocumentFormat::Docx, docx));
    CHECK(normalizedText(libreOfficeText(docx, season.fresh.folder.file(QString()))).count(QStringLiteral("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")) == 4);
    CHECK(AchievementReport::writeAll({}, DocumentFormat::Pdf, pdf).error().message.contains(QStringLiteral("trống")));
}

TEST_CASE("the paperwork's province-specific wording is the clerk's to edit, placeholders checked")
{
    Reviewed season;
    Database& db = *season.fresh.db;
    WordingRepository wordings(db);
    const Status unknown = wordings.save(WordingKey::LegalBasis, QStringLiteral("Căn cứ {nghị quyết};"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("«{nghị quyết}»")));
    CHECK(unknown.error().message.contains(Wording::label(WordingKey::LegalBasis)));

    REQUIRE_OK(wordings.save(WordingKey::LegalBasis,
        QStringLiteral("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
                       "Căn cứ Quyết định số 12/2025/QĐ-UBND của UBND tỉnh Lai Châu ban hành Quy chế thi đua, khen thưởng;\n"
                       "Căn cứ Kế hoạch của {cơ quan} về {đợt thi đua};")));
    REQUIRE_OK(wordings.save(WordingKey::SubmissionAddressee, QStringLiteral("Kính gửi: {người quyết định}; Ban Thi đua - Khen thưởng tỉnh.")));
    REQUIRE_OK(wordings.save(WordingKey::DecisionReward, QStringLiteral("Tiền thưởng kèm theo {hình thức} chi từ Quỹ thi đua, khen thưởng của Sở.")));
    Result<std::vector<Paperwork::Input>> inputs = Paperwork::load(db, season.campaignId);
    REQUIRE_OK(inputs);
    const QString provincial = normalizedText(doc::plainText(Paperwork::submission(inputs.value()[1])));
    CHECK(provincial.contains(normalizedText(QStringLiteral("Căn cứ Quyết định số 12/2025/QĐ-UBND của UBND tỉnh Lai Châu"))));
    CHECK(provincial.contains(normalizedText(QStringLiteral("Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về %1;").arg(inputs.value()[1].campaign.name))));
    CHECK(provincial.contains(normalizedText(QStringLiteral("Kính gửi: - Chủ tịch UBND tỉnh; - Ban Thi đua - Khen thưởng tỉnh."))));
    CHECK_FALSE(provincial.contains(QStringLiteral("152/2025")));
    const QString decided = normalizedText(doc::plainText(Paperwork::decision(inputs.value()[0])));
    CHECK(decided.contains(QStringLiteral("Điều 2. Tiền thưởng kèm theo Giấy khen của Giám đốc Sở chi từ Quỹ thi đua")));

    REQUIRE_OK(wordings.save(WordingKey::LegalBasis, QString())); // back to the default
    CHECK(wordings.load().value().text(WordingKey::LegalBasis) == Wording::defaultText(WordingKey::LegalBasis));
    CHECK(normalizedText(doc::plainText(Paperwork::submission(Paperwork::load(db, season.campaignId).value()[1])))
              .contains(QStringLiteral("152/2025/NĐ-CP")));
}


TEST_CASE("every nomination document reads back, from DOCX and from PDF, as its golden text")
{
    Reviewed season;
    Database& db = *season.fresh.db;
    recordMeeting(db, season.campaignId);
    TestFolder& folder = season.fresh.folder;

    Result<std::vector<Paperwork::Input>> inputs = Paperwork::load(db, season.campaignId);
    REQUIRE_OK(inputs);
    REQUIRE(inputs.value().size() == 2);
    // The documents are dated the day they are made; the golden texts were made on this one.
    const DocumentIssue madeOn = DocumentIssue::blankOn(QDate(2026, 12, 1));
    for (Paperwork::Input& input : inputs.value()) {
        CHECK(input.issue == DocumentIssue::blankOn(QDate::currentDate()));
        input.issue = madeOn;
    }
    requireGolden(Paperwork::submission(inputs.value()[0]), QStringLiteral("to-trinh-giam-doc"), folder, 2026);
    requireGolden(Paperwork::submission(inputs.value()[1]), QStringLiteral("to-trinh-tinh"), folder, 2026);
    requireGolden(Paperwork::list(inputs.value()[0]), QStringLiteral("danh-sach-giam-doc"), folder, 0);
    requireGolden(Paperwork::loadMinutes(db, season.campaignId).value(), QStringLiteral("bien-ban"), folder, 2026);
    Result<std::vector<AchievementReport::Input>> reports = AchievementReport::load(db, season.campaignId);
    REQUIRE_OK(reports);
    for (AchievementReport::Input& report : reports.value())
        report.issue = madeOn;
    requireGolden(AchievementReport::build(reports.value()[0]), QStringLiteral("bao-cao-ca-nhan"), folder, 2026);
    requireGolden(AchievementReport::build(reports.value()[2]), QStringLiteral("bao-cao-tap-the"), folder, 2026);
    decideAll(db, season.campaignId);
    REQUIRE_OK(AwardDecisionRepository(db).save({ season.campaignId, QStringLiteral("15"), QDate(2026, 12, 5) }));
    citeProvinceDecisions(db);
    Result<Paperwork::Input> decided = Paperwork::loadDecided(db, season.campaignId);
    REQUIRE_OK(decided);
    requireGolden(Paperwork::finalDecision(decided.value()).value(), QStringLiteral("quyet-dinh"), folder, 2026);
}

TEST_CASE("the paperwork follows the decree's format through the plan's Decree-30 blocks")
{
    Reviewed season;
    Database& db = *season.fresh.db;
    TestFolder& folder = season.fresh.folder;
    const std::vector<Paperwork::Input> inputs = Paperwork::load(db, season.campaignId).value();
    const QString submission = folder.file(QStringLiteral("tờ trình.docx"));
    REQUIRE_OK(PlanExport::writeDocument(Paperwork::submission(inputs[1]), DocumentFormat::Docx, submission));
    const QJsonObject facts = docxFacts(submission);
    CHECK(facts[QStringLiteral("page_width_mm")].toDouble() == Approx(210).margin(0.2));
    CHECK(facts[QStringLiteral("margins_mm")].toArray()[2].toDouble() == Approx(30).margin(0.2));
    CHECK(facts[QStringLiteral("default_font")].toString() == QStringLiteral("Times New Roman"));
    CHECK(runNamed(facts[QStringLiteral("header_left")].toArray(), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"))[QStringLiteral("bold")].toBool());
    CHECK(runNamed(facts[QStringLiteral("header_left")].toArray(), QStringLiteral("Số:"))[QStringLiteral("text")].toString().contains(
        QStringLiteral("/TTr-SKHCN")));
    CHECK(runNamed(facts[QStringLiteral("header_right")].toArray(), QStringLiteral("Lai Châu, ngày"))[QStringLiteral("italic")].toBool());
    const QJsonArray body = facts[QStringLiteral("body")].toArray();
    CHECK(runNamed(body, QStringLiteral("TỜ TRÌNH"))[QStringLiteral("bold")].toBool());
    CHECK(runNamed(body, QStringLiteral("Căn cứ Luật Thi đua"))[QStringLiteral("italic")].toBool());
    const QJsonObject request = runNamed(body, QStringLiteral("Sở Khoa học và Công nghệ kính đề nghị"));
    CHECK(request[QStringLiteral("size")].toDouble() == 14);
    CHECK(request[QStringLiteral("align")].toString().startsWith(QStringLiteral("JUSTIFY")));
    CHECK(runNamed(facts[QStringLiteral("signature_left")].toArray(), QStringLiteral("Nơi nhận:"))[QStringLiteral("size")].toDouble() == 12);
    CHECK(runNamed(facts[QStringLiteral("signature_right")].toArray(), QStringLiteral("Trần Văn Tuấn"))[QStringLiteral("bold")].toBool());

    // The achievement report: the agency above the reporting unit (bold), no number line.
    const QString report = folder.file(QStringLiteral("báo cáo.docx"));
    REQUIRE_OK(PlanExport::writeDocument(AchievementReport::build(AchievementReport::load(db, season.campaignId).value()[0]),
        DocumentFormat::Docx, report));
    const QJsonObject reportFacts = docxFacts(report);
    const QJsonArray left = reportFacts[QStringLiteral("header_left")].toArray();
    CHECK_FALSE(runNamed(left, QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"))[QStringLiteral("bold")].toBool());
    CHECK(runNamed(left, season.unit.name.toUpper())[QStringLiteral("bold")].toBool());
    CHECK(std::none_of(left.begin(), left.end(), [](const QJsonValue& run) {
        return run.toObject().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Số:"));
    }));
    CHECK(runNamed(reportFacts[QStringLiteral("body")].toArray(), QStringLiteral("I. SƠ LƯỢC LÝ LỊCH"))[QStringLiteral("bold")].toBool());
    CHECK(runNamed(reportFacts[QStringLiteral("signature_right")].toArray(), QStringLiteral("NGƯỜI BÁO CÁO THÀNH TÍCH"))[QStringLiteral("bold")].toBool());
}

TEST_CASE("the dossier of each deciding authority in one step: a folder and a ZIP, every document as DOCX and PDF")
{
    Reviewed season;
    Database& db = *season.fresh.db;
    recordMeeting(db, season.campaignId);
    const QString output = season.fresh.folder.file(QStringLiteral("Hồ sơ gửi đi"));
    auto exportDossier = [&] {
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = CommandLine::run({ QStringLiteral("export"), QStringLiteral("dossier"), QStringLiteral("--db"), db.path(),
                                              QStringLiteral("--campaign"), QString::number(season.campaignId), QStringLiteral("--output"), output },
            o, e);
        INFO(err.toStdString());
        return code;
    };
    REQUIRE(exportDossier() == 0);
    REQUIRE(exportDossier() == 0); // again: each dossier replaced whole, nothing left over
    const QStringList made = QDir(output).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    CHECK(made
        == QStringList { QStringLiteral("Ho-so-de-nghi-Chu-Tich-Ubnd-Tinh"), QStringLiteral("Ho-so-de-nghi-Chu-Tich-Ubnd-Tinh.zip"),
            QStringLiteral("Ho-so-de-nghi-Giam-Doc-So"), QStringLiteral("Ho-so-de-nghi-Giam-Doc-So.zip") });

    const QDir director(QDir(output).filePath(QStringLiteral("Ho-so-de-nghi-Giam-Doc-So")));
    const QStringList files = director.entryList(QDir::Files, QDir::Name);
    // Contents list, Tờ trình, Danh sách, Biên bản and the three nominees' reports, each twice.
    REQUIRE(files.size() == 14);
    CHECK(files.first() == QStringLiteral("01-Danh-muc-ho-so.docx"));
    CHECK(files.contains(QStringLiteral("02-To-trinh.pdf")));
    CHECK(files.contains(QStringLiteral("04-Bien-ban.docx")));
    CHECK(files.filter(QStringLiteral("Bao-cao-thanh-tich")).size() == 6);
    const QString zipped = runTool(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"), QStringLiteral("import sys, zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))"),
            director.path() + QStringLiteral(".zip") });
    CHECK(zipped.trimmed().split(QLatin1Char('\n')).size() == 14);
    CHECK(zipped.contains(QStringLiteral("Ho-so-de-nghi-Giam-Doc-So/02-To-trinh.docx")));
    const QString contents = normalizedText(runTool(QStringLiteral("pdftotext"), { director.filePath(QStringLiteral("01-Danh-muc-ho-so.pdf")), QStringLiteral("-") }));
    CHECK(contents.contains(QStringLiteral("DANH MỤC HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG")));
    CHECK(contents.contains(QStringLiteral("Biên bản họp Hội đồng Thi đua")));
    CHECK(normalizedText(libreOfficeText(director.filePath(QStringLiteral("02-To-trinh.docx")), season.fresh.folder.file(QString())))
              .contains(QStringLiteral("TỜ TRÌNH")));

    // Stopped half-way: no folder, no archive, no scratch left.
    const QString elsewhere = season.fresh.folder.file(QStringLiteral("Hủy giữa chừng"));
    const Dossier::Submission first = Dossier::load(db, season.campaignId).value().front();
    const Result<QStringList> cancelled = Dossier::write(first, elsewhere, [](int done, int) { return done < 3; });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().message.contains(QStringLiteral("Đã hủy")));
    CHECK(QDir(elsewhere).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("a campaign whose proposals span all four award levels: every document passes the reviewer's checks")
{
    FreshDatabase fresh;
    Database& db = *fresh.db;
    const qint64 campaignId = BuiltInTemplate::install(db).value();
    citeProvinceDecisions(db);
    const std::vector<Person> people = PersonRepository(db).all().value();
    const Unit unit = UnitRepository(db).all().value().front();
    const std::vector<AwardLevel> levels { AwardLevel::State, AwardLevel::Government, AwardLevel::Province, AwardLevel::Agency };
    for (size_t i = 0; i < levels.size(); ++i) {
        const Nominee nominee { Nominee::Kind::Person, people[i].id };
        concludeAllMet(db, campaignId, nominee);
        proposeThrough(db, campaignId, nominee, awardFormOf(db, levels[i]), unit.id,
            QStringLiteral("Thành tích xuất sắc tiêu biểu số %1 trong đợt thi đua.").arg(i + 1), ProposalState::Reviewed);
    }
    concludeAllMet(db, campaignId, { Nominee::Kind::Unit, unit.id });
    proposeThrough(db, campaignId, { Nominee::Kind::Unit, unit.id }, awardFormOf(db, AwardLevel::Agency), unit.id,
        QStringLiteral("Tập thể hoàn thành xuất sắc."), ProposalState::Reviewed);
    recordMeeting(db, campaignId);
    TestFolder& folder = fresh.folder;
    auto review = [&](const doc::Document& document, const QString& name, int year) {
        const QString docx = folder.file(name + QStringLiteral(".docx")), pdf = folder.file(name + QStringLiteral(".pdf"));
        REQUIRE_OK(PlanExport::writeDocument(document, DocumentFormat::Docx, docx));
        REQUIRE_OK(PlanExport::writeDocument(document, DocumentFormat::Pdf, pdf));
        requireReviewable(docx, pdf, folder, { year });
    };
    const int thisYear = QDate::currentDate().year();

    // One Tờ trình and one Danh sách per deciding authority, each routed by its level.
    const std::vector<Paperwork::Input> inputs = Paperwork::load(db, campaignId).value();
    REQUIRE(inputs.size() == 4);
    QStringList requests;
    for (size_t i = 0; i < inputs.size(); ++i) {
        const doc::Document submission = Paperwork::submission(inputs[i]);
        requests << normalizedText(doc::plainText(submission));
        review(submission, QStringLiteral("to-trinh-%1").arg(i), thisYear);
        review(Paperwork::list(inputs[i]), QStringLiteral("danh-sach-%1").arg(i), 0);
    }
    const QString all = requests.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("xem xét, đề nghị Thủ tướng Chính phủ trình Chủ tịch nước khen thưởng")));
    CHECK(all.contains(QStringLiteral("xem xét, trình Thủ tướng Chính phủ khen thưởng")));
    CHECK(all.count(normalizedText(QStringLiteral("Kính gửi: - Chủ tịch UBND tỉnh Lai Châu; - Sở Nội vụ tỉnh Lai Châu."))) == 3);
    CHECK(all.count(QStringLiteral("Kính gửi: Giám đốc Sở Khoa học và Công nghệ.")) == 1);

    review(Paperwork::loadMinutes(db, campaignId).value(), QStringLiteral("bien-ban"), 2026);
    const std::vector<AchievementReport::Input> reports = AchievementReport::load(db, campaignId).value();
    REQUIRE(reports.size() == 5);
    for (size_t i = 0; i < reports.size(); ++i)
        review(AchievementReport::build(reports[i]), QStringLiteral("bao-cao-%1").arg(i), thisYear);

    decideAll(db, campaignId);
    // Signed before the council met: refused by name.
    REQUIRE_OK(AwardDecisionRepository(db).save({ campaignId, QStringLiteral("15"), QDate(2026, 1, 4) }));
    CHECK(Paperwork::finalDecision(Paperwork::loadDecided(db, campaignId).value())
              .error()
              .message.contains(QStringLiteral("«Ngày ký quyết định» (04/01/2026) trước ngày họp Hội đồng Thi đua - Khen thưởng (05/01/2026)")));
    REQUIRE_OK(AwardDecisionRepository(db).save({ campaignId, QStringLiteral("15"), QDate(2026, 1, 12) }));
    const Paperwork::Input decided = Paperwork::loadDecided(db, campaignId).value();
    review(Paperwork::decision(decided), QStringLiteral("quyet-dinh-du-thao"), 2026);
    review(Paperwork::finalDecision(decided).value(), QStringLiteral("quyet-dinh"), 2026);
    review(FinalReport::build(FinalReport::load(db, campaignId).value()), QStringLiteral("bao-cao-tong-ket"), thisYear);
}
