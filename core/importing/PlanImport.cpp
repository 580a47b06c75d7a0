#include "core/importing/PlanImport.h"

#include "core/domain/PlanOutlineEditing.h"
#include "core/domain/PlanText.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <map>
#include <set>

namespace PlanImport {

namespace {

struct PlanImportText {
    Q_DECLARE_TR_FUNCTIONS(PlanImport)
};

using Paragraphs = std::vector<DocxReader::Paragraph>;

QString clean(const QString& text)
{
    return text.simplified();
}

// A recipient as the campaign keeps it: without its dash and the punctuation that ends its line.
QString recipientOf(const QString& line)
{
    QString text = PlanText::withoutMarker(clean(line));
    while (text.endsWith(QLatin1Char(';')) || text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(','))
        || text.endsWith(QStringLiteral("/")))
        text.chop(1);
    return text.trimmed();
}

// The header: the first table when the document opens with one; its left column names the agency
// and carries the number, its right the motto and the place and date.
void readHeader(const Paragraphs& paragraphs, Recognised& out)
{
    if (paragraphs.empty() || paragraphs.front().table != 0)
        return;
    static const QRegularExpression number(QStringLiteral("^Số:\\s*([^/]*)/\\s*KH-(\\S+)"));
    static const QRegularExpression placeDate(
        QStringLiteral("^(.+?),\\s*ngày\\s*(\\d*)\\s*tháng\\s*(\\d*)\\s*năm\\s*(\\d{4})"));
    QStringList agencyLines;
    for (const DocxReader::Paragraph& p : paragraphs) {
        if (p.table != 0)
            break;
        const QString text = clean(p.text);
        if (text.isEmpty())
            continue;
        if (const QRegularExpressionMatch m = number.match(text); m.hasMatch()) {
            out.campaign.documentNumber = m.captured(1).trimmed();
            out.agency.abbreviation = m.captured(2).trimmed();
        } else if (const QRegularExpressionMatch m = placeDate.match(text); m.hasMatch()) {
            out.agency.placeName = m.captured(1).trimmed();
            if (!m.captured(2).isEmpty())
                out.campaign.issueDay = m.captured(2).toInt();
            if (!m.captured(3).isEmpty())
                out.campaign.issueMonth = m.captured(3).toInt();
            out.campaign.issueYear = m.captured(4).toInt();
        } else if (p.column == 0) {
            agencyLines << text;
        }
    }
    if (!agencyLines.isEmpty()) {
        out.agency.name = agencyLines.last();
        // Above the agency, its governing body: one line, or two for a body under a body.
        out.agency.parentAuthority = agencyLines.mid(0, agencyLines.size() - 1).join(QLatin1Char('\n'));
        out.notes << PlanImportText::tr("Tiêu đề: %1.").arg(agencyLines.join(QStringLiteral(" / ")));
    }
}

// Headings take their level from the order their numbering styles first appear in: the first
// style met is level 1, a new one under it level 2, and so on ("I." → "1." → "a)").
class Levels {
public:
    int levelOf(const PlanText::Marker& marker, int currentLevel)
    {
        const int key = int(marker.style) * 10 + marker.depth;
        const auto found = m_levels.find(key);
        if (found != m_levels.end())
            return found->second;
        const int level = std::min(currentLevel + 1, 6);
        m_levels[key] = level;
        if (int(m_styles.size()) < level)
            m_styles.resize(level, NumberingStyle::None);
        m_styles[size_t(level - 1)] = marker.style;
        return level;
    }
    HeadingStyles styles() const { return HeadingStyles(m_styles.begin(), m_styles.end()); }

private:
    std::map<int, int> m_levels;
    std::vector<NumberingStyle> m_styles;
};

bool isTableRow(const DocxReader::Paragraph& p)
{
    return p.table >= 0 && p.column < 0;
}

// A table in the body (a criteria table, an annex's form) is kept as a table: each row one table
// row of the outline, its cells in order, a cell's paragraphs joined. The header table and the
// signature table (the one that says "Nơi nhận") stay as they are.
Paragraphs withTablesAsRows(const Paragraphs& paragraphs, QStringList& notes)
{
    std::set<int> signature;
    for (const DocxReader::Paragraph& p : paragraphs)
        if (p.table >= 0 && clean(p.text).startsWith(QStringLiteral("Nơi nhận")))
            signature.insert(p.table);
    const int header = !paragraphs.empty() && paragraphs.front().table == 0 ? 0 : -1;
    Paragraphs out;
    std::map<int, int> rowsPerTable;
    for (size_t i = 0; i < paragraphs.size();) {
        const DocxReader::Paragraph& p = paragraphs[i];
        if (p.table < 0 || p.table == header || signature.count(p.table) || isTableRow(p)) {
            out.push_back(p); // a row already read whole (from text) too
            if (isTableRow(p) && p.table != header && !signature.count(p.table))
                ++rowsPerTable[p.table];
            ++i;
            continue;
        }
        // One row: every paragraph of its cells.
        QStringList cells;
        int column = -1;
        size_t j = i;
        for (; j < paragraphs.size() && paragraphs[j].table == p.table && paragraphs[j].row == p.row; ++j) {
            const QString text = clean(paragraphs[j].text);
            if (paragraphs[j].column != column)
                cells << text;
            else if (!text.isEmpty())
                cells.last() = QString(cells.last() + QLatin1Char(' ') + text).trimmed();
            column = paragraphs[j].column;
        }
        DocxReader::Paragraph row; // a row read whole: its table set, no column
        row.table = p.table;
        row.row = p.row;
        row.text = PlanText::rowOf(cells);
        out.push_back(row);
        ++rowsPerTable[p.table];
        i = j;
    }
    for (const auto& [table, rows] : rowsPerTable)
        notes << PlanImportText::tr("Một bảng %1 dòng được giữ nguyên là bảng (ô cách nhau bởi «|»).").arg(rows);
    return out;
}

// "Phụ lục", "PHỤ LỤC II", "Phụ lục 2": the line that opens an annex.
bool opensAnnex(const QString& text)
{
    static const QRegularExpression annex(
        QStringLiteral("^phụ lục(\\s+([IVXLC]+|\\d+))?\\.?$"), QRegularExpression::CaseInsensitiveOption);
    return annex.match(text).hasMatch();
}

} // namespace

