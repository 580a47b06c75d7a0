#pragma once
// What the annual cycle records for a period: each person's year (task rating, discipline), each
// unit's year, initiatives and research, the titles conferred, and what was registered at the
// start of the year. A "year" is the evaluation period's number (EvaluationPeriod).

#include "core/domain/AnnualTitle.h"
#include "core/domain/Assessment.h"

#include <QDate>
#include <QString>

#include <optional>

// Xếp loại chất lượng: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ.
enum class TaskRating { Excellent, Good, Completed, NotCompleted };
// Kỷ luật in the period: none, khiển trách, cảnh cáo, or heavier (hạ bậc lương, cách chức…).
enum class Discipline { None, Reprimand, Warning, Severe };

struct PersonYear {
    qint64 personId = 0;
    int year = 0;
    qint64 unitId = 0; // the unit the person worked in that year (people move between units)
    std::optional<TaskRating> rating; // none: not rated yet
    Discipline discipline = Discipline::None;
    // Under disciplinary review, investigation, inspection or an open complaint: no title meanwhile.
    bool underReview = false;
    QString note;

    friend bool operator==(const PersonYear&, const PersonYear&) = default;
};

struct UnitYear {
    qint64 unitId = 0;
    int year = 0;
    std::optional<TaskRating> rating;
    bool leadsCluster = false; // dẫn đầu cụm, khối thi đua
    QString note;

    friend bool operator==(const UnitYear&, const UnitYear&) = default;
};

enum class InitiativeKind { Initiative, Research }; // sáng kiến; đề tài, đề án, công trình KH&CN
enum class InitiativeScope { Grassroots, Province, National }; // phạm vi ảnh hưởng: cơ sở, tỉnh, toàn quốc

struct Initiative {
    qint64 id = 0;
    qint64 personId = 0;
    int year = 0; // the period in which it was recognised (công nhận / nghiệm thu)
    InitiativeKind kind = InitiativeKind::Initiative;
    QString title;
    InitiativeScope scope = InitiativeScope::Grassroots;
    QString recognisedBy; // "Hội đồng sáng kiến Sở Khoa học và Công nghệ"
    QString reference; // the recognising document: "Quyết định số 45/QĐ-SKHCN ngày 10/11/2025"

    friend bool operator==(const Initiative&, const Initiative&) = default;
};

// A title a unit or person holds for a year: from the agency's own decision or typed in from
// earlier years' decisions (how the rules see the history).
struct ConferredTitle {
    qint64 id = 0;
    Nominee subject;
    int year = 0;
    AnnualTitle title = AnnualTitle::AdvancedWorker;
    QString decision; // "Quyết định số 12/QĐ-SKHCN ngày 15/01/2026"

    friend bool operator==(const ConferredTitle&, const ConferredTitle&) = default;
};

// Đăng ký thi đua: a title a unit or person aims for in a year.
struct Registration {
    Nominee subject;
    int year = 0;
    AnnualTitle title = AnnualTitle::AdvancedWorker;
    std::optional<QDate> registeredOn;

    friend bool operator==(const Registration&, const Registration&) = default;
};
