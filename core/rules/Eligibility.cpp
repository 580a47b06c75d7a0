#include "core/rules/Eligibility.h"

#include "core/rules/ProposalWorkflow.h"

#include <QCoreApplication>

#include <algorithm>

namespace Eligibility {

namespace {
struct EligibilityText {
    Q_DECLARE_TR_FUNCTIONS(Eligibility)
};

QString shortened(const QString& text)
{
    constexpr int Length = 70;
    return text.size() > Length ? text.left(Length).trimmed() + QStringLiteral("…") : text;
}
} // namespace

Failure formAppliesToNominee(const AwardForm& form, const Nominee& nominee)
{
    const bool unit = nominee.kind == Nominee::Kind::Unit;
    if (form.nominees == NomineeKind::Both || (unit && form.nominees == NomineeKind::Unit)
        || (!unit && form.nominees == NomineeKind::Person))
        return std::nullopt;
    return unit ? EligibilityText::tr("«%1» chỉ dành cho cá nhân, không xét cho tập thể.").arg(form.name)
                : EligibilityText::tr("«%1» chỉ dành cho tập thể, không xét cho cá nhân.").arg(form.name);
}

namespace {
AssessmentState conclusionOf(const PlanBlock& criterion, std::span<const Assessment> nomineeAssessments)
{
    const auto found = std::find_if(nomineeAssessments.begin(), nomineeAssessments.end(),
        [&](const Assessment& a) { return a.criterionId == criterion.id; });
    return found == nomineeAssessments.end() ? AssessmentState::Pending : found->conclusion;
}
} // namespace

Failure meetsRequiredCriteria(std::span<const PlanBlock> criteria, std::span<const Assessment> nomineeAssessments)
{
    QStringList unmet;
    for (const PlanBlock& criterion : criteria) {
        if (!criterion.required)
            continue;
        const AssessmentState conclusion = conclusionOf(criterion, nomineeAssessments);
        if (conclusion != AssessmentState::Met)
            unmet << QStringLiteral("«%1» (%2)")
                         .arg(shortened(criterion.text),
                             conclusion == AssessmentState::Pending ? EligibilityText::tr("chưa đánh giá")
                                                                    : EligibilityText::tr("chưa đạt"));
    }
    if (unmet.isEmpty())
        return std::nullopt;
    return EligibilityText::tr("Chưa đạt %1 tiêu chí bắt buộc: %2").arg(unmet.size()).arg(unmet.join(QStringLiteral("; ")));
}

std::optional<qint64> firstUnmetRequiredCriterion(std::span<const PlanBlock> criteria, std::span<const Assessment> nomineeAssessments)
{
    for (const PlanBlock& criterion : criteria)
        if (criterion.required && conclusionOf(criterion, nomineeAssessments) != AssessmentState::Met)
            return criterion.id;
    return std::nullopt;
}

Failure noOtherOpenProposal(const Proposal& proposal, std::span<const Proposal> campaignProposals)
{
    for (const Proposal& other : campaignProposals) {
        if (other.id != proposal.id && other.campaignId == proposal.campaignId && other.nominee == proposal.nominee
            && other.awardFormId == proposal.awardFormId && ProposalWorkflow::isOpen(other.state))
            return EligibilityText::tr("Đã có một đề nghị khác cùng hình thức khen thưởng cho đối tượng này trong đợt (số %1, «%2»).")
                .arg(other.id)
                .arg(ProposalWorkflow::stateLabel(other.state));
    }
    return std::nullopt;
}

Failure belongsToAgency(const Person& person, std::span<const qint64> agencyUnitIds)
{
    if (std::find(agencyUnitIds.begin(), agencyUnitIds.end(), person.unitId) != agencyUnitIds.end())
        return std::nullopt;
    return EligibilityText::tr("«%1» không thuộc đơn vị nào của cơ quan.").arg(person.fullName);
}

std::vector<QString> failures(const Proposal& proposal, const Facts& facts)
{
    std::vector<QString> out;
    for (const Failure& failure : { formAppliesToNominee(facts.form, proposal.nominee),
             meetsRequiredCriteria(facts.criteria, facts.assessments),
             noOtherOpenProposal(proposal, facts.campaignProposals),
             facts.person ? belongsToAgency(*facts.person, facts.agencyUnitIds) : Failure() })
        if (failure)
            out.push_back(*failure);
    return out;
}

} // namespace Eligibility
