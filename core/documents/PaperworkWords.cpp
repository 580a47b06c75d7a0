#include "core/documents/PaperworkWords.h"

#include <algorithm>

namespace Paperwork::detail {

// Document words are Vietnamese literals, whatever the interface language.
QString agencyInSentence(const Agency& agency)
{
    return agency.nameForSentences();
}

bool decidedWithin(const Input& input)
{
    return !input.nominations.empty() && input.nominations.front().form.level == AwardLevel::Agency;
}

QString addressee(const Input& input)
{
    if (input.nominations.empty())
        return {};
    return decidedWithin(input) ? QStringLiteral("Giám đốc %1").arg(agencyInSentence(input.agency))
                                : input.nominations.front().form.decidedBy;
}

// Award forms in the order of their level (highest first), each with its nominations.
std::vector<std::pair<AwardForm, std::vector<const Nomination*>>> byForm(const Input& input)
{
    std::vector<std::pair<AwardForm, std::vector<const Nomination*>>> groups;
    for (const Nomination& n : input.nominations) {
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first.id == n.form.id; });
        if (group == groups.end())
            group = groups.insert(groups.end(), { n.form, {} });
        group->second.push_back(&n);
    }
    return groups;
}

int countOf(const std::vector<const Nomination*>& nominations, Nominee::Kind kind)
{
    return int(std::count_if(
        nominations.begin(), nominations.end(), [&](const Nomination* n) { return n->proposal.nominee.kind == kind; }));
}

// The year-end review's words: a title is named as one ("danh hiệu “Lao động tiên tiến”"), an
// award form by its name; the Director recognises titles (công nhận), the authorities above confer
// them (tặng).
bool isReview(const Input& input) { return !input.annualPeriod.isEmpty(); }

QString honourOf(const Nomination& n)
{
    return n.isTitle ? QStringLiteral("danh hiệu “%1”").arg(n.form.name) : n.form.name;
}

// "danh hiệu thi đua năm 2026", or "danh hiệu thi đua và hình thức khen thưởng năm 2026" when an
// award form (Bằng khen) is among them; one kind alone by its own name.
QString honoursOf(const Input& input)
{
    const Nomination& first = input.nominations.front();
    const bool one = std::all_of(input.nominations.begin(), input.nominations.end(),
        [&](const Nomination& n) { return n.form.id == first.form.id; });
    if (one)
        return QStringLiteral("%1 %2").arg(honourOf(first), input.annualPeriod);
    const bool allTitles
        = std::all_of(input.nominations.begin(), input.nominations.end(), [](const Nomination& n) { return n.isTitle; });
    return QStringLiteral("%1 %2")
        .arg(allTitles ? QStringLiteral("danh hiệu thi đua") : QStringLiteral("danh hiệu thi đua và hình thức khen thưởng"),
            input.annualPeriod);
}

QString upperFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// The placeholders of the agency's wording, filled for this paperwork.
std::map<QString, QString> wordingValues(const Input& input)
{
    return { { QStringLiteral("cơ quan"), agencyInSentence(input.agency) },
        { QStringLiteral("đợt thi đua"), input.campaign.name },
        { QStringLiteral("người quyết định"), addressee(input) }, { QStringLiteral("tỉnh"), input.agency.placeName },
        { QStringLiteral("kế hoạch"), planReference(input.campaign, input.agency) },
        { QStringLiteral("quy chế"),
            input.wording.filled(WordingKey::ProvinceRules, { { QStringLiteral("tỉnh"), input.agency.placeName } }) },
        { QStringLiteral("tiền thưởng"),
            input.reward.isEmpty() ? QStringLiteral("Tiền thưởng theo quy định hiện hành.") : input.reward },
        { QStringLiteral("hình thức"),
            input.nominations.empty() ? QString()
                : isReview(input)     ? honoursOf(input)
                                      : input.nominations.front().form.name } };
}

} // namespace Paperwork::detail
