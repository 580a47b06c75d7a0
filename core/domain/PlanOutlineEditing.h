#pragma once
// Pure operations on a plan outline, addressed by paths of row numbers from the top level.
// The plan editor runs every change through these so that they can be tested without widgets.

#include "core/domain/PlanOutline.h"

#include <QList>
#include <QString>

#include <optional>

using SectionPath = QList<int>;

const PlanSection* sectionAt(const std::vector<PlanSection>& sections, const SectionPath& path);
PlanSection* sectionAt(std::vector<PlanSection>& sections, const SectionPath& path);

// Inserts as child row `row` of parentPath (empty path: top level); returns the new path.
std::optional<SectionPath> insertSection(
    std::vector<PlanSection>& sections, const SectionPath& parentPath, int row, PlanSection section);
bool removeSection(std::vector<PlanSection>& sections, const SectionPath& path);
// Swaps with the previous (delta -1) or next (+1) sibling.
std::optional<SectionPath> moveSection(std::vector<PlanSection>& sections, const SectionPath& path, int delta);
// Becomes the last child of its previous sibling.
std::optional<SectionPath> indentSection(std::vector<PlanSection>& sections, const SectionPath& path);
// Becomes the sibling right after its parent.
std::optional<SectionPath> outdentSection(std::vector<PlanSection>& sections, const SectionPath& path);

// The number a section carries in the document ("III.", "1.", "a)"), empty when unnumbered.
QString sectionNumber(const std::vector<PlanSection>& sections, const SectionPath& path, const HeadingStyles& styles);
// An annex is a top-level section bound as one; its label is "Phụ lục", or "Phụ lục II" among several.
bool isAnnex(const PlanSection& section, const SectionPath& path);
QString annexLabel(const std::vector<PlanSection>& sections, int row);
NumberingStyle headingStyleForDepth(const HeadingStyles& styles, int depth); // depth 1 = top level

int countSections(const std::vector<PlanSection>& sections); // all levels
