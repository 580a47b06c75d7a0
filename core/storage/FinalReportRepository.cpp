#include "core/storage/FinalReportRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace {
struct FinalReportRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(FinalReportRepository)
};
} // namespace

Result<FinalReport::Narrative> FinalReportRepository::load(qint64 campaignId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT deployment, strengths, shortcomings, recommendations FROM final_report WHERE campaign_id = ?"));
    if (Status s = query.exec(FinalReportRepositoryText::tr("đọc báo cáo tổng kết"), { campaignId }); !s)
        return s.error();
    FinalReport::Narrative narrative;
    narrative.campaignId = campaignId;
    if (query.next()) {
        narrative.deployment = query.value(0).toString();
        narrative.strengths = query.value(1).toString();
        narrative.shortcomings = query.value(2).toString();
        narrative.recommendations = query.value(3).toString();
    }
    return narrative;
}

Status FinalReportRepository::save(const FinalReport::Narrative& n)
{
    const std::pair<const QString*, QString> fields[] = { { &n.deployment, FinalReportRepositoryText::tr("Công tác triển khai") },
        { &n.strengths, FinalReportRepositoryText::tr("Ưu điểm") }, { &n.shortcomings, FinalReportRepositoryText::tr("Tồn tại, hạn chế") },
        { &n.recommendations, FinalReportRepositoryText::tr("Đề xuất, kiến nghị") } };
    for (const auto& [text, name] : fields)
        if (text->size() > Limits::LongText)
            return Error { FinalReportRepositoryText::tr("Trường «%1» dài quá %2 ký tự.").arg(name).arg(Limits::LongText), {} };
    return writeRow(m_db,
        QStringLiteral("INSERT INTO final_report (campaign_id, deployment, strengths, shortcomings, recommendations) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (campaign_id) DO UPDATE SET deployment = excluded.deployment, strengths = excluded.strengths, "
                       "shortcomings = excluded.shortcomings, recommendations = excluded.recommendations"),
        FinalReportRepositoryText::tr("lưu báo cáo tổng kết"),
        { n.campaignId, n.deployment.trimmed(), n.strengths.trimmed(), n.shortcomings.trimmed(), n.recommendations.trimmed() });
}
