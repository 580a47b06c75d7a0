#pragma once
// The nomination paperwork of a campaign's proposals: the Tờ trình (submission) to the deciding
// authority and its attached Danh sách (list by award form: collectives, then individuals).
// Built on the same Decree-30 blocks as the plan.

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"
#include "core/documents/Wording.h"
#include "core/domain/Agency.h"
#include "core/domain/AwardDecision.h"
#include "core/domain/AwardForm.h"
#include "core/domain/Campaign.h"
#include "core/domain/CouncilMeeting.h"
#include "core/domain/DocumentIssue.h"
#include "core/domain/Proposal.h"
#include "core/rules/CouncilRules.h"

#include <vector>

class Database;

namespace Paperwork {

struct Nomination {
    Proposal proposal;
    AwardForm form;
    QString nomineeName;
    QString nomineeDetail; // a person's position and unit; empty for a collective
    QString honorific; // "Ông" or "Bà" before a person's name; empty for a collective
    bool isTitle = false; // a danh hiệu thi đua of the year-end review (else an award form, as Bằng khen)
};

// Who sends a submission, to whom, and who signs it. Inside the agency (the Director's own awards)
// the Office, standing body of the emulation council, submits to the Director and its head signs;
// for an award above the agency, the agency submits to the province's chairman through Sở Nội vụ
// and the campaign's signer signs.
struct Routing {
    Agency sender; // the header's issuing body: the agency, or its Office under it
    QString senderInText; // "Văn phòng Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"
    QStringList addressees; // each after "Kính gửi:", on its own line when there are several
    Signer signer;
};

struct Input {
    Agency agency;
    Signer signer;
    Campaign campaign;
    std::vector<Nomination> nominations; // of one deciding authority
    AwardDecision decision; // the Director's decision, when these are the awards it grants
    Wording wording; // the agency's own texts where the province's rules decide the words
    DocumentIssue issue; // the Tờ trình's own number and date (blank ones are written in by hand)
    Routing routing; // of the Tờ trình
    // The decision's Điều 2: each kind's amount from the base salary in force (AwardMoney); empty
    // when no base salary applies on the decision's day.
    QString reward;
    std::optional<QDate> councilMetOn; // the latest council meeting, cited by the Tờ trình
    // The year-end review's period ("năm 2026"): the paperwork recognises titles of that year
    // instead of rewarding a campaign's achievements. Empty for a campaign.
    QString annualPeriod;
};

// "Kế hoạch số 12/KH-SKHCN ngày 05 tháng 12 năm 2025 của Sở Khoa học và Công nghệ về triển khai …",
// with gaps where the plan's number and day are blank.
QString planReference(const Campaign& campaign, const Agency& agency);

// Proposals that passed the council (or the given ones), grouped by who decides their awards.
Result<std::vector<Input>> load(Database& database, qint64 campaignId, const std::vector<qint64>& proposalIds = {});
// Every proposal the council voted on, in one input, for the minutes.
Result<Input> loadVoted(Database& database, qint64 campaignId);
// The minutes of the campaign's latest council meeting (refused when none was recorded).
Result<doc::Document> loadMinutes(Database& database, qint64 campaignId);

doc::Document submission(const Input& input); // Tờ trình
// The symbols printed after the number: the Tờ trình's ("TTr-VP", of its sender) and the decision's ("QĐ-SKHCN").
QString submissionSymbol(const Input& input);
QString decisionSymbol(const Agency& agency);
// The nominees by award form (I., II. …), collectives then individuals, each kind a ruled table.
// withSummary: a column with each one's achievement (the proposal's list); a decision's list has none.
void appendNominees(std::vector<doc::Block>& body, const Input& input, bool withSummary = true);
doc::Document list(const Input& input); // Danh sách đề nghị khen thưởng
// Quyết định khen thưởng of the Director (Giấy khen), its list of those awarded attached. The
// number and date are printed when recorded, otherwise left blank to write in by hand. This is
// the draft: "DỰ THẢO" stands above its header in every format.
doc::Document decision(const Input& input);
// The decision for the final print (no draft mark): refused while its number or signing date is blank.
Result<doc::Document> finalDecision(const Input& input);
// The proposals the Director decided (or awarded) in the campaign, in one input, with the
// decision's number and date as recorded.
Result<Input> loadDecided(Database& database, qint64 campaignId);
// Biên bản họp Hội đồng: the meeting, then every proposal reviewed with its vote and result.
doc::Document minutes(const Input& input, const CouncilMeeting& meeting, const CouncilRules::Rule& rule);

} // namespace Paperwork
