#include "tests/support/Catch.h"
#include "tests/support/DocxFacts.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"

#include "core/cli/CommandLine.h"
#include "core/documents/writers/CsvWriter.h"
#include "core/lists/ListExport.h"
#include "core/lists/TableFile.h"
#include "core/storage/AwardDecisionRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QFile>
#include <QJsonArray>

namespace {

int exportList(const QStringList& arguments)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    return CommandLine::run(QStringList { QStringLiteral("export"), QStringLiteral("list") } + arguments, o, e);
}

} // namespace

TEST_CASE("units and people export to XLSX an independent reader opens, and to CSV for Excel")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const auto units = UnitRepository(*fresh.db).all().value();
    const auto people = PersonRepository(*fresh.db).all().value();
    const QString xlsx = fresh.folder.file(QStringLiteral("Danh sách cán bộ.xlsx"));
    REQUIRE(exportList({ QStringLiteral("people"), QStringLiteral("--db"), fresh.db->path(), QStringLiteral("--format"), QStringLiteral("xlsx"),
                QStringLiteral("--output"), xlsx })
        == 0);
    const QJsonArray rows = xlsxSheets(xlsx).value(QStringLiteral("Cán bộ")).toArray();
    REQUIRE(rows.size() == int(people.size()) + 1);
    CHECK(rows[0].toArray()[1].toString() == QStringLiteral("Họ và tên"));
    for (size_t i = 0; i < people.size(); ++i) {
        const QJsonArray row = rows[int(i) + 1].toArray();
        CHECK(row[0].toDouble() == double(i + 1));
        CHECK(row[1].toString() == people[i].fullName);
        if (people[i].birthYear)
            CHECK(row[6].toDouble() == *people[i].birthYear);
    }

    const QString csv = fresh.folder.file(QStringLiteral("Đơn vị.csv"));
    REQUIRE(exportList({ QStringLiteral("units"), QStringLiteral("--db"), fresh.db->path(), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--output"), csv })
        == 0);
    const QByteArray bytes = fileBytes(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the byte-order mark Excel needs for UTF-8
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == int(units.size()) + 1);
    CHECK(lines[1].contains(units[0].name));

    // The separator Excel splits on: semicolons asked for (Excel under a Vietnamese locale), a value
    // holding one is quoted; an unknown separator is refused.
    const QString semicolons = fresh.folder.file(QStringLiteral("Đơn vị chấm phẩy.csv"));
    REQUIRE(exportList({ QStringLiteral("units"), QStringLiteral("--db"), fresh.db->path(), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--separator"), QStringLiteral("semicolon"), QStringLiteral("--output"), semicolons })
        == 0);
    const QStringList semicolonLines = QString::fromUtf8(fileBytes(semicolons).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(semicolonLines.size() == lines.size());
    CHECK(semicolonLines[0] == QString(lines[0]).replace(QLatin1Char(','), QLatin1Char(';')));
    XlsxWriter::Sheet tricky;
    tricky.header = QStringList { QStringLiteral("Tên"), QStringLiteral("Ghi chú") };
    tricky.rows = { QStringList { QStringLiteral("Phòng A; B"), QStringLiteral("có, dấu phẩy") } };
    const QString trickyPath = fresh.folder.file(QStringLiteral("Dấu phân cách.csv"));
    REQUIRE_OK(CsvWriter::write(tricky, trickyPath, QLatin1Char(';')));
    CHECK(QString::fromUtf8(fileBytes(trickyPath).mid(3)).endsWith(QStringLiteral("\"Phòng A; B\";\"có, dấu phẩy\"\r\n")));
    // Many commas in a ";" file do not mislead the reader that guesses the separator.
    XlsxWriter::Sheet commas;
    commas.header = QStringList { QStringLiteral("Tên đơn vị"), QStringLiteral("Địa chỉ") };
    for (int i = 0; i < 5; ++i)
        commas.rows.push_back({ QStringLiteral("Phòng Kế hoạch, Tài chính, Tổng hợp %1").arg(i), QStringLiteral("Số %1, đường 19/8, phường Tân Phong").arg(i) });
    REQUIRE_OK(CsvWriter::write(commas, trickyPath, QLatin1Char(';')));
    const Result<TextTable> reread = TableFile::read(trickyPath);
    REQUIRE_OK(reread);
    REQUIRE(reread.value().rows.size() == 6);
    CHECK(reread.value().rows[3] == QStringList { QStringLiteral("Phòng Kế hoạch, Tài chính, Tổng hợp 2"), QStringLiteral("Số 2, đường 19/8, phường Tân Phong") });
    CHECK(exportList({ QStringLiteral("units"), QStringLiteral("--db"), fresh.db->path(), QStringLiteral("--format"), QStringLiteral("csv"),
              QStringLiteral("--separator"), QStringLiteral("|"), QStringLiteral("--output"), semicolons })
        == 1);

    // A campaign's list needs the campaign.
    CHECK(exportList({ QStringLiteral("proposals"), QStringLiteral("--db"), fresh.db->path(), QStringLiteral("--format"), QStringLiteral("xlsx"),
              QStringLiteral("--output"), xlsx })
        == 1);
    CHECK(exportList({ QStringLiteral("things"), QStringLiteral("--db"), fresh.db->path(), QStringLiteral("--format"), QStringLiteral("xlsx"),
              QStringLiteral("--output"), xlsx })
        == 1);
}

TEST_CASE("a campaign's checklist grid, proposals and awards export with the labels the clerk reads")
{
    FreshDatabase fresh;
    Database& db = *fresh.db;
    const qint64 campaignId = BuiltInTemplate::install(db).value();
    const auto people = PersonRepository(db).all().value();
    const Nominee first { Nominee::Kind::Person, people[0].id };
    concludeAllMet(db, campaignId, first);
    proposeThrough(db, campaignId, first, awardFormOf(db, AwardLevel::Agency), people[0].unitId, QStringLiteral("Xuất sắc."), ProposalState::Decided);
    const Nominee second { Nominee::Kind::Person, people[1].id };
    concludeAllMet(db, campaignId, second);
    proposeThrough(db, campaignId, second, awardFormOf(db, AwardLevel::Agency), people[1].unitId, QStringLiteral("Tốt."), ProposalState::Submitted);
    REQUIRE_OK(AwardDecisionRepository(db).save({ campaignId, QStringLiteral("15"), QDate(2026, 12, 5) }));

    Result<XlsxWriter::Sheet> grid = ListExport::build(db, ListExport::List::Assessments, campaignId);
    REQUIRE_OK(grid);
    const auto unitCount = UnitRepository(db).all().value().size();
    REQUIRE(grid.value().rows.size() == unitCount + people.size());
    const QStringList firstPerson = grid.value().rows[unitCount];
    CHECK(firstPerson[1] == people[0].fullName);
    CHECK(firstPerson[3] == QStringLiteral("Đạt"));

    Result<XlsxWriter::Sheet> proposals = ListExport::build(db, ListExport::List::Proposals, campaignId);
    REQUIRE_OK(proposals);
    REQUIRE(proposals.value().rows.size() == 2);
    Result<XlsxWriter::Sheet> awards = ListExport::build(db, ListExport::List::Awards, campaignId);
    REQUIRE_OK(awards);
    REQUIRE(awards.value().rows.size() == 1);
    CHECK(awards.value().rows[0][1] == people[0].fullName);
    CHECK(awards.value().rows[0][4] == QStringLiteral("Số 15 ngày 05/12/2026"));

    const QString xlsx = fresh.folder.file(QStringLiteral("Đề nghị.xlsx"));
    REQUIRE(exportList({ QStringLiteral("proposals"), QStringLiteral("--db"), db.path(), QStringLiteral("--campaign"), QString::number(campaignId),
                QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--output"), xlsx })
        == 0);
    const QJsonArray rows = xlsxSheets(xlsx).value(QStringLiteral("Đề nghị khen thưởng")).toArray();
    REQUIRE(rows.size() == 3);
    QStringList states;
    for (int i = 1; i < rows.size(); ++i)
        states << rows[i].toArray()[4].toString();
    CHECK(states.contains(QStringLiteral("Quyết định khen")));
}

TEST_CASE("a CSV never hands Excel a live formula: cells that would run are written as text and read back as they were")
{
    FreshDatabase fresh;
    BuiltInTemplate::install(*fresh.db).value();
    const qint64 unitId = UnitRepository(*fresh.db).all().value().front().id;
    const QStringList hostile { QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"Bấm vào\")"), QStringLiteral("+cmd|' /C calc'!A0"),
        QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"), QStringLiteral("-2+3+cmd|' /C calc'!A0") };
    for (const QString& name : hostile) {
        Person person;
        person.fullName = name;
        person.unitId = unitId;
        person.birthYear = 1980;
        REQUIRE_OK(PersonRepository(*fresh.db).add(person));
    }
    const QString csv = fresh.folder.file(QStringLiteral("Cán bộ.csv"));
    REQUIRE(exportList({ QStringLiteral("people"), QStringLiteral("--db"), fresh.db->path(), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--separator"), QStringLiteral("comma"), QStringLiteral("--output"), csv })
        == 0);
    const QString text = QString::fromUtf8(fileBytes(csv).mid(3));
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        // No cell starts with a formula character: each is a number, plain text, or "'…" / "\"'…".
        for (const QString& cell : line.split(QLatin1Char(','))) {
            INFO(line.toStdString());
            CHECK((cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front())));
        }
    }
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"Bấm vào\"\")\"")));
    CHECK(text.contains(QStringLiteral("'+cmd|' /C calc'!A0")));
    CHECK(CsvWriter::formulaSafe(QStringLiteral("-5")) == QStringLiteral("-5")); // numbers stay numbers
    CHECK(CsvWriter::formulaSafe(QStringLiteral("+84")) == QStringLiteral("+84"));
    CHECK(CsvWriter::formulaSafe(QStringLiteral("Nguyễn Văn A")) == QStringLiteral("Nguyễn Văn A"));
    CHECK(CsvWriter::formulaSafe(QStringLiteral("\tx")) == QStringLiteral("'\tx"));

    // Read back, every name is the one stored.
    const Result<TextTable> read = TableFile::read(csv);
    REQUIRE_OK(read);
    QStringList names;
    for (const QStringList& row : read.value().rows)
        names << row.value(1);
    for (const QString& name : hostile)
        CHECK(names.contains(name));
}
