#include "tests/support/Catch.h"

#include "core/rules/CouncilRules.h"
#include "core/rules/Eligibility.h"
#include "core/rules/ProposalWorkflow.h"

using S = ProposalState;

namespace {

Proposal proposalIn(S state, std::optional<CouncilVote> vote = std::nullopt)
{
    Proposal p;
    p.id = 1;
    p.campaignId = 1;
    p.awardFormId = 4;
    p.nominee = { Nominee::Kind::Person, 7 };
    p.state = state;
    p.vote = vote;
    return p;
}

} // namespace

TEST_CASE("the council's vote is checked for sense, naming the field")
{
    CHECK(CouncilRules::validate({ 9, 7, 5 }).ok());
    CHECK(CouncilRules::validate({ 9, 10, 5 }).error().message.contains(QStringLiteral("Số thành viên có mặt")));
    CHECK(CouncilRules::validate({ 9, 7, 8 }).error().message.contains(QStringLiteral("Số phiếu đồng ý")));
    CHECK(CouncilRules::validate({ 9, -1, 0 }).error().message.contains(QStringLiteral("không được âm")));
    CHECK(CouncilRules::validate({ 9, 7, -2 }).error().message.contains(QStringLiteral("Số phiếu đồng ý")));
    CHECK(CouncilRules::validate({ 0, 0, 0 }).error().message.contains(QStringLiteral("Số thành viên hội đồng")));
}

TEST_CASE("the council's result is computed: more than the threshold of those present")
{
    CHECK(CouncilRules::passes({ 9, 8, 5 }, 50)); // 5/8 > 50 %
    CHECK_FALSE(CouncilRules::passes({ 9, 8, 4 }, 50)); // exactly half is not more than half
    CHECK(CouncilRules::passes({ 9, 9, 8 }, 80)); // 88.9 % > 80 %
    CHECK_FALSE(CouncilRules::passes({ 10, 10, 8 }, 80));
    CHECK_FALSE(CouncilRules::passes({ 9, 0, 0 }, 50));
    CHECK_FALSE(CouncilRules::passes({ 9, 7, 8 }, 50)); // nonsense never passes
    CHECK(CouncilRules::describe({ 9, 8, 5 }, 50).contains(QStringLiteral("đạt")));
}

TEST_CASE("a proposal moves one state at a time")
{
    CHECK(ProposalWorkflow::nextStates(S::Draft, AwardLevel::Agency) == QList<S> { S::Submitted, S::Rejected });
    CHECK(ProposalWorkflow::nextStates(S::Reviewed, AwardLevel::Agency).contains(S::Decided));
    CHECK_FALSE(ProposalWorkflow::nextStates(S::Reviewed, AwardLevel::Agency).contains(S::Forwarded));
    CHECK(ProposalWorkflow::nextStates(S::Reviewed, AwardLevel::Province).contains(S::Forwarded));
    CHECK_FALSE(ProposalWorkflow::nextStates(S::Reviewed, AwardLevel::Province).contains(S::Decided));
    CHECK(ProposalWorkflow::nextStates(S::Awarded, AwardLevel::Agency).isEmpty());
    CHECK(ProposalWorkflow::nextStates(S::Rejected, AwardLevel::Agency).isEmpty());
    CHECK_FALSE(ProposalWorkflow::nextStates(S::Decided, AwardLevel::Agency).contains(S::Returned)); // after the decision

    const Status skip = ProposalWorkflow::checkMove(proposalIn(S::Draft), S::Reviewed, AwardLevel::Agency, {}, 50);
    REQUIRE_FALSE(skip.ok());
    CHECK(skip.error().message.contains(QStringLiteral("Không thể chuyển")));
}

TEST_CASE("returning or rejecting needs a reason; the council must vote and pass first")
{
    CHECK_FALSE(ProposalWorkflow::checkMove(proposalIn(S::Submitted), S::Returned, AwardLevel::Agency, QStringLiteral(" "), 50));
    CHECK(ProposalWorkflow::checkMove(proposalIn(S::Submitted), S::Returned, AwardLevel::Agency,
        QStringLiteral("Thiếu báo cáo thành tích"), 50));
    CHECK_FALSE(ProposalWorkflow::checkMove(proposalIn(S::Submitted), S::Reviewed, AwardLevel::Agency, {}, 50));
    CHECK(ProposalWorkflow::checkMove(proposalIn(S::Submitted, CouncilVote { 9, 8, 3 }), S::Reviewed, AwardLevel::Agency, {}, 50));
    const Status failed = ProposalWorkflow::checkMove(proposalIn(S::Reviewed, CouncilVote { 9, 8, 3 }), S::Decided,
        AwardLevel::Agency, {}, 50);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("chưa thông qua")));
    CHECK(ProposalWorkflow::checkMove(proposalIn(S::Reviewed, CouncilVote { 9, 8, 6 }), S::Decided, AwardLevel::Agency, {}, 50));
    CHECK_FALSE(ProposalWorkflow::checkMove(proposalIn(S::Reviewed, CouncilVote { 9, 8, 6 }), S::Rejected, AwardLevel::Agency, {}, 50));
}

