#pragma once
// What a reviewer at Sở Nội vụ checks on every document, read back from ThiDua's PDF and from
// LibreOffice's rendering of the DOCX: the same pages in both, no page that holds only the
// signature or the recipients, the document's own year on its date line, the motto with
// hyphens, text inside the margins, spaces that copy as spaces.

#include <QString>

class TestFolder;

struct ReviewExpectations {
    int year = 0; // the year on the first page's date line; 0: the document has none
};

// THIDUA_DOCUMENTS_DIR=folder keeps a copy of both files.
void requireReviewable(const QString& docx, const QString& pdf, TestFolder& folder, const ReviewExpectations& expected);

// The destination codes of every ToUnicode map in a PDF (what copying text out of it gives).
QStringList unicodeDestinations(const QByteArray& pdf);
