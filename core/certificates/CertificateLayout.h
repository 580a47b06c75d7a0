#pragma once
// Where the clerk's printer writes each field on a pre-printed Giấy khen blank: positions in
// millimetres from the blank's top-left corner, font size and style, left or centred. One layout
// per kind of blank; the printer's own offset (nudge) is kept apart, per printer.

#include <QString>

#include <vector>

enum class CertificateField {
    Recipient, // "Ông Nguyễn Văn An" or the collective's name
    Detail, // a person's position and unit; the agency for a collective
    Achievement, // "Đã có thành tích xuất sắc trong …"
    Decision, // "Quyết định số 15/QĐ-SKHCN"
    PlaceDate, // "Lai Châu, ngày 05 tháng 12 năm 2026"
    SignerName,
};

struct FieldPlacement {
    CertificateField field = CertificateField::Recipient;
    double xMm = 0; // left edge of the field's box
    double baselineMm = 0; // the line the text sits on (the dotted line of the blank)
    double widthMm = 100; // longer text is set smaller, then on more lines, never cut
    double sizePt = 14;
    bool bold = false;
    bool italic = false;
    bool centred = true; // centred in the box, else from its left edge

    friend bool operator==(const FieldPlacement&, const FieldPlacement&) = default;
};

struct CertificateLayout {
    qint64 id = 0;
    QString name; // "Phôi Giấy khen Sở (A4 ngang)"
    double pageWidthMm = 297;
    double pageHeightMm = 210;
    QString fontFamily = QStringLiteral("Times New Roman");
    std::vector<FieldPlacement> fields;
    QString scanPath; // a scan of the blank, to preview over; may be empty

    // The layout offered before the clerk measures their own blank: an A4 landscape Giấy khen.
    static CertificateLayout standard();

    friend bool operator==(const CertificateLayout&, const CertificateLayout&) = default;
};

// The printer's offset, added to every position: measured with the calibration page.
struct PrinterNudge {
    double xMm = 0;
    double yMm = 0;
};

QString fieldLabel(CertificateField field); // for the interface, translated