Recognised fromParagraphs(const Paragraphs& original)
{
    Recognised out;
    const Paragraphs paragraphs = withTablesAsRows(original, out.notes);
    readHeader(paragraphs, out);
    Campaign& campaign = out.campaign;
    campaign.sections.clear();
    PlanSection basis;
    basis.numbered = false;
    basis.itemStyle = NumberingStyle::None;
    campaign.sections.push_back(basis);
    std::vector<SectionPath> headings; // headings[k]: the open heading of level k + 1
    SectionPath target { 0 }; // where the paragraphs go: the basis until the first heading
    auto childrenOf = [&](int level) -> std::vector<PlanSection>& {
        return level == 1 ? campaign.sections : sectionAt(campaign.sections, headings[size_t(level - 2)])->children;
    };
    auto pathFor = [&](int level, int row) {
        return level == 1 ? SectionPath { row } : SectionPath(headings[size_t(level - 2)]) << row;
    };
    auto open = [&](int level, const PlanSection& section) {
        std::vector<PlanSection>& list = childrenOf(level);
        list.push_back(section);
        headings.push_back(pathFor(level, int(list.size()) - 1));
    };
    Levels levels;
    int level = 0;
    enum class Part { Before, Title, Body, Recipients, AfterSignature, Annex } part = Part::Before;
    int signatureTable = -1;
    int kept = 0;
    bool annexTitle = false; // an annex was opened: its name may follow
    QStringList skipped;
    auto addBlock = [&](const DocxReader::Paragraph& p, const QString& text) {
        PlanSection& section = *sectionAt(campaign.sections, target);
        PlanBlock block;
        const PlanText::Marker marker = PlanText::markerOf(text);
        if (isTableRow(p)) {
            block.kind = BlockKind::TableRow;
            block.text = p.text;
        } else if (marker.style != NumberingStyle::None) {
            block.kind = BlockKind::Item;
            block.text = text.mid(marker.textStart).trimmed();
            if (std::none_of(section.blocks.begin(), section.blocks.end(),
                    [](const PlanBlock& b) { return b.kind == BlockKind::Item; }))
                section.itemStyle = marker.style;
        } else {
            block.kind = text.startsWith(QStringLiteral("Căn cứ")) ? BlockKind::Citation : BlockKind::Paragraph;
            block.text = text;
        }
        section.blocks.push_back(block);
        ++kept;
    };
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        const DocxReader::Paragraph& p = paragraphs[i];
        const QString text = clean(p.text);
        if (p.table == 0 && paragraphs.front().table == 0)
            continue; // the header
        if (text.isEmpty())
            continue;
        if (part == Part::Before) {
            if (text.compare(QStringLiteral("KẾ HOẠCH"), Qt::CaseInsensitive) == 0)
                part = Part::Title;
            continue;
        }
        if (part == Part::Title) {
            if (p.align == doc::Align::Center && p.table < 0) {
                campaign.summary = campaign.summary.isEmpty() ? text : campaign.summary + QLatin1Char(' ') + text;
                continue;
            }
            part = Part::Body;
        }
        if (part == Part::Body && text.startsWith(QStringLiteral("Nơi nhận"))) {
            part = Part::Recipients;
            signatureTable = p.table;
            continue;
        }
        if (part == Part::Recipients) {
            const bool inSignature = signatureTable >= 0 && p.table == signatureTable;
            if (inSignature && p.column > 0) {
                static const QRegularExpression prefix(QStringLiteral("^(KT|TL|TM|TUQ|Q)\\.\\s"));
                if (prefix.match(text).hasMatch())
                    out.signingPrefix = text;
                else if (text == text.toUpper())
                    out.signerPosition = text;
                else
                    out.signerName = text;
                continue;
            }
            if (inSignature || (signatureTable < 0 && PlanText::markerOf(text).style == NumberingStyle::Dash)) {
                campaign.recipients << recipientOf(text);
                continue;
            }
            part = Part::AfterSignature;
        }
        if (part == Part::AfterSignature || part == Part::Annex) {
            if (!isTableRow(p) && opensAnnex(text)) {
                PlanSection annex;
                annex.binding = SectionBinding::Annex;
                annex.numbered = false;
                annex.itemStyle = NumberingStyle::None;
                campaign.sections.push_back(annex);
                target = { int(campaign.sections.size()) - 1 };
                headings.clear();
                part = Part::Annex;
                annexTitle = true;
                continue;
            }
            if (part == Part::AfterSignature) {
                skipped << text;
                continue;
            }
            PlanSection& annex = *sectionAt(campaign.sections, target);
            if (annexTitle && !isTableRow(p) && p.align == doc::Align::Center && p.bold) {
                annex.heading = annex.heading.isEmpty() ? text : annex.heading + QLatin1Char(' ') + text;
                continue;
            }
            if (annexTitle && text.startsWith(QStringLiteral("(Kèm theo"))) {
                // ThiDua writes this line itself; it names the agency as its sentences do.
                static const QRegularExpression body(QStringLiteral("\\bcủa\\s+(.+)\\)$"));
                if (const QRegularExpressionMatch m = body.match(text); m.hasMatch() && out.agency.nameInText.isEmpty())
                    out.agency.nameInText = m.captured(1).trimmed();
                annexTitle = false;
                continue;
            }
            annexTitle = false;
            addBlock(p, text);
            continue;
        }
        // The body.
        if (isTableRow(p)) {
            addBlock(p, text);
            continue;
        }
        const QString labelled = p.numberLabel.isEmpty() ? text : p.numberLabel + QLatin1Char(' ') + text;
        const PlanText::Marker marker = PlanText::markerOf(labelled);
        const QString own = labelled.mid(marker.textStart).trimmed();
        if (p.bold && marker.style != NumberingStyle::None && marker.style != NumberingStyle::Dash
            && marker.style != NumberingStyle::Plus) {
            level = levels.levelOf(marker, level);
            headings.resize(std::min(size_t(level - 1), headings.size()));
            while (int(headings.size()) < level - 1) { // a level skipped: an untitled section holds its place
                PlanSection filler;
                filler.numbered = false;
                open(int(headings.size()) + 1, filler);
            }
            PlanSection section;
            section.heading = own;
            section.itemStyle = NumberingStyle::None;
            open(level, section);
            target = headings.back();
            continue;
        }
        addBlock(p, labelled);
    }
    for (const QString& text : skipped)
        out.notes << PlanImportText::tr("Bỏ qua đoạn sau chữ ký (không thuộc phụ lục nào): «%1».").arg(text.left(80));
    campaign.headingStyles = levels.styles();
    if (campaign.headingStyles.isEmpty())
        campaign.headingStyles = defaultHeadingStyles();
    if (campaign.sections.front().blocks.empty())
        campaign.sections.erase(campaign.sections.begin());
    campaign.name = campaign.summary.left(200);
    if (part == Part::Before)
        out.notes << PlanImportText::tr("Không thấy dòng «KẾ HOẠCH»: mọi đoạn được nhập như đoạn văn thường.");
    out.notes << PlanImportText::tr("%1 mục, %2 đoạn và mục liệt kê; %3 nơi nhận; người ký: %4.")
                     .arg(countSections(campaign.sections))
                     .arg(kept)
                     .arg(campaign.recipients.size())
                     .arg(out.signerName.isEmpty() ? PlanImportText::tr("không thấy") : out.signerName);
    return out;
}

