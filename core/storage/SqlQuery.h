#pragma once
// A prepared statement with bound parameters whose failures come back as Errors in Vietnamese.

#include "core/common/Result.h"

#include <QSqlQuery>
#include <QVariant>



class Database;

class SqlQuery final {
public:
    SqlQuery(const Database& database, const QString& sql);

    // Binds values in order and executes; `action` says in Vietnamese what was being done.
    Status exec(const QString& action, const QVariantList& values = {});
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

// Translates a Qt Sql error into a message for the clerk (constraint failures in plain words).
Error sqlFailure(const QString& action, const QSqlError& error);

// NULL for an absent optional value, the value otherwise.
template <typename T> QVariant nullable(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// One INSERT in its own transaction (a savepoint when nested); returns the new row's id.
Result<qint64> insertRow(Database& database, const QString& sql, const QString& action,
    const QVariantList& values);
// One UPDATE or DELETE in its own transaction (a savepoint when nested).
Status writeRow(Database& database, const QString& sql, const QString& action, const QVariantList& values);

// A record a form edits: its table, id, the version it had when read, and how to name it.
struct VersionedRow {
    QString table; // "person"
    qint64 id = 0;
    qint64 version = 0;
    QString what; // "cán bộ «Nguyễn Văn An»"
};
// UPDATE … SET `assignments` of one versioned row, landing only when the row still has the version
// it was read with (and raising it by one); returns the new version. A row changed or deleted in
// the meantime is refused with a message naming it, and nothing is written.
Result<qint64> updateVersionedRow(Database& database, const VersionedRow& row, const QString& assignments,
    const QString& action, const QVariantList& values);
