#include "core/rules/CouncilRules.h"

#include <QCoreApplication>

namespace CouncilRules {

namespace {
struct CouncilRulesText {
    Q_DECLARE_TR_FUNCTIONS(CouncilRules)
};

Error field(const QString& name, const QString& problem)
{
    return Error { CouncilRulesText::tr("Trường «%1»: %2").arg(name, problem), name };
}
} // namespace

Rule ruleOf(const Campaign& campaign)
{
    return Rule { campaign.councilThresholdPercent, campaign.councilVoteBase, campaign.councilSecretBallot };
}

Status validate(const CouncilVote& vote)
{
    if (vote.members <= 0)
        return field(CouncilRulesText::tr("Số thành viên hội đồng"), CouncilRulesText::tr("phải lớn hơn 0."));
    if (vote.present < 0)
        return field(CouncilRulesText::tr("Số thành viên có mặt"), CouncilRulesText::tr("không được âm."));
    if (vote.present > vote.members)
        return field(CouncilRulesText::tr("Số thành viên có mặt"),
            CouncilRulesText::tr("%1 người, nhiều hơn số thành viên hội đồng (%2).")
                .arg(vote.present)
                .arg(vote.members));
    if (vote.votesFor < 0)
        return field(CouncilRulesText::tr("Số phiếu đồng ý"), CouncilRulesText::tr("không được âm."));
    if (vote.votesFor > vote.present)
        return field(CouncilRulesText::tr("Số phiếu đồng ý"),
            CouncilRulesText::tr("%1 phiếu, nhiều hơn số thành viên có mặt (%2).")
                .arg(vote.votesFor)
                .arg(vote.present));
    return {};
}

bool passes(const CouncilVote& vote, const Rule& rule)
{
    if (!validate(vote) || vote.present == 0)
        return false;
    const int base = rule.base == Base::Members ? vote.members : vote.present;
    // Integers on both sides: 100 * votes > threshold * base, no rounding surprises.
    return 100.0 * vote.votesFor > rule.thresholdPercent * base;
}

QString describe(const CouncilVote& vote, const Rule& rule)
{
    const QString verdict = passes(vote, rule) ? CouncilRulesText::tr("đạt") : CouncilRulesText::tr("không đạt");
    if (rule.base == Base::Members)
        return CouncilRulesText::tr("%1 phiếu đồng ý trên %2 thành viên hội đồng (%3 có mặt; cần trên %4%) — %5")
            .arg(vote.votesFor)
            .arg(vote.members)
            .arg(vote.present)
            .arg(rule.thresholdPercent)
            .arg(verdict);
    return CouncilRulesText::tr("%1/%2 thành viên có mặt đồng ý (hội đồng %3 người; cần trên %4%) — %5")
        .arg(vote.votesFor)
        .arg(vote.present)
        .arg(vote.members)
        .arg(rule.thresholdPercent)
        .arg(verdict);
}

QString disagreement(const CouncilVote& vote, const CouncilMeeting& meeting)
{
    const int listed = int(meeting.attendees.size()), absent = int(meeting.absentees.size());
    if (vote.present != listed)
        return CouncilRulesText::tr("phiếu ghi %1 thành viên có mặt, cuộc họp ghi %2").arg(vote.present).arg(listed);
    if (vote.members < listed + absent)
        return CouncilRulesText::tr("phiếu ghi hội đồng %1 người, cuộc họp ghi %2 có mặt và %3 vắng")
            .arg(vote.members)
            .arg(listed)
            .arg(absent);
    return {};
}

} // namespace CouncilRules
