#include "core/storage/AwardDecisionRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace {
struct AwardDecisionRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(AwardDecisionRepository)
};
} // namespace

Result<AwardDecision> AwardDecisionRepository::load(qint64 campaignId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT number, signed_on FROM award_decision WHERE campaign_id = ?"));
    if (Status s = query.exec(AwardDecisionRepositoryText::tr("đọc số, ngày quyết định khen thưởng"), { campaignId }); !s)
        return s.error();
    AwardDecision decision;
    decision.campaignId = campaignId;
    if (query.next()) {
        decision.number = query.value(0).toString();
        const QDate day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        if (day.isValid())
            decision.signedOn = day;
    }
    return decision;
}

Status AwardDecisionRepository::save(const AwardDecision& decision)
{
    const QString number = decision.number.trimmed();
    if (number.size() > Limits::ShortText)
        return Error { AwardDecisionRepositoryText::tr("Trường «Số quyết định» dài quá %1 ký tự.").arg(Limits::ShortText), {} };
    if (number.contains(QLatin1Char('/')))
        return Error { AwardDecisionRepositoryText::tr("Trường «Số quyết định»: chỉ ghi số (ví dụ 15), phần «/QĐ-…» do "
                                                       "chương trình thêm."),
            {} };
    if (decision.signedOn && !decision.signedOn->isValid())
        return Error { AwardDecisionRepositoryText::tr("Trường «Ngày ký quyết định» không hợp lệ."), {} };
    return writeRow(m_db,
        QStringLiteral("INSERT INTO award_decision (campaign_id, number, signed_on) VALUES (?, ?, ?) "
                       "ON CONFLICT (campaign_id) DO UPDATE SET number = excluded.number, signed_on = excluded.signed_on"),
        AwardDecisionRepositoryText::tr("lưu số, ngày quyết định khen thưởng"),
        { decision.campaignId, number, decision.signedOn ? QVariant(decision.signedOn->toString(Qt::ISODate)) : QVariant() });
}
