#include "tests/support/Catch.h"
#include "tests/support/Commands.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"

#include "core/common/TextFolding.h"
#include "core/documents/writers/CsvWriter.h"
#include "core/domain/Labels.h"
#include "core/lists/CsvReader.h"
#include "core/lists/ListExport.h"
#include "core/lists/ListImport.h"
#include "core/lists/TableFile.h"
#include "core/storage/Backup.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QFile>
#include <QRandomGenerator>

#include <set>
#include <tuple>

namespace {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

Result<ListImport::Plan> planFor(Database& db, ListImport::Target target, const QString& path)
{
    Result<TextTable> table = TableFile::read(path);
    if (!table)
        return table.error();
    return ListImport::plan(db, target, table.value(), ImportColumns::guess(ListImport::fieldsOf(target), table.value()));
}

CommandRun importCommand(const QStringList& arguments) { return runCommand(QStringList { QStringLiteral("import") } + arguments); }

using PersonFacts = std::tuple<QString, QString, QString, int, int, int>; // name, unit, position, category, gender, year
using UnitFacts = std::tuple<QString, QString, int>;

std::multiset<PersonFacts> peopleOf(Database& db)
{
    std::map<qint64, QString> unitName;
    for (const Unit& u : UnitRepository(db).all().value())
        unitName[u.id] = u.name;
    std::multiset<PersonFacts> facts;
    for (const Person& p : PersonRepository(db).all().value())
        facts.insert({ p.fullName, unitName[p.unitId], p.position, int(p.staffCategory), int(p.gender), p.birthYear.value_or(0) });
    return facts;
}

std::set<UnitFacts> unitsOf(Database& db)
{
    std::set<UnitFacts> facts;
    for (const Unit& u : UnitRepository(db).all().value())
        facts.insert({ u.name, u.code, int(u.kind) });
    return facts;
}

// A people sheet the way a unit might type it: the export's header, one row per entry.
QByteArray peopleCsv(const QStringList& rows)
{
    return (QStringLiteral("\xEF\xBB\xBFTT,Họ và tên,Đơn vị,Chức vụ,Ngạch,Giới tính,Năm sinh\r\n") + rows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace

TEST_CASE("CSV is read as Excel writes it: byte-order mark, semicolons, quotes, line breaks in a cell")
{
    const QByteArray bytes = QStringLiteral("\uFEFFHọ và tên;Ghi chú\r\n"
                                            "\"Lò Văn Hùng\";\"Dòng 1\r\nDòng 2; \"\"trích\"\"\"\r\n"
                                            "\r\n"
                                            "B;\r\n")
                                 .toUtf8();
    Result<TextTable> table = CsvReader::parse(bytes, QStringLiteral("Danh sách.csv"));
    REQUIRE_OK(table);
    CHECK(table.value().sheetName == QStringLiteral("Danh sách"));
    REQUIRE(table.value().rows.size() == 4);
    CHECK(table.value().rows[0] == QStringList { QStringLiteral("Họ và tên"), QStringLiteral("Ghi chú") });
    CHECK(table.value().rows[1] == QStringList { QStringLiteral("Lò Văn Hùng"), QStringLiteral("Dòng 1\r\nDòng 2; \"trích\"") });
    CHECK(table.value().rows[2].isEmpty());
    CHECK(table.value().rows[3] == QStringList { QStringLiteral("B") });

    // What ThiDua's own CSV writer wrote reads back cell for cell.
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("Đọc lại.csv"));
    XlsxWriter::Sheet sheet { QStringLiteral("x"), { QStringLiteral("A"), QStringLiteral("B, C") },
        { { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("có \"ngoặc\"\nvà xuống dòng") }, { QStringLiteral("3"), QString() } }, {}, {} };
    REQUIRE_OK(CsvWriter::write(sheet, path));
    Result<TextTable> back = TableFile::read(path);
    REQUIRE_OK(back);
    REQUIRE(back.value().rows.size() == 3);
    CHECK(back.value().rows[0] == sheet.header);
    CHECK(back.value().rows[1][1] == sheet.rows[0][1]);
    CHECK(back.value().rows[2] == QStringList { QStringLiteral("3") });
}

TEST_CASE("a CSV that is not UTF-8, not text, or has an unclosed quote is refused naming the line")
{
    const QByteArray windows1258 = "H\xE7 v\xE0 t\xEAn,\xD0\xF5n v\xEF\r\nNguy\xD2n V\xE3n A,VP\r\n"; // Excel's plain "CSV" on a Vietnamese Windows
    Result<TextTable> ansi = CsvReader::parse(windows1258, QStringLiteral("ansi.csv"));
    REQUIRE_FALSE(ansi);
    CHECK(ansi.error().message.contains(QStringLiteral("UTF-8")));
    CHECK(ansi.error().message.contains(QStringLiteral("dòng 1")));
    const QByteArray secondLine = "Họ và tên\r\nNguy\xE1n\r\n";
    CHECK(CsvReader::parse(secondLine, QStringLiteral("x.csv")).error().message.contains(QStringLiteral("dòng 2")));
    CHECK(CsvReader::parse("a,\"b\r\nc,d\r\n", QStringLiteral("x.csv")).error().message.contains(QStringLiteral("dòng 1 không được đóng")));
    CHECK(CsvReader::parse(QByteArray("ab\0cd", 5), QStringLiteral("x.csv")).error().message.contains(QStringLiteral("không phải là tệp CSV")));
}

TEST_CASE("Excel's \"Unicode Text\" (UTF-16 with its mark, tab-separated) reads as text, and a quote or line break split across the file's pieces reads whole")
{
    const QString text = QStringLiteral("Họ và tên\tĐơn vị\tGhi chú\r\nNguyễn Văn Ánh\tVăn phòng\t\"Dòng 1\r\nDòng 2\"\r\n");
    QByteArray littleEndian("\xFF\xFE", 2);
    for (const QChar c : text)
        littleEndian.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    Result<TextTable> read = CsvReader::parse(littleEndian, QStringLiteral("Unicode Text.txt"));
    REQUIRE_OK(read);
    REQUIRE(read.value().rows.size() == 2);
    CHECK(read.value().rows[1] == QStringList { QStringLiteral("Nguyễn Văn Ánh"), QStringLiteral("Văn phòng"), QStringLiteral("Dòng 1\r\nDòng 2") });

    // A long first field puts the doubled quote, the CR LF and a multi-byte letter on the boundary
    // of the 256 KiB pieces the file is read in, at every offset around it.
    for (int shift = 0; shift < 8; ++shift) {
        const QByteArray filler(256 * 1024 - 4 + shift, 'a');
        const QByteArray bytes = "\"" + filler + "\"\"x\",Đặng\r\nHai,\"Ba\"\r\n";
        Result<TextTable> split = CsvReader::parse(bytes, QStringLiteral("dài.csv"));
        REQUIRE_OK(split);
        REQUIRE(split.value().rows.size() == 2);
        CHECK(split.value().rows[0].value(0) == QString::fromLatin1(filler) + QStringLiteral("\"x"));
        CHECK(split.value().rows[0].value(1) == QStringLiteral("Đặng"));
        CHECK(split.value().rows[1] == QStringList { QStringLiteral("Hai"), QStringLiteral("Ba") });
    }
}

TEST_CASE("units and people exported to XLSX or CSV import into another database as the same records; again, nothing is added")
{
    for (const ListExport::Format format : { ListExport::Format::Xlsx, ListExport::Format::Csv }) {
        const QString suffix = format == ListExport::Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
        INFO("format " << suffix.toStdString());
        FreshDatabase source;
        BuiltInTemplate::install(*source.db).value();
        const QString unitsFile = source.folder.file(QStringLiteral("Đơn vị.") + suffix);
        const QString peopleFile = source.folder.file(QStringLiteral("Cán bộ.") + suffix);
        REQUIRE_OK(ListExport::write(ListExport::build(*source.db, ListExport::List::Units).value(), format, unitsFile));
        REQUIRE_OK(ListExport::write(ListExport::build(*source.db, ListExport::List::People).value(), format, peopleFile));

        FreshDatabase target;
        for (const auto& [list, file] : { std::pair { ListImport::Target::Units, unitsFile }, std::pair { ListImport::Target::People, peopleFile } }) {
            Result<ListImport::Plan> plan = planFor(*target.db, list, file);
            REQUIRE_OK(plan);
            CHECK(plan.value().problems.empty());
            CHECK(plan.value().count(ListImport::Action::AlreadyThere) == 0);
            Result<ListImport::Outcome> done = ListImport::commit(*target.db, plan.value());
            REQUIRE_OK(done);
            CHECK(done.value().added == int(plan.value().rows.size()));
            CHECK(QFile::exists(done.value().backupPath));
        }
        CHECK(unitsOf(*target.db) == unitsOf(*source.db));
        CHECK(peopleOf(*target.db) == peopleOf(*source.db));
        CHECK(peopleOf(*target.db).size() > 10);

        // The same file again: every row is already there; nothing is written.
        Result<ListImport::Plan> again = planFor(*target.db, ListImport::Target::People, peopleFile);
        REQUIRE_OK(again);
        CHECK(again.value().count(ListImport::Action::Add) == 0);
        CHECK(again.value().count(ListImport::Action::AlreadyThere) == int(peopleOf(*source.db).size()));
        Result<ListImport::Outcome> none = ListImport::commit(*target.db, again.value());
        REQUIRE_OK(none);
        CHECK(none.value().added == 0);
        CHECK(none.value().backupPath.isEmpty());
    }
}

TEST_CASE("files ThiDua writes open in LibreOffice Calc with the same cells as the CSV export")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const XlsxWriter::Sheet people = ListExport::build(*fresh.db, ListExport::List::People).value();
    const QString xlsx = fresh.folder.file(QStringLiteral("Cán bộ.xlsx"));
    const QString csv = fresh.folder.file(QStringLiteral("Cán bộ (CSV).csv"));
    REQUIRE_OK(ListExport::write(people, ListExport::Format::Xlsx, xlsx));
    REQUIRE_OK(ListExport::write(people, ListExport::Format::Csv, csv));
    Result<TextTable> calc = CsvReader::parse(libreOfficeCalcCsv(xlsx, fresh.folder.file(QStringLiteral("calc"))), QStringLiteral("calc.csv"));
    Result<TextTable> ours = TableFile::read(csv);
    REQUIRE_OK(calc);
    REQUIRE_OK(ours);
    REQUIRE(calc.value().rows.size() == people.rows.size() + 1);
    CHECK(calc.value().rows == ours.value().rows);
}

TEST_CASE("bad files are refused with the row, the column and why, and the database is left as it was")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const auto before = peopleOf(*fresh.db);
    const QString unitName = UnitRepository(*fresh.db).all().value().front().name;
    const QString db = fresh.db->path();
    auto run = [&](const QString& name, const QByteArray& bytes, const QStringList& extra = {}) {
        const QString path = fresh.folder.file(name);
        writeBytes(path, bytes);
        return importCommand(QStringList { QStringLiteral("people"), QStringLiteral("--db"), db, QStringLiteral("--input"), path } + extra);
    };
    const QString goodRow = QStringLiteral("1,Hoàng Thị Mai,%1,Chuyên viên,Viên chức,Nữ,1990").arg(unitName);

