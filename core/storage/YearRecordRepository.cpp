#include "core/storage/YearRecordRepository.h"

#include "core/domain/Labels.h"
#include "core/storage/AnnualCatalogueRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EnumCodes.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and QCoreApplication the context "YearRecordRepository" for this file's strings.
struct YearRecordText {
    Q_DECLARE_TR_FUNCTIONS(YearRecordRepository)
};

constexpr int FirstYear = 1990;
constexpr int LastYear = 2200;

Status checkYear(int year)
{
    if (year < FirstYear || year > LastYear)
        return Error { YearRecordText::tr("Trường «Năm»: %1 không phải là năm hợp lệ (từ %2 đến %3).").arg(year).arg(FirstYear).arg(LastYear), {} };
    return {};
}

QVariant ratingCode(const std::optional<TaskRating>& rating) { return rating ? QVariant(enumCode(*rating)) : QVariant(); }
std::optional<TaskRating> ratingFrom(const QVariant& value)
{
    return value.isNull() ? std::nullopt : enumFromCode<TaskRating>(value.toString());
}

// A subject's two columns (unit_id, person_id): one of them set.
QVariantList subjectColumns(Nominee subject)
{
    return subject.kind == Nominee::Kind::Unit ? QVariantList { subject.id, QVariant() } : QVariantList { QVariant(), subject.id };
}
Nominee subjectFrom(const QVariant& unitId, const QVariant& personId)
{
    return unitId.isNull() ? Nominee { Nominee::Kind::Person, personId.toLongLong() } : Nominee { Nominee::Kind::Unit, unitId.toLongLong() };
}

QString yearFilter(std::optional<int> year) { return year ? QStringLiteral(" WHERE year = ?") : QString(); }
QVariantList yearValue(std::optional<int> year) { return year ? QVariantList { *year } : QVariantList {}; }

Status checkInitiative(const Initiative& initiative)
{
    if (Status s = checkYear(initiative.year); !s)
        return s;
    if (initiative.title.trimmed().isEmpty())
        return Error { YearRecordText::tr("Trường «Tên sáng kiến, đề tài»: không được để trống."), {} };
    if (initiative.personId <= 0)
        return Error { YearRecordText::tr("Trường «Tác giả»: hãy chọn người."), {} };
    return {};
}
} // namespace

Result<AnnualData> YearRecordRepository::load() const
{
    AnnualData data;
    AnnualCatalogueRepository catalogue(m_db);
    auto period = catalogue.period();
    if (!period)
        return period.error();
    data.period = period.value();
    auto titles = catalogue.titles();
    if (!titles)
        return titles.error();
    data.titles = std::move(titles.value());
    auto rules = catalogue.ruleValues();
    if (!rules)
        return rules.error();
    data.rules = std::move(rules.value());
    auto people = PersonRepository(m_db).all();
    if (!people)
        return people.error();
    data.people = std::move(people.value());
    auto personYears = this->personYears();
    if (!personYears)
        return personYears.error();
    data.personYears = std::move(personYears.value());
    auto unitYears = this->unitYears();
    if (!unitYears)
        return unitYears.error();
    data.unitYears = std::move(unitYears.value());
    auto initiatives = this->initiatives();
    if (!initiatives)
        return initiatives.error();
    data.initiatives = std::move(initiatives.value());
    auto conferred = this->conferred();
    if (!conferred)
        return conferred.error();
    data.conferred = std::move(conferred.value());
    auto registrations = this->registrations();
    if (!registrations)
        return registrations.error();
    data.registrations = std::move(registrations.value());
    return data;
}

Result<std::vector<PersonYear>> YearRecordRepository::personYears(std::optional<int> year) const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT person_id, year, unit_id, rating, discipline, under_review, note FROM person_year") + yearFilter(year)
            + QStringLiteral(" ORDER BY year, person_id"));
    if (Status s = query.exec(YearRecordText::tr("đọc kết quả xếp loại cá nhân"), yearValue(year)); !s)
        return s.error();
    std::vector<PersonYear> records;
    while (query.next())
        records.push_back({ query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toLongLong(), ratingFrom(query.value(3)),
            enumFromCode(query.value(4).toString(), Discipline::None), query.value(5).toBool(), query.value(6).toString() });
    return records;
}

