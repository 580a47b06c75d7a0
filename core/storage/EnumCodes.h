#pragma once
// The stable text codes under which enumerations are stored ("office", "civil_servant"…), so a
// technician reading the file with sqlite3 understands it and reordering an enum breaks nothing.

#include "core/domain/AnnualTitle.h"
#include "core/domain/Assessment.h"
#include "core/domain/EvaluationPeriod.h"
#include "core/domain/AwardForm.h"
#include "core/domain/Campaign.h"
#include "core/domain/Person.h"
#include "core/domain/PlanOutline.h"
#include "core/domain/Proposal.h"
#include "core/domain/Unit.h"
#include "core/domain/YearRecord.h"

#include <QString>

#include <array>
#include <utility>

template <typename E> struct EnumCodeTable;

#define THIDUA_ENUM_CODES(Enum, ...)                                                                                   \
    template <> struct EnumCodeTable<Enum> {                                                                           \
        static constexpr std::pair<Enum, const char*> entries[] = { __VA_ARGS__ };                                     \
    };

THIDUA_ENUM_CODES(UnitKind, { UnitKind::Office, "office" }, { UnitKind::Inspectorate, "inspectorate" },
    { UnitKind::Division, "division" }, { UnitKind::PublicService, "public_service" })
THIDUA_ENUM_CODES(StaffCategory, { StaffCategory::CivilServant, "civil_servant" },
    { StaffCategory::PublicEmployee, "public_employee" }, { StaffCategory::Worker, "worker" })
THIDUA_ENUM_CODES(Gender, { Gender::Male, "male" }, { Gender::Female, "female" })
THIDUA_ENUM_CODES(AwardLevel, { AwardLevel::State, "state" }, { AwardLevel::Government, "government" },
    { AwardLevel::Province, "province" }, { AwardLevel::Agency, "agency" })
THIDUA_ENUM_CODES(NomineeKind, { NomineeKind::Unit, "unit" }, { NomineeKind::Person, "person" },
    { NomineeKind::Both, "both" })
THIDUA_ENUM_CODES(CouncilBase, { CouncilBase::Present, "present" }, { CouncilBase::Members, "members" })
THIDUA_ENUM_CODES(CampaignKind, { CampaignKind::Periodic, "periodic" }, { CampaignKind::Regular, "regular" })
THIDUA_ENUM_CODES(NumberingStyle, { NumberingStyle::None, "none" }, { NumberingStyle::Roman, "roman" },
    { NumberingStyle::Arabic, "arabic" }, { NumberingStyle::Alpha, "alpha" }, { NumberingStyle::Dash, "dash" },
    { NumberingStyle::Plus, "plus" }, { NumberingStyle::Decimal, "decimal" })
THIDUA_ENUM_CODES(SectionBinding, { SectionBinding::Text, "text" }, { SectionBinding::UnitCriteria, "unit_criteria" },
    { SectionBinding::IndividualCriteria, "individual_criteria" }, { SectionBinding::AwardForms, "award_forms" })
THIDUA_ENUM_CODES(BlockKind, { BlockKind::Paragraph, "paragraph" }, { BlockKind::Item, "item" },
    { BlockKind::Citation, "citation" })
THIDUA_ENUM_CODES(AssessmentState, { AssessmentState::Pending, "pending" }, { AssessmentState::Met, "met" },
    { AssessmentState::NotMet, "not_met" })
THIDUA_ENUM_CODES(ProposalState, { ProposalState::Draft, "draft" }, { ProposalState::Submitted, "submitted" },
    { ProposalState::Returned, "returned" }, { ProposalState::Reviewed, "reviewed" }, { ProposalState::Decided, "decided" },
    { ProposalState::Forwarded, "forwarded" }, { ProposalState::Awarded, "awarded" }, { ProposalState::Rejected, "rejected" })
THIDUA_ENUM_CODES(AnnualTitle, { AnnualTitle::AdvancedWorker, "advanced_worker" },
    { AnnualTitle::GrassrootsEmulationFighter, "grassroots_fighter" }, { AnnualTitle::ProvinceEmulationFighter, "province_fighter" },
    { AnnualTitle::NationalEmulationFighter, "national_fighter" }, { AnnualTitle::ProvinceMerit, "province_merit" },
    { AnnualTitle::AdvancedCollective, "advanced_collective" }, { AnnualTitle::ExcellentCollective, "excellent_collective" },
    { AnnualTitle::ProvinceFlag, "province_flag" }, { AnnualTitle::GovernmentFlag, "government_flag" })
THIDUA_ENUM_CODES(AnnualRule, { AnnualRule::ProvinceFighterConsecutiveGrassroots, "province_fighter_consecutive_grassroots" },
    { AnnualRule::NationalFighterConsecutiveProvince, "national_fighter_consecutive_province" },
    { AnnualRule::MeritConsecutiveGrassroots, "merit_consecutive_grassroots" },
    { AnnualRule::MeritExcellentYears, "merit_excellent_years" }, { AnnualRule::MeritInitiatives, "merit_initiatives" },
    { AnnualRule::AdvancedCollectiveAdvancedPercent, "advanced_collective_advanced_percent" },
    { AnnualRule::AdvancedCollectiveDisciplinedMembers, "advanced_collective_disciplined_members" },
    { AnnualRule::ExcellentCollectiveCompletedPercent, "excellent_collective_completed_percent" },
    { AnnualRule::ExcellentCollectiveAdvancedPercent, "excellent_collective_advanced_percent" },
    { AnnualRule::ExcellentCollectiveGrassrootsFighters, "excellent_collective_grassroots_fighters" })
THIDUA_ENUM_CODES(TaskRating, { TaskRating::Excellent, "excellent" }, { TaskRating::Good, "good" },
    { TaskRating::Completed, "completed" }, { TaskRating::NotCompleted, "not_completed" })
THIDUA_ENUM_CODES(Discipline, { Discipline::None, "none" }, { Discipline::Reprimand, "reprimand" },
    { Discipline::Warning, "warning" }, { Discipline::Severe, "severe" })
THIDUA_ENUM_CODES(InitiativeKind, { InitiativeKind::Initiative, "initiative" }, { InitiativeKind::Research, "research" })
THIDUA_ENUM_CODES(InitiativeScope, { InitiativeScope::Grassroots, "grassroots" }, { InitiativeScope::Province, "province" },
    { InitiativeScope::National, "national" })
THIDUA_ENUM_CODES(PeriodKind, { PeriodKind::CalendarYear, "calendar" }, { PeriodKind::SchoolYear, "school" })

#undef THIDUA_ENUM_CODES

template <typename E> QString enumCode(E value)
{
    for (const auto& [entry, code] : EnumCodeTable<E>::entries)
        if (entry == value)
            return QLatin1String(code);
    return {};
}

// The enumerator stored under code; nullopt for a code this version does not know.
template <typename E> std::optional<E> enumFromCode(const QString& code)
{
    for (const auto& [entry, text] : EnumCodeTable<E>::entries)
        if (code == QLatin1String(text))
            return entry;
    return std::nullopt;
}

template <typename E> E enumFromCode(const QString& code, E fallback)
{
    return enumFromCode<E>(code).value_or(fallback);
}
