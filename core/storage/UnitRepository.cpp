#include "core/storage/UnitRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/EnumCodes.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and QCoreApplication the context "UnitRepository" for this file's strings.
struct UnitRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)
};
} // namespace

Result<std::vector<Unit>> UnitRepository::all() const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, name, code, kind, is_sample, row_version FROM unit ORDER BY "
                       "CASE kind WHEN 'office' THEN 0 WHEN 'inspectorate' THEN 1 WHEN 'division' THEN 2 ELSE 3 END, "
                       "name"));
    if (Status s = query.exec(UnitRepositoryText::tr("đọc danh sách đơn vị")); !s)
        return s.error();
    std::vector<Unit> units;
    while (query.next())
        units.push_back({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            enumFromCode(query.value(3).toString(), UnitKind::Division), query.value(4).toBool(),
            query.value(5).toLongLong() });
    return units;
}

Status UnitRepository::checkUnique(const Unit& unit) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT name, code FROM unit WHERE id <> ?"));
    if (Status s = query.exec(UnitRepositoryText::tr("kiểm tra trùng tên đơn vị"), { unit.id }); !s)
        return s;
    while (query.next()) {
        if (query.value(0).toString().compare(unit.name.trimmed(), Qt::CaseInsensitive) == 0)
            return Error { UnitRepositoryText::tr("Trường «Tên đơn vị»: đã có đơn vị «%1».").arg(query.value(0).toString()), {} };
        if (query.value(1).toString().compare(unit.code.trimmed(), Qt::CaseInsensitive) == 0)
            return Error { UnitRepositoryText::tr("Trường «Mã đơn vị»: mã «%1» đã được dùng cho đơn vị khác.").arg(unit.code.trimmed()),
                {} };
    }
    return {};
}

Result<qint64> UnitRepository::add(const Unit& unit)
{
    if (Status s = validateUnit(unit); !s)
        return s.error();
    if (Status s = checkUnique(unit); !s)
        return s.error();
    return insertRow(m_db, QStringLiteral("INSERT INTO unit (name, code, kind, is_sample) VALUES (?, ?, ?, ?)"),
        UnitRepositoryText::tr("thêm đơn vị"), { unit.name.trimmed(), unit.code.trimmed(), enumCode(unit.kind), unit.isSample });
}

Status UnitRepository::update(Unit& unit)
{
    if (Status s = validateUnit(unit); !s)
        return s;
    if (Status s = checkUnique(unit); !s)
        return s;
    Result<qint64> version = updateVersionedRow(m_db,
        { QStringLiteral("unit"), unit.id, unit.rowVersion, UnitRepositoryText::tr("đơn vị «%1»").arg(unit.name.trimmed()) },
        QStringLiteral("name = ?, code = ?, kind = ?, is_sample = ?"), UnitRepositoryText::tr("sửa đơn vị"),
        { unit.name.trimmed(), unit.code.trimmed(), enumCode(unit.kind), unit.isSample });
    if (!version)
        return version.error();
    unit.rowVersion = version.value();
    return {};
}

Status UnitRepository::remove(qint64 id)
{
    SqlQuery count(m_db, QStringLiteral("SELECT count(*) FROM person WHERE unit_id = ?"));
    if (Status s = count.exec(UnitRepositoryText::tr("kiểm tra cán bộ của đơn vị"), { id }); !s)
        return s;
    if (count.next() && count.value(0).toInt() > 0)
        return Error { UnitRepositoryText::tr("Không thể xóa đơn vị: còn %1 cán bộ thuộc đơn vị này. Hãy chuyển hoặc xóa họ trước.")
                           .arg(count.value(0).toInt()),
            {} };
    return writeRow(m_db, QStringLiteral("DELETE FROM unit WHERE id = ?"), UnitRepositoryText::tr("xóa đơn vị"), { id });
}