Status prepareFor(Database& database, Recognised& recognised)
{
    Campaign& campaign = recognised.campaign;
    campaign.startDate = campaign.issueMonth && campaign.issueYear > 0
        ? QDate(campaign.issueYear, *campaign.issueMonth, campaign.issueDay.value_or(1))
        : QDate::currentDate();
    if (campaign.issueYear == 0)
        campaign.issueYear = campaign.startDate.year();
    Result<std::vector<Signer>> signers = AgencyRepository(database).signers();
    if (!signers)
        return signers.error();
    for (const Signer& s : signers.value())
        if (!recognised.signerName.isEmpty() && s.fullName == recognised.signerName)
            campaign.signerId = s.id;
    if (campaign.signerId == 0 && !recognised.signerName.isEmpty())
        recognised.notes << PlanImportText::tr(
            "Người ký «%1» chưa có trong danh sách người ký: hãy thêm ở Cơ quan rồi chọn cho đợt.")
                                .arg(recognised.signerName);
    return {};
}

Result<qint64> addCampaign(Database& database, Recognised& recognised)
{
    Result<qint64> id = Error {};
    const Status added = database.transact([&]() -> Status {
        id = CampaignRepository(database).add(recognised.campaign);
        if (!id)
            return id.error();
        return {};
    });
    if (!added)
        return added.error();
    return id;
}

