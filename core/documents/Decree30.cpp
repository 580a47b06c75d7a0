#include "core/documents/Decree30.h"

#include "core/documents/writers/DocumentFont.h"

#include <QFontMetricsF>
#include <QImage>

namespace Decree30 {

// The words of the document itself are Vietnamese whatever the interface language: they are
// literals here, not translatable strings.
namespace {

// Sizes in points and distances in millimetres, from the decree's annex.
constexpr double BodySize = 14;
constexpr double HeaderSize = 13;
constexpr double NationalTitleSize = 12; // the decree allows 12–13: at 13 it would not fit beside the agency
constexpr double RecipientsTitleSize = 12;
constexpr double RecipientsSize = 11;
constexpr double FirstLineIndentMm = 12.7;
constexpr double ParagraphSpacingPt = 6;
constexpr double BodyLineSpacing = 1.15;
constexpr int SignatureSpaceLines = 4; // room for the signature and the seal

doc::Paragraph line(
    const QString& text, double size, bool bold = false, bool italic = false, doc::Align align = doc::Align::Center)
{
    doc::Paragraph p;
    p.runs.push_back({ text, bold, italic, false, 0 });
    p.sizePt = size;
    p.align = align;
    return p;
}

// Header columns: together exactly the text block (30–195 mm from the paper's left edge).
constexpr double RuleClearancePt = 3; // between a rule and the descenders (dots below) above it
constexpr double HeaderLeftMm = 75; // "SỞ KHOA HỌC VÀ CÔNG NGHỆ" at 13 pt bold: 70 mm
constexpr double HeaderRightMm = 90; // the national title at 12 pt bold: 87 mm

// The printed width of a line of text in the document's font, in millimetres.
double textWidthMm(const QString& text, double sizePt, bool bold)
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_Mono);
        image.setDotsPerMeterX(47244); // 1,200 dpi: widths without screen rounding
        image.setDotsPerMeterY(47244);
        return image;
    }();
    QFont font = documentFont(doc::PageSetup {}.fontFamily, sizePt);
    font.setBold(bold);
    return QFontMetricsF(font, &device).horizontalAdvance(text) * 25.4 / 1200;
}

QString twoDigitsBelowTen(int value)
{
    return value < 10 ? QStringLiteral("0%1").arg(value) : QString::number(value);
}

} // namespace

doc::PageSetup pageSetup()
{
    return doc::PageSetup {};
}

QString numberLine(const QString& number, const QString& typeAbbreviation, const QString& agencyAbbreviation)
{
    const QString shown = number.trimmed().isEmpty() ? BlankGap : number.trimmed();
    return QStringLiteral("Số: %1/%2").arg(shown, symbol(typeAbbreviation, agencyAbbreviation));
}

QString symbol(const QString& typeAbbreviation, const QString& agencyAbbreviation)
{
    return QStringLiteral("%1-%2").arg(typeAbbreviation, agencyAbbreviation);
}

QString placeDateLine(const QString& place, std::optional<int> day, std::optional<int> month, int year)
{
    // Day below 10 and the months January and February take a leading zero.
    const QString dayText = day ? twoDigitsBelowTen(*day) : BlankGap;
    const QString monthText = month ? (*month <= 2 ? twoDigitsBelowTen(*month) : QString::number(*month)) : BlankGap;
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4").arg(place, dayText, monthText).arg(year);
}

QString dateInWords(const QDate& day)
{
    return placeDateLine(QString(), day.day(), day.month(), day.year()).mid(QStringLiteral(", ngày ").size());
}

QString numberLine(const DocumentIssue& issue, const QString& typeAbbreviation, const QString& agencyAbbreviation)
{
    return numberLine(issue.number, typeAbbreviation, agencyAbbreviation);
}

QString placeDateLine(const QString& place, const DocumentIssue& issue)
{
    if (issue.date)
        return placeDateLine(place, issue.date->day(), issue.date->month(), issue.date->year());
    return placeDateLine(place, std::nullopt, std::nullopt, issue.year);
}

QString numberAndDate(const DocumentIssue& issue, const QString& typeAbbreviation, const QString& agencyAbbreviation)
{
    return QStringLiteral("số %1 %2")
        .arg(numberLine(issue, typeAbbreviation, agencyAbbreviation).mid(4), placeDateLine(QString(), issue).mid(2));
}

