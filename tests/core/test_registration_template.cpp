#include "tests/support/AnnualSeason.h"
#include "tests/support/Catch.h"
#include "tests/support/Commands.h"
#include "tests/support/DocxFacts.h"
#include "tests/support/TestDatabase.h"

#include "core/lists/UnitTemplate.h"
#include "core/storage/YearRecordRepository.h"

#include <QDir>
#include <QJsonArray>

namespace {

constexpr int Year = AnnualSeason::Year + 1; // registering at the start of the next year
constexpr int HeaderRow = 8; // lines 1–7 name the template; the table's header is line 8

struct RegisteringOffice {
    FreshDatabase fresh;
    AnnualSeason season = buildAnnualSeason(*fresh.db);

    QString exportTemplate(const QString& name)
    {
        const QString path = fresh.folder.file(name);
        const CommandRun run = runCommand({ QStringLiteral("export"), QStringLiteral("template"), QStringLiteral("registrations"), QStringLiteral("--db"),
            fresh.db->path(), QStringLiteral("--year"), QString::number(Year), QStringLiteral("--unit"), QString::number(season.office), QStringLiteral("--output"),
            path });
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        return path;
    }
    CommandRun import(const QString& path, bool dryRun = false)
    {
        QStringList arguments { QStringLiteral("import"), QStringLiteral("registrations"), QStringLiteral("--db"), fresh.db->path(), QStringLiteral("--input"), path };
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        return runCommand(arguments);
    }
    std::vector<Registration> registrations() { return YearRecordRepository(*fresh.db).registrations(Year).value(); }
};

// The template's rows (1-based line numbers) by the name in column B.
std::map<QString, int> linesByName(const QJsonArray& rows)
{
    std::map<QString, int> lines;
    for (int i = HeaderRow; i < rows.size(); ++i)
        lines[rows[i].toArray()[1].toString()] = i + 1;
    return lines;
}

} // namespace