Status outlineReplaceable(Database& database, qint64 campaignId)
{
    Result<std::vector<Assessment>> assessed = AssessmentRepository(database).forCampaign(campaignId);
    if (!assessed)
        return assessed.error();
    if (!assessed.value().empty())
        return Error { PlanImportText::tr("Đợt thi đua này đã có %n kết quả đánh giá tiêu chí: thay đề cương sẽ làm mất "
                                          "chúng. Hãy nhập kế hoạch thành một đợt mới.",
                           nullptr, int(assessed.value().size())),
            {} };
    return {};
}

Status replaceOutline(Database& database, qint64 campaignId, const Recognised& recognised)
{
    return database.transact([&]() -> Status {
        if (Status s = outlineReplaceable(database, campaignId); !s)
            return s;
        Result<Campaign> loaded = CampaignRepository(database).load(campaignId);
        if (!loaded)
            return loaded.error();
        Campaign campaign = loaded.value();
        campaign.sections = recognised.campaign.sections;
        campaign.headingStyles = recognised.campaign.headingStyles;
        return CampaignRepository(database).update(campaign);
    });
}

namespace {

// Plain text carries no bold: a numbered line is a heading when its words are in capitals, or when
// it is short and ends without the punctuation that closes a list item ("1. Mục đích" against
// "1. Thiết thực, hiệu quả;").
bool looksLikeHeading(const QString& line)
{
    const PlanText::Marker marker = PlanText::markerOf(line);
    if (marker.style == NumberingStyle::None || marker.style == NumberingStyle::Dash || marker.style == NumberingStyle::Plus)
        return false;
    const QString own = line.mid(marker.textStart).trimmed();
    if (own.isEmpty())
        return false;
    if (own == own.toUpper() && own != own.toLower())
        return true;
    static const QString closing = QStringLiteral(".;:,");
    return own.size() <= 120 && !closing.contains(own.back());
}

} // namespace