QString numberAndDate(const QString& number, std::optional<int> day, std::optional<int> month, int year,
    const QString& typeAbbreviation, const QString& agencyAbbreviation)
{
    return QStringLiteral("số %1 %2")
        .arg(numberLine(number, typeAbbreviation, agencyAbbreviation).mid(4),
            placeDateLine(QString(), day, month, year).mid(2));
}

doc::Paragraph draftMark()
{
    doc::Paragraph mark = line(QStringLiteral("DỰ THẢO"), BodySize, true, false, doc::Align::Right);
    mark.spaceAfterPt = 6;
    return mark;
}

doc::Paragraph centred(const QString& text, bool bold, bool italic)
{
    return line(text, BodySize, bold, italic);
}

doc::Table header(const Agency& agency, const QString& numberLine, const QString& placeDateLine)
{
    doc::Table table;
    // Inside the text block, never in the binding margin.
    table.columnWidthsMm = { HeaderLeftMm, HeaderRightMm };
    doc::Cell left;
    for (const QString& authority : agency.parentAuthority.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        left.blocks.push_back(line(authority.trimmed().toUpper(), HeaderSize)); // a body under a body: two lines
    const QString agencyName = agency.name.toUpper();
    left.blocks.push_back(line(agencyName, HeaderSize, true));
    // Under the agency: 1/3 to 1/2 of its line (a name on two lines: of the column).
    const double agencyLineMm = std::min(textWidthMm(agencyName, HeaderSize, true), HeaderLeftMm);
    left.blocks.push_back(doc::Rule { std::round(agencyLineMm * 0.42), 6, RuleClearancePt });
    if (!numberLine.isEmpty()) // forms such as a checklist carry no number
        left.blocks.push_back(line(numberLine, HeaderSize));
    doc::Cell right;
    right.blocks.push_back(line(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), NationalTitleSize, true));
    const QString motto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    right.blocks.push_back(line(motto, BodySize, true));
    right.blocks.push_back(
        doc::Rule { std::ceil(textWidthMm(motto, BodySize, true)), 6, RuleClearancePt }); // as long as the motto
    right.blocks.push_back(line(placeDateLine, BodySize, false, true));
    table.rows.push_back({ left, right });
    return table;
}

std::vector<doc::Block> title(const QString& documentType, const QString& summary)
{
    doc::Paragraph type = line(documentType.toUpper(), BodySize, true);
    type.spaceBeforePt = 18;
    type.keepWithNext = true;
    doc::Paragraph summaryLine = line(summary, BodySize, true);
    summaryLine.keepWithNext = true;
    return { type, summaryLine, doc::Rule { 40, 12, RuleClearancePt } };
}

doc::Document document(const QString& title, const Agency& agency, const QString& numberLine,
    const QString& placeDateLine, const QString& documentType, const QString& summary)
{
    doc::Document out;
    out.page = pageSetup();
    out.title = title;
    out.author = agency.nameForSentences();
    out.body.push_back(header(agency, numberLine, placeDateLine));
    for (doc::Block& block : Decree30::title(documentType, summary))
        out.body.push_back(std::move(block));
    return out;
}

std::vector<doc::Block> addressedTo(const QStringList& addressees)
{
    if (addressees.size() <= 1) {
        doc::Paragraph one = line(QStringLiteral("Kính gửi: %1.").arg(addressees.value(0)), BodySize);
        one.spaceAfterPt = ParagraphSpacingPt;
        return { one };
    }
    doc::Table table;
    table.columnWidthsMm = { 50, 115 };
    doc::Cell label { { line(QStringLiteral("Kính gửi:"), BodySize, false, false, doc::Align::Right) } };
    doc::Cell list;
    for (int i = 0; i < addressees.size(); ++i) {
        doc::Paragraph one = line(QStringLiteral("- %1%2").arg(addressees[i],
                                      i + 1 == addressees.size() ? QStringLiteral(".") : QStringLiteral(";")),
            BodySize, false, false, doc::Align::Left);
        one.firstLineIndentMm = 2; // clear of "Kính gửi:"
        list.blocks.push_back(one);
    }
    table.rows.push_back({ label, list });
    doc::Paragraph gap = line(QString(), 4);
    return { table, gap };
}

doc::Paragraph body(const QString& text, bool italic)
{
    return body(std::vector<doc::Run> { { text, false, italic, false, 0 } });
}

doc::Paragraph body(std::vector<doc::Run> runs)
{
    doc::Paragraph p;
    p.runs = std::move(runs);
    p.sizePt = BodySize;
    p.align = doc::Align::Justify;
    p.firstLineIndentMm = FirstLineIndentMm;
    p.spaceAfterPt = ParagraphSpacingPt;
    p.lineSpacing = BodyLineSpacing;
    return p;
}

