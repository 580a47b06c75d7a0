#include "core/storage/PersonRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/EnumCodes.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDate>

namespace {
// Gives lupdate and QCoreApplication the context "PersonRepository" for this file's strings.
struct PersonRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
};
int thisYear()
{
    return QDate::currentDate().year();
}
} // namespace

Result<std::vector<Person>> PersonRepository::all() const
{
    SqlQuery query(m_db,
        QStringLiteral(
            "SELECT id, full_name, unit_id, position, staff_category, gender, birth_year, is_sample, row_version "
            "FROM person ORDER BY unit_id, id"));
    if (Status s = query.exec(PersonRepositoryText::tr("đọc danh sách cán bộ")); !s)
        return s.error();
    std::vector<Person> people;
    while (query.next()) {
        Person person;
        person.id = query.value(0).toLongLong();
        person.fullName = query.value(1).toString();
        person.unitId = query.value(2).toLongLong();
        person.position = query.value(3).toString();
        person.staffCategory = enumFromCode(query.value(4).toString(), StaffCategory::CivilServant);
        person.gender = enumFromCode(query.value(5).toString(), Gender::Male);
        if (!query.value(6).isNull())
            person.birthYear = query.value(6).toInt();
        person.isSample = query.value(7).toBool();
        person.rowVersion = query.value(8).toLongLong();
        people.push_back(std::move(person));
    }
    return people;
}

Result<qint64> PersonRepository::add(const Person& person)
{
    if (Status s = validatePerson(person, thisYear()); !s)
        return s.error();
    return insertRow(m_db,
        QStringLiteral(
            "INSERT INTO person (full_name, unit_id, position, staff_category, gender, birth_year, is_sample) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        PersonRepositoryText::tr("thêm cán bộ"),
        { person.fullName.trimmed(), person.unitId, person.position.trimmed(), enumCode(person.staffCategory),
            enumCode(person.gender), nullable(person.birthYear), person.isSample });
}

Status PersonRepository::update(Person& person)
{
    if (Status s = validatePerson(person, thisYear()); !s)
        return s;
    Result<qint64> version = updateVersionedRow(m_db,
        { QStringLiteral("person"), person.id, person.rowVersion,
            PersonRepositoryText::tr("cán bộ «%1»").arg(person.fullName.trimmed()) },
        QStringLiteral(
            "full_name = ?, unit_id = ?, position = ?, staff_category = ?, gender = ?, birth_year = ?, is_sample = ?"),
        PersonRepositoryText::tr("sửa thông tin cán bộ"),
        { person.fullName.trimmed(), person.unitId, person.position.trimmed(), enumCode(person.staffCategory),
            enumCode(person.gender), nullable(person.birthYear), person.isSample });
    if (!version)
        return version.error();
    person.rowVersion = version.value();
    return {};
}

Status PersonRepository::remove(qint64 id)
{
    return writeRow(
        m_db, QStringLiteral("DELETE FROM person WHERE id = ?"), PersonRepositoryText::tr("xóa cán bộ"), { id });
}

Result<PersonRepository::SampleRemoval> PersonRepository::removeSampleData()
{
    // In use: named by a proposal (as nominee or as the proposing unit), a unit whose report was
    // received, anyone with a year of the annual cycle (rating, initiative, title, registration); and
    // a unit still holding a person after the samples went.
    const QString personInUse
        = QStringLiteral("(id IN (SELECT nominee_person_id FROM proposal WHERE nominee_person_id IS NOT NULL) "
                         "OR id IN (SELECT person_id FROM person_year) OR id IN (SELECT person_id FROM initiative) "
                         "OR id IN (SELECT person_id FROM conferred_title WHERE person_id IS NOT NULL) "
                         "OR id IN (SELECT person_id FROM registration WHERE person_id IS NOT NULL))");
    const QString unitInUse
        = QStringLiteral("(id IN (SELECT nominee_unit_id FROM proposal WHERE nominee_unit_id IS NOT NULL) "
                         "OR id IN (SELECT proposing_unit_id FROM proposal) "
                         "OR id IN (SELECT unit_id FROM unit_report WHERE received_on IS NOT NULL) "
                         "OR id IN (SELECT unit_id FROM person) OR id IN (SELECT unit_id FROM person_year) "
                         "OR id IN (SELECT unit_id FROM unit_year) "
                         "OR id IN (SELECT unit_id FROM conferred_title WHERE unit_id IS NOT NULL) "
                         "OR id IN (SELECT unit_id FROM registration WHERE unit_id IS NOT NULL))");
    SampleRemoval result;
    Status s = m_db.transact([&]() -> Status {
        for (const QString& sql :
            { QStringLiteral("DELETE FROM person WHERE is_sample = 1 AND NOT %1").arg(personInUse),
                QStringLiteral("DELETE FROM unit WHERE is_sample = 1 AND NOT %1").arg(unitInUse) }) {
            SqlQuery query(m_db, sql);
            if (Status done = query.exec(PersonRepositoryText::tr("xóa dữ liệu mẫu")); !done)
                return done;
            result.removed += query.rowsAffected();
        }
        SqlQuery left(m_db,
            QStringLiteral("SELECT (SELECT count(*) FROM person WHERE is_sample = 1) + (SELECT count(*) FROM unit "
                           "WHERE is_sample = 1)"));
        if (Status done = left.exec(PersonRepositoryText::tr("đếm dữ liệu mẫu còn lại")); !done)
            return done;
        result.kept = left.next() ? left.value(0).toInt() : 0;
        return {};
    });
    if (!s)
        return s.error();
    return result;
}