TEST_CASE("a unit's registration template round-trips as the unit fills it: titles chosen from the list, mistakes named, read back into the year")
{
    RegisteringOffice office;
    const QString sent = office.exportTemplate(QStringLiteral("Đăng ký thi đua - Văn phòng.xlsx"));
    const QJsonArray rows = xlsxSheets(sent).value(QStringLiteral("Đăng ký thi đua")).toArray();
    REQUIRE(rows.size() == HeaderRow + 5); // the unit and its four people
    CHECK(rows[1].toArray()[0].toString() == QStringLiteral("Năm đăng ký:"));
    CHECK(rows[1].toArray()[1].toString() == QString::number(Year));
    CHECK(rows[3].toArray()[1].toString() == QStringLiteral("VP"));
    CHECK(rows[HeaderRow - 1].toArray()[4].toString() == QStringLiteral("Danh hiệu đăng ký"));
    CHECK(rows[HeaderRow].toArray()[1].toString() == QStringLiteral("Văn phòng"));
    std::map<QString, int> line = linesByName(rows);
    REQUIRE(line.size() == 5);

    // The list to choose from is the title catalogue, on every row of the table.
    const QJsonObject facts = fillXlsx(sent, sent + QStringLiteral(".copy.xlsx"), {});
    REQUIRE(facts.value(QStringLiteral("validations")).toArray().size() == 1);
    CHECK(facts.value(QStringLiteral("validations")).toArray()[0].toArray()[0].toString() == QStringLiteral("E%1:E%2").arg(HeaderRow + 1).arg(HeaderRow + 5));
    CHECK(xlsxSheets(sent).value(QStringLiteral("Danh mục")).toArray()[1].toArray()[0].toString() == QStringLiteral("Chiến sĩ thi đua cơ sở"));

    // The unit fills it in, with one title for a collective on a person's row.
    const QString back = office.fresh.folder.file(QStringLiteral("DK VP (gui lai).xlsx"));
    fillXlsx(sent, back,
        { { QStringLiteral("E%1").arg(line[QStringLiteral("Văn phòng")]), QStringLiteral("Tập thể lao động xuất sắc") },
            { QStringLiteral("E%1").arg(line[QStringLiteral("Lý Thị Oanh")]), QStringLiteral("Chiến sĩ thi đua cấp tỉnh") },
            { QStringLiteral("E%1").arg(line[QStringLiteral("Mai Văn Phúc")]), QStringLiteral("LĐTT") },
            { QStringLiteral("E%1").arg(line[QStringLiteral("Trịnh Văn Quân")]), QStringLiteral("Cờ thi đua của UBND tỉnh") } });
    const CommandRun wrong = office.import(back);
    CHECK(wrong.code == 2);
    CHECK(wrong.err.contains(QStringLiteral("Dòng %1, cột E (Danh hiệu đăng ký): «Cờ thi đua của UBND tỉnh» là danh hiệu cho tập thể, không đăng ký cho cá nhân.")
                                 .arg(line[QStringLiteral("Trịnh Văn Quân")])));
    CHECK(office.registrations().empty()); // nothing written

    fillXlsx(back, back, { { QStringLiteral("E%1").arg(line[QStringLiteral("Trịnh Văn Quân")]), QStringLiteral("Lao động tiên tiến") } });
    const CommandRun dry = office.import(back, true);
    INFO(dry.err.toStdString());
    REQUIRE(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("Dòng %1: thêm — Lý Thị Oanh — Chiến sĩ thi đua cấp tỉnh").arg(line[QStringLiteral("Lý Thị Oanh")])));
    CHECK(dry.out.contains(QStringLiteral("sẽ thêm 4, cập nhật 0, bỏ qua 0 đã có")));
    CHECK(office.registrations().empty());

    const CommandRun done = office.import(back);
    REQUIRE(done.code == 0);
    CHECK(done.out.contains(QStringLiteral("Đăng ký thi đua năm %1 — đơn vị «Văn phòng»").arg(Year)));
    std::map<std::pair<int, qint64>, AnnualTitle> stored;
    for (const Registration& r : office.registrations())
        stored[{ int(r.subject.kind), r.subject.id }] = r.title;
    const auto person = [&](const QString& name) { return std::pair<int, qint64> { int(Nominee::Kind::Person), office.season[name] }; };
    CHECK(stored == std::map<std::pair<int, qint64>, AnnualTitle> { { { int(Nominee::Kind::Unit), office.season.office }, AnnualTitle::ExcellentCollective },
        { person(QStringLiteral("Oanh")), AnnualTitle::ProvinceEmulationFighter }, { person(QStringLiteral("Phúc")), AnnualTitle::AdvancedWorker },
        { person(QStringLiteral("Quân")), AnnualTitle::AdvancedWorker } });

    // Read again: nothing new. A fresh template shows what is registered, ready to be changed.
    CHECK(office.import(back).out.contains(QStringLiteral("Đã thêm 0, cập nhật 0, bỏ qua 4 đã có.")));
    const QString again = office.exportTemplate(QStringLiteral("lần hai.xlsx"));
    const QJsonArray refilled = xlsxSheets(again).value(QStringLiteral("Đăng ký thi đua")).toArray();
    CHECK(refilled[line[QStringLiteral("Lý Thị Oanh")] - 1].toArray()[4].toString() == QStringLiteral("Chiến sĩ thi đua cấp tỉnh"));
    fillXlsx(again, again, { { QStringLiteral("E%1").arg(line[QStringLiteral("Lý Thị Oanh")]), QStringLiteral("Chiến sĩ thi đua cơ sở") } });
    CHECK(office.import(again).out.contains(QStringLiteral("Đã thêm 0, cập nhật 1, bỏ qua 3 đã có.")));
    CHECK(office.registrations().size() == 4);
}

TEST_CASE("a registration template of another kind or for a unit this file lacks is refused whole")
{
    RegisteringOffice office;
    const QString sent = office.exportTemplate(QStringLiteral("đăng ký.xlsx"));
    CHECK(runCommand({ QStringLiteral("import"), QStringLiteral("proposals"), QStringLiteral("--db"), office.fresh.db->path(), QStringLiteral("--input"), sent })
              .err.contains(QStringLiteral("Tệp là mẫu «Đăng ký thi đua», không phải mẫu «Đề nghị khen thưởng».")));
    const QString elsewhere = office.fresh.folder.file(QStringLiteral("đơn vị khác.xlsx"));
    fillXlsx(sent, elsewhere, { { QStringLiteral("B4"), QStringLiteral("KHONGCO") }, { QStringLiteral("E9"), QStringLiteral("Tập thể lao động tiên tiến") } });
    CHECK(office.import(elsewhere).err.contains(QStringLiteral("không có đơn vị mã «KHONGCO»")));
    CHECK(office.registrations().empty());
}
