#pragma once
// Lays the document model out on pages as Word and LibreOffice lay out its DOCX: paragraphs are
// shaped line by line with QTextLayout, then placed on pages with the same rules — a paragraph
// kept with the next item and a table kept with the paragraph before move together, every table
// row stays whole on one page, a data table's header rows start each page again, no paragraph
// leaves a single line alone at the foot or the head of a page (widow and orphan control).
// PagedRenderer paints the result; DocumentChecker in the tests compares its page breaks with
// LibreOffice's.

#include "core/documents/DocumentModel.h"

#include <QLineF>
#include <QPointF>
#include <memory>
#include <vector>

class QPaintDevice;
class QTextLayout;

namespace ShapedText {
struct Cache;
}

namespace PageLayout {

// One line of a shaped paragraph and where it goes: QTextLine::draw(painter, at) paints it.
struct PlacedLine {
    std::shared_ptr<const QTextLayout> text;
    int line = 0;
    QPointF at;
};

// What one page holds, in device pixels from the top-left corner of its text block.
struct Page {
    std::vector<PlacedLine> text;
    std::vector<QLineF> strokes; // rules and the lines of ruled tables
    int number = 1; // as printed: counted from the document's start or the last restart (an annex)
};

// The document's pages on this device (its resolution decides the pixels and the glyphs' widths).
// A series of documents on one device may share a cache of shaped paragraphs.
std::vector<Page> layOut(const doc::Document& document, const QPaintDevice& device, ShapedText::Cache* cache = nullptr);
// The same for a device of this resolution, without the device: a preview lays its pages out on
// a worker thread and paints them on the printer of the window's thread.
std::vector<Page> layOut(const doc::Document& document, int dpi);

} // namespace PageLayout
