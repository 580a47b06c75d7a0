#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/cli/CommandLine.h"
#include "core/templates/BuiltInTemplate.h"

#include <QSqlQuery>

namespace {

struct Run {
    int code;
    QString out, err;
};

Run run(const QStringList& arguments)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int code = CommandLine::run(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return { code, out, err };
}

} // namespace

TEST_CASE("thidua info describes a database")
{
    TestFolder folder;
    {
        auto db = openOrFail(folder.file());
        REQUIRE_OK(BuiltInTemplate::install(*db));
    }
    CHECK(CommandLine::isCommand({ QStringLiteral("info") }));
    CHECK_FALSE(CommandLine::isCommand({ folder.file() }));
    const Run result = run({ QStringLiteral("info"), QStringLiteral("--db"), folder.file() });
    CHECK(result.code == 0);
    CHECK(result.out.contains(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ")));
    CHECK(result.out.contains(QStringLiteral("Số cán bộ: 20")));
}

TEST_CASE("thidua info only looks: the file is not changed by a byte")
{
    TestFolder folder;
    {
        auto db = openOrFail(folder.file());
        REQUIRE_OK(BuiltInTemplate::install(*db));
        // Another clerk's account wrote last: a writer opening it would record this user's name.
        QSqlQuery other(db->connection());
        REQUIRE(other.exec(QStringLiteral("UPDATE audit_actor SET name = 'Người khác' WHERE id = 1")));
    }
    const QByteArray before = fileBytes(folder.file());
    const Run result = run({ QStringLiteral("info"), QStringLiteral("--db"), folder.file() });
    CHECK(result.code == 0);
    CHECK(result.out.contains(QStringLiteral("Số cán bộ: 20")));
    CHECK(fileBytes(folder.file()) == before);
    // A reader cannot write even by mistake.
    Result<std::unique_ptr<Database>> reader = Database::openReadOnly(folder.file());
    REQUIRE_OK(reader);
    QSqlQuery write(reader.value()->connection());
    CHECK_FALSE(write.exec(QStringLiteral("UPDATE agency SET name = 'khác'")));
    CHECK(fileBytes(folder.file()) == before);
}

TEST_CASE("thidua info fails clearly on a missing file or a missing option")
{
    TestFolder folder;
    const Run missing = run({ QStringLiteral("info"), QStringLiteral("--db"), folder.file(QStringLiteral("không có.thidua")) });
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("Không tìm thấy")));
    CHECK(run({ QStringLiteral("info") }).code == 1);
    CHECK(run({ QStringLiteral("xuất") }).code == 1);
}
