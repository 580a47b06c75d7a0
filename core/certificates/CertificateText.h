#pragma once
// What a certificate says and exactly where each line goes on the blank, in millimetres: the one
// computation behind printing, the PDF, the preview and the checks that nothing falls off.

#include "core/certificates/CertificateLayout.h"
#include "core/common/Result.h"

#include <QFont>

#include <map>

class Database;
namespace Paperwork {
struct Input;
}

namespace CertificateText {

struct Certificate {
    QString recipient; // for messages: which certificate a problem is on
    std::map<CertificateField, QString> texts;
};

struct PlacedLine {
    QString text;
    QFont font; // family, style and point size as printed
    double xMm = 0; // left end of the line
    double baselineMm = 0;
    double widthMm = 0;
    double ascentMm = 0;
    double descentMm = 0;
};

// Text is measured at the resolution it prints at: glyph widths differ by up to half a percent
// between resolutions (whole-pixel sizes). PDFs are written at 600 dpi.
constexpr int PdfDpi = 600;

// The lines of one field, after the printer's nudge: a text too long for its box is set smaller
// (down to 80 %), then broken into more lines below the first — never cut.
std::vector<PlacedLine> place(const CertificateLayout& layout, const FieldPlacement& field, const QString& text, PrinterNudge nudge,
    int dpi = PdfDpi);
// A sane blank size and every field's box inside it; the message names the field.
Status checkLayout(const CertificateLayout& layout);
// Every line of every certificate inside the blank after the nudge; the message names the
// certificate and the field.
Status checkFits(const CertificateLayout& layout, PrinterNudge nudge, const std::vector<Certificate>& certificates, int dpi = PdfDpi);

// One certificate per Giấy khen the decision grants, its number and date filled in.
std::vector<Certificate> certificatesOf(const Paperwork::Input& decided);
// The certificates of a campaign's decision; refused while the decision has no number or date.
Result<std::vector<Certificate>> load(Database& database, qint64 campaignId);
// A made-up certificate for the calibration page and the preview before any decision.
Certificate sample();

} // namespace CertificateText
