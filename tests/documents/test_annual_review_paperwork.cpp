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
#include "core/storage/ProposalRepository.h"

#include <QFile>

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
    const QString path = fresh.folder.file(QStringLiteral("Quyết định công nhận 2026.docx"));
    REQUIRE_OK(PlanExport::writeDocument(Paperwork::decision(input.value()), DocumentFormat::Docx, path));
    if (const QByteArray keep = qgetenv("THIDUA_KEEP_DOCUMENT"); !keep.isEmpty()) // to look at it by eye
        QFile::copy(path, QString::fromLocal8Bit(keep));
    const QString text = libreOfficeText(path, fresh.folder.file(QStringLiteral("lo")));
    CHECK(text.contains(QStringLiteral("Số: 215/QĐ-SKHCN")));
    CHECK(text.contains(QStringLiteral("Lai Châu, ngày 28 tháng 12 năm 2026")));
    CHECK(text.contains(QStringLiteral("Về việc công nhận danh hiệu thi đua năm 2026")));
    CHECK(text.contains(QStringLiteral("Công nhận danh hiệu thi đua năm 2026 cho 01 tập thể và 18 cá nhân (có danh sách kèm theo)")));
    CHECK(text.contains(QStringLiteral("Danh hiệu “Chiến sĩ thi đua cơ sở”: 06 cá nhân;")));
    CHECK(text.contains(QStringLiteral("Danh hiệu “Lao động tiên tiến”: 12 cá nhân.")));
    CHECK(text.contains(QStringLiteral("(Kèm theo Quyết định số 215/QĐ-SKHCN ngày 28 tháng 12 năm 2026 của Giám đốc Sở Khoa học và Công nghệ)")));
    CHECK(text.contains(QStringLiteral("Lý Thị Oanh")));
    CHECK(text.contains(QStringLiteral("DỰ THẢO")));
    CHECK_FALSE(text.contains(QStringLiteral("Chiến sĩ thi đua cấp tỉnh"))); // the province's, not the Director's
}
