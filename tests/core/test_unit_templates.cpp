#include "tests/support/Catch.h"
#include "tests/support/Commands.h"
#include "tests/support/DocxFacts.h"
#include "tests/support/TestDatabase.h"

#include "core/lists/ListImport.h"
#include "core/lists/TableFile.h"
#include "core/lists/UnitTemplate.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitReportRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QDir>
#include <QFile>

namespace {

// A database with the built-in plan, and the unit with the most people.
struct BusiestUnit {
    FreshDatabase fresh;
    qint64 campaignId = BuiltInTemplate::install(*fresh.db).value();
    Unit unit;
    std::vector<Person> people; // the unit's
    std::vector<AwardForm> forms = AwardFormRepository(*fresh.db).all().value();

    BusiestUnit()
    {
        std::map<qint64, std::vector<Person>> byUnit;
        for (const Person& p : PersonRepository(*fresh.db).all().value())
            byUnit[p.unitId].push_back(p);
        for (const Unit& u : UnitRepository(*fresh.db).all().value())
            if (byUnit[u.id].size() > people.size()) {
                unit = u;
                people = byUnit[u.id];
            }
        REQUIRE(people.size() >= 3);
    }

    QString exportTemplate(const QString& kind)
    {
        const QString path = fresh.folder.file(QStringLiteral("mẫu %1.xlsx").arg(kind));
        const CommandRun run = runCommand({ QStringLiteral("export"), QStringLiteral("template"), kind, QStringLiteral("--db"), fresh.db->path(),
            QStringLiteral("--campaign"), QString::number(campaignId), QStringLiteral("--unit"), QString::number(unit.id), QStringLiteral("--output"), path });
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        return path;
    }

    CommandRun import(const QString& kind, const QString& path, bool dryRun = false)
    {
        QStringList arguments { QStringLiteral("import"), kind, QStringLiteral("--db"), fresh.db->path(), QStringLiteral("--input"), path };
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        return runCommand(arguments);
    }

    std::vector<Proposal> proposals() { return ProposalRepository(*fresh.db).forCampaign(campaignId).value(); }
};

constexpr int HeaderRow = 9; // the template's lines 1–8 name it; the table starts at line 9

} // namespace

TEST_CASE("a unit's proposal template lists the unit and its people under lines naming the campaign and unit, with the award forms to pick from")
{
    BusiestUnit season;
    const QString path = season.exportTemplate(QStringLiteral("proposals"));
    const QJsonObject sheets = xlsxSheets(path);
    const QJsonArray rows = sheets.value(QStringLiteral("Đề nghị khen thưởng")).toArray();
    REQUIRE(rows.size() == HeaderRow + 1 + int(season.people.size()));
    CHECK(rows[2].toArray()[0].toString() == QStringLiteral("Số đợt:"));
    CHECK(rows[2].toArray()[1].toString() == QString::number(season.campaignId));
    CHECK(rows[3].toArray()[1].toString() == season.unit.name);
    CHECK(rows[4].toArray()[1].toString() == season.unit.code);
    CHECK(rows[HeaderRow - 1].toArray()[4].toString() == QStringLiteral("Hình thức khen thưởng"));
    CHECK(rows[HeaderRow].toArray()[1].toString() == season.unit.name);
    CHECK(rows[HeaderRow + 1].toArray()[1].toString() == season.people[0].fullName);
    const QJsonArray forms = sheets.value(QStringLiteral("Danh mục")).toArray();
    REQUIRE(forms.size() == int(season.forms.size()));
    CHECK(forms[0].toArray()[0].toString() == season.forms[0].name);
    // The drop-down list covers the rows and spare lines under them; the list sheet is hidden.
    const QJsonObject facts = fillXlsx(path, path + QStringLiteral(".copy.xlsx"), {});
    REQUIRE(facts.value(QStringLiteral("validations")).toArray().size() == 1);
    CHECK(facts.value(QStringLiteral("validations")).toArray()[0].toArray()[0].toString().startsWith(QStringLiteral("E%1:E").arg(HeaderRow + 1)));
    CHECK(facts.value(QStringLiteral("validations")).toArray()[0].toArray()[1].toString().contains(QStringLiteral("Danh mục")));
    CHECK(facts.value(QStringLiteral("states")).toObject().value(QStringLiteral("Danh mục")).toString() == QStringLiteral("hidden"));

    // Templates for every unit at once, one file each, named after the unit.
    const QString folder = season.fresh.folder.file(QStringLiteral("Mẫu gửi đơn vị"));
    const CommandRun all = runCommand({ QStringLiteral("export"), QStringLiteral("template"), QStringLiteral("proposals"), QStringLiteral("--db"),
        season.fresh.db->path(), QStringLiteral("--campaign"), QString::number(season.campaignId), QStringLiteral("--output"), folder });
    REQUIRE(all.code == 0);
    CHECK(QDir(folder).entryList(QDir::Files).size() == int(UnitRepository(*season.fresh.db).all().value().size()));
    CHECK(QFile::exists(QDir(folder).filePath(UnitTemplate::suggestedFileName(UnitTemplate::Kind::Proposals, season.unit.name))));
}

