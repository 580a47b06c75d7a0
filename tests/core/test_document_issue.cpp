// The number and date the registry gave a campaign's documents: kept per document and per
// deciding authority, read back by the paperwork, typed the way clerks write them.
#include "core/documents/FinalReport.h"
#include "core/documents/Paperwork.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/DocumentIssueRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/templates/BuiltInTemplate.h"
#include "tests/support/Catch.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"

using Kind = DocumentIssueRepository::Kind;

TEST_CASE("a document's number and date are kept per document and per deciding authority")
{
    FreshDatabase fresh;
    const qint64 campaignId = BuiltInTemplate::install(*fresh.db).value();
    DocumentIssueRepository issues(*fresh.db);
    const QDate today(2026, 12, 1);
    const QString director = QStringLiteral("Giám đốc Sở Khoa học và Công nghệ");
    const QString chairman = QStringLiteral("Chủ tịch UBND tỉnh");

    // Nothing stored: blank number and day, the year today's.
    CHECK(issues.load(campaignId, Kind::Submission, director, today).value() == DocumentIssue::blankOn(today));

    // Typed as clerks write it: the registry's number is kept, the symbol is ThiDua's.
    REQUIRE_OK(issues.save(
        campaignId, Kind::Submission, director, { QStringLiteral(" 15/TTr-VP "), QDate(2026, 12, 3), 2026 }));
    REQUIRE_OK(issues.save(campaignId, Kind::Submission, chairman, { QStringLiteral("16"), std::nullopt, 2026 }));
    REQUIRE_OK(issues.save(campaignId, Kind::FinalReport, {}, { QStringLiteral("40a"), QDate(2026, 12, 20), 2026 }));
    CHECK(issues.load(campaignId, Kind::Submission, director, today).value()
        == DocumentIssue { QStringLiteral("15"), QDate(2026, 12, 3), 2026 });
    CHECK(issues.load(campaignId, Kind::Submission, chairman, today).value()
        == DocumentIssue { QStringLiteral("16"), std::nullopt, 2026 });
    CHECK(issues.load(campaignId, Kind::FinalReport, {}, today).value().number == QStringLiteral("40a"));

    // Not a registry number, or an impossible day: refused by the field's name, the stored one untouched.
    const Status words
        = issues.save(campaignId, Kind::Submission, director, { QStringLiteral("số mười lăm"), std::nullopt, 2026 });
    REQUIRE_FALSE(words);
    CHECK(words.error().message.contains(QStringLiteral("«Số tờ trình»")));
    const Status longNumber
        = issues.save(campaignId, Kind::FinalReport, {}, { QString(30, QLatin1Char('9')), std::nullopt, 2026 });
    REQUIRE_FALSE(longNumber);
    CHECK(longNumber.error().message.contains(QStringLiteral("«Số báo cáo»")));
    CHECK_FALSE(issues.save(campaignId, Kind::FinalReport, {}, { QStringLiteral("41"), QDate(1900, 1, 1), 2026 }));
    CHECK(issues.load(campaignId, Kind::Submission, director, today).value().number == QStringLiteral("15"));
    CHECK(issues.load(campaignId, Kind::FinalReport, {}, today).value().number == QStringLiteral("40a"));

    // Cleared again: blank, to be written in by hand.
    REQUIRE_OK(issues.save(campaignId, Kind::Submission, chairman, { QString(), std::nullopt, 2026 }));
    CHECK(issues.load(campaignId, Kind::Submission, chairman, today).value().number.isEmpty());

    // They go with their campaign.
    REQUIRE_OK(CampaignRepository(*fresh.db).remove(campaignId));
    CHECK(issues.load(campaignId, Kind::Submission, director, today).value() == DocumentIssue::blankOn(today));
}

TEST_CASE("the Tờ trình, its Danh sách and the final report print the number and date kept for them")
{
    FreshDatabase fresh;
    Database& db = *fresh.db;
    const qint64 campaignId = BuiltInTemplate::install(db).value();
    const Person person = PersonRepository(db).all().value().front();
    const Nominee nominee { Nominee::Kind::Person, person.id };
    concludeAllMet(db, campaignId, nominee);
    const qint64 giayKhen = awardFormOf(db, AwardLevel::Agency);
    proposeThrough(db, campaignId, nominee, giayKhen, person.unitId, QStringLiteral("Hoàn thành xuất sắc nhiệm vụ."),
        ProposalState::Reviewed);

    Result<std::vector<Paperwork::Input>> before = Paperwork::load(db, campaignId);
    REQUIRE_OK(before);
    REQUIRE(before.value().size() == 1);
    const QString authority = before.value().front().nominations.front().form.decidedBy;
    CHECK(before.value().front().issue.number.isEmpty());
    REQUIRE_OK(DocumentIssueRepository(db).save(
        campaignId, Kind::Submission, authority, { QStringLiteral("15"), QDate(2026, 12, 3), 2026 }));
    REQUIRE_OK(DocumentIssueRepository(db).save(
        campaignId, Kind::FinalReport, {}, { QStringLiteral("40"), QDate(2026, 12, 20), 2026 }));

    const Paperwork::Input input = Paperwork::load(db, campaignId).value().front();
    const QString submission = doc::plainText(Paperwork::submission(input));
    CHECK(submission.contains(QStringLiteral("Số: 15/TTr-VP")));
    CHECK(submission.contains(QStringLiteral("ngày 03 tháng 12 năm 2026")));
    CHECK(doc::plainText(Paperwork::list(input))
              .contains(QStringLiteral("Tờ trình số 15/TTr-VP ngày 03 tháng 12 năm 2026")));
    Result<FinalReport::Input> report = FinalReport::load(db, campaignId);
    REQUIRE_OK(report);
    const QString finalReport = doc::plainText(FinalReport::build(report.value()));
    CHECK(finalReport.contains(QStringLiteral("Số: 40/BC-")));
    CHECK(finalReport.contains(QStringLiteral("ngày 20 tháng 12 năm 2026")));
}
