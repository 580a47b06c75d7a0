#pragma once
// A paragraph of the model broken into lines with QTextLayout, at a device's resolution and in
// the document's font, with lines as tall as Word and LibreOffice make them.

#include "core/documents/DocumentModel.h"

#include <QFont>
#include <QHash>
#include <QTextCharFormat>
#include <memory>

class QPaintDevice;
class QTextLayout;

namespace ShapedText {

// Millimetres and points in device pixels.
struct Units {
    double dpi = 72;
    double mm(double value) const { return value * dpi / 25.4; }
    double pt(double value) const { return value * dpi / 72.0; }
};

struct Paragraph {
    std::shared_ptr<QTextLayout> layout; // each line positioned at (its indent, index × lineHeight)
    int lines = 0;
    double lineHeight = 0; // every line's, in device pixels
    double textHeight = 0; // of its text at single spacing: the rest of a larger multiple is space below
    double before = 0; // space before and after, in device pixels
    double after = 0;
};

// Paragraphs already shaped, kept between the documents of a series (one device), which repeat
// their headers, titles and captions. Bounded: emptied when it grows past a few thousand.
struct Cache {
    QHash<QString, Paragraph> paragraphs;
};

// Shapes the paragraphs of one document on one device; fonts and formats are made once.
class Shaper {
public:
    Shaper(const doc::PageSetup& page, const QPaintDevice& device, Cache* cache = nullptr);

    Paragraph shape(const doc::Paragraph& paragraph, double width);
    // The height of a line of text at this size and single spacing, in points.
    double singleLine(double sizePt);

    const Units units;

private:
    QFont font(double sizePt) const;
    Paragraph layOut(const doc::Paragraph& paragraph, double width);
    const QTextCharFormat& format(const doc::Run& run, double paragraphSize);

    const doc::PageSetup& m_page;
    const QPaintDevice& m_device;
    Cache* m_cache;
    QHash<QString, QTextCharFormat> m_formats;
    QHash<double, double> m_lineSpacing;
};

} // namespace ShapedText
