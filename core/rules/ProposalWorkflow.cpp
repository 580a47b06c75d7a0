#include "core/rules/ProposalWorkflow.h"

#include "core/rules/CouncilRules.h"

#include <QCoreApplication>

namespace ProposalWorkflow {

namespace {
struct ProposalWorkflowText {
    Q_DECLARE_TR_FUNCTIONS(ProposalWorkflow)
};
} // namespace

QString stateLabel(ProposalState state)
{
    switch (state) {
    case ProposalState::Draft:
        return ProposalWorkflowText::tr("Dự thảo");
    case ProposalState::Submitted:
        return ProposalWorkflowText::tr("Đơn vị đề nghị");
    case ProposalState::Returned:
        return ProposalWorkflowText::tr("Trả lại để bổ sung");
    case ProposalState::Reviewed:
        return ProposalWorkflowText::tr("Hội đồng đã xét");
    case ProposalState::Decided:
        return ProposalWorkflowText::tr("Quyết định khen");
    case ProposalState::Forwarded:
        return ProposalWorkflowText::tr("Trình cấp trên");
    case ProposalState::Awarded:
        return ProposalWorkflowText::tr("Đã khen");
    case ProposalState::Rejected:
        return ProposalWorkflowText::tr("Không khen");
    }
    return {};
}

bool isOpen(ProposalState state) { return state != ProposalState::Awarded && state != ProposalState::Rejected; }

bool decidedWithinAgency(AwardLevel level) { return level == AwardLevel::Agency; }

QList<ProposalState> nextStates(ProposalState from, AwardLevel level)
{
    using S = ProposalState;
    switch (from) {
    // The office may take a proposal off the list before the council, with its reason ("Không khen").
    case S::Draft:
        return { S::Submitted, S::Rejected };
    case S::Submitted:
        return { S::Reviewed, S::Returned, S::Rejected };
    case S::Returned:
        return { S::Submitted };
    case S::Reviewed:
        return { decidedWithinAgency(level) ? S::Decided : S::Forwarded, S::Rejected, S::Returned };
    case S::Decided:
        return { S::Awarded, S::Rejected };
    case S::Forwarded:
        return { S::Awarded, S::Rejected, S::Returned };
    case S::Awarded:
    case S::Rejected:
        return {};
    }
    return {};
}

Status checkMove(const Proposal& proposal, ProposalState to, AwardLevel level, const QString& reason,
    const CouncilRules::Rule& rule)
{
    if (!nextStates(proposal.state, level).contains(to))
        return Error { ProposalWorkflowText::tr("Không thể chuyển đề nghị từ «%1» sang «%2».").arg(stateLabel(proposal.state), stateLabel(to)),
            {} };
    if ((to == ProposalState::Returned || to == ProposalState::Rejected) && reason.trimmed().isEmpty())
        return Error { ProposalWorkflowText::tr("Trường «Lý do»: cần ghi lý do khi %1.")
                           .arg(to == ProposalState::Returned ? ProposalWorkflowText::tr("trả lại đề nghị") : ProposalWorkflowText::tr("không khen")),
            ProposalWorkflowText::tr("Lý do") };
    if (to == ProposalState::Reviewed && !proposal.vote)
        return Error { ProposalWorkflowText::tr("Cần ghi kết quả bỏ phiếu của hội đồng trước khi chuyển sang «%1».").arg(stateLabel(to)), {} };
    if ((to == ProposalState::Decided || to == ProposalState::Forwarded)
        && !(proposal.vote && CouncilRules::passes(*proposal.vote, rule)))
        return Error { ProposalWorkflowText::tr("Hội đồng chưa thông qua đề nghị này (%1), nên không thể chuyển sang «%2».")
                           .arg(proposal.vote ? CouncilRules::describe(*proposal.vote, rule) : ProposalWorkflowText::tr("chưa bỏ phiếu"),
                               stateLabel(to)),
            {} };
    return {};
}

} // namespace ProposalWorkflow
