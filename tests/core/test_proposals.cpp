#include "tests/support/Catch.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/AssessmentRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/templates/BuiltInTemplate.h"

namespace {

// The template database with the ids a proposal needs.
struct Season {
    FreshDatabase fresh;
    qint64 campaignId = 0;
    Person person;
    qint64 giayKhen = 0; // decided by the Director
    qint64 bangKhenTinh = 0; // decided above the agency
    std::vector<PlanBlock> individualCriteria;

    Season()
    {
        Result<qint64> id = BuiltInTemplate::install(*fresh.db);
        REQUIRE_OK(id);
        campaignId = id.value();
        person = PersonRepository(*fresh.db).all().value().front();
        for (const AwardForm& form : AwardFormRepository(*fresh.db).all().value()) {
            if (form.level == AwardLevel::Agency)
                giayKhen = form.id;
            if (form.level == AwardLevel::Province)
                bangKhenTinh = form.id;
        }
        individualCriteria = CampaignRepository(*fresh.db).criteria(campaignId, SectionBinding::IndividualCriteria).value();
    }

    Proposal proposal(qint64 form) const
    {
        Proposal p;
        p.campaignId = campaignId;
        p.awardFormId = form;
        p.nominee = { Nominee::Kind::Person, person.id };
        p.proposingUnitId = person.unitId;
        p.summary = QStringLiteral("Hoàn thành xuất sắc nhiệm vụ, có sáng kiến được công nhận.");
        return p;
    }

    void concludeAll() { concludeAllMet(*fresh.db, campaignId, { Nominee::Kind::Person, person.id }); }
};

} // namespace

TEST_CASE("checklist cells are stored once per criterion and nominee, and updated in place")
{
    Season season;
    AssessmentRepository assessments(*season.fresh.db);
    Assessment a;
    a.criterionId = season.individualCriteria.front().id;
    a.nominee = { Nominee::Kind::Person, season.person.id };
    a.selfAssessment = AssessmentState::Met;
    REQUIRE_OK(assessments.save(a));
    const qint64 id = a.id;
    Assessment again = a;
    again.id = 0;
    again.conclusion = AssessmentState::NotMet;
    again.note = QStringLiteral("Chưa có minh chứng");
    REQUIRE_OK(assessments.save(again));
    CHECK(again.id == id);
    auto stored = assessments.forCampaign(season.campaignId).value();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].selfAssessment == AssessmentState::Met);
    CHECK(stored[0].conclusion == AssessmentState::NotMet);
    CHECK(stored[0].note == QStringLiteral("Chưa có minh chứng"));

    Assessment wrongKind = a;
    wrongKind.id = 0;
    wrongKind.nominee = { Nominee::Kind::Unit, season.person.unitId }; // a unit against an individual criterion
    const Status refused = assessments.save(wrongKind);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("không dùng để đánh giá tập thể")));
}

