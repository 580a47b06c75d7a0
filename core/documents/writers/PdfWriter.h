#pragma once
// Writes the document model as PDF through Qt (fonts embedded), with the same rendering as print.

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"

namespace PdfWriter {

Status write(const doc::Document& document, const QString& path);

} // namespace PdfWriter
