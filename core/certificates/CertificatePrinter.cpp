#include "core/certificates/CertificatePrinter.h"

#include "core/documents/writers/DocumentFont.h"
#include "core/documents/writers/PdfWriter.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace CertificatePrinter {

namespace {

struct CertificatePrinterText {
    Q_DECLARE_TR_FUNCTIONS(CertificatePrinter)
};

double pxPerMmOf(const QPaintDevice& device) { return device.logicalDpiX() / 25.4; }

void cross(QPainter& painter, double pxPerMm, double xMm, double yMm, double armMm)
{
    painter.drawLine(QPointF((xMm - armMm) * pxPerMm, yMm * pxPerMm), QPointF((xMm + armMm) * pxPerMm, yMm * pxPerMm));
    painter.drawLine(QPointF(xMm * pxPerMm, (yMm - armMm) * pxPerMm), QPointF(xMm * pxPerMm, (yMm + armMm) * pxPerMm));
}

// Fonts are sized for the device's own resolution: on a scaled view (the preview) the painter is
// scaled instead, so text and positions shrink together. Returns the device's pixels per mm.
double scaleToDevice(QPainter& painter, double pxPerMm)
{
    const double native = pxPerMmOf(*painter.device());
    painter.scale(pxPerMm / native, pxPerMm / native);
    return native;
}

} // namespace

void paint(QPainter& painter, double pxPerMm, const CertificateLayout& layout, PrinterNudge nudge,
    const CertificateText::Certificate& certificate)
{
    painter.save();
    pxPerMm = scaleToDevice(painter, pxPerMm);
    painter.setPen(Qt::black);
    for (const FieldPlacement& field : layout.fields) {
        const auto text = certificate.texts.find(field.field);
        if (text == certificate.texts.end())
            continue;
        for (const CertificateText::PlacedLine& line :
            CertificateText::place(layout, field, text->second, nudge, painter.device()->logicalDpiX())) {
            painter.setFont(line.font);
            painter.drawText(QPointF(line.xMm * pxPerMm, line.baselineMm * pxPerMm), line.text);
        }
    }
    painter.restore();
}

void paintCalibration(QPainter& painter, double pxPerMm, const CertificateLayout& layout, PrinterNudge nudge)
{
    painter.save();
    pxPerMm = scaleToDevice(painter, pxPerMm);
    painter.setPen(QPen(Qt::black, std::max(1.0, 0.2 * pxPerMm)));
    const double w = layout.pageWidthMm, h = layout.pageHeightMm;
    // The frame and rulers are where the layout says, moved by the nudge like the text.
    painter.translate(nudge.xMm * pxPerMm, nudge.yMm * pxPerMm);
    painter.drawRect(QRectF(10 * pxPerMm, 10 * pxPerMm, (w - 20) * pxPerMm, (h - 20) * pxPerMm));
    QFont small = documentFont(layout.fontFamily, 7);
    painter.setFont(small);
    for (int x = 10; x <= int(w) - 10; x += 10) {
        const double tick = x % 50 == 0 ? 6 : 3;
        painter.drawLine(QPointF(x * pxPerMm, 10 * pxPerMm), QPointF(x * pxPerMm, (10 + tick) * pxPerMm));
        if (x % 50 == 0)
            painter.drawText(QPointF((x + 0.8) * pxPerMm, 18 * pxPerMm), QString::number(x));
    }
    for (int y = 10; y <= int(h) - 10; y += 10) {
        const double tick = y % 50 == 0 ? 6 : 3;
        painter.drawLine(QPointF(10 * pxPerMm, y * pxPerMm), QPointF((10 + tick) * pxPerMm, y * pxPerMm));
        if (y % 50 == 0)
            painter.drawText(QPointF(12 * pxPerMm, (y - 0.8) * pxPerMm), QString::number(y));
    }
    for (const FieldPlacement& field : layout.fields) {
        const double x = field.centred ? field.xMm + field.widthMm / 2 : field.xMm;
        cross(painter, pxPerMm, x, field.baselineMm, 4);
        painter.drawLine(QPointF(field.xMm * pxPerMm, field.baselineMm * pxPerMm),
            QPointF((field.xMm + field.widthMm) * pxPerMm, field.baselineMm * pxPerMm));
        painter.drawText(QPointF((x + 1) * pxPerMm, (field.baselineMm - 1) * pxPerMm), fieldLabel(field.field));
    }
    // The instructions go in the band under the top ruler, clear of where fields usually sit.
    painter.setFont(documentFont(layout.fontFamily, 10));
    painter.drawText(QRectF(25 * pxPerMm, 22 * pxPerMm, (w - 50) * pxPerMm, 16 * pxPerMm), Qt::AlignCenter | Qt::TextWordWrap,
        CertificatePrinterText::tr("Trang căn chỉnh «%1» (%2 × %3 mm). Đặt trang này lên phôi, soi ngược sáng: khung cách mép phôi "
                                   "đúng 10 mm. Đo độ lệch rồi nhập vào «Lệch ngang / Lệch dọc» của máy in (sang phải, xuống dưới là số "
                                   "dương). Độ lệch đang dùng: %4, %5 mm.")
            .arg(layout.name)
            .arg(w)
            .arg(h)
            .arg(nudge.xMm)
            .arg(nudge.yMm));
    painter.restore();
}

