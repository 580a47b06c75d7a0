#pragma once
// Gathers what the plan document needs from the store, builds it, and writes it in a format.

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"
#include "core/domain/Agency.h"
#include "core/domain/Campaign.h"

class Database;

enum class DocumentFormat { Docx, Pdf };

namespace PlanExport {

Result<doc::Document> buildPlanDocument(Database& database, qint64 campaignId);
// The plan of a campaign as edited (not yet saved), with the agency data from the store.
Result<doc::Document> buildPlanDocument(Database& database, const Campaign& campaign);
Status writeDocument(const doc::Document& document, DocumentFormat format, const QString& path);
// "KH-SKHCN-dot-thi-dua-2025.docx": type, agency, kind of campaign and year, without diacritics.
QString suggestedFileName(const Campaign& campaign, const Agency& agency, DocumentFormat format);

} // namespace PlanExport
