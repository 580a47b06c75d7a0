#include "core/documents/PlanBuilder.h"

#include "core/documents/Decree30.h"
#include "core/domain/PlanText.h"
#include "core/domain/Numbering.h"
#include "core/domain/PlanOutlineEditing.h"


#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace PlanBuilder {

namespace {

QString labelled(const QString& label, const QString& text)
{
    return label.isEmpty() ? text : label + QLatin1Char(' ') + text;
}

// Top-level headings bold, second level bold, third bold italic, deeper italic.
doc::Run headingRun(const QString& text, int depth)
{
    return { text, depth <= 3, depth >= 3, false, 0 };
}

class Writer {
public:
    Writer(const Campaign& campaign, const std::vector<AwardForm>& forms)
        : m_campaign(campaign)
    {
        for (const AwardForm& form : forms)
            m_awardNames[form.id] = form.name;
    }

    // The plan's own sections, in order; the annexes are left for after the signature.
    void sections(std::vector<doc::Block>& out, const std::vector<PlanSection>& list, const SectionPath& parent)
    {
        for (int row = 0; row < int(list.size()); ++row) {
            const PlanSection& section = list[size_t(row)];
            const SectionPath path = SectionPath(parent) << row;
            if (isAnnex(section, path))
                continue;
            const QString number = sectionNumber(m_campaign.sections, path, m_campaign.headingStyles);
            if (!section.heading.trimmed().isEmpty()) {
                doc::Paragraph heading = Decree30::body({ headingRun(labelled(number, section.heading), int(path.size())) });
                heading.keepWithNext = true;
                out.push_back(heading);
            }
            content(out, section, number);
            sections(out, section.children, path);
        }
    }

    // Each annex on pages of its own: "Phụ lục", its name, what it goes with, then its content.
    void annexes(std::vector<doc::Block>& out, const QString& attachedTo)
    {
        const std::vector<PlanSection>& list = m_campaign.sections;
        for (int row = 0; row < int(list.size()); ++row) {
            const PlanSection& annex = list[size_t(row)];
            if (!isAnnex(annex, { row }))
                continue;
            for (doc::Block& block : Decree30::annexOpening(annexLabel(list, row), annex.heading, attachedTo))
                out.push_back(std::move(block));
            content(out, annex, QString());
            sections(out, annex.children, { row });
        }
    }

private:
    void content(std::vector<doc::Block>& out, const PlanSection& section, const QString& number)
    {
        int item = 0;
        std::vector<QStringList> tableRows;
        auto endTable = [&] {
            if (!tableRows.empty())
                out.push_back(table(tableRows));
            tableRows.clear();
        };
        for (const PlanBlock& block : section.blocks) {
            if (block.kind == BlockKind::TableRow) {
                tableRows.push_back(PlanText::cellsOf(block.text));
                continue;
            }
            endTable();
            if (block.kind == BlockKind::Item) {
                // An item typed with its own marker ("- …" in a dashed list) is not marked twice.
                const bool ownMarker = PlanText::markerOf(block.text).style == section.itemStyle;
                ++item;
                out.push_back(Decree30::body(labelled(section.itemStyle == NumberingStyle::Decimal
                                                          ? decimalLabel(number, item)
                                                          : numberLabel(section.itemStyle, item),
                    ownMarker ? PlanText::withoutMarker(block.text) : block.text)));
            } else if (block.kind == BlockKind::Citation) {
                // Only the căn cứ lines are italic, not the sentence leading into the plan.
                for (const QString& line : block.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    out.push_back(Decree30::body(line.trimmed(), line.trimmed().startsWith(QStringLiteral("Căn cứ"))));
            } else {
                out.push_back(Decree30::body(block.text));
            }
        }
        endTable();
        if (section.binding == SectionBinding::AwardForms)
            awardItems(out, section.itemStyle);
    }

    // A run of table rows: the first is the heading; columns as wide as their longest text asks,
    // within the text block; the row-number column ("TT", "STT") narrow.
    doc::Table table(const std::vector<QStringList>& rows) const
    {
        int columns = 0;
        for (const QStringList& row : rows)
            columns = std::max(columns, int(row.size()));
        std::vector<double> weights(size_t(columns), 4);
        for (const QStringList& row : rows)
            for (int c = 0; c < int(row.size()); ++c)
                weights[size_t(c)] = std::max(weights[size_t(c)], std::min(double(row[c].size()), 40.0));
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        const double width = Decree30::pageSetup().contentWidthMm();
        std::vector<double> widths;
        for (double w : weights)
            widths.push_back(std::floor(width * w / total));
        QStringList heading = rows.front();
        while (heading.size() < columns)
            heading << QString();
        doc::Table out = Decree30::dataTable(widths, heading);
        for (size_t r = 1; r < rows.size(); ++r) {
            std::vector<doc::Cell> cells;
            for (int c = 0; c < columns; ++c) {
                const QString text = rows[r].value(c);
                static const QRegularExpression number(QStringLiteral("^\\d+\\.?$"));
                cells.push_back(Decree30::tableCell(
                    text, number.match(text).hasMatch() ? doc::Align::Center : doc::Align::Left));
            }
            out.rows.push_back(cells);
        }
        return out;
    }

    void awardItems(std::vector<doc::Block>& out, NumberingStyle style)
    {
        const auto& awards = m_campaign.awards;
        for (size_t i = 0; i < awards.size(); ++i) {
            const auto name = m_awardNames.find(awards[i].awardFormId);
            if (name == m_awardNames.end())
                continue;
            const QString end = i + 1 == awards.size() ? QStringLiteral(".") : QStringLiteral(";");
            out.push_back(Decree30::body(labelled(numberLabel(style, int(i) + 1), name->second + end)));
        }
    }

    const Campaign& m_campaign;
    std::map<qint64, QString> m_awardNames;
};

} // namespace

doc::Document build(const Campaign& campaign, const Agency& agency, const Signer& signer,
    const std::vector<AwardForm>& awardForms)
{
    doc::Document document = Decree30::document(QStringLiteral("Kế hoạch: %1").arg(campaign.name), agency,
        Decree30::numberLine(campaign.documentNumber, QStringLiteral("KH"), agency.abbreviation),
        Decree30::placeDateLine(agency.placeName, campaign.issueDay, campaign.issueMonth, campaign.issueYear),
        QStringLiteral("KẾ HOẠCH") /* document text: always Vietnamese */, campaign.summary);
    Writer writer(campaign, awardForms);
    writer.sections(document.body, campaign.sections, {});
    document.body.push_back(Decree30::signature(campaign.recipients, signer));
    writer.annexes(document.body,
        QStringLiteral("(Kèm theo Kế hoạch %1 của %2)")
            .arg(Decree30::numberAndDate(campaign.documentNumber, campaign.issueDay, campaign.issueMonth,
                     campaign.issueYear, QStringLiteral("KH"), agency.abbreviation),
                agency.nameForSentences()));
    return document;
}

} // namespace PlanBuilder