void preparePage(QPagedPaintDevice& device, const CertificateLayout& layout)
{
    const bool landscape = layout.pageWidthMm > layout.pageHeightMm;
    const QSizeF portrait(std::min(layout.pageWidthMm, layout.pageHeightMm), std::max(layout.pageWidthMm, layout.pageHeightMm));
    device.setPageSize(QPageSize(portrait, QPageSize::Millimeter, layout.name, QPageSize::ExactMatch));
    device.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

Result<int> print(QPagedPaintDevice& device, const CertificateLayout& layout, PrinterNudge nudge,
    const std::vector<CertificateText::Certificate>& certificates, const std::function<bool(int)>& progress)
{
    if (Status fits = CertificateText::checkFits(layout, nudge, certificates, device.logicalDpiX()); !fits)
        return fits.error();
    preparePage(device, layout);
    QPainter painter(&device);
    if (!painter.isActive())
        return Error { CertificatePrinterText::tr("Không mở được máy in hoặc tệp để in Giấy khen."), {} };
    const double pxPerMm = pxPerMmOf(device);
    for (size_t i = 0; i < certificates.size(); ++i) {
        if (i > 0)
            device.newPage();
        paint(painter, pxPerMm, layout, nudge, certificates[i]);
        if (progress && !progress(int(i) + 1))
            return -1;
    }
    return int(certificates.size());
}

void printCalibration(QPagedPaintDevice& device, const CertificateLayout& layout, PrinterNudge nudge)
{
    preparePage(device, layout);
    QPainter painter(&device);
    if (painter.isActive())
        paintCalibration(painter, pxPerMmOf(device), layout, nudge);
}

Status writePdf(const QString& path, const CertificateLayout& layout, PrinterNudge nudge,
    const std::vector<CertificateText::Certificate>& certificates, const std::function<bool(int)>& progress)
{
    if (Status fits = CertificateText::checkFits(layout, nudge, certificates); !fits)
        return fits;
    return PdfWriter::writeWith(QStringLiteral("Giấy khen"), path, [&](QPdfWriter& pdf) {
        Result<int> pages = print(pdf, layout, nudge, certificates, progress);
        return pages ? pages.value() : 0;
    });
}

Status writeCalibrationPdf(const QString& path, const CertificateLayout& layout, PrinterNudge nudge)
{
    if (Status valid = CertificateText::checkLayout(layout); !valid)
        return valid;
    return PdfWriter::writeWith(QStringLiteral("Trang căn chỉnh Giấy khen"), path, [&](QPdfWriter& pdf) {
        printCalibration(pdf, layout, nudge);
        return 1;
    });
}

} // namespace CertificatePrinter
