#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/UnitReportRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

TEST_CASE("a unit's report is on time, late or missing against its own deadline or the campaign's")
{
    UnitReport report;
    const QDate campaignDeadline(2026, 11, 30);
    CHECK(statusOf(report, campaignDeadline) == ReportStatus::NotSubmitted);
    CHECK_FALSE(isOverdue(report, campaignDeadline, QDate(2026, 11, 30)));
    CHECK(isOverdue(report, campaignDeadline, QDate(2026, 12, 1)));
    CHECK_FALSE(isOverdue(report, std::nullopt, QDate(2030, 1, 1))); // no deadline, never overdue
    report.receivedOn = QDate(2026, 11, 30);
    CHECK(statusOf(report, campaignDeadline) == ReportStatus::Submitted);
    report.receivedOn = QDate(2026, 12, 1);
    CHECK(statusOf(report, campaignDeadline) == ReportStatus::Late);
    report.deadline = QDate(2026, 12, 5); // the unit was given longer
    CHECK(statusOf(report, campaignDeadline) == ReportStatus::Submitted);
    CHECK(statusOf(report, std::nullopt) == ReportStatus::Submitted);
}

TEST_CASE("units' reports are kept per campaign with their figures; bad figures are refused by name")
{
    FreshDatabase fresh;
    const qint64 campaignId = BuiltInTemplate::install(*fresh.db).value();
    UnitReportRepository reports(*fresh.db);
    CHECK_FALSE(reports.campaignDeadline(campaignId).value().has_value());
    REQUIRE_OK(reports.setCampaignDeadline(campaignId, QDate(2026, 11, 30)));
    CHECK(reports.campaignDeadline(campaignId).value() == QDate(2026, 11, 30));

    std::vector<UnitReport> all = reports.forCampaign(campaignId).value();
    REQUIRE(all.size() == 8); // one per unit, none stored yet
    CHECK(std::all_of(all.begin(), all.end(), [](const UnitReport& r) { return r.id == 0 && !r.receivedOn; }));
    UnitReport& report = all[2];
    report.receivedOn = QDate(2026, 11, 29);
    report.documentNumber = QStringLiteral(" 07/BC-TTr ");
    report.documentDate = QDate(2026, 11, 28);
    report.summary = QStringLiteral("Hoàn thành kế hoạch thanh tra năm.");
    report.initiatives = 1;
    report.models = -1;
    const Status negative = reports.save(report);
    REQUIRE_FALSE(negative);
    CHECK(negative.error().message.contains(QStringLiteral("«Số mô hình, cách làm hay»")));
    report.models = 2;
    report.documentDate = QDate(2026, 12, 2);
    CHECK(reports.save(report).error().message.contains(QStringLiteral("«Ngày văn bản»")));
    report.documentDate = QDate(2026, 11, 28);
    REQUIRE_OK(reports.save(report));
    const UnitReport stored = reports.forCampaign(campaignId).value()[2];
    CHECK(stored.id == report.id);
    CHECK(stored.documentNumber == QStringLiteral("07/BC-TTr"));
    CHECK(stored.receivedOn == QDate(2026, 11, 29));
    CHECK(stored.models == 2);
    CHECK(stored.summary == report.summary);
}

