#pragma once
// Who submits a proposal for an award of a level, and who signs its Tờ trình — the agency's own
// rule for that level. The defaults are a provincial Sở's: inside the agency (the Director's
// Giấy khen) the Office, standing body of the emulation council, submits and its head signs;
// above it the agency submits and the campaign's signer signs. To whom it is addressed comes from
// the paperwork's wording (Kính gửi).

#include "core/domain/AwardForm.h"

#include <QtGlobal>
#include <vector>

struct SubmissionRoute {
    enum class Sender { Office, Agency };

    AwardLevel level = AwardLevel::Agency;
    Sender sender = Sender::Agency;
    qint64 signerId = 0; // one of the agency's signers; 0: the default (the Office's head, or the campaign's signer)

    static SubmissionRoute defaultFor(AwardLevel level)
    {
        return SubmissionRoute { level, level == AwardLevel::Agency ? Sender::Office : Sender::Agency, 0 };
    }
    // Every level, highest first.
    static std::vector<AwardLevel> levels()
    {
        return { AwardLevel::State, AwardLevel::Government, AwardLevel::Province, AwardLevel::Agency };
    }

    friend bool operator==(const SubmissionRoute&, const SubmissionRoute&) = default;
};
