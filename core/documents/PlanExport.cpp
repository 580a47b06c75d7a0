#include "core/documents/PlanExport.h"

#include "core/common/TextFolding.h"
#include "core/documents/PlanBuilder.h"
#include "core/documents/writers/DocxWriter.h"
#include "core/documents/writers/PdfWriter.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace PlanExport {

namespace {
struct PlanExportText {
    Q_DECLARE_TR_FUNCTIONS(PlanExport)
};
} // namespace

Result<doc::Document> buildPlanDocument(Database& database, qint64 campaignId)
{
    Result<Campaign> campaign = CampaignRepository(database).load(campaignId);
    if (!campaign)
        return campaign.error();
    return buildPlanDocument(database, campaign.value());
}

Result<doc::Document> buildPlanDocument(Database& database, const Campaign& campaign)
{
    AgencyRepository agencies(database);
    Result<Agency> agency = agencies.load();
    Result<std::vector<Signer>> signers = agencies.signers();
    Result<std::vector<AwardForm>> forms = AwardFormRepository(database).all();
    if (!agency || !signers || !forms)
        return !agency ? agency.error() : !signers ? signers.error() : forms.error();
    Signer signer;
    for (const Signer& candidate : signers.value())
        if (candidate.id == campaign.signerId)
            signer = candidate;
    if (signer.id == 0)
        return Error { PlanExportText::tr("Đợt thi đua «%1» chưa chọn người ký. Hãy chọn ở thẻ «Thông tin chung, ban hành».")
                           .arg(campaign.name),
            {} };
    return PlanBuilder::build(campaign, agency.value(), signer, forms.value());
}

Status writeDocument(const doc::Document& document, DocumentFormat format, const QString& path)
{
    return format == DocumentFormat::Docx ? DocxWriter::write(document, path) : PdfWriter::write(document, path);
}

QString suggestedFileName(const Campaign& campaign, const Agency& agency, DocumentFormat format)
{
    const QString kind = campaign.kind == CampaignKind::Regular ? QStringLiteral("phong trào thi đua")
                                                                 : QStringLiteral("đợt thi đua");
    const QString slug = fileNameWords(kind + QLatin1Char(' ') + QString::number(campaign.issueYear));
    QString abbreviation = foldForSearch(agency.abbreviation).toUpper();
    abbreviation.remove(QRegularExpression(QStringLiteral("[^A-Z0-9]")));
    return QStringLiteral("KH-%1-%2.%3")
        .arg(abbreviation, slug, format == DocumentFormat::Docx ? QStringLiteral("docx") : QStringLiteral("pdf"));
}

} // namespace PlanExport
