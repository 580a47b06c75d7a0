#pragma once
// A member of staff (công chức, viên chức, người lao động) belonging to one unit.

#include <QString>

#include <optional>

enum class StaffCategory { CivilServant, PublicEmployee, Worker };
enum class Gender { Male, Female };

struct Person {
    qint64 id = 0;
    QString fullName;
    qint64 unitId = 0;
    QString position; // "Trưởng phòng", "Chuyên viên"…
    StaffCategory staffCategory = StaffCategory::CivilServant;
    Gender gender = Gender::Male;
    std::optional<int> birthYear;
    bool isSample = false;
    qint64 rowVersion = 0; // the stored row's version when read: a save based on an older one is refused

    friend bool operator==(const Person&, const Person&) = default;
};
