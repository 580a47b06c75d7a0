#pragma once
// Page breaks of the PDF and the print, made as Word and LibreOffice make them for the DOCX:
// what keeps with what, rows kept whole, widow and orphan control (see keepTogether).

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextFormat>
#include <QTextTable>

#include <vector>

namespace PageBreaks {

// Marks the first part of a justified paragraph split over two pages: its last line is justified too.
inline constexpr int JustifyLastLine = QTextFormat::UserProperty + 1;

// A paragraph or a table of the body, with what the page breaks must respect.
struct FlowItem {
    QTextBlock block; // a paragraph's
    QTextTable* table = nullptr; // a table's (a rule is a table too)
    bool keepWithNext = false;
    bool keepWithPrevious = false;
    bool ruled = false; // a data table: may run over pages, but each row stays whole
};

// A cell's text box: its first block's left and top, its last block's right and bottom.
QRectF cellBox(QTextTable* table, int row, int column, QAbstractTextDocumentLayout* layout);

// The page breaks the DOCX asks of Word and LibreOffice, made here too: a paragraph kept with
// the next item and a table kept with the paragraph before move together to the next page; a
// layout table (a signature block) and each row of a data table stay whole on one page; no
// paragraph leaves a single line alone at the foot or the head of a page (widow and orphan
// control as Word does it: one more line goes over, or the whole paragraph when that would leave
// one behind). Each break moves the first item of the chain that must stay together, and the
// layout is asked again from there.
void keepTogether(std::vector<FlowItem>& flow, QAbstractTextDocumentLayout* layout, double pageHeight);

} // namespace PageBreaks
