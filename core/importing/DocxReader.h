#pragma once
// Reads the paragraphs of a Word document (.docx) in reading order, with what a plan's structure
// is read from: bold and italic, alignment, the number Word itself draws before a paragraph
// (w:numPr, computed from numbering.xml as Word counts), and which table cell holds it. libzip
// opens the package and Qt's XML reader parses it; a file that is not a document, a damaged or
// oversized one is refused with the reason, nothing half-read returned.

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"

#include <vector>

namespace DocxReader {

constexpr qint64 MaxPartBytes = 64LL * 1024 * 1024; // the document part, uncompressed
constexpr int MaxParagraphs = 200000;

struct Paragraph {
    QString text;
    bool bold = false; // every run with text in it is bold
    bool italic = false;
    doc::Align align = doc::Align::Left;
    QString numberLabel; // "I.", "1.", "a)", "-": Word's own numbering, drawn before the text
    // Inside a table: its index in the document, the row and the column; -1 outside.
    int table = -1;
    int row = -1;
    int column = -1;
};

Result<std::vector<Paragraph>> read(const QString& path);

} // namespace DocxReader
