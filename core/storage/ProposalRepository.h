#pragma once
// Reads and writes award proposals, moves them through their states (each move recorded with
// when, who and why), and checks the eligibility rules against the stored data.

#include "core/common/Result.h"
#include "core/domain/Proposal.h"
#include "core/rules/Eligibility.h"

#include <map>
#include <optional>
#include <vector>

class Database;

// An award granted, for the nominee's record across campaigns.
struct GrantedAward {
    qint64 proposalId = 0;
    QString campaignName;
    QString awardFormName;
    int year = 0;
    QString decidedBy; // "Giám đốc Sở", "Chủ tịch UBND tỉnh"
    QString decisionNumber; // recorded for the agency's own decisions; blank otherwise
    std::optional<QDate> decidedOn;
};

class ProposalRepository final {
public:
    explicit ProposalRepository(Database& database)
        : m_db(database)
    {
    }

    Result<std::vector<Proposal>> forCampaign(qint64 campaignId) const;
    Result<Proposal> load(qint64 id) const;
    // Adds a draft; refused when the form does not apply, the nominee is outside the agency or
    // another open proposal of the same form exists for the nominee.
    Result<qint64> add(Proposal& proposal, const QString& actor);
    // Adds proposals of one campaign already sent on by their units ("Đơn vị đề nghị"), each checked
    // by the rules add() and move() apply, its history a draft then the move with its reason
    // (reasons[i] for proposals[i]); the campaign is read once, and all are added or none.
    Status addSubmitted(std::vector<Proposal>& proposals, const std::vector<QString>& reasons, const QString& actor);
    Status updateDraft(const Proposal& proposal); // summary, form, proposing unit while open
    // Records the council's vote, and the vote in the proposal's history.
    Status recordVote(qint64 id, const CouncilVote& vote, const QString& actor);
    // Moves the proposal to `to` if the workflow and the rules allow it, recording the move.
    Status move(qint64 id, ProposalState to, const QString& actor, const QString& reason);
    // The last move taken back: the proposal returns to the state it came from, and the history
    // gains a row saying so (nothing is erased). Refused when there is no move to take back.
    std::optional<ProposalEvent> lastMove(qint64 id) const;
    Status undoLastMove(qint64 id, const QString& actor);
    Result<std::vector<ProposalEvent>> history(qint64 id) const;
    Result<std::vector<GrantedAward>> awardsOf(const Nominee& nominee) const;
    // The award form proposed most often in this database (0 before any proposal).
    Result<qint64> mostProposedForm() const;

    // The rules that fail for this proposal now (empty when it may go ahead).
    Result<std::vector<QString>> eligibilityFailures(const Proposal& proposal) const;
    // The same for every open proposal of a campaign, reading the store once, with the required
    // criterion that still blocks each (the first in the plan's order), if any.
    struct Verdict {
        std::vector<QString> failures;
        std::optional<qint64> blockingCriterion;
    };
    Result<std::map<qint64, Verdict>> eligibilityForCampaign(qint64 campaignId) const;

private:
    Status insertProposal(Proposal& proposal, ProposalState state); // sets its id and state
    Status insertEvent(qint64 id, std::optional<ProposalState> from, ProposalState to, const QString& actor,
        const QString& reason);

    Database& m_db;
};
