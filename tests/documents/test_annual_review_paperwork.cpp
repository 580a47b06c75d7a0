#include "tests/support/AnnualSeason.h"
#include "tests/support/Catch.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"

#include "core/documents/Paperwork.h"
#include "core/documents/PlanExport.h"
#include "core/season/AnnualReview.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AnnualReviewRepository.h"
#include "core/storage/AwardDecisionRepository.h"
#include "core/storage/CouncilMeetingRepository.h"
#include "core/storage/ProposalRepository.h"

#include <QDir>
#include <QFile>

namespace {

// Writes a document as DOCX and reads it back through LibreOffice; with THIDUA_KEEP_DOCUMENTS set to
// a folder, the DOCX is kept there too, to be looked at by eye.
QString throughLibreOffice(const doc::Document& document, const TestFolder& folder, const QString& name)
{
    const QString path = folder.file(name);
    REQUIRE_OK(PlanExport::writeDocument(document, DocumentFormat::Docx, path));
    if (const QByteArray keep = qgetenv("THIDUA_KEEP_DOCUMENTS"); !keep.isEmpty()) {
        const QString copy = QDir(QString::fromLocal8Bit(keep)).filePath(name);
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    return libreOfficeText(path, folder.file(name + QStringLiteral(".lo")));
}

} // namespace

TEST_CASE("the year-end review's decision, read through LibreOffice: công nhận danh hiệu, its articles, its signed list")
{
    FreshDatabase fresh;
    Database& db = *fresh.db;
    const AnnualSeason season = buildAnnualSeason(db);
    AgencyRepository agencies(db);
    REQUIRE_OK(agencies.save({ QStringLiteral("UBND TỈNH LAI CHÂU"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), QStringLiteral("SKHCN"),
        QStringLiteral("Lai Châu"), QStringLiteral("Sở Khoa học và Công nghệ") }));
    REQUIRE_OK(agencies.addSigner({ 0, QStringLiteral("Trần Văn Tuấn"), QStringLiteral("GIÁM ĐỐC"), QString() }));
    Result<AnnualReview::Outcome> review = AnnualReview::prepare(db, AnnualSeason::Year, QStringLiteral("Văn thư"));
    REQUIRE_OK(review);
    // The council passes every proposal of the Director's titles; he decides them.
    ProposalRepository proposals(db);
    Result<std::vector<ReviewEntry>> entries = AnnualReviewRepository(db).entries(review.value().campaignId);
    REQUIRE_OK(entries);
    int decided = 0;
    for (const ReviewEntry& entry : entries.value())
        if (entry.title == AnnualTitle::AdvancedWorker || entry.title == AnnualTitle::GrassrootsEmulationFighter
            || entry.title == AnnualTitle::AdvancedCollective) {
            REQUIRE_OK(proposals.recordVote(entry.proposalId, { 9, 8, 7 }, QStringLiteral("Văn thư")));
            REQUIRE_OK(proposals.move(entry.proposalId, ProposalState::Reviewed, {}, {}));
            REQUIRE_OK(proposals.move(entry.proposalId, ProposalState::Decided, {}, {}));
            ++decided;
        }
    CHECK(decided == 19); // 12 LĐTT, 6 CSTĐCS, 1 TTLĐTT
    REQUIRE_OK(AwardDecisionRepository(db).save({ review.value().campaignId, QStringLiteral("215"), QDate(2026, 12, 28) }));

    Result<Paperwork::Input> input = Paperwork::loadDecided(db, review.value().campaignId);
    REQUIRE_OK(input);
    // The draft: the final print waits for the province's decisions cited in its căn cứ.
    const QString text = throughLibreOffice(Paperwork::decision(input.value()), fresh.folder, QStringLiteral("Quyết định công nhận 2026.docx"));
    CHECK(text.contains(QStringLiteral("Số: 215/QĐ-SKHCN")));
    CHECK(text.contains(QStringLiteral("Lai Châu, ngày 28 tháng 12 năm 2026")));
    CHECK(text.contains(QStringLiteral("Về việc công nhận danh hiệu thi đua năm 2026")));
    CHECK(text.contains(QStringLiteral("Công nhận danh hiệu thi đua năm 2026 cho 01 tập thể và 12 cá nhân (có danh sách kèm theo)")));
    CHECK(text.contains(QStringLiteral("Danh hiệu “Chiến sĩ thi đua cơ sở”: 06 cá nhân;")));
    CHECK(text.contains(QStringLiteral("Danh hiệu “Lao động tiên tiến”: 12 cá nhân.")));
    CHECK(text.contains(QStringLiteral("(Kèm theo Quyết định số 215/QĐ-SKHCN ngày 28 tháng 12 năm 2026 của Giám đốc Sở Khoa học và Công nghệ)")));
    CHECK(text.contains(QStringLiteral("Lý Thị Oanh")));
    CHECK(text.contains(QStringLiteral("DỰ THẢO")));
    CHECK_FALSE(text.contains(QStringLiteral("Chiến sĩ thi đua cấp tỉnh"))); // the province's, not the Director's
}

TEST_CASE("the year-end review's Tờ trình upward and its minutes, read through LibreOffice")
{
    FreshDatabase fresh;
    Database& db = *fresh.db;
    const AnnualSeason season = buildAnnualSeason(db);
    AgencyRepository agencies(db);
    REQUIRE_OK(agencies.save({ QStringLiteral("UBND TỈNH LAI CHÂU"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), QStringLiteral("SKHCN"),
        QStringLiteral("Lai Châu"), QStringLiteral("Sở Khoa học và Công nghệ") }));
    REQUIRE_OK(agencies.addSigner({ 0, QStringLiteral("Trần Văn Tuấn"), QStringLiteral("GIÁM ĐỐC"), QString() }));
    Result<AnnualReview::Outcome> review = AnnualReview::prepare(db, AnnualSeason::Year, QStringLiteral("Văn thư"));
    REQUIRE_OK(review);
    const qint64 campaignId = review.value().campaignId;
    CouncilMeeting meeting;
    meeting.campaignId = campaignId;
    meeting.heldAt = QDateTime(QDate(2026, 12, 18), QTime(14, 0));
    meeting.place = QStringLiteral("Phòng họp tầng 2, Sở Khoa học và Công nghệ");
    meeting.chair = QStringLiteral("Đ/c Trần Văn Tuấn, Giám đốc Sở, Chủ tịch Hội đồng");
    meeting.secretary = QStringLiteral("Đ/c Lý Thị Oanh, Chánh Văn phòng, Thư ký Hội đồng");
    for (int i = 1; i <= 7; ++i)
        meeting.attendees << QStringLiteral("Thành viên %1").arg(i);
    meeting.absentees = { QStringLiteral("Thành viên 8"), QStringLiteral("Thành viên 9") };
    REQUIRE_OK(CouncilMeetingRepository(db).save(meeting));
    // Every proposal voted (7 present of 9); the upper-level ones passed and sent up.
    ProposalRepository proposals(db);
    Result<std::vector<ReviewEntry>> entries = AnnualReviewRepository(db).entries(campaignId);
    REQUIRE_OK(entries);
    for (const ReviewEntry& entry : entries.value()) {
        REQUIRE_OK(proposals.recordVote(entry.proposalId, { 9, 7, 6 }, QStringLiteral("Văn thư")));
        REQUIRE_OK(proposals.move(entry.proposalId, ProposalState::Reviewed, {}, {}));
    }
    Result<std::vector<Paperwork::Input>> groups = Paperwork::load(db, campaignId);
    REQUIRE_OK(groups);
    REQUIRE(groups.value().size() == 3); // the Director, the province's chairman, the Prime Minister
    const auto province = std::find_if(groups.value().begin(), groups.value().end(),
        [](const Paperwork::Input& g) { return g.nominations.front().form.level == AwardLevel::Province; });
    REQUIRE(province != groups.value().end());
    const QString submission = throughLibreOffice(Paperwork::submission(*province), fresh.folder, QStringLiteral("Tờ trình tỉnh 2026.docx"));
    CHECK(submission.contains(QStringLiteral("Về việc đề nghị tặng danh hiệu thi đua và hình thức khen thưởng năm 2026")));
    CHECK(submission.contains(QStringLiteral("Chủ tịch UBND tỉnh Lai Châu")));
    CHECK(submission.contains(QStringLiteral("Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Sở Khoa học và Công nghệ ngày 18 tháng 12 năm 2026")));
    CHECK(submission.contains(QStringLiteral("Danh hiệu “Cờ thi đua của UBND tỉnh”: 01 tập thể;")));
    CHECK(submission.contains(QStringLiteral("Danh hiệu “Tập thể lao động xuất sắc”: 01 tập thể;")));
    CHECK(submission.contains(QStringLiteral("Danh hiệu “Chiến sĩ thi đua cấp tỉnh”: 02 cá nhân;")));
    CHECK(submission.contains(QStringLiteral("Bằng khen của Chủ tịch UBND tỉnh: 04 cá nhân.")));
    const QString list = throughLibreOffice(Paperwork::list(*province), fresh.folder, QStringLiteral("Danh sách tỉnh 2026.docx"));
    CHECK(list.contains(QStringLiteral("DANH HIỆU “CHIẾN SĨ THI ĐUA CẤP TỈNH”")));
    CHECK(list.contains(QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2026")));

    Result<doc::Document> minutes = Paperwork::loadMinutes(db, campaignId);
    REQUIRE_OK(minutes);
    const QString text = throughLibreOffice(minutes.value(), fresh.folder, QStringLiteral("Biên bản bình xét 2026.docx"));
    CHECK(text.contains(QStringLiteral("Họp Hội đồng Thi đua - Khen thưởng bình xét danh hiệu thi đua năm 2026")));
    CHECK(text.contains(QStringLiteral("Danh hiệu, hình thức khen thưởng")));
    CHECK(text.contains(QStringLiteral("6/7")));
}
