#include "tests/support/AnnualSeason.h"
#include "tests/support/Catch.h"
#include "tests/support/Commands.h"
#include "tests/support/DocxFacts.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/AgencyRepository.h"

#include <QJsonArray>

namespace {

struct ReportedYear {
    FreshDatabase fresh;
    Database& db = *fresh.db;
    AnnualSeason season = buildAnnualSeason(db);

    ReportedYear()
    {
        addReportingYear(db, season);
        REQUIRE_OK(AgencyRepository(db).save({ QStringLiteral("UBND TỈNH LAI CHÂU"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), QStringLiteral("SKHCN"),
            QStringLiteral("Lai Châu"), QStringLiteral("Sở Khoa học và Công nghệ") }));
    }
    QString exportForm(const QString& form, const QString& format)
    {
        const QString path = fresh.folder.file(QStringLiteral("Biểu %1.%2").arg(form, format));
        const CommandRun run = runCommand({ QStringLiteral("export"), QStringLiteral("statistics"), QStringLiteral("--db"), db.path(),
            QStringLiteral("--form"), form, QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--format"), format,
            QStringLiteral("--output"), path });
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        return path;
    }
};

// The row of a sheet whose column B holds the code, its cells from column D on (1: Tổng số …).
QStringList numbersOf(const QJsonArray& rows, const QString& code, int firstNumberColumn)
{
    for (const QJsonValue& row : rows) {
        const QJsonArray cells = row.toArray();
        if (cells.size() > 1 && cells[1].toString() == code) {
            QStringList numbers;
            for (int c = firstNumberColumn; c < cells.size(); ++c)
                numbers << cells[c].toVariant().toString();
            return numbers;
        }
    }
    return {};
}

} // namespace

TEST_CASE("form 0603.N read back from Excel by openpyxl holds the season's numbers under the form's header")
{
    ReportedYear year;
    const QJsonArray rows = xlsxSheets(year.exportForm(QStringLiteral("0603"), QStringLiteral("xlsx"))).value(QStringLiteral("Biểu 0603")).toArray();
    REQUIRE(rows.size() > 20);
    CHECK(rows[0].toArray()[0].toString() == QStringLiteral("Biểu số 0603.N/BNV-TĐKT"));
    CHECK(rows[1].toArray()[0].toString().contains(QStringLiteral("Thông tư số 02/2023/TT-BNV")));
    CHECK(rows[6].toArray()[1].toString() == QStringLiteral("Sở Nội vụ tỉnh Lai Châu"));
    const auto numbers = [&](const char* code) { return numbersOf(rows, QLatin1String(code), 3).join(QLatin1Char(',')); };
    CHECK(numbers("01") == QStringLiteral("5,3,1,1,0"));
    CHECK(numbers("02") == QStringLiteral("2,1,0,1,0"));
    CHECK(numbers("10") == QStringLiteral("3,2,1,0,0"));
    CHECK(numbers("12") == QStringLiteral("2,2,0,0,0"));
}

TEST_CASE("forms 0601.N and 0602.N read back through LibreOffice: header, numbers, signatures")
{
    ReportedYear year;
    const QString movements = libreOfficeText(year.exportForm(QStringLiteral("0601"), QStringLiteral("docx")), year.fresh.folder.file(QStringLiteral("lo")));
    CHECK(movements.contains(QStringLiteral("Biểu số 0601.N/BNV-TĐKT")));
    CHECK(movements.contains(QStringLiteral("SỐ PHONG TRÀO THI ĐUA")));
    CHECK(movements.contains(QStringLiteral("Đơn vị báo cáo: Sở Khoa học và Công nghệ tỉnh Lai Châu")));
    CHECK(movements.contains(QStringLiteral("(Từ ngày 01/01/2026 đến ngày 31/12/2026)")));
    CHECK(movements.contains(QStringLiteral("Đơn vị tính: phong trào")));
    CHECK(movements.contains(QStringLiteral("NGƯỜI LẬP BIỂU")));
    CHECK(movements.contains(QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ")));
    CHECK(movements.contains(QStringLiteral("(Ký, họ tên, đóng dấu)")));

    const QString state = libreOfficeText(year.exportForm(QStringLiteral("0602"), QStringLiteral("docx")), year.fresh.folder.file(QStringLiteral("lo2")));
    CHECK(state.contains(QStringLiteral("SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC")));
    CHECK(state.contains(QStringLiteral("Bằng khen của Thủ tướng Chính phủ")));
    // The PDF of the same form, laid out by ThiDua, is landscape.
    const QString pdf = year.exportForm(QStringLiteral("0602"), QStringLiteral("pdf"));
    const QString info = runTool(QStringLiteral("pdfinfo"), { pdf });
    CHECK(info.contains(QStringLiteral("842 x 595 pts")));
}
