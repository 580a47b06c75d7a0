#include "core/domain/PlanOutline.h"

#include "core/domain/Numbering.h"
#include "core/domain/PlanOutlineEditing.h"

HeadingStyles defaultHeadingStyles()
{
    return { NumberingStyle::Roman, NumberingStyle::Arabic, NumberingStyle::Alpha, NumberingStyle::Dash };
}

namespace {

std::vector<PlanSection>* siblingsOf(std::vector<PlanSection>& sections, const SectionPath& path)
{
    if (path.isEmpty())
        return nullptr;
    if (path.size() == 1)
        return &sections;
    PlanSection* parent = sectionAt(sections, path.mid(0, path.size() - 1));
    return parent ? &parent->children : nullptr;
}

bool validRow(const std::vector<PlanSection>& list, int row) { return row >= 0 && row < int(list.size()); }

} // namespace

const PlanSection* sectionAt(const std::vector<PlanSection>& sections, const SectionPath& path)
{
    const std::vector<PlanSection>* level = &sections;
    const PlanSection* found = nullptr;
    for (int row : path) {
        if (!validRow(*level, row))
            return nullptr;
        found = &(*level)[size_t(row)];
        level = &found->children;
    }
    return found;
}

PlanSection* sectionAt(std::vector<PlanSection>& sections, const SectionPath& path)
{
    return const_cast<PlanSection*>(sectionAt(std::as_const(sections), path));
}

std::optional<SectionPath> insertSection(
    std::vector<PlanSection>& sections, const SectionPath& parentPath, int row, PlanSection section)
{
    std::vector<PlanSection>* list = &sections;
    if (!parentPath.isEmpty()) {
        PlanSection* parent = sectionAt(sections, parentPath);
        if (!parent)
            return std::nullopt;
        list = &parent->children;
    }
    if (row < 0 || row > int(list->size()))
        return std::nullopt;
    list->insert(list->begin() + row, std::move(section));
    return SectionPath(parentPath) << row;
}

bool removeSection(std::vector<PlanSection>& sections, const SectionPath& path)
{
    std::vector<PlanSection>* list = siblingsOf(sections, path);
    if (!list || !validRow(*list, path.last()))
        return false;
    list->erase(list->begin() + path.last());
    return true;
}

std::optional<SectionPath> moveSection(std::vector<PlanSection>& sections, const SectionPath& path, int delta)
{
    std::vector<PlanSection>* list = siblingsOf(sections, path);
    const int target = path.isEmpty() ? -1 : path.last() + delta;
    if (!list || !validRow(*list, path.last()) || !validRow(*list, target))
        return std::nullopt;
    std::swap((*list)[size_t(path.last())], (*list)[size_t(target)]);
    SectionPath moved = path;
    moved.last() = target;
    return moved;
}

std::optional<SectionPath> indentSection(std::vector<PlanSection>& sections, const SectionPath& path)
{
    std::vector<PlanSection>* list = siblingsOf(sections, path);
    if (!list || !validRow(*list, path.last()) || path.last() == 0)
        return std::nullopt;
    const int row = path.last();
    PlanSection moving = std::move((*list)[size_t(row)]);
    list->erase(list->begin() + row);
    PlanSection& newParent = (*list)[size_t(row - 1)];
    newParent.children.push_back(std::move(moving));
    SectionPath result = path;
    result.last() = row - 1;
    result << int(newParent.children.size()) - 1;
    return result;
}

std::optional<SectionPath> outdentSection(std::vector<PlanSection>& sections, const SectionPath& path)
{
    if (path.size() < 2)
        return std::nullopt;
    std::vector<PlanSection>* list = siblingsOf(sections, path);
    const SectionPath parentPath = path.mid(0, path.size() - 1);
    std::vector<PlanSection>* parentList = siblingsOf(sections, parentPath);
    if (!list || !parentList || !validRow(*list, path.last()))
        return std::nullopt;
    PlanSection moving = std::move((*list)[size_t(path.last())]);
    list->erase(list->begin() + path.last());
    const int row = parentPath.last() + 1;
    parentList->insert(parentList->begin() + row, std::move(moving));
    SectionPath result = parentPath;
    result.last() = row;
    return result;
}

NumberingStyle headingStyleForDepth(const HeadingStyles& styles, int depth)
{
    if (styles.isEmpty() || depth < 1)
        return NumberingStyle::None;
    return styles.at(qMin(depth, int(styles.size())) - 1);
}

QString sectionNumber(const std::vector<PlanSection>& sections, const SectionPath& path, const HeadingStyles& styles)
{
    const PlanSection* section = sectionAt(sections, path);
    if (!section)
        return {};
    if (isAnnex(*section, path))
        return annexLabel(sections, path.front());
    if (!section->numbered)
        return {};
    const std::vector<PlanSection>* siblings = &sections;
    if (path.size() > 1)
        siblings = &sectionAt(sections, path.mid(0, path.size() - 1))->children;
    int ordinal = 0; // the annexes, after the signature, are not among the plan's own sections
    for (int row = 0; row <= path.last(); ++row)
        ordinal += (*siblings)[size_t(row)].numbered && !isAnnex((*siblings)[size_t(row)], { row }) ? 1 : 0;
    const NumberingStyle style = headingStyleForDepth(styles, int(path.size()));
    if (style == NumberingStyle::Decimal)
        return decimalLabel(path.size() > 1 ? sectionNumber(sections, path.mid(0, path.size() - 1), styles) : QString(), ordinal);
    return numberLabel(style, ordinal);
}

bool isAnnex(const PlanSection& section, const SectionPath& path)
{
    return path.size() == 1 && section.binding == SectionBinding::Annex;
}

QString annexLabel(const std::vector<PlanSection>& sections, int row)
{
    int count = 0, ordinal = 0;
    for (int r = 0; r < int(sections.size()); ++r)
        if (isAnnex(sections[size_t(r)], { r })) {
            ++count;
            ordinal += r <= row ? 1 : 0;
        }
    // One annex is "Phụ lục"; several are numbered in Roman numerals (Decree 30, Annex I).
    const QString word = QStringLiteral("Phụ lục"); // document text: always Vietnamese
    return count > 1 ? word + QLatin1Char(' ') + numberLabel(NumberingStyle::Roman, ordinal).chopped(1) : word;
}

int countSections(const std::vector<PlanSection>& sections)
{
    int count = 0;
    for (const PlanSection& section : sections)
        count += 1 + countSections(section.children);
    return count;
}
