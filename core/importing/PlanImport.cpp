#include "core/importing/PlanImport.h"

#include "core/domain/PlanOutlineEditing.h"
#include "core/domain/PlanText.h"
#include "core/storage/AgencyRepository.h"
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
        if (agencyLines.size() > 1)
            out.agency.parentAuthority = agencyLines.first();
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

// A table in the body (a criteria table) is read row by row: each row one list item, its cells
// joined, a first cell holding only the row's number left out, a bold heading row dropped. The
// header table and the signature table (the one that says "Nơi nhận") stay as they are.
Paragraphs withTablesAsItems(const Paragraphs& paragraphs, QStringList& notes)
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
        if (p.table < 0 || p.table == header || signature.count(p.table)) {
            out.push_back(p);
            ++i;
            continue;
        }
        // One row: every paragraph of its cells.
        QStringList cells;
        bool bold = true;
        int column = -1;
        size_t j = i;
        for (; j < paragraphs.size() && paragraphs[j].table == p.table && paragraphs[j].row == p.row; ++j) {
            const QString text = clean(paragraphs[j].text);
            if (text.isEmpty())
                continue;
            bold = bold && paragraphs[j].bold;
            if (paragraphs[j].column != column)
                cells << text;
            else
                cells.last() += QLatin1Char(' ') + text;
            column = paragraphs[j].column;
        }
        static const QRegularExpression rowNumber(QStringLiteral("^\\d+\\.?$"));
        if (!cells.isEmpty() && rowNumber.match(cells.first()).hasMatch())
            cells.removeFirst();
        if (!cells.isEmpty() && !bold) {
            DocxReader::Paragraph item;
            item.text = cells.join(QStringLiteral("; "));
            item.numberLabel = QStringLiteral("-");
            out.push_back(item);
            ++rowsPerTable[p.table];
        }
        i = j;
    }
    for (const auto& [table, rows] : rowsPerTable)
        notes << PlanImportText::tr("Một bảng %1 dòng được nhập thành các mục liệt kê, mỗi dòng một mục.").arg(rows);
    return out;
}

} // namespace

Recognised fromParagraphs(const Paragraphs& original)
{
    Recognised out;
    const Paragraphs paragraphs = withTablesAsItems(original, out.notes);
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
    enum class Part { Before, Title, Body, Recipients } part = Part::Before;
    int signatureTable = -1;
    int kept = 0;
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
        if (text.startsWith(QStringLiteral("Nơi nhận"))) {
            part = Part::Recipients;
            signatureTable = p.table;
            continue;
        }
        if (part == Part::Recipients) {
            if (p.table >= 0 && p.table == signatureTable && p.column > 0) {
                static const QRegularExpression prefix(QStringLiteral("^(KT|TL|TM|TUQ|Q)\\.\\s"));
                if (prefix.match(text).hasMatch())
                    out.signingPrefix = text;
                else if (text == text.toUpper())
                    out.signerPosition = text;
                else
                    out.signerName = text;
            } else {
                campaign.recipients << recipientOf(text);
            }
            continue;
        }
        // The body.
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
        PlanBlock block;
        if (marker.style != NumberingStyle::None) {
            block.kind = BlockKind::Item;
            block.text = own;
            PlanSection& section = *sectionAt(campaign.sections, target);
            if (std::none_of(section.blocks.begin(), section.blocks.end(),
                    [](const PlanBlock& b) { return b.kind == BlockKind::Item; }))
                section.itemStyle = marker.style;
        } else {
            block.kind = text.startsWith(QStringLiteral("Căn cứ")) ? BlockKind::Citation : BlockKind::Paragraph;
            block.text = text;
        }
        sectionAt(campaign.sections, target)->blocks.push_back(block);
        ++kept;
    }
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

Result<Recognised> fromDocx(const QString& path)
{
    Result<std::vector<DocxReader::Paragraph>> paragraphs = DocxReader::read(path);
    if (!paragraphs)
        return paragraphs.error();
    return fromParagraphs(paragraphs.value());
}

} // namespace PlanImport
