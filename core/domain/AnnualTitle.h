#pragma once
// The annual emulation's titles (danh hiệu thi đua hằng năm) and the annual awards reviewed with
// them, as a catalogue the agency keeps: who confers each, its bonus multiple, its legal basis and
// the dates it applies between. The numbers in the titles' standards are rule values
// (AnnualRuleValue), each with its own basis and dates, so a new decree is a new row, not a new build.

#include "core/domain/Assessment.h"

#include <QDate>
#include <QString>

#include <optional>

// The titles the rules know. The catalogue may rename them; the rules follow the enumerator.
enum class AnnualTitle {
    AdvancedWorker, // Lao động tiên tiến (LĐTT)
    GrassrootsEmulationFighter, // Chiến sĩ thi đua cơ sở (CSTĐCS)
    ProvinceEmulationFighter, // Chiến sĩ thi đua cấp tỉnh
    NationalEmulationFighter, // Chiến sĩ thi đua toàn quốc
    ProvinceMerit, // Bằng khen của Chủ tịch UBND tỉnh (annual route of the Law's Art. 74)
    AdvancedCollective, // Tập thể lao động tiên tiến (TTLĐTT)
    ExcellentCollective, // Tập thể lao động xuất sắc (TTLĐXS)
    ProvinceFlag, // Cờ thi đua của UBND tỉnh
    GovernmentFlag, // Cờ thi đua của Chính phủ
};
inline constexpr AnnualTitle AllAnnualTitles[] = { AnnualTitle::AdvancedWorker, AnnualTitle::GrassrootsEmulationFighter,
    AnnualTitle::ProvinceEmulationFighter, AnnualTitle::NationalEmulationFighter, AnnualTitle::ProvinceMerit,
    AnnualTitle::AdvancedCollective, AnnualTitle::ExcellentCollective, AnnualTitle::ProvinceFlag, AnnualTitle::GovernmentFlag };

// Individual titles go to people, the others to units.
Nominee::Kind annualTitleSubject(AnnualTitle title);

struct AnnualTitleDefinition {
    AnnualTitle title = AnnualTitle::AdvancedWorker;
    QString name; // "Lao động tiên tiến"
    QString abbreviation; // "LĐTT", in narrow columns
    QString conferredBy; // "Giám đốc Sở", "Chủ tịch UBND tỉnh", "Thủ tướng Chính phủ"
    bool conferredByAgency = false; // the agency's head decides (else: proposed upward)
    double bonusMultiple = 0; // of the base salary
    QString legalBasis; // "Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 24"
    QDate validFrom;
    std::optional<QDate> validTo;
    int sortOrder = 0;
};

// The numbers in the titles' standards.
enum class AnnualRule {
    ProvinceFighterConsecutiveGrassroots, // CSTĐ cấp tỉnh: 3 lần liên tục CSTĐCS
    NationalFighterConsecutiveProvince, // CSTĐ toàn quốc: 2 lần liên tục CSTĐ cấp tỉnh
    MeritConsecutiveGrassroots, // Bằng khen: 2 lần liên tục CSTĐCS
    MeritExcellentYears, // … or 2 năm liên tục hoàn thành xuất sắc nhiệm vụ
    MeritInitiatives, // … with 2 sáng kiến / đề tài in those years
    AdvancedCollectiveAdvancedPercent, // TTLĐTT: more than this share of members LĐTT
    AdvancedCollectiveDisciplinedMembers, // TTLĐTT: at most this many members disciplined (cảnh cáo or worse)
    ExcellentCollectiveCompletedPercent, // TTLĐXS: this share of members completing their tasks
    ExcellentCollectiveAdvancedPercent, // TTLĐXS: at least this share LĐTT
    ExcellentCollectiveGrassrootsFighters, // TTLĐXS: at least this many CSTĐCS
};
inline constexpr AnnualRule AllAnnualRules[] = { AnnualRule::ProvinceFighterConsecutiveGrassroots,
    AnnualRule::NationalFighterConsecutiveProvince, AnnualRule::MeritConsecutiveGrassroots, AnnualRule::MeritExcellentYears,
    AnnualRule::MeritInitiatives, AnnualRule::AdvancedCollectiveAdvancedPercent,
    AnnualRule::AdvancedCollectiveDisciplinedMembers, AnnualRule::ExcellentCollectiveCompletedPercent,
    AnnualRule::ExcellentCollectiveAdvancedPercent, AnnualRule::ExcellentCollectiveGrassrootsFighters };

// One value of a rule, with the text it comes from and the days it applies between.
struct AnnualRuleValue {
    AnnualRule rule = AnnualRule::MeritConsecutiveGrassroots;
    double value = 0;
    QString legalBasis;
    QDate validFrom;
    std::optional<QDate> validTo;

    bool appliesOn(QDate day) const { return validFrom <= day && (!validTo || day <= *validTo); }
};
