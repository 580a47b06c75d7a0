#include "core/storage/AwardFormRepository.h"

#include "core/storage/Database.h"
#include "core/storage/EnumCodes.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and QCoreApplication the context "AwardFormRepository" for this file's strings.
struct AwardFormRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(AwardFormRepository)
};
} // namespace

Result<std::vector<AwardForm>> AwardFormRepository::all() const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, name, level, decided_by, nominees, bonus_person, bonus_unit FROM award_form ORDER BY sort_order, id"));
    if (Status s = query.exec(AwardFormRepositoryText::tr("đọc danh mục hình thức khen thưởng")); !s)
        return s.error();
    std::vector<AwardForm> forms;
    auto multiple = [&](int column) { return query.value(column).isNull() ? std::nullopt : std::optional<double>(query.value(column).toDouble()); };
    while (query.next())
        forms.push_back({ query.value(0).toLongLong(), query.value(1).toString(),
            enumFromCode(query.value(2).toString(), AwardLevel::Agency), query.value(3).toString(),
            enumFromCode(query.value(4).toString(), NomineeKind::Both), multiple(5), multiple(6) });
    return forms;
}

Status AwardFormRepository::setMultiples(qint64 formId, std::optional<double> person, std::optional<double> unit)
{
    for (const std::optional<double>& value : { person, unit })
        if (value && (*value <= 0 || *value > 100))
            return Error { AwardFormRepositoryText::tr("Trường «Hệ số tiền thưởng»: phải lớn hơn 0 và không quá 100 lần mức lương cơ sở."), {} };
    return writeRow(m_db, QStringLiteral("UPDATE award_form SET bonus_person = ?, bonus_unit = ? WHERE id = ?"),
        AwardFormRepositoryText::tr("lưu hệ số tiền thưởng"), { nullable(person), nullable(unit), formId });
}

Result<std::vector<BaseSalary>> AwardFormRepository::baseSalaries() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT effective_from, amount FROM base_salary ORDER BY effective_from"));
    if (Status s = query.exec(AwardFormRepositoryText::tr("đọc mức lương cơ sở")); !s)
        return s.error();
    std::vector<BaseSalary> salaries;
    while (query.next())
        salaries.push_back({ QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toLongLong() });
    return salaries;
}

Status AwardFormRepository::saveBaseSalary(const BaseSalary& salary)
{
    if (!salary.effectiveFrom.isValid())
        return Error { AwardFormRepositoryText::tr("Trường «Áp dụng từ ngày»: chưa có ngày hợp lệ."), {} };
    if (salary.amount <= 0 || salary.amount >= 1000000000)
        return Error { AwardFormRepositoryText::tr("Trường «Mức lương cơ sở»: phải là số đồng lớn hơn 0."), {} };
    return writeRow(m_db,
        QStringLiteral("INSERT INTO base_salary (effective_from, amount) VALUES (?, ?) "
                       "ON CONFLICT (effective_from) DO UPDATE SET amount = excluded.amount"),
        AwardFormRepositoryText::tr("lưu mức lương cơ sở"), { salary.effectiveFrom.toString(Qt::ISODate), salary.amount });
}

Status AwardFormRepository::removeBaseSalary(QDate effectiveFrom)
{
    return writeRow(m_db, QStringLiteral("DELETE FROM base_salary WHERE effective_from = ?"),
        AwardFormRepositoryText::tr("xóa mức lương cơ sở"), { effectiveFrom.toString(Qt::ISODate) });
}

Result<qint64> AwardFormRepository::add(const AwardForm& form)
{
    if (form.name.trimmed().isEmpty())
        return Error { AwardFormRepositoryText::tr("Trường «Tên hình thức khen thưởng»: không được để trống."), {} };
    return insertRow(m_db,
        QStringLiteral("INSERT INTO award_form (name, level, decided_by, nominees, sort_order) "
                       "VALUES (?, ?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM award_form))"),
        AwardFormRepositoryText::tr("thêm hình thức khen thưởng"),
        { form.name.trimmed(), enumCode(form.level), form.decidedBy.trimmed(), enumCode(form.nominees) });
}
