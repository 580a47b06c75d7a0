#pragma once
// An award form (hình thức khen thưởng) as reference data: its level and who decides it.

#include <QString>

enum class AwardLevel { State, Government, Province, Agency };
enum class NomineeKind { Unit, Person, Both };

struct AwardForm {
    qint64 id = 0;
    QString name; // "Bằng khen của Chủ tịch UBND tỉnh"
    AwardLevel level = AwardLevel::Agency;
    QString decidedBy; // "Chủ tịch UBND tỉnh"
    NomineeKind nominees = NomineeKind::Both;
};