Status YearRecordRepository::savePersonYears(const std::vector<PersonYear>& records)
{
    for (const PersonYear& record : records) {
        if (Status s = checkYear(record.year); !s)
            return s;
        if (record.unitId <= 0)
            return Error { YearRecordText::tr("Trường «Đơn vị»: hãy chọn đơn vị công tác trong năm."), {} };
    }
    return m_db.transact([&]() -> Status {
        for (const PersonYear& r : records) {
            SqlQuery query(m_db,
                QStringLiteral("INSERT INTO person_year (person_id, year, unit_id, rating, discipline, under_review, note) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, year) DO UPDATE SET unit_id = excluded.unit_id, "
                               "rating = excluded.rating, discipline = excluded.discipline, under_review = excluded.under_review, "
                               "note = excluded.note"));
            if (Status s = query.exec(YearRecordText::tr("lưu kết quả xếp loại cá nhân"),
                    { r.personId, r.year, r.unitId, ratingCode(r.rating), enumCode(r.discipline), r.underReview ? 1 : 0, r.note.trimmed() });
                !s)
                return s;
        }
        return {};
    });
}

Status YearRecordRepository::removePersonYear(qint64 personId, int year)
{
    return writeRow(m_db, QStringLiteral("DELETE FROM person_year WHERE person_id = ? AND year = ?"),
        YearRecordText::tr("xóa kết quả xếp loại cá nhân"), { personId, year });
}

Result<std::vector<UnitYear>> YearRecordRepository::unitYears(std::optional<int> year) const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT unit_id, year, rating, leads_cluster, note FROM unit_year") + yearFilter(year) + QStringLiteral(" ORDER BY year, unit_id"));
    if (Status s = query.exec(YearRecordText::tr("đọc kết quả xếp loại tập thể"), yearValue(year)); !s)
        return s.error();
    std::vector<UnitYear> records;
    while (query.next())
        records.push_back({ query.value(0).toLongLong(), query.value(1).toInt(), ratingFrom(query.value(2)), query.value(3).toBool(),
            query.value(4).toString() });
    return records;
}

Status YearRecordRepository::saveUnitYears(const std::vector<UnitYear>& records)
{
    for (const UnitYear& record : records)
        if (Status s = checkYear(record.year); !s)
            return s;
    return m_db.transact([&]() -> Status {
        for (const UnitYear& r : records) {
            SqlQuery query(m_db,
                QStringLiteral("INSERT INTO unit_year (unit_id, year, rating, leads_cluster, note) VALUES (?, ?, ?, ?, ?) "
                               "ON CONFLICT (unit_id, year) DO UPDATE SET rating = excluded.rating, "
                               "leads_cluster = excluded.leads_cluster, note = excluded.note"));
            if (Status s = query.exec(YearRecordText::tr("lưu kết quả xếp loại tập thể"),
                    { r.unitId, r.year, ratingCode(r.rating), r.leadsCluster ? 1 : 0, r.note.trimmed() });
                !s)
                return s;
        }
        return {};
    });
}

Result<std::vector<Initiative>> YearRecordRepository::initiatives() const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, person_id, year, kind, title, scope, recognised_by, reference FROM initiative ORDER BY year, title, id"));
    if (Status s = query.exec(YearRecordText::tr("đọc sáng kiến, đề tài")); !s)
        return s.error();
    std::vector<Initiative> initiatives;
    while (query.next())
        initiatives.push_back({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
            enumFromCode(query.value(3).toString(), InitiativeKind::Initiative), query.value(4).toString(),
            enumFromCode(query.value(5).toString(), InitiativeScope::Grassroots), query.value(6).toString(), query.value(7).toString() });
    return initiatives;
}

Result<qint64> YearRecordRepository::addInitiative(const Initiative& i)
{
    if (Status s = checkInitiative(i); !s)
        return s.error();
    return insertRow(m_db,
        QStringLiteral("INSERT INTO initiative (person_id, year, kind, title, scope, recognised_by, reference) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        YearRecordText::tr("thêm sáng kiến, đề tài"),
        { i.personId, i.year, enumCode(i.kind), i.title.trimmed(), enumCode(i.scope), i.recognisedBy.trimmed(), i.reference.trimmed() });
}

Status YearRecordRepository::updateInitiative(const Initiative& i)
{
    if (Status s = checkInitiative(i); !s)
        return s;
    return writeRow(m_db,
        QStringLiteral("UPDATE initiative SET person_id = ?, year = ?, kind = ?, title = ?, scope = ?, recognised_by = ?, reference = ? WHERE id = ?"),
        YearRecordText::tr("sửa sáng kiến, đề tài"),
        { i.personId, i.year, enumCode(i.kind), i.title.trimmed(), enumCode(i.scope), i.recognisedBy.trimmed(), i.reference.trimmed(), i.id });
}

Status YearRecordRepository::removeInitiative(qint64 id)
{
    return writeRow(m_db, QStringLiteral("DELETE FROM initiative WHERE id = ?"), YearRecordText::tr("xóa sáng kiến, đề tài"), { id });
}

Result<std::vector<ConferredTitle>> YearRecordRepository::conferred(std::optional<int> year) const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT id, unit_id, person_id, year, title, decision FROM conferred_title") + yearFilter(year)
            + QStringLiteral(" ORDER BY year, id"));
    if (Status s = query.exec(YearRecordText::tr("đọc danh hiệu đã được tặng"), yearValue(year)); !s)
        return s.error();
    std::vector<ConferredTitle> titles;
    while (query.next())
        if (const std::optional<AnnualTitle> title = enumFromCode<AnnualTitle>(query.value(4).toString()))
            titles.push_back({ query.value(0).toLongLong(), subjectFrom(query.value(1), query.value(2)), query.value(3).toInt(), *title,
                query.value(5).toString() });
    return titles;
}