doc::Cell tableCell(const QString& text, doc::Align align, bool bold)
{
    doc::Paragraph p = line(text, RecipientsTitleSize, bold, false, align);
    return doc::Cell { { p } };
}

doc::Table dataTable(std::vector<double> widthsMm, const QStringList& heading)
{
    doc::Table table;
    table.ruled = true;
    table.headerRows = 1;
    table.columnWidthsMm = std::move(widthsMm);
    std::vector<doc::Cell> row;
    for (const QString& title : heading)
        row.push_back(tableCell(title, doc::Align::Center, true));
    table.rows.push_back(row);
    return table;
}

std::vector<doc::Block> annexOpening(const QString& label, const QString& name, const QString& attachedTo)
{
    std::vector<doc::Block> out { doc::PageBreak { true } };
    doc::Paragraph word = centred(label, true);
    word.keepWithNext = true;
    out.push_back(word);
    if (!name.trimmed().isEmpty()) {
        doc::Paragraph title = centred(name.trimmed().toUpper(), true);
        title.keepWithNext = true;
        out.push_back(title);
    }
    doc::Paragraph note = centred(attachedTo, false, true);
    note.spaceAfterPt = 12;
    note.keepWithNext = true;
    out.push_back(note);
    return out;
}

doc::Table signaturePair(const SideSignature& left, const SideSignature& right)
{
    auto side = [](const SideSignature& signature) {
        doc::Cell cell;
        doc::Paragraph heading = line(signature.title.toUpper(), BodySize, true);
        heading.spaceBeforePt = 12;
        cell.blocks.push_back(heading);
        if (!signature.caption.isEmpty())
            cell.blocks.push_back(line(signature.caption, BodySize, false, true));
        for (int i = 0; i < SignatureSpaceLines; ++i)
            cell.blocks.push_back(line(QString(), BodySize));
        if (!signature.name.isEmpty())
            cell.blocks.push_back(line(signature.name, BodySize, true));
        return cell;
    };
    doc::Table table;
    table.keepWithPrevious = true;
    table.columnWidthsMm = { 80, 5, 80 }; // the two headings never run into each other
    table.rows.push_back({ side(left), doc::Cell {}, side(right) });
    return table;
}

doc::Table signature(const QStringList& recipients, const Signer& signer)
{
    doc::Table table;
    table.keepWithPrevious = true;
    table.columnWidthsMm = { 80, 85 };
    doc::Cell left;
    if (!recipients.isEmpty()) // a list signed under its submission has none
        left.blocks.push_back(line(QStringLiteral("Nơi nhận:"), RecipientsTitleSize, true, true, doc::Align::Left));
    for (int i = 0; i < recipients.size(); ++i) {
        const bool last = i + 1 == recipients.size();
        left.blocks.push_back(
            line(QStringLiteral("- %1%2").arg(recipients[i], last ? QStringLiteral(".") : QStringLiteral(";")),
                RecipientsSize, false, false, doc::Align::Left));
    }
    doc::Cell right;
    if (!signer.signingPrefix.isEmpty())
        right.blocks.push_back(line(signer.signingPrefix.toUpper(), BodySize, true));
    right.blocks.push_back(line(signer.position.toUpper(), BodySize, true));
    for (int i = 0; i < SignatureSpaceLines; ++i)
        right.blocks.push_back(line(QString(), BodySize));
    right.blocks.push_back(line(signer.fullName, BodySize, true));
    table.rows.push_back({ left, right });
    return table;
}

QString countsPhrase(int collectives, int individuals)
{
    // Counts below ten take a leading zero in administrative writing: "01 tập thể và 02 cá nhân".
    auto count = [](int value) { return value == 0 ? QStringLiteral("0") : twoDigitsBelowTen(value); };
    const QString units = count(collectives), people = count(individuals);
    if (collectives == 0)
        return QStringLiteral("%1 cá nhân").arg(people);
    if (individuals == 0)
        return QStringLiteral("%1 tập thể").arg(units);
    return QStringLiteral("%1 tập thể và %2 cá nhân").arg(units, people);
}

QString percentText(double percent)
{
    const double rounded = std::round(percent * 10) / 10;
    QString number
        = rounded == std::floor(rounded) ? QString::number(qint64(rounded)) : QString::number(rounded, 'f', 1);
    return number.replace(QLatin1Char('.'), QLatin1Char(',')) + QStringLiteral(" %");
}

} // namespace Decree30
