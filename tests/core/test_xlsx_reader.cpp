#include "tests/support/Catch.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"

#include "core/documents/writers/XlsxWriter.h"
#include "core/lists/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
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

TEST_CASE("a spreadsheet bomb is refused by its size before memory is taken: far cells, rows by the thousand, a declared million rows")
{
    TestFolder folder;
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
    // A minimal workbook whose sheet XML is given; written with Python's zipfile, deflated.
    const auto bomb = [&](const QString& name, const QString& sheetXmlExpression) {
        const QString path = folder.file(name);
        runTool(python, { QStringLiteral("-c"),
                            QStringLiteral("import zipfile,sys\n"
                                           "W='http://schemas.openxmlformats.org/spreadsheetml/2006/main'\n"
                                           "R='http://schemas.openxmlformats.org/officeDocument/2006/relationships'\n"
                                           "sheet=%1\n"
                                           "z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED)\n"
                                           "z.writestr('[Content_Types].xml','<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>')\n"
                                           "z.writestr('xl/workbook.xml','<workbook xmlns=\"'+W+'\" xmlns:r=\"'+R+'\"><sheets><sheet name=\"Bom\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>')\n"
                                           "z.writestr('xl/_rels/workbook.xml.rels','<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"x\" Target=\"worksheets/sheet1.xml\"/></Relationships>')\n"
                                           "z.writestr('xl/worksheets/sheet1.xml','<worksheet xmlns=\"'+W+'\">'+sheet+'</worksheet>')\n"
                                           "z.close()")
                                .arg(sheetXmlExpression),
                            path });
        return path;
    };
    // 60,000 rows with one value far to the right each: a few hundred kilobytes once zipped.
    const QString farRight = bomb(QStringLiteral("bom cột XFD.xlsx"),
        QStringLiteral("'<sheetData>'+''.join('<row r=\"%d\"><c r=\"XFD%d\" t=\"inlineStr\"><is><t>x</t></is></c></row>'%(i,i) for i in range(1,60001))+'</sheetData>'"));
    const Result<TextTable> far = XlsxReader::readFirstSheet(farRight);
    REQUIRE_FALSE(far.ok());
    INFO(far.error().message.toStdString());
    CHECK(far.error().message.contains(QStringLiteral("XFD1")));
    CHECK(QFileInfo(farRight).size() < 2 * 1024 * 1024);

    // Within the columns, but 60,000 rows of 1,000 cells each.
    const QString wide = bomb(QStringLiteral("bom nhiều ô.xlsx"),
        QStringLiteral("'<sheetData>'+''.join('<row r=\"%d\"><c r=\"ALL%d\" t=\"inlineStr\"><is><t>x</t></is></c></row>'%(i,i) for i in range(1,60001))+'</sheetData>'"));
    const Result<TextTable> many = XlsxReader::readFirstSheet(wide);
    REQUIRE_FALSE(many.ok());
    CHECK(many.error().message.contains(QStringLiteral("quá lớn")));

    // A sheet that declares more rows than any list.
    const QString declared = bomb(QStringLiteral("bom khai báo.xlsx"),
        QStringLiteral("'<dimension ref=\"A1:B1048576\"/><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>'"));
    const Result<TextTable> huge = XlsxReader::readFirstSheet(declared);
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().message.contains(QStringLiteral("khai báo")));

    // An ordinary sheet of the same shape, far smaller, still reads.
    const QString fine = bomb(QStringLiteral("bình thường.xlsx"),
        QStringLiteral("'<dimension ref=\"A1:C3\"/><sheetData>'+''.join('<row r=\"%d\"><c r=\"C%d\" t=\"inlineStr\"><is><t>ô %d</t></is></c></row>'%(i,i,i) for i in range(1,4))+'</sheetData>'"));
    const Result<TextTable> read = XlsxReader::readFirstSheet(fine);
    REQUIRE_OK(read);
    CHECK(read.value().rows.size() == 3);
    CHECK(read.value().rows[2].value(2) == QStringLiteral("ô 3"));
}