    SECTION("two columns with the same title: both named, nothing taken silently")
    {
        const CommandRun r = run(QStringLiteral("trùng cột.csv"),
            QStringLiteral("TT,Họ và tên,Đơn vị,Giới tính,Năm sinh,Họ và tên\r\n1,Hoàng Thị Mai,%1,Nữ,1990,Hoàng Mai\r\n").arg(unitName).toUtf8());
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("Có 2 cột cùng là «Họ và tên»: B «Họ và tên», F «Họ và tên»")));
    }
    SECTION("a truncated workbook")
    {
        const QString xlsx = fresh.folder.file(QStringLiteral("đủ.xlsx"));
        REQUIRE_OK(ListExport::write(ListExport::build(*fresh.db, ListExport::List::People).value(), ListExport::Format::Xlsx, xlsx));
        const CommandRun r = run(QStringLiteral("cụt.xlsx"), fileBytes(xlsx).left(fileBytes(xlsx).size() / 2));
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("không phải là bảng tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng")));
    }
    SECTION("a text file renamed .xlsx")
    {
        const CommandRun r = run(QStringLiteral("giả.xlsx"), peopleCsv({ goodRow }));
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("không phải là bảng tính Excel")));
    }
    SECTION("wrong columns: the units list offered as people")
    {
        const CommandRun r = run(QStringLiteral("đơn vị.csv"), QStringLiteral("TT,Mã,Tên đơn vị,Loại\r\n1,VP,Văn phòng,Văn phòng\r\n").toUtf8());
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("Thiếu cột «Họ và tên», «Giới tính»")));
        CHECK(r.err.contains(QStringLiteral("B «Mã»")));
    }
    SECTION("a cell of a megabyte")
    {
        const CommandRun r = run(QStringLiteral("to.csv"), peopleCsv({ goodRow, QStringLiteral("2,%1,%2,,,Nam,1980").arg(QString(1 << 20, QLatin1Char('x')), unitName) }));
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("Dòng 3, cột B (Họ và tên): dài")));
        CHECK(r.err.contains(QStringLiteral("vượt quá giới hạn 200 ký tự")));
    }
    SECTION("invalid UTF-8")
    {
        const CommandRun r = run(QStringLiteral("ansi.csv"), peopleCsv({ goodRow }) + "3,Nguy\xD2n,VP,,,Nam,1980\r\n");
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("không ở mã UTF-8 (lỗi ở dòng 3)")));
    }
    SECTION("dates where the birth year belongs, typed or kept by Excel as a day number")
    {
        const CommandRun r = run(QStringLiteral("ngày.csv"),
            peopleCsv({ goodRow, QStringLiteral("2,Lò Văn Sính,%1,,,Nam,12/03/1985").arg(unitName), QStringLiteral("3,Tẩn Thị Dín,%1,,,Nữ,31118").arg(unitName) }));
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("Dòng 3, cột G (Năm sinh): «12/03/1985» là một ngày; cột này cần năm sinh (4 chữ số), ví dụ 1985.")));
        CHECK(r.err.contains(QStringLiteral("Dòng 4, cột G (Năm sinh): «31118» là ngày 12/03/1985")));
        CHECK(r.err.contains(QStringLiteral("Có 2 lỗi")));
    }
    SECTION("100,000 rows")
    {
        QStringList rows;
        for (int i = 0; i < 100000; ++i)
            rows << QStringLiteral("%1,Người %1,%2,,,Nam,1980").arg(i).arg(unitName);
        const CommandRun r = run(QStringLiteral("dài.csv"), peopleCsv(rows));
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("vượt quá giới hạn")));
        CHECK(r.err.contains(QStringLiteral("chia thành nhiều tệp")));
    }
    SECTION("an unknown unit, a gender that is not one, a twin row: the good rows are not written either")
    {
        const CommandRun r = run(QStringLiteral("lẫn lỗi.csv"),
            peopleCsv({ goodRow, QStringLiteral("2,Vàng A Chá,Phòng Không Có,,,Nam,1980"), QStringLiteral("3,Lù Thị Pà,%1,,,Khác,1980").arg(unitName),
                goodRow }));
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("Dòng 3, cột C (Đơn vị): không có đơn vị «Phòng Không Có»")));
        CHECK(r.err.contains(QStringLiteral("Dòng 4, cột F (Giới tính): «Khác» không phải là Nam, Nữ.")));
        CHECK(r.err.contains(QStringLiteral("Dòng 5, cột B (Họ và tên): trùng với dòng 2 (cùng họ tên, đơn vị và năm sinh).")));
    }
    CHECK(peopleOf(*fresh.db) == before);
    CHECK(Backup::list(db).empty());
}