TEST_CASE("a proposal template filled in by the unit imports back into its campaign and unit, whatever the file is called; again, nothing is added")
{
    BusiestUnit season;
    const QString sent = season.exportTemplate(QStringLiteral("proposals"));
    const QString back = season.fresh.folder.file(QStringLiteral("DS de nghi (ban cuoi).xlsx"));
    const QString giayKhen = season.forms.back().name;
    const int first = HeaderRow + 1; // the unit itself
    fillXlsx(sent, back,
        { { QStringLiteral("E%1").arg(first), giayKhen }, { QStringLiteral("F%1").arg(first), QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2025.") },
            { QStringLiteral("E%1").arg(first + 2), giayKhen },
            { QStringLiteral("F%1").arg(first + 2), QStringLiteral("Chủ trì 02 đề tài cấp tỉnh.\nĐược đánh giá xuất sắc.") } });
    const CommandRun dry = season.import(QStringLiteral("proposals"), back, true);
    INFO(dry.err.toStdString());
    REQUIRE(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("Dòng %1: thêm — %2").arg(first).arg(season.unit.name)));
    CHECK(dry.out.contains(QStringLiteral("Dòng %1: thêm — %2").arg(first + 2).arg(season.people[1].fullName)));
    CHECK(season.proposals().empty());

    const CommandRun done = season.import(QStringLiteral("proposals"), back);
    REQUIRE(done.code == 0);
    CHECK(done.out.contains(QStringLiteral("Đã thêm 2")));
    const std::vector<Proposal> proposals = season.proposals();
    REQUIRE(proposals.size() == 2);
    for (const Proposal& p : proposals) {
        CHECK(p.state == ProposalState::Draft);
        CHECK(p.proposingUnitId == season.unit.id);
        CHECK(p.awardFormId == season.forms.back().id);
    }
    const auto person = std::find_if(proposals.begin(), proposals.end(), [](const Proposal& p) { return p.nominee.kind == Nominee::Kind::Person; });
    REQUIRE(person != proposals.end());
    CHECK(person->nominee.id == season.people[1].id);
    CHECK(person->summary == QStringLiteral("Chủ trì 02 đề tài cấp tỉnh.\nĐược đánh giá xuất sắc."));

    const CommandRun again = season.import(QStringLiteral("proposals"), back);
    REQUIRE(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("Đã thêm 0, cập nhật 0, bỏ qua 2 đã có.")));
    CHECK(season.proposals().size() == 2);
}

TEST_CASE("mistakes in a filled proposal template are named by row and column and nothing is written")
{
    BusiestUnit season;
    Result<qint64> personOnly = AwardFormRepository(*season.fresh.db).add({ 0, QStringLiteral("Chiến sĩ thi đua cơ sở"), AwardLevel::Agency,
        QStringLiteral("Giám đốc Sở"), NomineeKind::Person, {}, {} });
    REQUIRE_OK(personOnly);
    const QString sent = season.exportTemplate(QStringLiteral("proposals"));
    const QString back = season.fresh.folder.file(QStringLiteral("có lỗi.xlsx"));
    const int first = HeaderRow + 1;
    const int added = first + 1 + int(season.people.size()); // a line the unit added under its people
    fillXlsx(sent, back,
        { { QStringLiteral("E%1").arg(first), QStringLiteral("Chiến sĩ thi đua cơ sở") }, { QStringLiteral("F%1").arg(first), QStringLiteral("Tập thể tốt.") },
            { QStringLiteral("E%1").arg(first + 1), QStringLiteral("Bằng khen của Bộ trưởng") }, { QStringLiteral("F%1").arg(first + 1), QStringLiteral("x") },
            { QStringLiteral("E%1").arg(first + 2), season.forms.back().name },
            { QStringLiteral("F%1").arg(first + 3), QStringLiteral("Có thành tích nhưng quên chọn hình thức.") },
            { QStringLiteral("B%1").arg(added), QStringLiteral("Người Mới Đến") }, { QStringLiteral("E%1").arg(added), season.forms.back().name },
            { QStringLiteral("F%1").arg(added), QStringLiteral("Mới chuyển đến.") } });
    const CommandRun run = season.import(QStringLiteral("proposals"), back);
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("Dòng %1, cột E (Hình thức khen thưởng): «Chiến sĩ thi đua cơ sở» chỉ dành cho cá nhân").arg(first)));
    CHECK(run.err.contains(QStringLiteral("Dòng %1, cột E (Hình thức khen thưởng): «Bằng khen của Bộ trưởng» không có trong danh mục").arg(first + 1)));
    CHECK(run.err.contains(QStringLiteral("Dòng %1, cột F (Tóm tắt thành tích): chưa ghi tóm tắt thành tích").arg(first + 2)));
    CHECK(run.err.contains(QStringLiteral("Dòng %1, cột E (Hình thức khen thưởng): có tóm tắt thành tích nhưng chưa chọn").arg(first + 3)));
    CHECK(run.err.contains(QStringLiteral("Dòng %1, cột B (Tập thể / cá nhân): không có cán bộ «Người Mới Đến» trong «%2»").arg(added).arg(season.unit.name)));
    CHECK(run.err.contains(QStringLiteral("Có 5 lỗi")));
    CHECK(season.proposals().empty());

    // The wrong template, a campaign this database does not have, a list that is no template.
    const QString figures = season.exportTemplate(QStringLiteral("report-figures"));
    CHECK(season.import(QStringLiteral("proposals"), figures).err.contains(QStringLiteral("Tệp là mẫu «Số liệu báo cáo tổng kết», không phải mẫu «Đề nghị khen thưởng».")));
    const QString elsewhere = season.fresh.folder.file(QStringLiteral("đợt khác.xlsx"));
    fillXlsx(sent, elsewhere, { { QStringLiteral("B3"), QStringLiteral("999") } });
    CHECK(season.import(QStringLiteral("proposals"), elsewhere).err.contains(QStringLiteral("không có đợt thi đua số 999")));
    const QString plain = season.fresh.folder.file(QStringLiteral("danh sách thường.csv"));
    QFile file(plain);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Tập thể / cá nhân,Hình thức khen thưởng,Tóm tắt thành tích\r\nA,B,C\r\n").toUtf8());
    file.close();
    CHECK(season.import(QStringLiteral("proposals"), plain).err.contains(QStringLiteral("Tệp không phải mẫu «Đề nghị khen thưởng» của ThiDua")));
    CHECK(season.proposals().empty());
}

