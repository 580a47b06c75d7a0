#pragma once
// Test fixtures: a fresh temporary folder per test and helpers to open databases in it.

#include "core/storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class TestFolder {
public:
    TestFolder();
    // A path inside the folder; names with Vietnamese letters and spaces on purpose.
    QString file(const QString& name = QStringLiteral("Thi đua 2025.thidua")) const;

private:
    QTemporaryDir m_dir;
};

// Opens (creating) a database, failing the current test with the message if it cannot.
std::unique_ptr<Database> openOrFail(const QString& path);
// An empty database at the current schema in a folder that lives as long as the fixture.
struct FreshDatabase {
    TestFolder folder;
    std::unique_ptr<Database> db = openOrFail(folder.file());
};

QByteArray fileBytes(const QString& path);
// Writes raw SQL through a separate connection, as another program would.
void rawExec(const QString& path, const QStringList& statements);
// Damages the index of people by unit of a file holding the template (hidden, people moved, put
// back) so that it no longer matches its table: quick_check still says ok, integrity_check does not.
void damageIndexUnseenByQuickCheck(const QString& path);
QString testDataPath(const QString& name);

// Describes a failed Result for the test log.
template <typename R> std::string describe(const R& result)
{
    return result.ok() ? std::string() : QString(result.error().message + QStringLiteral(" | ") + result.error().detail).toStdString();
}
#define REQUIRE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto& thiduaResult_ = (expr);                                                                            \
        INFO(describe(thiduaResult_));                                                                                 \
        REQUIRE(thiduaResult_.ok());                                                                                   \
    } while (false)
