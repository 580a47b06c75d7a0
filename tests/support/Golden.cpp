#include "tests/support/Golden.h"

#include "tests/support/Catch.h"
#include "tests/support/DocumentChecker.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TextCompare.h"

#include "core/documents/PlanExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

// The text of the header rows of the document's data tables, which start each of their pages.
QStringList repeatedHeaders(const doc::Document& document)
{
    QStringList headers;
    for (const doc::Block& block : document.body)
        if (const auto* table = std::get_if<doc::Table>(&block); table && table->ruled && table->headerRows > 0) {
            QStringList words;
            for (int row = 0; row < table->headerRows && row < int(table->rows.size()); ++row)
                for (const doc::Cell& cell : table->rows[size_t(row)])
                    for (const doc::CellBlock& inside : cell.blocks)
                        if (const auto* p = std::get_if<doc::Paragraph>(&inside))
                            words << p->text();
            headers << normalizedText(words.join(QLatin1Char(' ')));
        }
    return headers;
}

} // namespace

void requireGolden(const doc::Document& document, const QString& name, TestFolder& folder, int year)
{
    const QString docx = folder.file(name + QStringLiteral(".docx"));
    const QString pdf = folder.file(name + QStringLiteral(".pdf"));
    REQUIRE_OK(PlanExport::writeDocument(document, DocumentFormat::Docx, docx));
    REQUIRE_OK(PlanExport::writeDocument(document, DocumentFormat::Pdf, pdf));
    const QString fromDocx = libreOfficeText(docx, folder.file(QString()));
    const QString goldenPath = testDataPath(QStringLiteral("golden/%1.txt").arg(name));
    if (qEnvironmentVariableIsSet("THIDUA_UPDATE_GOLDEN")) {
        QFile out(goldenPath);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(fromDocx.toUtf8());
    }
    QFile golden(goldenPath);
    REQUIRE(golden.open(QIODevice::ReadOnly));
    const QString expected = normalizedText(QString::fromUtf8(golden.readAll()));
    for (const QString& actual : { normalizedText(fromDocx),
             normalizedText(withoutPageNumbers(runTool(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") }),
                 repeatedHeaders(document))) }) {
        INFO(name.toStdString() << ": " << firstDifference(expected, actual).toStdString());
        const bool same = actual == expected;
        CHECK(same);
    }
    requireReviewable(docx, pdf, folder, { year });
}