TEST_CASE("an award form applies only to its kind of nominee")
{
    AwardForm individualsOnly { 1, QStringLiteral("Chiến sĩ thi đua cơ sở"), AwardLevel::Agency, QStringLiteral("Giám đốc Sở"),
        NomineeKind::Person, {}, {} };
    CHECK_FALSE(Eligibility::formAppliesToNominee(individualsOnly, { Nominee::Kind::Person, 1 }));
    const auto failure = Eligibility::formAppliesToNominee(individualsOnly, { Nominee::Kind::Unit, 1 });
    REQUIRE(failure);
    CHECK(failure->contains(QStringLiteral("chỉ dành cho cá nhân")));
    AwardForm both = individualsOnly;
    both.nominees = NomineeKind::Both;
    CHECK_FALSE(Eligibility::formAppliesToNominee(both, { Nominee::Kind::Unit, 1 }));
}

TEST_CASE("every required criterion must be concluded as met")
{
    const std::vector<PlanBlock> criteria { { 1, BlockKind::Item, QStringLiteral("Hoàn thành nhiệm vụ."), true },
        { 2, BlockKind::Item, QStringLiteral("Có sáng kiến."), true }, { 3, BlockKind::Item, QStringLiteral("Tuỳ chọn."), false } };
    std::vector<Assessment> assessments;
    const auto none = Eligibility::meetsRequiredCriteria(criteria, assessments);
    REQUIRE(none);
    CHECK(none->contains(QStringLiteral("Chưa đạt 2 tiêu chí bắt buộc")));
    CHECK(none->contains(QStringLiteral("chưa đánh giá")));
    Assessment first;
    first.criterionId = 1;
    first.selfAssessment = AssessmentState::Met; // the unit's own view does not count
    assessments.push_back(first);
    Assessment second;
    second.criterionId = 2;
    second.conclusion = AssessmentState::Met;
    assessments.push_back(second);
    const auto selfOnly = Eligibility::meetsRequiredCriteria(criteria, assessments);
    REQUIRE(selfOnly);
    CHECK(selfOnly->contains(QStringLiteral("Chưa đạt 1 tiêu chí")));
    assessments[0].conclusion = AssessmentState::Met;
    CHECK_FALSE(Eligibility::meetsRequiredCriteria(criteria, assessments));
}

TEST_CASE("the cell that blocks a proposal is its first required criterion not concluded as met")
{
    const std::vector<PlanBlock> criteria { { 1, BlockKind::Item, QStringLiteral("Tuỳ chọn."), false },
        { 2, BlockKind::Item, QStringLiteral("Hoàn thành nhiệm vụ."), true }, { 3, BlockKind::Item, QStringLiteral("Có sáng kiến."), true } };
    std::vector<Assessment> assessments;
    CHECK(Eligibility::firstUnmetRequiredCriterion(criteria, assessments) == 2); // the optional one never blocks
    Assessment second;
    second.criterionId = 2;
    second.conclusion = AssessmentState::Met;
    assessments.push_back(second);
    CHECK(Eligibility::firstUnmetRequiredCriterion(criteria, assessments) == 3);
    Assessment third;
    third.criterionId = 3;
    third.conclusion = AssessmentState::NotMet;
    assessments.push_back(third);
    CHECK(Eligibility::firstUnmetRequiredCriterion(criteria, assessments) == 3);
    assessments.back().conclusion = AssessmentState::Met;
    CHECK_FALSE(Eligibility::firstUnmetRequiredCriterion(criteria, assessments).has_value());
}

TEST_CASE("no two open proposals of one form for one nominee in a campaign")
{
    Proposal mine = proposalIn(S::Draft);
    mine.id = 0;
    std::vector<Proposal> campaign { proposalIn(S::Submitted) };
    CHECK(Eligibility::noOtherOpenProposal(mine, campaign));
    campaign[0].state = S::Rejected; // closed proposals do not count
    CHECK_FALSE(Eligibility::noOtherOpenProposal(mine, campaign));
    campaign[0].state = S::Submitted;
    campaign[0].awardFormId = 3; // another form
    CHECK_FALSE(Eligibility::noOtherOpenProposal(mine, campaign));
}

TEST_CASE("a person proposed must belong to a unit of the agency")
{
    Person person;
    person.fullName = QStringLiteral("Lò Văn Hùng");
    person.unitId = 5;
    const std::vector<qint64> agency { 4, 5 }, other { 4 };
    CHECK_FALSE(Eligibility::belongsToAgency(person, agency));
    const auto outside = Eligibility::belongsToAgency(person, other);
    REQUIRE(outside);
    CHECK(outside->contains(QStringLiteral("không thuộc đơn vị nào")));
}
