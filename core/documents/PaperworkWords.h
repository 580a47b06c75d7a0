#pragma once
// The words the nomination paperwork shares between its builders (Paperwork.cpp) and
// its loading (PaperworkLoad.cpp): who decides, the award forms grouped, the year-end review's
// names for titles, the agency's wording placeholders. Internal to core/documents.

#include "core/documents/Paperwork.h"

#include <map>
#include <utility>
#include <vector>

namespace Paperwork::detail {

// Document words are Vietnamese literals, whatever the interface language.
QString agencyInSentence(const Agency& agency);
bool decidedWithin(const Input& input); // the Director's own awards
QString addressee(const Input& input); // who decides: "Giám đốc Sở …", "Chủ tịch UBND tỉnh"
// Award forms in the order of their level (highest first), each with its nominations.
std::vector<std::pair<AwardForm, std::vector<const Nomination*>>> byForm(const Input& input);
int countOf(const std::vector<const Nomination*>& nominations, Nominee::Kind kind);
// The year-end review's words: a title is named as one ("danh hiệu “Lao động tiên tiến”"), an
// award form by its name.
bool isReview(const Input& input);
QString honourOf(const Nomination& n);
// "danh hiệu thi đua năm 2026", or "danh hiệu thi đua và hình thức khen thưởng năm 2026" when an
// award form (Bằng khen) is among them; one kind alone by its own name.
QString honoursOf(const Input& input);
QString upperFirst(QString text);
// The placeholders of the agency's wording, filled for this paperwork.
std::map<QString, QString> wordingValues(const Input& input);

} // namespace Paperwork::detail
