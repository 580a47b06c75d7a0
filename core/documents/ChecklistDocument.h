#pragma once
// "Phiếu đánh giá tiêu chí thi đua" of one unit: the unit against the unit criteria, and each of
// its people against the individual criteria, as the office concluded, with the unit's own view.

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"
#include "core/domain/Agency.h"
#include "core/domain/Assessment.h"
#include "core/domain/Campaign.h"
#include "core/domain/Person.h"
#include "core/domain/Unit.h"

#include <vector>

class Database;

namespace ChecklistDocument {

struct Input {
    Agency agency;
    Campaign campaign;
    Unit unit;
    std::vector<PlanBlock> unitCriteria;
    std::vector<PlanBlock> personCriteria;
    std::vector<Person> people; // of the unit
    std::vector<Assessment> assessments; // of the campaign
    int year = 0; // the year the form is dated (the day it is printed)
};

doc::Document build(const Input& input);
Result<doc::Document> load(Database& database, qint64 campaignId, qint64 unitId);
QString suggestedFileName(const Unit& unit, int year, bool docx); // "Phieu-danh-gia-VP-2025.docx"

} // namespace ChecklistDocument
