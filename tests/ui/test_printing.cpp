// What goes to a printer is placed from the paper's edge: full-page mode, so a driver's unprintable
// margin (Windows keeps it unless the page is full) does not shift the lines or a certificate.
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/certificates/CertificatePrinter.h"
#include "ui/documents/PaperPrinter.h"

#include <QFileInfo>

TEST_CASE("documents and certificates print in full-page mode, the page's origin at the paper's edge")
{
    TestFolder folder;
    const std::unique_ptr<QPrinter> printer = PaperPrinter::make();
    CHECK(printer->fullPage());
    CHECK(printer->resolution() >= 300);
    printer->setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = folder.file(QStringLiteral("Trang căn chỉnh.pdf"));
    printer->setOutputFileName(pdf);
    CertificatePrinter::printCalibration(*printer, CertificateLayout::standard(), PrinterNudge {});
    CHECK(printer->pageLayout().mode() == QPageLayout::FullPageMode);
    const QRectF paper = printer->pageLayout().fullRect(QPageLayout::Millimeter);
    CHECK(printer->pageRect(QPrinter::Millimeter).topLeft() == paper.topLeft());
    CHECK(paper.width() == Approx(297)); // the standard blank: A4 landscape
    CHECK(QFileInfo(pdf).size() > 0);
}