TEST_CASE("thidua import people: --dry-run says what would be added and writes nothing; then the import adds it after a backup")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const auto before = peopleOf(*fresh.db);
    const Unit unit = UnitRepository(*fresh.db).all().value().front();
    const Person existing = PersonRepository(*fresh.db).all().value().front();
    const QString path = fresh.folder.file(QStringLiteral("Bổ sung.csv"));
    const std::vector<Unit> units = UnitRepository(*fresh.db).all().value();
    const QString existingUnit = std::find_if(units.begin(), units.end(), [&](const Unit& u) { return u.id == existing.unitId; })->name;
    // Headers as a unit types them, in another order, a title row above; the unit by its code, by
    // its name, by its name typed without diacritics.
    writeBytes(path, QStringLiteral("DANH SÁCH BỔ SUNG\r\n\r\nNăm sinh;Họ tên;Giới tính;Phòng\r\n1991;Hoàng Thị Mai;nữ;%1\r\n%2;%3;%4;%5\r\n"
                                    "1993;Lò Thị Ón;Nữ;%6\r\n")
                         .arg(unit.code, existing.birthYear ? QString::number(*existing.birthYear) : QString(), existing.fullName,
                             genderLabel(existing.gender), existingUnit, foldForSearch(unit.name).toUpper())
                         .toUtf8());
    const CommandRun dry = importCommand({ QStringLiteral("people"), QStringLiteral("--db"), fresh.db->path(), QStringLiteral("--input"), path, QStringLiteral("--dry-run") });
    INFO(dry.err.toStdString());
    REQUIRE(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("Dòng 4: thêm — Hoàng Thị Mai — %1").arg(unit.name)));
    CHECK(dry.out.contains(QStringLiteral("Dòng 5: đã có, bỏ qua — %1").arg(existing.fullName)));
    CHECK(dry.out.contains(QStringLiteral("Dòng 6: thêm — Lò Thị Ón — %1").arg(unit.name)));
    CHECK(dry.out.contains(QStringLiteral("sẽ thêm 2, cập nhật 0, bỏ qua 1")));
    CHECK(peopleOf(*fresh.db) == before);

    const CommandRun done = importCommand({ QStringLiteral("people"), QStringLiteral("--db"), fresh.db->path(), QStringLiteral("--input"), path });
    REQUIRE(done.code == 0);
    CHECK(done.out.contains(QStringLiteral("Đã thêm 2, cập nhật 0, bỏ qua 1 đã có.")));
    CHECK(peopleOf(*fresh.db).size() == before.size() + 2);
    CHECK(Backup::list(fresh.db->path()).size() == 1);
    const CommandRun wrongColumn = importCommand({ QStringLiteral("people"), QStringLiteral("--db"), fresh.db->path(), QStringLiteral("--input"), path,
        QStringLiteral("--column"), QStringLiteral("birthday=A") });
    CHECK(wrongColumn.code == 2);
    CHECK(wrongColumn.err.contains(QStringLiteral("birthYear (Năm sinh)")));
}

