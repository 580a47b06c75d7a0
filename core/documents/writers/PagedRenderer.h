#pragma once
// Lays the document model out on pages with Qt's text engine and paints them on any paged
// device: the PDF writer and the printer (and its preview) share this one rendering.

#include "core/documents/DocumentModel.h"
#include "core/documents/writers/PageLayout.h"

#include <functional>

class QPagedPaintDevice;

namespace PagedRenderer {

// Sets the device to A4 with no margins of its own, then paints every page (page numbers at
// the top from the page setup's first numbered page). Returns the number of pages painted.
int render(const doc::Document& document, QPagedPaintDevice& device);
// The same with pages laid out beforehand (PageLayout::layOut at the device's resolution).
int renderPages(const std::vector<PageLayout::Page>& pages, const doc::PageSetup& page, QPagedPaintDevice& device);
// Paints `count` documents one after another in one job, each from a new page with its own page
// numbers (all on the first document's page size). documentAt builds each when its turn comes;
// progress(done) is called after each and stops the job by returning false (then -1 is returned).
int renderSeries(int count, const std::function<doc::Document(int)>& documentAt, QPagedPaintDevice& device,
    const std::function<bool(int)>& progress);

} // namespace PagedRenderer