TEST_CASE("a proposal goes from draft to award, every step recorded with who and why")
{
    Season season;
    ProposalRepository proposals(*season.fresh.db);
    Proposal proposal = season.proposal(season.giayKhen);
    CHECK(proposals.mostProposedForm().value() == 0);
    Result<qint64> id = proposals.add(proposal, QStringLiteral("Văn thư"));
    REQUIRE_OK(id);
    CHECK(proposals.mostProposedForm().value() == season.giayKhen); // the next proposal's default
    CHECK_FALSE(proposals.undoLastMove(id.value(), QStringLiteral("Văn thư")).ok()); // no move yet

    // Criteria not yet concluded: the unit cannot submit.
    const Status early = proposals.move(id.value(), ProposalState::Submitted, QStringLiteral("Văn thư"), {});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("tiêu chí bắt buộc")));

    season.concludeAll();
    REQUIRE_OK(proposals.move(id.value(), ProposalState::Submitted, QStringLiteral("Văn thư"), {}));
    REQUIRE_OK(proposals.move(id.value(), ProposalState::Returned, QStringLiteral("Chánh Văn phòng"),
        QStringLiteral("Bổ sung báo cáo thành tích")));
    REQUIRE_OK(proposals.move(id.value(), ProposalState::Submitted, QStringLiteral("Văn thư"), {}));

    CHECK_FALSE(proposals.move(id.value(), ProposalState::Reviewed, QStringLiteral("Thư ký hội đồng"), {}).ok());
    const Status nonsense = proposals.recordVote(id.value(), { 9, 7, 8 }, QStringLiteral("Thư ký hội đồng"));
    REQUIRE_FALSE(nonsense.ok());
    CHECK(nonsense.error().message.contains(QStringLiteral("Số phiếu đồng ý")));
    CHECK_FALSE(proposals.load(id.value()).value().vote.has_value()); // nothing half-saved
    CHECK(proposals.history(id.value()).value().size() == 4); // a refused vote is not in the history
    REQUIRE_OK(proposals.recordVote(id.value(), { 9, 8, 7 }, QStringLiteral("Thư ký hội đồng")));
    REQUIRE_OK(proposals.move(id.value(), ProposalState::Reviewed, QStringLiteral("Thư ký hội đồng"), {}));
    CHECK_FALSE(proposals.move(id.value(), ProposalState::Forwarded, QStringLiteral("x"), {}).ok()); // Giấy khen stays here
    REQUIRE_OK(proposals.move(id.value(), ProposalState::Decided, QStringLiteral("Giám đốc"), {}));
    CHECK_FALSE(proposals.move(id.value(), ProposalState::Returned, QStringLiteral("x"), QStringLiteral("muộn")).ok());
    REQUIRE_OK(proposals.move(id.value(), ProposalState::Awarded, QStringLiteral("Văn thư"), {}));

    auto history = proposals.history(id.value()).value();
    REQUIRE(history.size() == 8); // created, submitted, returned, resubmitted, vote, reviewed, decided, awarded
    CHECK_FALSE(history[0].from.has_value());
    CHECK(history[2].to == ProposalState::Returned);
    CHECK(history[2].reason == QStringLiteral("Bổ sung báo cáo thành tích"));
    CHECK(history[2].actor == QStringLiteral("Chánh Văn phòng"));
    CHECK(history[4].isVote());
    CHECK(history[4].to == ProposalState::Submitted);
    CHECK(history[4].reason.contains(QStringLiteral("7/8")));
    CHECK(history[4].actor == QStringLiteral("Thư ký hội đồng"));
    CHECK(history.back().to == ProposalState::Awarded);

    // "Đã khen" by mistake: taken back, the history keeps both rows; a second undo redoes it.
    REQUIRE_OK(proposals.undoLastMove(id.value(), QStringLiteral("Văn thư")));
    CHECK(proposals.load(id.value()).value().state == ProposalState::Decided);
    history = proposals.history(id.value()).value();
    REQUIRE(history.size() == 9);
    CHECK(history.back().from == ProposalState::Awarded);
    CHECK(history.back().to == ProposalState::Decided);
    CHECK(history.back().reason.contains(QStringLiteral("Đã khen")));
    CHECK(proposals.awardsOf({ Nominee::Kind::Person, season.person.id }).value().empty());
    REQUIRE_OK(proposals.undoLastMove(id.value(), QStringLiteral("Văn thư")));
    CHECK(proposals.load(id.value()).value().state == ProposalState::Awarded);

    const auto awards = proposals.awardsOf({ Nominee::Kind::Person, season.person.id }).value();
    REQUIRE(awards.size() == 1);
    CHECK(awards[0].awardFormName == QStringLiteral("Giấy khen của Giám đốc Sở"));
    CHECK(awards[0].year == 2025);
}

