#pragma once
// One cell of a criteria checklist: how a unit or a person stands against one criterion of a
// campaign. The unit's self-assessment and the office's conclusion are kept apart; the
// conclusion is what counts.

#include <QString>

enum class AssessmentState { Pending, Met, NotMet }; // chưa đánh giá / đạt / chưa đạt

// Who is assessed or proposed: a unit or a person.
struct Nominee {
    enum class Kind { Unit, Person };
    Kind kind = Kind::Person;
    qint64 id = 0;

    friend bool operator==(const Nominee&, const Nominee&) = default;
};

struct Assessment {
    qint64 id = 0;
    qint64 criterionId = 0;
    Nominee nominee;
    AssessmentState selfAssessment = AssessmentState::Pending;
    AssessmentState conclusion = AssessmentState::Pending;
    QString note;
    QString evidence; // a document number or a file path
};
