#pragma once
// A plan written in Word, read into ThiDua's outline: the Decree-30 shape is recognised — the
// header (agency lines, number and symbol, place and date), "KẾ HOẠCH" and its summary, the căn
// cứ lines, headings by their numbering (I., 1., 1.1., a)) when set in bold, paragraphs and list
// items with their numbering, the recipients (Nơi nhận) and the signer. What is not recognised
// stays a plain paragraph, and the notes say so, for the clerk to check before saving.

#include "core/common/Result.h"
#include "core/domain/Agency.h"
#include "core/domain/Campaign.h"
#include "core/importing/DocxReader.h"

class Database;

namespace PlanImport {

struct Recognised {
    Campaign campaign; // name, summary, number and date, sections, recipients, heading styles
    Agency agency; // from the header; fields left empty when not found
    QString signingPrefix; // "KT. GIÁM ĐỐC"
    QString signerPosition; // "PHÓ GIÁM ĐỐC"
    QString signerName; // "Trần Văn Tuấn"
    QStringList notes; // what was recognised and what was not, in the clerk's words
};

Recognised fromParagraphs(const std::vector<DocxReader::Paragraph>& paragraphs);
Result<Recognised> fromDocx(const QString& path);
// A whole plan pasted as plain text (from Word, a PDF or a web page): the same recognition, with
// headings told by their numbering and capitals since text has no bold.
Result<Recognised> fromText(const QString& text);

// Makes the recognised plan a campaign of this database: its start from the plan's date, its
// signer the agency's of that name (a note when there is none).
Status prepareFor(Database& database, Recognised& recognised);
// Adds it as a new campaign, in one transaction; the campaign's id when done.
Result<qint64> addCampaign(Database& database, Recognised& recognised);
// Whether a campaign's outline may be replaced by an imported one: not once criteria have been
// assessed, since the assessments belong to the criteria the new outline would remove. The refusal
// names the campaign and says what to do instead.
Status outlineReplaceable(Database& database, qint64 campaignId);
// Replaces that campaign's outline and heading numbering with the imported ones, in one
// transaction; its name, number, date, signer and recipients stay.
Status replaceOutline(Database& database, qint64 campaignId, const Recognised& recognised);

} // namespace PlanImport
