#pragma once
// An award proposal (đề nghị khen thưởng) and the history of its states.

#include "core/domain/Assessment.h"

#include <QDateTime>
#include <QString>

#include <optional>

enum class ProposalState {
    Draft, // Dự thảo
    Submitted, // Đơn vị đề nghị
    Returned, // Trả lại để bổ sung
    Reviewed, // Hội đồng đã xét
    Decided, // Quyết định khen (the Director decides)
    Forwarded, // Trình cấp trên (decided above the agency)
    Awarded, // Đã khen
    Rejected, // Không khen
};

// What a council vote's share is taken of: the members present (the default), or every member of
// the council (agencies whose rules count the votes against the whole council).
enum class CouncilBase { Present, Members };

// The council's ballot on a proposal; the result is computed, never typed.
struct CouncilVote {
    int members = 0; // of the council
    int present = 0;
    int votesFor = 0;

    friend bool operator==(const CouncilVote&, const CouncilVote&) = default;
};

struct Proposal {
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 awardFormId = 0;
    Nominee nominee;
    qint64 proposingUnitId = 0;
    QString summary; // one line of achievement
    ProposalState state = ProposalState::Draft;
    std::optional<CouncilVote> vote;
};

struct ProposalEvent {
    QDateTime at;
    std::optional<ProposalState> from;
    ProposalState to = ProposalState::Draft;
    QString actor;
    QString reason;
    // The council's vote is recorded in the history as an event that keeps the state; its reason
    // holds the counts.
    bool isVote() const { return from && *from == to; }
};