TEST_CASE("a report figures template comes back as the unit's report: received today, figures and document; a second version updates it")
{
    BusiestUnit season;
    const QString sent = season.exportTemplate(QStringLiteral("report-figures"));
    const QJsonArray rows = xlsxSheets(sent).value(QStringLiteral("Số liệu báo cáo tổng kết")).toArray();
    CHECK(rows[HeaderRow - 1].toArray()[2].toString() == QStringLiteral("Số sáng kiến"));
    const QString back = season.fresh.folder.file(QStringLiteral("BC tong ket.xlsx"));
    fillXlsx(sent, back,
        { { QStringLiteral("A%1").arg(HeaderRow + 1), QStringLiteral("25/BC-VP") }, { QStringLiteral("B%1").arg(HeaderRow + 1), QStringLiteral("05/12/2025") },
            { QStringLiteral("C%1").arg(HeaderRow + 1), 3 }, { QStringLiteral("D%1").arg(HeaderRow + 1), 2 }, { QStringLiteral("E%1").arg(HeaderRow + 1), 7 },
            { QStringLiteral("F%1").arg(HeaderRow + 1), QStringLiteral("Hoàn thành 100% chỉ tiêu.") } });
    const CommandRun done = season.import(QStringLiteral("report-figures"), back);
    INFO(done.err.toStdString());
    REQUIRE(done.code == 0);
    CHECK(done.out.contains(QStringLiteral("Đã thêm 1")));
    auto reportOf = [&] { return UnitReportRepository(*season.fresh.db).forCampaign(season.campaignId, { season.unit }).value().front(); };
    UnitReport report = reportOf();
    CHECK(report.receivedOn == QDate::currentDate());
    CHECK(report.documentNumber == QStringLiteral("25/BC-VP"));
    CHECK(report.documentDate == QDate(2025, 12, 5));
    CHECK(report.initiatives == 3);
    CHECK(report.models == 2);
    CHECK(report.peopleCommended == 7);
    CHECK(report.summary == QStringLiteral("Hoàn thành 100% chỉ tiêu."));

    // The template taken again carries what was received; a corrected version updates it.
    const QString again = season.exportTemplate(QStringLiteral("report-figures"));
    CHECK(season.import(QStringLiteral("report-figures"), again).out.contains(QStringLiteral("bỏ qua 1 đã có")));
    const QString corrected = season.fresh.folder.file(QStringLiteral("BC sửa.xlsx"));
    fillXlsx(again, corrected, { { QStringLiteral("C%1").arg(HeaderRow + 1), 4 } });
    CHECK(season.import(QStringLiteral("report-figures"), corrected).out.contains(QStringLiteral("cập nhật 1")));
    CHECK(reportOf().initiatives == 4);

    const QString wrong = season.fresh.folder.file(QStringLiteral("BC sai.xlsx"));
    fillXlsx(again, wrong, { { QStringLiteral("C%1").arg(HeaderRow + 1), QStringLiteral("mười") }, { QStringLiteral("B%1").arg(HeaderRow + 1), QStringLiteral("32/13/2025") } });
    const CommandRun bad = season.import(QStringLiteral("report-figures"), wrong);
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("Dòng %1, cột C (Số sáng kiến): «mười» không phải là một số nguyên không âm.").arg(HeaderRow + 1)));
    CHECK(bad.err.contains(QStringLiteral("Dòng %1, cột B (Ngày văn bản): «32/13/2025» không phải là ngày").arg(HeaderRow + 1)));
    CHECK(reportOf().initiatives == 4);
}
