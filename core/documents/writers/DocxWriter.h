#pragma once
// Writes the document model as a Word document (WordprocessingML, .docx): A4 with the decree's
// margins, Times New Roman, page numbers at the top from page 2, borderless layout tables.

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"

namespace DocxWriter {

Status write(const doc::Document& document, const QString& path);

} // namespace DocxWriter
