// Every file ThiDua writes and reads, in folders named as a Vietnamese clerk names them and with
// a temporary folder that has Vietnamese letters too (a Windows account such as "Tuấn"): the
// database, its backups and attachments, the plan as DOCX and PDF, lists as XLSX and CSV, a unit's
// template, and the imports that read them back — through the commands the clerk runs.
#include "tests/support/Catch.h"
#include "tests/support/Commands.h"
#include "tests/support/TestDatabase.h"

#include "core/common/LibraryPath.h"
#include "core/common/OutputFile.h"
#include "core/lists/TableFile.h"
#include "core/storage/Backup.h"
#include "core/storage/UnitReportRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace {

// Points the process's temporary folder (TMPDIR, TEMP, TMP) somewhere else while it lives.
class TemporaryFolderMovedTo {
public:
    explicit TemporaryFolderMovedTo(const QString& folder)
    {
        for (const char* name : { "TMPDIR", "TEMP", "TMP" }) {
            m_saved.push_back({ name, qgetenv(name), qEnvironmentVariableIsSet(name) });
            qputenv(name, QFile::encodeName(folder));
        }
    }
    ~TemporaryFolderMovedTo()
    {
        for (const Saved& saved : m_saved)
            saved.wasSet ? qputenv(saved.name, saved.value) : qunsetenv(saved.name);
    }

private:
    struct Saved {
        const char* name;
        QByteArray value;
        bool wasSet;
    };
    std::vector<Saved> m_saved;
};

QStringList args(std::initializer_list<const char*> words, std::initializer_list<QString> rest = {})
{
    QStringList list;
    for (const char* word : words)
        list << QString::fromUtf8(word);
    for (const QString& word : rest)
        list << word;
    return list;
}

void requireRun(const QStringList& arguments)
{
    const CommandRun run = runCommand(arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.code == 0);
}

QStringList filesUnder(const QString& folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QDir(folder).relativeFilePath(it.next());
    found.sort();
    return found;
}

} // namespace