TEST_CASE("units import: codes and names must not clash with the agency's units or each other")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const std::vector<Unit> units = UnitRepository(*fresh.db).all().value();
    const QString path = fresh.folder.file(QStringLiteral("Đơn vị mới.csv"));
    writeBytes(path, QStringLiteral("Mã,Tên đơn vị,Loại\r\nTTDV,Trung tâm Dịch vụ,Đơn vị sự nghiệp\r\n%1,%2,\r\n%3,Phòng Khác,\r\nTTDV,Trung tâm Khác,\r\n"
                                    "Q T,Phòng Quản lý,Phòng ban\r\n")
                         .arg(units[0].code, units[0].name, units[1].code)
                         .toUtf8());
    Result<ListImport::Plan> plan = planFor(*fresh.db, ListImport::Target::Units, path);
    REQUIRE_OK(plan);
    std::vector<QString> messages;
    for (const ImportColumns::Problem& p : plan.value().problems)
        messages.push_back(QStringLiteral("%1 %2 %3").arg(p.row).arg(p.column, p.message));
    INFO(QStringList(messages.begin(), messages.end()).join(QStringLiteral("\n")).toStdString());
    REQUIRE(messages.size() == 4);
    CHECK(messages[0] == QStringLiteral("4 A (Mã) mã «%1» đã dùng cho đơn vị «%2».").arg(units[1].code, units[1].name));
    CHECK(messages[1] == QStringLiteral("5 A (Mã) trùng mã với dòng 2."));
    CHECK(messages[2] == QStringLiteral("6 A (Mã) mã đơn vị không được chứa dấu cách."));
    CHECK(messages[3] == QStringLiteral("6 C (Loại) «Phòng ban» không phải là Văn phòng, Thanh tra, Phòng chuyên môn, Đơn vị sự nghiệp."));
    CHECK(plan.value().count(ListImport::Action::AlreadyThere) == 1);
    CHECK(plan.value().count(ListImport::Action::Add) == 1);
    CHECK_FALSE(ListImport::commit(*fresh.db, plan.value()));
}

