#pragma once
// Vietnamese names of the domain's enumerations, as the clerk reads them.

#include "core/domain/AnnualTitle.h"
#include "core/domain/Assessment.h"
#include "core/domain/AwardForm.h"
#include "core/domain/Campaign.h"
#include "core/domain/Person.h"
#include "core/domain/Unit.h"
#include "core/domain/YearRecord.h"

#include <QString>

QString unitKindLabel(UnitKind kind);
QString staffCategoryLabel(StaffCategory category);
QString genderLabel(Gender gender);
QString assessmentStateLabel(AssessmentState state); // "Đạt", "Chưa đạt", "Chưa đánh giá"
QString awardLevelLabel(AwardLevel level);
QString campaignKindLabel(CampaignKind kind);
QString numberingStyleLabel(NumberingStyle style);
QString sectionBindingLabel(SectionBinding binding);
QString blockKindLabel(BlockKind kind);

// The annual cycle's words.
QString annualTitleLabel(AnnualTitle title); // "Lao động tiên tiến": the Law's name
QString annualTitleAbbreviation(AnnualTitle title); // "LĐTT"
QString annualRuleLabel(AnnualRule rule); // "Số năm liên tục đạt Chiến sĩ thi đua cơ sở (xét CSTĐ cấp tỉnh)"
QString taskRatingLabel(TaskRating rating); // "Hoàn thành xuất sắc nhiệm vụ"
QString taskRatingAbbreviation(TaskRating rating); // "HTXSNV"
QString disciplineLabel(Discipline discipline); // "Cảnh cáo"
QString initiativeKindLabel(InitiativeKind kind); // "Sáng kiến"
QString initiativeScopeLabel(InitiativeScope scope); // "Cấp tỉnh"