TEST_CASE("every format is written and read back under folders with Vietnamese names, the temporary folder included")
{
    TestFolder root;
    const QString work = root.file(QStringLiteral("Dữ liệu/Tuấn Đặng/Đề nghị khen thưởng – Văn phòng"));
    const QString temporary = root.file(QStringLiteral("Người dùng/Tuấn/AppData/Tạm thời"));
    REQUIRE(QDir().mkpath(work));
    REQUIRE(QDir().mkpath(temporary));
    const TemporaryFolderMovedTo moved(temporary);
    REQUIRE(QDir::tempPath() == temporary);

    // The database and its first backup.
    const QString database = work + QStringLiteral("/Dữ liệu thi đua.thidua");
    qint64 campaignId = 0;
    {
        auto db = openOrFail(database);
        campaignId = BuiltInTemplate::install(*db).value();
        const Result<QString> backup = Backup::takeNow(*db);
        REQUIRE_OK(backup);
        CHECK(QFileInfo(backup.value()).absolutePath() == work + QStringLiteral("/backups"));
        CHECK(Backup::inspect(backup.value()).intact);
        CHECK(Backup::inspect(backup.value()).people == 20);

        // A unit's report file copied into the attachments folder and read back.
        const QString received = work + QStringLiteral("/Báo cáo tổng kết – Phòng Quản lý chuyên ngành.pdf");
        QFile source(received);
        REQUIRE(source.open(QIODevice::WriteOnly));
        source.write("%PDF-1.4 báo cáo");
        source.close();
        UnitReportRepository reports(*db);
        UnitReport report = reports.forCampaign(campaignId).value()[0];
        const Result<UnitReportFile> attached = reports.attach(report, received);
        REQUIRE_OK(attached);
        CHECK(fileBytes(reports.absolutePath(attached.value()).value()) == QByteArray("%PDF-1.4 báo cáo"));
        CHECK(reports.absolutePath(attached.value()).value().startsWith(work + QStringLiteral("/Dữ liệu thi đua - Tệp đính kèm/")));
    }
    const QString campaign = QString::number(campaignId);

    // The plan as DOCX and PDF; a list of people as XLSX and CSV; each unit's proposal template.
    const QString docx = work + QStringLiteral("/Kế hoạch thi đua – Sở KH&CN.docx");
    const QString pdf = work + QStringLiteral("/Kế hoạch thi đua – Sở KH&CN.pdf");
    const QString xlsx = work + QStringLiteral("/Cán bộ.xlsx");
    const QString csv = work + QStringLiteral("/Cán bộ.csv");
    const QString templates = work + QStringLiteral("/Mẫu gửi đơn vị");
    requireRun(args({ "export", "plan", "--db" }, { database, QStringLiteral("--campaign"), campaign, QStringLiteral("--format"),
                                                    QStringLiteral("docx"), QStringLiteral("--output"), docx }));
    requireRun(args({ "export", "plan", "--db" }, { database, QStringLiteral("--campaign"), campaign, QStringLiteral("--format"),
                                                    QStringLiteral("pdf"), QStringLiteral("--output"), pdf }));
    requireRun(args({ "export", "list", "people", "--db" }, { database, QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--output"), xlsx }));
    requireRun(args({ "export", "list", "people", "--db" }, { database, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), csv }));
    requireRun(args({ "export", "template", "proposals", "--db" }, { database, QStringLiteral("--campaign"), campaign, QStringLiteral("--output"), templates }));

    CHECK(fileBytes(docx).startsWith("PK"));
    CHECK(fileBytes(pdf).startsWith("%PDF"));
    const Result<TextTable> fromXlsx = TableFile::read(xlsx);
    REQUIRE_OK(fromXlsx);
    const Result<TextTable> fromCsv = TableFile::read(csv);
    REQUIRE_OK(fromCsv);
    CHECK(fromXlsx.value().rows == fromCsv.value().rows);
    CHECK(fromXlsx.value().rows.size() == 21); // the header and the 20 people
    const QStringList unitTemplates = QDir(templates).entryList({ QStringLiteral("*.xlsx") }, QDir::Files);
    REQUIRE(unitTemplates.size() == 8);
    CHECK(unitTemplates.contains(QStringLiteral("Đề nghị khen thưởng - Văn phòng.xlsx")));

    // Read back by the imports: the people into a second database in the same folder (all new),
    // and a unit's template into its campaign (nothing to add, nothing wrong).
    const QString other = work + QStringLiteral("/Bản nhận – Sở Nội vụ.thidua");
    {
        auto db = openOrFail(other);
        REQUIRE_OK(BuiltInTemplate::install(*db));
    }
    requireRun(args({ "import", "people", "--db" }, { other, QStringLiteral("--input"), xlsx }));
    requireRun(args({ "import", "people", "--db" }, { other, QStringLiteral("--input"), csv, QStringLiteral("--dry-run") }));
    requireRun(args({ "import", "proposals", "--db" },
        { database, QStringLiteral("--input"), templates + QStringLiteral("/Đề nghị khen thưởng - Văn phòng.xlsx"), QStringLiteral("--dry-run") }));

    // Nothing was left behind: no partial file beside the outputs, nothing in the temporary folder.
    for (const QString& file : filesUnder(work))
        CHECK_FALSE(file.contains(QStringLiteral(".dang-")));
    CHECK(filesUnder(temporary).isEmpty());
}

TEST_CASE("the folder C libraries write their temporary files to exists and is the system's, whatever its letters, off Windows")
{
    TestFolder root;
    const QString temporary = root.file(QStringLiteral("Tạm thời của Đặng"));
    REQUIRE(QDir().mkpath(temporary));
    const TemporaryFolderMovedTo moved(temporary);
    const Result<QString> scratch = LibraryPath::scratchFolder();
    REQUIRE_OK(scratch);
#ifdef Q_OS_WIN
    CHECK(LibraryPath::isPlainAscii(scratch.value()));
#else
    CHECK(scratch.value() == temporary);
    CHECK(LibraryPath::forLibrary(temporary) == temporary.toUtf8());
#endif
    CHECK(LibraryPath::isPlainAscii(QStringLiteral("C:/Users/TUN~1/AppData/Local/Temp")));
    CHECK_FALSE(LibraryPath::isPlainAscii(QStringLiteral("C:/Users/Tuấn/AppData/Local/Temp")));
}

TEST_CASE("a file that cannot be written says why in the clerk's words, and the old file is kept")
{
    TestFolder root;
    const QString missingFolder = root.file(QStringLiteral("Không có/Cán bộ.xlsx"));
    const Error missing = OutputFile::cannotWrite(missingFolder);
    CHECK(missing.message.contains(QStringLiteral("Không ghi được tệp")));
    CHECK(missing.message.contains(QStringLiteral("không tồn tại")));

    // The export refuses it the same way, whatever the format.
    TestFolder data;
    {
        auto db = openOrFail(data.file());
        REQUIRE_OK(BuiltInTemplate::install(*db));
    }
    for (const char* format : { "xlsx", "csv" }) {
        const CommandRun run = runCommand(args({ "export", "list", "people", "--db" },
            { data.file(), QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("--output"), missingFolder }));
        CHECK(run.code == 2);
        CHECK(run.err.contains(QStringLiteral("không tồn tại")));
    }

    // A folder in place of the file: refused, the folder untouched.
    const QString folderInTheWay = root.file(QStringLiteral("Kế hoạch.docx"));
    REQUIRE(QDir().mkpath(folderInTheWay));
    const QString finished = root.file(QStringLiteral("xong.tmp"));
    QFile done(finished);
    REQUIRE(done.open(QIODevice::WriteOnly));
    done.write("mới");
    done.close();
    const Status moved = OutputFile::moveIntoPlace(finished, folderInTheWay);
    REQUIRE_FALSE(moved);
    CHECK(moved.error().message.contains(QStringLiteral("thư mục")));
    CHECK(QFileInfo(folderInTheWay).isDir());
    CHECK_FALSE(QFileInfo::exists(finished));

    // A normal replacement: the new bytes, nothing left beside.
    const QString target = root.file(QStringLiteral("Cán bộ.csv"));
    QFile old(target);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("cũ");
    old.close();
    REQUIRE(done.open(QIODevice::WriteOnly));
    done.write("mới");
    done.close();
    REQUIRE_OK(OutputFile::moveIntoPlace(finished, target));
    CHECK(fileBytes(target) == QByteArray("mới"));
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".dang-ghi")));
}