TEST_CASE("thousands of mutated CSV files never crash the reader or the import check")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const QString unitName = UnitRepository(*fresh.db).all().value().front().name;
    QStringList rows;
    for (int i = 0; i < 30; ++i)
        rows << QStringLiteral("%1,\"Người, thứ %1\",%2,Chuyên viên,Công chức,Nữ,%3").arg(i).arg(unitName).arg(1970 + i);
    const QByteArray original = peopleCsv(rows);
    QRandomGenerator random(2611);
    int refused = 0, planned = 0;
    constexpr int Cases = 3000;
    const QByteArray alphabet = QByteArray(",;\"\r\n\t\xC3\xA1\xFF\x00x1", 12);
    for (int i = 0; i < Cases; ++i) {
        QByteArray bytes = original;
        const int flips = 1 + int(random.bounded(10));
        for (int f = 0; f < flips; ++f)
            bytes[int(random.bounded(bytes.size()))] = i % 2 ? alphabet[int(random.bounded(alphabet.size()))] : char(random.bounded(256));
        if (i % 7 == 0)
            bytes.truncate(int(random.bounded(bytes.size())));
        Result<TextTable> table = CsvReader::parse(bytes, QStringLiteral("đột biến.csv"));
        if (!table) {
            ++refused;
            CHECK_FALSE(table.error().message.isEmpty());
            continue;
        }
        Result<ListImport::Plan> plan = ListImport::plan(*fresh.db, ListImport::Target::People, table.value(),
            ImportColumns::guess(ListImport::fieldsOf(ListImport::Target::People), table.value()));
        planned += plan ? 1 : 0;
    }
    INFO(refused << " refused, " << planned << " planned of " << Cases);
    CHECK(refused > 100);
    CHECK(planned > 100);
}

