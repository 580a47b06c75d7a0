#pragma once
// The building blocks of an administrative document in the national format (Decree 30/2020/
// NĐ-CP, Annex I), shared by every document ThiDua writes: fix a block here, every document
// follows.

#include "core/documents/DocumentModel.h"
#include "core/domain/Agency.h"
#include "core/domain/DocumentIssue.h"

#include <QStringList>

#include <optional>

namespace Decree30 {

// The room left for what is written in by hand: a number, a day, a month, an hour.
inline const QString BlankGap = QStringLiteral("      ");

doc::PageSetup pageSetup();

// "KH-SKHCN": the document type's abbreviation, then the issuing agency's.
QString symbol(const QString& typeAbbreviation, const QString& agencyAbbreviation);
// "Số: 12/KH-SKHCN"; a blank number leaves a gap to write in by hand: "Số:      /KH-SKHCN".
QString numberLine(const QString& number, const QString& typeAbbreviation, const QString& agencyAbbreviation);
// "Lai Châu, ngày 05 tháng 01 năm 2026"; a blank day or month leaves a gap.
QString placeDateLine(const QString& place, std::optional<int> day, std::optional<int> month, int year);
// The same two lines for a document's own number and date (blank parts left to write in).
QString numberLine(const DocumentIssue& issue, const QString& typeAbbreviation, const QString& agencyAbbreviation);
QString placeDateLine(const QString& place, const DocumentIssue& issue);
// "số 15/TTr-SKHCN ngày 05 tháng 12 năm 2026", or with gaps where number and day are blank.
QString numberAndDate(const DocumentIssue& issue, const QString& typeAbbreviation, const QString& agencyAbbreviation);
QString numberAndDate(const QString& number, std::optional<int> day, std::optional<int> month, int year,
    const QString& typeAbbreviation, const QString& agencyAbbreviation);
// "87,5 %", "100 %": a decimal comma and a space before the sign, as Vietnamese writes them.
QString percentText(double percent);
// "05 tháng 01 năm 2026", as a date stands in the documents' sentences (leading zeros as on the date line).
QString dateInWords(const QDate& day);
// "02 tập thể và 05 cá nhân", "05 cá nhân", "12 tập thể": a kind with none is left out (both none:
// "0 cá nhân"; callers with nothing to count say so in their own sentence).
QString countsPhrase(int collectives, int individuals);

// The two-column header: parent authority, agency and number | national title, motto, place-date.
doc::Table header(const Agency& agency, const QString& numberLine, const QString& placeDateLine);
// Document type ("KẾ HOẠCH") and summary line, centred, with the short rule under them.
std::vector<doc::Block> title(const QString& documentType, const QString& summary);
// A new document in the national format: A4 page setup, the two-column header, the document type
// and its summary line. Every builder starts here; the body follows.
doc::Document document(const QString& title, const Agency& agency, const QString& numberLine,
    const QString& placeDateLine, const QString& documentType, const QString& summary);
// "DỰ THẢO", bold, at the right above the header: a draft no one may take for the signed text.
doc::Paragraph draftMark();
// A centred line of body size (titles of lists and reports, "Kính gửi", "QUYẾT ĐỊNH:").
doc::Paragraph centred(const QString& text, bool bold, bool italic = false);
// "Kính gửi: Giám đốc Sở Khoa học và Công nghệ." on one centred line; several addressees each on
// a line of their own, "- …;" under one another beside "Kính gửi:", the last ending with a full stop.
std::vector<doc::Block> addressedTo(const QStringList& addressees);
// A body paragraph: justified, first-line indent, 14 pt.
doc::Paragraph body(const QString& text, bool italic = false);
// A body paragraph whose first words (the number, the heading) are styled apart.
doc::Paragraph body(std::vector<doc::Run> runs);
// One cell of a ruled data table (12 pt), as lists and checklists use.
doc::Cell tableCell(const QString& text, doc::Align align = doc::Align::Left, bool bold = false);
// A ruled data table with its heading row (bold, centred), repeated on every page it runs over.
doc::Table dataTable(std::vector<double> widthsMm, const QStringList& heading);
// The opening of an annex (Phụ lục) after a document's signature: a new page numbered from 1, the
// word "Phụ lục" with its Roman number among several ("Phụ lục II"), its name in capitals and the
// line that ties it to its document: "(Kèm theo Kế hoạch số …/KH-… ngày … của …)".
std::vector<doc::Block> annexOpening(const QString& label, const QString& name, const QString& attachedTo);
// One of two signatures side by side: who signs, what the signature needs ("(Ký, đóng dấu)" for a
// head who certifies, "(Ký, ghi rõ họ tên)" for a person), the name when it is known.
struct SideSignature {
    QString title;
    QString caption;
    QString name;
};
// Two signatures side by side (the secretary and the chair of a meeting, a unit and the Office on a
// form): title, caption, room to sign, name.
doc::Table signaturePair(const SideSignature& left, const SideSignature& right);
// Recipients (Nơi nhận) on the left beside the signature block on the right (no recipients: the
// signature alone, as under a list).
doc::Table signature(const QStringList& recipients, const Signer& signer);

} // namespace Decree30
