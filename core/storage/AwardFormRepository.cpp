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
    SqlQuery query(m_db, QStringLiteral("SELECT id, name, level, decided_by, nominees FROM award_form ORDER BY sort_order, id"));
    if (Status s = query.exec(AwardFormRepositoryText::tr("đọc danh mục hình thức khen thưởng")); !s)
        return s.error();
    std::vector<AwardForm> forms;
    while (query.next())
        forms.push_back({ query.value(0).toLongLong(), query.value(1).toString(),
            enumFromCode(query.value(2).toString(), AwardLevel::Agency), query.value(3).toString(),
            enumFromCode(query.value(4).toString(), NomineeKind::Both) });
    return forms;
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
