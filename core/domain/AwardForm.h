#pragma once
// An award form (hình thức khen thưởng) as reference data: its level and who decides it.

#include <QString>

#include <optional>

enum class AwardLevel { State, Government, Province, Agency };
enum class NomineeKind { Unit, Person, Both };

struct AwardForm {
    qint64 id = 0;
    QString name; // "Bằng khen của Chủ tịch UBND tỉnh"
    AwardLevel level = AwardLevel::Agency;
    QString decidedBy; // "Chủ tịch UBND tỉnh"
    NomineeKind nominees = NomineeKind::Both;
    // Multiples of the base salary paid with it; empty: the decree's (AwardMoney).
    std::optional<double> bonusPerson;
    std::optional<double> bonusUnit;
};