TEST_CASE("awards decided above the agency are sent on, not decided here")
{
    Season season;
    season.concludeAll();
    ProposalRepository proposals(*season.fresh.db);
    Proposal proposal = season.proposal(season.bangKhenTinh);
    REQUIRE_OK(proposals.add(proposal, {}));
    REQUIRE_OK(proposals.move(proposal.id, ProposalState::Submitted, {}, {}));
    REQUIRE_OK(proposals.recordVote(proposal.id, { 9, 9, 9 }, QStringLiteral("Văn thư")));
    REQUIRE_OK(proposals.move(proposal.id, ProposalState::Reviewed, {}, {}));
    CHECK_FALSE(proposals.move(proposal.id, ProposalState::Decided, {}, {}).ok());
    REQUIRE_OK(proposals.move(proposal.id, ProposalState::Forwarded, {}, {}));
    REQUIRE_OK(proposals.move(proposal.id, ProposalState::Rejected, {}, QStringLiteral("UBND tỉnh không khen")));
    CHECK(proposals.load(proposal.id).value().state == ProposalState::Rejected);
}

TEST_CASE("proposals are refused with the field named, and nothing is half-saved")
{
    Season season;
    ProposalRepository proposals(*season.fresh.db);
    Proposal empty = season.proposal(season.giayKhen);
    empty.summary = QStringLiteral("   ");
    Result<qint64> refused = proposals.add(empty, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Tóm tắt thành tích")));

    Proposal stranger = season.proposal(season.giayKhen);
    stranger.nominee.id = 999999;
    Result<qint64> outsider = proposals.add(stranger, {});
    REQUIRE_FALSE(outsider.ok());
    CHECK(outsider.error().message.contains(QStringLiteral("Đối tượng đề nghị")));

    Proposal first = season.proposal(season.giayKhen);
    REQUIRE_OK(proposals.add(first, {}));
    Proposal twice = season.proposal(season.giayKhen);
    Result<qint64> duplicate = proposals.add(twice, {});
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QStringLiteral("Đã có một đề nghị khác")));

    Result<qint64> unitForm = AwardFormRepository(*season.fresh.db)
                                  .add({ 0, QStringLiteral("Danh hiệu Chiến sĩ thi đua cơ sở"), AwardLevel::Agency,
                                      QStringLiteral("Giám đốc Sở"), NomineeKind::Person, {}, {} });
    REQUIRE_OK(unitForm);
    Proposal collective = season.proposal(unitForm.value());
    collective.nominee = { Nominee::Kind::Unit, season.person.unitId };
    Result<qint64> wrongKind = proposals.add(collective, {});
    REQUIRE_FALSE(wrongKind.ok());
    CHECK(wrongKind.error().message.contains(QStringLiteral("chỉ dành cho cá nhân")));
    CHECK(proposals.forCampaign(season.campaignId).value().size() == 1);
}

TEST_CASE("the council threshold is a campaign setting")
{
    Season season;
    CampaignRepository campaigns(*season.fresh.db);
    Campaign campaign = campaigns.load(season.campaignId).value();
    CHECK(campaign.councilThresholdPercent == 50);
    campaign.councilThresholdPercent = 80;
    REQUIRE_OK(campaigns.update(campaign));
    CHECK(campaigns.load(season.campaignId).value().councilThresholdPercent == 80);
    campaign.councilThresholdPercent = 120;
    const Status refused = campaigns.update(campaign);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Ngưỡng thông qua")));

    season.concludeAll();
    ProposalRepository proposals(*season.fresh.db);
    Proposal proposal = season.proposal(season.giayKhen);
    REQUIRE_OK(proposals.add(proposal, {}));
    REQUIRE_OK(proposals.move(proposal.id, ProposalState::Submitted, {}, {}));
    REQUIRE_OK(proposals.recordVote(proposal.id, { 10, 10, 8 }, QStringLiteral("Văn thư"))); // 80 %, not more than 80 %
    REQUIRE_OK(proposals.move(proposal.id, ProposalState::Reviewed, {}, {}));
    CHECK_FALSE(proposals.move(proposal.id, ProposalState::Decided, {}, {}).ok());
}
