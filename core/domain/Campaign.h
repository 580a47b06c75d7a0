#pragma once
// A campaign (đợt thi đua / phong trào thi đua) with its plan and the data of its issuance.

#include "core/domain/PlanOutline.h"
#include "core/domain/Proposal.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

enum class CampaignKind { Periodic, Regular }; // theo đợt / chuyên đề; thường xuyên

struct CampaignAward {
    qint64 awardFormId = 0;
    QString standard; // tiêu chuẩn: optional text specific to this campaign
};

struct CampaignSummary {
    qint64 id = 0;
    QString name;
    QDate startDate;
};

struct Campaign {
    qint64 id = 0;
    qint64 rowVersion = 0; // the stored row's version when read: a save based on an older one is refused
    QString name; // short name used in lists and file names
    QString summary; // trích yếu: the line under "KẾ HOẠCH"
    CampaignKind kind = CampaignKind::Periodic;
    QDate startDate;
    std::optional<QDate> endDate; // open-ended campaigns close with an event, not a date
    QString documentNumber; // may be blank: written in by hand at registration
    std::optional<int> issueDay; // blank day/month allowed, as in a print before registration
    std::optional<int> issueMonth;
    int issueYear = 0;
    qint64 signerId = 0; // 0: not chosen yet
    QStringList recipients; // Nơi nhận, without the leading dash and the trailing punctuation
    HeadingStyles headingStyles = defaultHeadingStyles();
    // The council passes a proposal when the votes for are more than this share of the members
    // present. Default 50: agencies set their own in their rules (quy chế).
    double councilThresholdPercent = 50;
    CouncilBase councilVoteBase = CouncilBase::Present; // the share is of those present, or of every member
    bool councilSecretBallot = false; // bỏ phiếu kín: the minutes say so
    std::vector<PlanSection> sections;
    std::vector<CampaignAward> awards;
};
