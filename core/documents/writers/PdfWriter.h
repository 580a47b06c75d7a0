#pragma once
// Writes the document model as PDF through Qt (fonts embedded), with the same rendering as print.

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"

#include <QByteArray>
#include <functional>

class QPdfWriter;

namespace PdfWriter {

// Writes the PDF the painting function makes, all or nothing: the file appears only when done.
// paint returns the pages painted: 0 for a failure, below 0 when the clerk cancelled. The title
// and the author (the issuing body) go into the document's properties (Info and XMP).
Status writeWith(const QString& title, const QString& path, const std::function<int(QPdfWriter&)>& paint,
    const QString& author = {});

Status write(const doc::Document& document, const QString& path);

// Qt maps a font's tab to its space glyph, and its ToUnicode maps then give that glyph the lowest
// code that reaches it, U+0009: a reader copying text out of the PDF gets tabs for spaces. This
// turns those destinations into U+0020 in place (same length, so the file's offsets stay right).
void mapSpacesToSpace(QByteArray& pdf);
// Several documents in one PDF, each from a new page (see PagedRenderer::renderSeries). A job
// the progress callback stops writes no file.
Status writeSeries(const QString& title, int count, const std::function<doc::Document(int)>& documentAt,
    const QString& path, const std::function<bool(int)>& progress, const QString& author = {});
// The XMP packet of a PDF's properties: title, author, the program that made it.
QByteArray xmpMetadata(const QString& title, const QString& author);

} // namespace PdfWriter
