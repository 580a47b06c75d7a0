#pragma once
// Golden texts: the document read back from its DOCX (LibreOffice) and from its PDF (pdftotext)
// equals tests/data/golden/<name>.txt word for word. THIDUA_UPDATE_GOLDEN=1 rewrites the golden
// file from the DOCX instead: review its diff before committing.

#include "core/documents/DocumentModel.h"

#include <QString>

class TestFolder;

// Also checks it as the reviewer does (DocumentChecker); `year` is the one its date line must carry.
void requireGolden(const doc::Document& document, const QString& name, TestFolder& folder, int year);
