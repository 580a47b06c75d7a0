// Reading a Word document back as paragraphs: ThiDua's own plan, Word's automatic numbering as
// python-docx writes it, and files that are not documents at all.
#include "core/documents/PlanExport.h"
#include "core/importing/DocxReader.h"
#include "core/templates/BuiltInTemplate.h"
#include "tests/support/Catch.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"

#include <QFile>

namespace {

// Writes a document with python-docx (an independent writer), from a script given the path as argv[1].
void writeWithPythonDocx(const QString& path, const QString& script)
{
    runTool(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, path });
}

} // namespace

TEST_CASE("ThiDua's own plan reads back paragraph by paragraph, the header in its table")
{
    FreshDatabase fresh;
    const qint64 campaignId = BuiltInTemplate::install(*fresh.db).value();
    const QString path = fresh.folder.file(QStringLiteral("kế hoạch.docx"));
    REQUIRE_OK(PlanExport::writeDocument(
        PlanExport::buildPlanDocument(*fresh.db, campaignId).value(), DocumentFormat::Docx, path));
    Result<std::vector<DocxReader::Paragraph>> read = DocxReader::read(path);
    REQUIRE_OK(read);
    const std::vector<DocxReader::Paragraph>& paragraphs = read.value();
    REQUIRE(paragraphs.size() > 50);
    CHECK(paragraphs.front().table == 0);
    CHECK(paragraphs.front().text == QStringLiteral("UBND TỈNH LAI CHÂU"));
    auto find = [&](const QString& text) {
        for (const DocxReader::Paragraph& p : paragraphs)
            if (p.text == text)
                return p;
        FAIL("not read: " << text.toStdString());
        return DocxReader::Paragraph {};
    };
    const DocxReader::Paragraph type = find(QStringLiteral("KẾ HOẠCH"));
    CHECK(type.bold);
    CHECK(type.align == doc::Align::Center);
    CHECK(type.table == -1);
    CHECK(find(QStringLiteral("I. MỤC ĐÍCH, YÊU CẦU")).bold);
    const DocxReader::Paragraph basis
        = paragraphs[size_t(std::find_if(paragraphs.begin(), paragraphs.end(), [](const DocxReader::Paragraph& p) {
              return p.text.startsWith(QStringLiteral("Căn cứ"));
          }) - paragraphs.begin())];
    CHECK(basis.italic);
    CHECK_FALSE(basis.bold);
    CHECK(basis.align == doc::Align::Justify);
}

TEST_CASE("Word's own numbering is read as the labels Word draws, counted per list and level")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("danh sách.docx"));
    writeWithPythonDocx(path,
        QStringLiteral("import sys\n"
                       "from docx import Document\n"
                       "d = Document()\n"
                       "for t in ['Một', 'Hai', 'Ba']: d.add_paragraph(t, style='List Number')\n"
                       "d.add_paragraph('Chấm', style='List Bullet')\n"
                       "p = d.add_paragraph()\n"
                       "r = p.add_run('Đậm'); r.bold = True\n"
                       "d.save(sys.argv[1])\n"));
    const std::vector<DocxReader::Paragraph> paragraphs = DocxReader::read(path).value();
    REQUIRE(paragraphs.size() == 5);
    CHECK(paragraphs[0].numberLabel == QStringLiteral("1."));
    CHECK(paragraphs[1].numberLabel == QStringLiteral("2."));
    CHECK(paragraphs[2].numberLabel == QStringLiteral("3."));
    CHECK(paragraphs[2].text == QStringLiteral("Ba"));
    CHECK(paragraphs[3].numberLabel == QStringLiteral("•"));
    CHECK(paragraphs[4].numberLabel.isEmpty());
    CHECK(paragraphs[4].bold);
}

TEST_CASE("a file that is not a Word document is refused with the reason, nothing half-read")
{
    TestFolder folder;
    const QString text = folder.file(QStringLiteral("ghi chú.docx"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("không phải tệp Word");
    file.close();
    const Result<std::vector<DocxReader::Paragraph>> notZip = DocxReader::read(text);
    REQUIRE_FALSE(notZip.ok());
    CHECK(notZip.error().message.contains(QStringLiteral("không phải là văn bản Word (.docx) hợp lệ")));

    const QString workbook = folder.file(QStringLiteral("bảng.docx")); // a zip without a document part
    writeWithPythonDocx(workbook,
        QStringLiteral("import sys, zipfile\n"
                       "with zipfile.ZipFile(sys.argv[1], 'w') as z: z.writestr('xl/workbook.xml', '<workbook/>')\n"));
    const Result<std::vector<DocxReader::Paragraph>> noDocument = DocxReader::read(workbook);
    REQUIRE_FALSE(noDocument.ok());
    CHECK(noDocument.error().detail.contains(QStringLiteral("word/document.xml")));

    const QString broken = folder.file(QStringLiteral("hỏng.docx")); // a document part cut short
    writeWithPythonDocx(broken,
        QStringLiteral(
            "import sys, zipfile\n"
            "with zipfile.ZipFile(sys.argv[1], 'w') as z: z.writestr('word/document.xml', "
            "'<w:document "
            "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Kế')\n"));
    CHECK_FALSE(DocxReader::read(broken).ok());

    const QString bomb = folder.file(QStringLiteral("bom.docx")); // 80 MB of document in a small file
    writeWithPythonDocx(bomb,
        QStringLiteral("import sys, zipfile\n"
                       "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z: "
                       "z.writestr('word/document.xml', ' ' * (80 * 1024 * 1024))\n"));
    const Result<std::vector<DocxReader::Paragraph>> tooLarge = DocxReader::read(bomb);
    REQUIRE_FALSE(tooLarge.ok());
    CHECK(tooLarge.error().detail.contains(QStringLiteral("quá lớn")));
}