Result<Recognised> fromText(const QString& text)
{
    constexpr qsizetype MaxTextChars = 2 * 1024 * 1024; // a plan of hundreds of pages; more is not a plan
    if (text.size() > MaxTextChars)
        return Error { PlanImportText::tr("Đoạn văn bản dán vào quá dài (%1 ký tự, tối đa %2): không phải một kế hoạch.")
                           .arg(text.size())
                           .arg(MaxTextChars),
            {} };
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normalised.replace(QChar::ParagraphSeparator, QLatin1Char('\n')).replace(QChar::LineSeparator, QLatin1Char('\n'));
    // The same shape as a Word file gives: the header as the first table (its left column the
    // agency, its right the motto and the date), the signature as a table after "Nơi nhận".
    constexpr int HeaderTable = 0, SignatureTable = 1;
    static const QRegularExpression national(QStringLiteral("^(CỘNG HÒA XÃ HỘI|Độc lập\\s*[-–]\\s*Tự do)"));
    static const QRegularExpression placeDate(QStringLiteral(",\\s*ngày\\s*\\d*\\s*tháng"));
    enum class Part { Header, Title, Body, Signature, After } part = Part::Header;
    Paragraphs paragraphs;
    auto add = [&](const QString& line, int table, int column, bool bold, doc::Align align) {
        DocxReader::Paragraph p;
        p.text = line;
        p.table = table;
        p.row = table >= 0 ? 0 : -1;
        p.column = column;
        p.bold = bold;
        p.align = align;
        paragraphs.push_back(p);
    };
    for (const QString& raw : normalised.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        // A table's row copied from Word: its cells parted by tabs.
        const QStringList cells = raw.contains(QLatin1Char('\t')) ? raw.split(QLatin1Char('\t')) : QStringList { line };
        if (part == Part::Header && line.compare(QStringLiteral("KẾ HOẠCH"), Qt::CaseInsensitive) == 0) {
            add(line, -1, -1, true, doc::Align::Center);
            part = Part::Title;
            continue;
        }
        if (part == Part::Header) {
            for (const QString& cell : cells) {
                const QString c = cell.trimmed();
                if (c.isEmpty())
                    continue;
                const bool right = national.match(c).hasMatch() || placeDate.match(c).hasMatch();
                add(c, HeaderTable, right ? 1 : 0, false, doc::Align::Center);
            }
            continue;
        }
        if (part == Part::Title) {
            const bool summary = !line.startsWith(QStringLiteral("Căn cứ"))
                && PlanText::markerOf(line).style == NumberingStyle::None && line.size() <= 200;
            if (summary) {
                add(line, -1, -1, true, doc::Align::Center);
                continue;
            }
            part = Part::Body;
        }
        if (part == Part::Body && line.startsWith(QStringLiteral("Nơi nhận"))) {
            part = Part::Signature;
            for (int i = 0; i < cells.size(); ++i)
                if (!cells[i].trimmed().isEmpty())
                    add(cells[i].trimmed(), SignatureTable, i == 0 ? 0 : 1, true, doc::Align::Left);
            continue;
        }
        if (part == Part::Signature) {
            if (opensAnnex(line)) {
                part = Part::After;
            } else {
                for (const QString& cell : cells) {
                    const QString c = cell.trimmed();
                    if (c.isEmpty())
                        continue;
                    const bool recipient = PlanText::markerOf(c).style == NumberingStyle::Dash;
                    add(c, SignatureTable, recipient ? 0 : 1, !recipient, doc::Align::Left);
                }
                continue;
            }
        }
        if (cells.size() > 1) { // a row of a table in the body or an annex
            const bool continues = !paragraphs.empty() && paragraphs.back().table > SignatureTable && paragraphs.back().column < 0;
            DocxReader::Paragraph row; // as withTablesAsRows leaves a row: read whole, no column
            row.table = continues ? paragraphs.back().table : SignatureTable + 1 + int(paragraphs.size());
            row.row = continues ? paragraphs.back().row + 1 : 0;
            row.text = PlanText::rowOf(cells);
            paragraphs.push_back(row);
            continue;
        }
        const bool centred = part == Part::After && line == line.toUpper() && line != line.toLower();
        add(line, -1, -1, looksLikeHeading(line) || opensAnnex(line) || centred,
            centred || opensAnnex(line) || line.startsWith(QStringLiteral("(Kèm theo")) ? doc::Align::Center
                                                                                        : doc::Align::Justify);
    }
    Recognised recognised = fromParagraphs(paragraphs);
    recognised.notes.prepend(PlanImportText::tr("Kế hoạch dán dạng chữ thuần: tiêu đề mục được nhận theo số thứ tự và chữ "
                                                "in hoa, không theo chữ đậm — hãy xem kỹ đề cương."));
    return recognised;
}

Result<Recognised> fromDocx(const QString& path)
{
    Result<std::vector<DocxReader::Paragraph>> paragraphs = DocxReader::read(path);
    if (!paragraphs)
        return paragraphs.error();
    return fromParagraphs(paragraphs.value());
}

} // namespace PlanImport
