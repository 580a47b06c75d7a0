#pragma once
// Vietnamese names of the domain's enumerations, as the clerk reads them.

#include "core/domain/Assessment.h"
#include "core/domain/AwardForm.h"
#include "core/domain/Campaign.h"
#include "core/domain/Person.h"
#include "core/domain/Unit.h"

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
