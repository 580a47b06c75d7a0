#pragma once
// A three-year annual season (2024–2026) written through the repositories, as a clerk would enter
// it: three units, seventeen people with their ratings, initiatives and earlier titles. Each
// person is there for one standard; tests/core/test_annual_rules.cpp lists what each is due.

#include "core/storage/Database.h"

#include <QHash>
#include <QString>

struct AnnualSeason {
    static constexpr int Year = 2026;
    qint64 science = 0; // Phòng Quản lý khoa học: ten members, not all rated
    qint64 office = 0; // Văn phòng: four members, all good, leads its cluster
    qint64 inspectorate = 0; // Thanh tra: one member with a warning
    QHash<QString, qint64> people; // by given name: "An", "Bình"…
    QHash<qint64, QString> names; // by id: full names

    qint64 operator[](const QString& givenName) const { return people.value(givenName); }
};

// Builds the season in db (which must hold no units yet); fails the running test on any error.
AnnualSeason buildAnnualSeason(Database& db);

// Adds to the season what its 2026 statistics count: four award forms (province, State, Government,
// the agency's), a theme campaign of March–October 2026 whose proposals went on to the province
// (Bằng khen to the Office and to An, Bình's still forwarded), the Government (Bằng khen to Phòng
// Quản lý khoa học) and the State (a Huân chương to Oanh, made Chánh Văn phòng), one Giấy khen of the
// agency to Chi; a campaign of 2025 without awards; and the titles the province conferred for 2026
// (CSTĐ cấp tỉnh to An, Bằng khen to Khánh, Cờ thi đua and TTLĐXS to the Office).
void addReportingYear(Database& db, const AnnualSeason& season);
