#pragma once
// Lays the document model out on pages with Qt's text engine and paints them on any paged
// device: the PDF writer and the printer (and its preview) share this one rendering.

#include "core/documents/DocumentModel.h"

class QPagedPaintDevice;

namespace PagedRenderer {

// Sets the device to A4 with no margins of its own, then paints every page (page numbers at
// the top from the page setup's first numbered page). Returns the number of pages painted.
int render(const doc::Document& document, QPagedPaintDevice& device);

} // namespace PagedRenderer