Result<qint64> YearRecordRepository::addConferred(const ConferredTitle& title)
{
    if (Status s = checkYear(title.year); !s)
        return s.error();
    if (annualTitleSubject(title.title) != title.subject.kind)
        return Error { YearRecordText::tr("Trường «Danh hiệu»: danh hiệu này không tặng cho %1.")
                           .arg(title.subject.kind == Nominee::Kind::Unit ? YearRecordText::tr("tập thể") : YearRecordText::tr("cá nhân")),
            {} };
    QVariantList values = subjectColumns(title.subject);
    values << title.year << enumCode(title.title) << title.decision.trimmed();
    return insertRow(m_db, QStringLiteral("INSERT INTO conferred_title (unit_id, person_id, year, title, decision) VALUES (?, ?, ?, ?, ?)"),
        YearRecordText::tr("ghi danh hiệu đã được tặng"), values);
}

Status YearRecordRepository::removeConferred(qint64 id)
{
    return writeRow(m_db, QStringLiteral("DELETE FROM conferred_title WHERE id = ?"), YearRecordText::tr("xóa danh hiệu đã được tặng"), { id });
}

Result<std::vector<Registration>> YearRecordRepository::registrations(std::optional<int> year) const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT unit_id, person_id, year, title, registered_on FROM registration") + yearFilter(year) + QStringLiteral(" ORDER BY id"));
    if (Status s = query.exec(YearRecordText::tr("đọc đăng ký thi đua"), yearValue(year)); !s)
        return s.error();
    std::vector<Registration> registrations;
    while (query.next())
        if (const std::optional<AnnualTitle> title = enumFromCode<AnnualTitle>(query.value(3).toString()))
            registrations.push_back({ subjectFrom(query.value(0), query.value(1)), query.value(2).toInt(), *title,
                query.value(4).isNull() ? std::nullopt : std::optional<QDate>(QDate::fromString(query.value(4).toString(), Qt::ISODate)) });
    return registrations;
}

Status YearRecordRepository::setRegistrations(Nominee subject, int year, const std::vector<AnnualTitle>& titles, std::optional<QDate> registeredOn)
{
    if (Status s = checkYear(year); !s)
        return s;
    for (AnnualTitle title : titles)
        if (annualTitleSubject(title) != subject.kind)
            return Error { YearRecordText::tr("Trường «Danh hiệu đăng ký»: «%1» không đăng ký cho %2.")
                               .arg(annualTitleLabel(title), subject.kind == Nominee::Kind::Unit ? YearRecordText::tr("tập thể") : YearRecordText::tr("cá nhân")),
                {} };
    const QString column = subject.kind == Nominee::Kind::Unit ? QStringLiteral("unit_id") : QStringLiteral("person_id");
    return m_db.transact([&]() -> Status {
        SqlQuery clear(m_db, QStringLiteral("DELETE FROM registration WHERE %1 = ? AND year = ?").arg(column));
        if (Status s = clear.exec(YearRecordText::tr("lưu đăng ký thi đua"), { subject.id, year }); !s)
            return s;
        for (AnnualTitle title : titles) {
            SqlQuery add(m_db, QStringLiteral("INSERT INTO registration (unit_id, person_id, year, title, registered_on) VALUES (?, ?, ?, ?, ?)"));
            QVariantList values = subjectColumns(subject);
            values << year << enumCode(title) << (registeredOn ? QVariant(registeredOn->toString(Qt::ISODate)) : QVariant());
            if (Status s = add.exec(YearRecordText::tr("lưu đăng ký thi đua"), values); !s)
                return s;
        }
        return {};
    });
}
