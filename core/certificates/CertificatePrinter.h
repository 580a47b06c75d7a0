#pragma once
// Paints certificates onto pre-printed blanks — on the printer, into a PDF for checking, or over a
// scan of the blank in the preview — and the calibration page the clerk lays over a blank to
// measure the printer's offset. Everything is placed by CertificateText.

#include "core/certificates/CertificateText.h"

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace CertificatePrinter {

// One certificate; the painter's unit is pxPerMm device pixels per millimetre, origin at the
// blank's top-left corner.
void paint(QPainter& painter, double pxPerMm, const CertificateLayout& layout, PrinterNudge nudge,
    const CertificateText::Certificate& certificate);
// A frame 10 mm inside the edges, rulers every 10 mm, and a cross where each field starts.
void paintCalibration(QPainter& painter, double pxPerMm, const CertificateLayout& layout, PrinterNudge nudge);

// Sets the device to the blank's size, no margins.
void preparePage(QPagedPaintDevice& device, const CertificateLayout& layout);
// One page per certificate, checked first (nothing printed when a field falls off). progress(done)
// after each; returning false stops. Returns the pages printed, or the reason.
Result<int> print(QPagedPaintDevice& device, const CertificateLayout& layout, PrinterNudge nudge,
    const std::vector<CertificateText::Certificate>& certificates, const std::function<bool(int)>& progress = {});
void printCalibration(QPagedPaintDevice& device, const CertificateLayout& layout, PrinterNudge nudge);

// The same job as a PDF (all or nothing).
Status writePdf(const QString& path, const CertificateLayout& layout, PrinterNudge nudge,
    const std::vector<CertificateText::Certificate>& certificates, const std::function<bool(int)>& progress = {});
Status writeCalibrationPdf(const QString& path, const CertificateLayout& layout, PrinterNudge nudge);

} // namespace CertificatePrinter
