#include "core/documents/PlanBuilder.h"

#include "core/documents/Decree30.h"
#include "core/domain/PlanText.h"
#include "core/domain/Numbering.h"
#include "core/domain/PlanOutlineEditing.h"


#include <map>

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

    void sections(std::vector<doc::Block>& out, const std::vector<PlanSection>& list, const SectionPath& parent)
    {
        for (int row = 0; row < int(list.size()); ++row) {
            const PlanSection& section = list[size_t(row)];
            const SectionPath path = SectionPath(parent) << row;
            const QString number = sectionNumber(m_campaign.sections, path, m_campaign.headingStyles);
            if (!section.heading.trimmed().isEmpty()) {
                doc::Paragraph heading = Decree30::body({ headingRun(labelled(number, section.heading), int(path.size())) });
                heading.keepWithNext = true;
                out.push_back(heading);
            }
            int item = 0;
            for (const PlanBlock& block : section.blocks) {
                if (block.kind == BlockKind::Item) {
                    // An item typed with its own marker ("- …" in a dashed list) is not marked twice.
                    const bool ownMarker = PlanText::markerOf(block.text).style == section.itemStyle;
                    ++item;
                    out.push_back(Decree30::body(labelled(section.itemStyle == NumberingStyle::Decimal ? decimalLabel(number, item)
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
            if (section.binding == SectionBinding::AwardForms)
                awardItems(out, section.itemStyle);
            sections(out, section.children, path);
        }
    }

private:
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
    Writer(campaign, awardForms).sections(document.body, campaign.sections, {});
    document.body.push_back(Decree30::signature(campaign.recipients, signer));
    return document;
}

} // namespace PlanBuilder