TEST_CASE("files a unit sends are copied beside the database and deleted with their record")
{
    FreshDatabase fresh;
    const qint64 campaignId = BuiltInTemplate::install(*fresh.db).value();
    UnitReportRepository reports(*fresh.db);
    const QString source = fresh.folder.file(QStringLiteral("Tài liệu nhận/Báo cáo tổng kết VP.pdf"));
    QDir().mkpath(QFileInfo(source).absolutePath());
    QFile file(source);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 nội dung");
    file.close();

    UnitReport report = reports.forCampaign(campaignId).value()[0];
    Result<UnitReportFile> first = reports.attach(report, source); // saves the new report first
    REQUIRE_OK(first);
    CHECK(report.id > 0);
    Result<UnitReportFile> second = reports.attach(report, source); // the same name again
    REQUIRE_OK(second);
    CHECK(first.value().storedPath != second.value().storedPath);
    CHECK(second.value().fileName == QStringLiteral("Báo cáo tổng kết VP.pdf"));
    const QString copy = reports.absolutePath(first.value()).value();
    CHECK(copy.startsWith(reports.attachmentsFolder()));
    CHECK(reports.attachmentsFolder().endsWith(QStringLiteral("Thi đua 2025 - Tệp đính kèm")));
    QFile copied(copy);
    REQUIRE(copied.open(QIODevice::ReadOnly));
    CHECK(copied.readAll() == QByteArray("%PDF-1.4 nội dung"));
    copied.close();
    CHECK(reports.forCampaign(campaignId).value()[0].files.size() == 2);

    // A copy of the database (Lưu bản sao…) takes its attachments along.
    const QString elsewhere = fresh.folder.file(QStringLiteral("USB/Thi đua 2025 - bản sao.thidua"));
    QDir().mkpath(QFileInfo(elsewhere).absolutePath());
    REQUIRE_OK(fresh.db->saveCopyTo(elsewhere));
    Result<int> carried = reports.copyAttachmentsBeside(elsewhere);
    REQUIRE_OK(carried);
    CHECK(carried.value() == 2);
    {
        std::unique_ptr<Database> other = openOrFail(elsewhere);
        UnitReportRepository copies(*other);
        const std::vector<UnitReportFile> files = copies.forCampaign(campaignId).value()[0].files;
        REQUIRE(files.size() == 2);
        CHECK(fileBytes(copies.absolutePath(files[0]).value()) == QByteArray("%PDF-1.4 nội dung"));
        CHECK(copies.attachmentsFolder().endsWith(QStringLiteral("Thi đua 2025 - bản sao - Tệp đính kèm")));
    }

    REQUIRE_OK(reports.detach(first.value()));
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(QFileInfo::exists(source)); // the original is the unit's, never touched
    CHECK(reports.forCampaign(campaignId).value()[0].files.size() == 1);
    CHECK(reports.attach(report, fresh.folder.file(QStringLiteral("không có.pdf"))).error().message.contains(QStringLiteral("Không tìm thấy")));
}

TEST_CASE("an attachment record that points outside the attachments folder is never opened nor deleted")
{
    FreshDatabase fresh;
    const qint64 campaignId = BuiltInTemplate::install(*fresh.db).value();
    UnitReportRepository reports(*fresh.db);
    // Files the clerk keeps beside the database, which a hostile record aims at.
    const QString victim = fresh.folder.file(QStringLiteral("Hồ sơ quan trọng.docx"));
    QFile file(victim);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("dữ liệu của văn phòng");
    file.close();
    UnitReport report = reports.forCampaign(campaignId).value()[0];
    const QString source = fresh.folder.file(QStringLiteral("gửi.pdf"));
    QFile sent(source);
    REQUIRE(sent.open(QIODevice::WriteOnly));
    sent.write("%PDF");
    sent.close();
    REQUIRE_OK(reports.attach(report, source));
    const QString folder = reports.attachmentsFolder();
    // A link inside the folder that leads out of it.
    REQUIRE(QFile::link(victim, folder + QStringLiteral("/lối tắt.docx")));

    // Records a .thidua file from elsewhere could carry: up and out, absolute, a drive, the link.
    const QStringList hostile { QStringLiteral("../Hồ sơ quan trọng.docx"), QStringLiteral("%1/../../Hồ sơ quan trọng.docx").arg(campaignId), victim,
        QStringLiteral("C:/Windows/win.ini"), QStringLiteral("lối tắt.docx") };
    for (const QString& stored : hostile) {
        QSqlQuery insert(fresh.db->connection());
        insert.prepare(QStringLiteral("INSERT INTO unit_report_file (report_id, file_name, stored_path) VALUES (?, 'vô hại.pdf', ?)"));
        insert.addBindValue(report.id);
        insert.addBindValue(stored);
        REQUIRE(insert.exec());
    }
    const std::vector<UnitReportFile> files = reports.forCampaign(campaignId).value()[0].files;
    REQUIRE(files.size() == size_t(hostile.size()) + 1);
    for (const UnitReportFile& recorded : files) {
        if (!hostile.contains(recorded.storedPath)) {
            CHECK(reports.absolutePath(recorded).ok()); // the real attachment still opens
            continue;
        }
        INFO(recorded.storedPath.toStdString());
        const Result<QString> path = reports.absolutePath(recorded);
        REQUIRE_FALSE(path.ok());
        CHECK(path.error().message.contains(QStringLiteral("ngoài thư mục tệp đính kèm")));
        REQUIRE_OK(reports.detach(recorded)); // the record goes…
        CHECK(fileBytes(victim) == QByteArray("dữ liệu của văn phòng")); // …the file it named stays
    }
    CHECK(reports.forCampaign(campaignId).value()[0].files.size() == 1);
}
