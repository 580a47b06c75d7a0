#pragma once
// The agency the benchmarks measure: `units` divisions and `people` people spread over them
// ("Nguyễn Thị Thử 1" …), every row through the repositories, in one transaction.

#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"

#include <vector>

inline Status fillUnitsAndPeople(Database& db, int units, int people)
{
    return db.transact([&]() -> Status {
        std::vector<qint64> unitIds;
        for (int i = 0; i < units; ++i) {
            Result<qint64> id = UnitRepository(db).add({ 0, QStringLiteral("Đơn vị thử nghiệm số %1").arg(i + 1), QStringLiteral("DV%1").arg(i + 1),
                UnitKind::Division, false });
            if (!id)
                return id.error();
            unitIds.push_back(id.value());
        }
        for (int i = 0; i < people; ++i) {
            Person p;
            p.fullName = QStringLiteral("Nguyễn Thị Thử %1").arg(i + 1);
            p.unitId = unitIds[size_t(i % units)];
            p.position = QStringLiteral("Chuyên viên");
            p.gender = i % 2 ? Gender::Female : Gender::Male;
            p.birthYear = 1960 + i % 40;
            if (Result<qint64> id = PersonRepository(db).add(p); !id)
                return id.error();
        }
        return {};
    });
}
