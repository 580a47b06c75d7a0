#pragma once
// The Director's award decision (Quyết định khen thưởng) of a campaign: its number and signing
// date. Until both are known the decision prints as a draft; the final print and the
// certificates need them.

#include <QDate>
#include <QString>

#include <optional>

struct AwardDecision {
    qint64 campaignId = 0;
    QString number; // "15" as in "Số: 15/QĐ-SKHCN"; blank until registered
    std::optional<QDate> signedOn;

    bool isIssued() const { return !number.trimmed().isEmpty() && signedOn && signedOn->isValid(); }

    friend bool operator==(const AwardDecision&, const AwardDecision&) = default;
};
