#include "tests/support/Catch.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"

#include "core/documents/writers/XlsxWriter.h"
#include "core/lists/XlsxReader.h"

#include <QFile>
#include <QRandomGenerator>

TEST_CASE("a workbook written by ThiDua reads back cell for cell, Vietnamese, numbers and gaps included")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("Danh sách đọc lại.xlsx"));
    XlsxWriter::Sheet sheet { QStringLiteral("Cán bộ"), { QStringLiteral("TT"), QStringLiteral("Họ và tên"), QStringLiteral("Năm sinh"), QStringLiteral("Ghi chú") },
        { { QStringLiteral("1"), QStringLiteral("Nguyễn Thị Ánh Tuyết"), QStringLiteral("1980"), QString() },
            { QStringLiteral("2"), QStringLiteral("Lò Văn Hùng"), QString(), QStringLiteral("Dòng 1\nDòng 2, \"trích\"") } },
        {}, { true, false, true } };
    REQUIRE_OK(XlsxWriter::write({ sheet }, path));
    Result<TextTable> table = XlsxReader::readFirstSheet(path);
    REQUIRE_OK(table);
    CHECK(table.value().sheetName == QStringLiteral("Cán bộ"));
    REQUIRE(table.value().rows.size() == 3);
    CHECK(table.value().rows[0] == sheet.header);
    CHECK(table.value().rows[1] == QStringList { QStringLiteral("1"), QStringLiteral("Nguyễn Thị Ánh Tuyết"), QStringLiteral("1980") });
    CHECK(table.value().rows[2] == QStringList { QStringLiteral("2"), QStringLiteral("Lò Văn Hùng"), QString(), QStringLiteral("Dòng 1\nDòng 2, \"trích\"") });
}

TEST_CASE("a workbook another program wrote (openpyxl) reads back, gaps and far cells included")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("từ openpyxl.xlsx"));
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
    runTool(python, { QStringLiteral("-c"),
                        QStringLiteral("import openpyxl,sys\n"
                                       "b=openpyxl.Workbook(); s=b.active; s.title='Đơn vị'\n"
                                       "s.append(['Mã','Tên đơn vị']); s.append(['VP','Văn phòng']); s['D5']='Ô xa'; s['C3']=2.5\n"
                                       "b.save(sys.argv[1])"),
                        path });
    Result<TextTable> table = XlsxReader::readFirstSheet(path);
    REQUIRE_OK(table);
    CHECK(table.value().sheetName == QStringLiteral("Đơn vị"));
    REQUIRE(table.value().rows.size() == 5);
    CHECK(table.value().rows[1] == QStringList { QStringLiteral("VP"), QStringLiteral("Văn phòng") });
    CHECK(table.value().rows[2].value(2) == QStringLiteral("2.5"));
    CHECK(table.value().rows[3].isEmpty());
    CHECK(table.value().rows[4].value(3) == QStringLiteral("Ô xa"));
}

TEST_CASE("a file that is not a workbook, or a damaged one, is refused; thousands of mutations never crash the reader")
{
    TestFolder folder;
    const QString text = folder.file(QStringLiteral("không phải excel.xlsx"));
    QFile fake(text);
    REQUIRE(fake.open(QIODevice::WriteOnly));
    fake.write("Họ và tên,Đơn vị\nA,B\n");
    fake.close();
    CHECK(XlsxReader::readFirstSheet(text).error().message.contains(QStringLiteral("không phải là bảng tính Excel")));
    CHECK(XlsxReader::readFirstSheet(folder.file(QStringLiteral("không có.xlsx"))).error().message.contains(QStringLiteral("Không tìm thấy")));

    const QString good = folder.file(QStringLiteral("gốc.xlsx"));
    XlsxWriter::Sheet sheet { QStringLiteral("Cán bộ"), { QStringLiteral("Họ và tên"), QStringLiteral("Năm sinh") }, {}, {}, { false, true } };
    for (int i = 0; i < 50; ++i)
        sheet.rows.push_back({ QStringLiteral("Người thứ %1").arg(i), QString::number(1970 + i) });
    REQUIRE_OK(XlsxWriter::write({ sheet }, good));
    QFile source(good);
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QByteArray original = source.readAll();
    source.close();

    const QString truncated = folder.file(QStringLiteral("cụt.xlsx"));
    QFile cut(truncated);
    REQUIRE(cut.open(QIODevice::WriteOnly));
    cut.write(original.left(original.size() / 2));
    cut.close();
    CHECK_FALSE(XlsxReader::readFirstSheet(truncated));

    QRandomGenerator random(26112026);
    const QString mutated = folder.file(QStringLiteral("đột biến.xlsx"));
    int refused = 0;
    constexpr int Cases = 2000;
    for (int i = 0; i < Cases; ++i) {
        QByteArray bytes = original;
        const int flips = 1 + int(random.bounded(8));
        for (int f = 0; f < flips; ++f)
            bytes[int(random.bounded(bytes.size()))] = char(random.bounded(256));
        if (i % 10 == 0)
            bytes.truncate(int(random.bounded(bytes.size())));
        QFile out(mutated);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        const Result<TextTable> result = XlsxReader::readFirstSheet(mutated); // must return, not crash
        refused += result ? 0 : 1;
        if (!result)
            CHECK_FALSE(result.error().message.isEmpty());
    }
    INFO(refused << " of " << Cases << " mutations refused");
    CHECK(refused > Cases / 2);
}