TEST_CASE("an import cancelled halfway leaves nothing written")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const auto before = peopleOf(*fresh.db);
    const QString unitName = UnitRepository(*fresh.db).all().value().front().name;
    QStringList rows;
    for (int i = 0; i < 20; ++i)
        rows << QStringLiteral("%1,Người Mới %1,%2,,,Nam,1990").arg(i).arg(unitName);
    const QString path = fresh.folder.file(QStringLiteral("hủy.csv"));
    writeBytes(path, peopleCsv(rows));
    Result<ListImport::Plan> plan = planFor(*fresh.db, ListImport::Target::People, path);
    REQUIRE_OK(plan);
    REQUIRE(plan.value().count(ListImport::Action::Add) == 20);
    int calls = 0;
    Result<ListImport::Outcome> cancelled = ListImport::commit(*fresh.db, plan.value(), [&](int done, int total) {
        ++calls;
        CHECK(total == 20);
        return done < 10;
    });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().message.contains(QStringLiteral("Đã hủy")));
    CHECK(calls == 10);
    CHECK(peopleOf(*fresh.db) == before);
}

TEST_CASE("the same file imported from two windows at once adds each person once: the second import checks again under the write lock")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const std::size_t before = PersonRepository(*fresh.db).all().value().size();
    const QString unitName = UnitRepository(*fresh.db).all().value().front().name;
    QStringList rows;
    for (int i = 0; i < 30; ++i)
        rows << QStringLiteral("%1,Người Nhập Hai Lần %1,%2,,,Nữ,1991").arg(i).arg(unitName);
    const QString path = fresh.folder.file(QStringLiteral("hai cửa sổ.csv"));
    writeBytes(path, peopleCsv(rows));
    // A second connection to the same file, as another window or `thidua import` would hold.
    std::unique_ptr<Database> other = openOrFail(fresh.db->path());
    // Both look at the file before either writes: both plans say "add 30".
    Result<ListImport::Plan> first = planFor(*fresh.db, ListImport::Target::People, path);
    Result<ListImport::Plan> second = planFor(*other, ListImport::Target::People, path);
    REQUIRE_OK(first);
    REQUIRE_OK(second);
    REQUIRE(first.value().count(ListImport::Action::Add) == 30);
    REQUIRE(second.value().count(ListImport::Action::Add) == 30);
    Result<ListImport::Outcome> one = ListImport::commit(*fresh.db, first.value());
    Result<ListImport::Outcome> two = ListImport::commit(*other, second.value());
    REQUIRE_OK(one);
    REQUIRE_OK(two);
    CHECK(one.value().added == 30);
    CHECK(two.value().added == 0);
    CHECK(two.value().alreadyThere == 30);
    CHECK(PersonRepository(*fresh.db).all().value().size() == before + 30);
}
