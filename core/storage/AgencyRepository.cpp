#include "core/storage/AgencyRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and QCoreApplication the context "AgencyRepository" for this file's strings.
struct AgencyRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(AgencyRepository)
};
} // namespace

Result<Agency> AgencyRepository::load() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT parent_authority, name, abbreviation, place_name, name_in_text FROM agency"));
    if (Status s = query.exec(AgencyRepositoryText::tr("đọc thông tin cơ quan")); !s)
        return s.error();
    Agency agency;
    if (query.next())
        agency = Agency { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString() };
    return agency;
}

Status AgencyRepository::save(const Agency& agency)
{
    if (Status s = validateAgency(agency); !s)
        return s;
    return writeRow(m_db,
        QStringLiteral("INSERT INTO agency (id, parent_authority, name, abbreviation, place_name, name_in_text) "
                       "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "parent_authority = excluded.parent_authority, name = excluded.name, "
                       "abbreviation = excluded.abbreviation, place_name = excluded.place_name, "
                       "name_in_text = excluded.name_in_text"),
        AgencyRepositoryText::tr("lưu thông tin cơ quan"),
        { agency.parentAuthority.trimmed(), agency.name.trimmed(), agency.abbreviation.trimmed(),
            agency.placeName.trimmed(), agency.nameInText.trimmed() });
}

Result<std::vector<Signer>> AgencyRepository::signers() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, full_name, position, signing_prefix FROM signer ORDER BY id"));
    if (Status s = query.exec(AgencyRepositoryText::tr("đọc danh sách người ký")); !s)
        return s.error();
    std::vector<Signer> out;
    while (query.next())
        out.push_back({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString() });
    return out;
}

Result<qint64> AgencyRepository::addSigner(const Signer& signer)
{
    if (Status s = validateSigner(signer); !s)
        return s.error();
    return insertRow(m_db, QStringLiteral("INSERT INTO signer (full_name, position, signing_prefix) VALUES (?, ?, ?)"),
        AgencyRepositoryText::tr("thêm người ký"), { signer.fullName.trimmed(), signer.position.trimmed(), signer.signingPrefix.trimmed() });
}

Status AgencyRepository::updateSigner(const Signer& signer)
{
    if (Status s = validateSigner(signer); !s)
        return s;
    return writeRow(m_db, QStringLiteral("UPDATE signer SET full_name = ?, position = ?, signing_prefix = ? WHERE id = ?"),
        AgencyRepositoryText::tr("sửa người ký"),
        { signer.fullName.trimmed(), signer.position.trimmed(), signer.signingPrefix.trimmed(), signer.id });
}

Status AgencyRepository::removeSigner(qint64 id)
{
    return writeRow(m_db, QStringLiteral("DELETE FROM signer WHERE id = ?"), AgencyRepositoryText::tr("xóa người ký"), { id });
}
