#include "tests/support/TestDatabase.h"

#include "tests/support/Catch.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

TestFolder::TestFolder()
    : m_dir(QDir::tempPath() + QStringLiteral("/thidua tests XXXXXX"))
{
    REQUIRE(m_dir.isValid());
}

QString TestFolder::file(const QString& name) const { return m_dir.filePath(name); }

std::unique_ptr<Database> openOrFail(const QString& path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    INFO((opened ? QString() : opened.error().message + QStringLiteral(" / ") + opened.error().detail).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString testDataPath(const QString& name) { return QStringLiteral(THIDUA_TEST_DATA_DIR "/") + name; }

void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& sql : statements)
            REQUIRE(query.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void damageIndexUnseenByQuickCheck(const QString& path)
{
    // Hide the index of people by unit, move people between units, then put the index back:
    // the index still lists them under their old units.
    QString rootPage, sql;
    {
        const QString name = QStringLiteral("damage");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("SELECT rootpage, sql FROM sqlite_master WHERE name = 'person_unit'")));
            REQUIRE(query.next());
            rootPage = query.value(0).toString();
            sql = query.value(1).toString();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    rawExec(path, { QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA writable_schema = ON"),
                      QStringLiteral("DELETE FROM sqlite_master WHERE name = 'person_unit'") });
    rawExec(path, { QStringLiteral("UPDATE person SET unit_id = (SELECT max(id) FROM unit) WHERE id % 2 = 0") });
    rawExec(path, { QStringLiteral("PRAGMA writable_schema = ON"),
                      QStringLiteral("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('index', 'person_unit', 'person', %1, '%2')")
                          .arg(rootPage, sql) });
}
