#include "core/storage/SqlQuery.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>

SqlQuery::SqlQuery(const Database& database, const QString& sql)
    : m_query(database.connection())
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Status SqlQuery::exec(const QString& action, const QVariantList& values)
{
    if (!m_prepared)
        return sqlFailure(action, m_query.lastError());
    for (const QVariant& value : values) {
        // A null QString would be stored as NULL; text columns hold '' instead.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        m_query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!m_query.exec())
        return sqlFailure(action, m_query.lastError());
    return {};
}

Error sqlFailure(const QString& action, const QSqlError& error)
{
    const QString text = error.text();
    QString reason;
    if (text.contains(QLatin1String("FOREIGN KEY")))
        reason = QCoreApplication::translate("Storage",
            "dữ liệu này đang được dùng ở nơi khác, hoặc trỏ tới một mục không còn tồn tại.");
    else if (text.contains(QLatin1String("UNIQUE")))
        reason = QCoreApplication::translate("Storage", "đã có một mục trùng tên hoặc trùng mã.");
    else if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        reason = QCoreApplication::translate("Storage", "tệp dữ liệu đang bị một chương trình khác khóa.");
    else if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        reason = QCoreApplication::translate("Storage", "tệp dữ liệu chỉ được phép đọc.");
    else
        reason = QCoreApplication::translate("Storage", "lỗi cơ sở dữ liệu.");
    return Error { QCoreApplication::translate("Storage", "Không thể %1: %2").arg(action, reason), text };
}

Result<qint64> insertRow(
    Database& database, const QString& sql, const QString& action, const QVariantList& values)
{
    qint64 id = 0;
    Status s = database.transact([&] {
        SqlQuery query(database, sql);
        Status done = query.exec(action, values);
        id = query.lastInsertId();
        return done;
    });
    if (!s)
        return s.error();
    return id;
}

Status writeRow(Database& database, const QString& sql, const QString& action, const QVariantList& values)
{
    return database.transact([&] { return SqlQuery(database, sql).exec(action, values); });
}

Result<qint64> updateVersionedRow(Database& database, const VersionedRow& row, const QString& assignments,
    const QString& action, const QVariantList& values)
{
    qint64 newVersion = 0;
    Status s = database.transact([&]() -> Status {
        SqlQuery update(database,
            QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                .arg(row.table, assignments));
        if (Status done = update.exec(action, QVariantList(values) << row.id << row.version); !done)
            return done;
        SqlQuery stored(database, QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(row.table));
        if (Status done = stored.exec(action, { row.id }); !done)
            return done;
        if (!stored.next())
            return Error { QCoreApplication::translate("Storage",
                               "Không thể %1: %2 đã bị xóa (ở cửa sổ khác hoặc bằng lệnh khác) sau khi được mở để sửa.")
                               .arg(action, row.what),
                QStringLiteral("%1 %2: no row").arg(row.table).arg(row.id) };
        if (update.rowsAffected() != 1)
            return Error { QCoreApplication::translate("Storage",
                               "Không thể %1: %2 đã được sửa ở nơi khác sau khi được mở để sửa. Những gì vừa sửa "
                               "chưa được lưu và vẫn còn trên màn hình; hãy ghi lại chúng, tải lại rồi sửa lại.")
                               .arg(action, row.what),
                QStringLiteral("%1 %2: read at version %3, stored version %4")
                    .arg(row.table)
                    .arg(row.id)
                    .arg(row.version)
                    .arg(stored.value(0).toLongLong()) };
        newVersion = stored.value(0).toLongLong();
        return {};
    });
    if (!s)
        return s.error();
    return newVersion;
}
