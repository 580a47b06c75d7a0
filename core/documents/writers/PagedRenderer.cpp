#include "core/documents/writers/PagedRenderer.h"

#include "core/documents/writers/DocumentFont.h"
#include "core/documents/writers/PageLayout.h"
#include "core/documents/writers/ShapedText.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace PagedRenderer {

namespace {

double deviceMm(const QPaintDevice& device, double mm)
{
    return mm * device.logicalDpiY() / 25.4;
}

// Paints laid-out pages with an active painter, the first on the current page of the device.
int paintPages(const std::vector<PageLayout::Page>& pages, const doc::PageSetup& page, QPagedPaintDevice& device,
    QPainter& painter)
{
    const QFont numberFont = documentFont(page.fontFamily, page.pageNumberSizePt);
    const QPen pen(Qt::black, std::max(1.0, device.logicalDpiY() / 96.0));
    for (size_t index = 0; index < pages.size(); ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        painter.translate(deviceMm(device, page.leftMm), deviceMm(device, page.topMm));
        painter.setPen(pen);
        for (const PageLayout::PlacedLine& line : pages[index].text)
            line.text->lineAt(line.line).draw(&painter, line.at);
        for (const QLineF& stroke : pages[index].strokes)
            painter.drawLine(stroke);
        painter.restore();
        if (pages[index].number >= page.firstNumberedPage) {
            painter.setFont(numberFont);
            painter.setPen(Qt::black);
            const QRectF band(deviceMm(device, page.leftMm), 0, deviceMm(device, page.contentWidthMm()),
                deviceMm(device, page.topMm));
            painter.drawText(band, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(pages[index].number));
        }
    }
    return int(pages.size());
}

int paintDocument(
    const doc::Document& document, QPagedPaintDevice& device, QPainter& painter, ShapedText::Cache* cache = nullptr)
{
    return paintPages(PageLayout::layOut(document, device, cache), document.page, device, painter);
}

void prepare(const doc::PageSetup& page, QPagedPaintDevice& device)
{
    device.setPageSize(QPageSize(QSizeF(page.widthMm, page.heightMm), QPageSize::Millimeter));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

} // namespace

int render(const doc::Document& document, QPagedPaintDevice& device)
{
    prepare(document.page, device);
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const int pages = paintDocument(document, device, painter);
    painter.end();
    return pages;
}

int renderPages(const std::vector<PageLayout::Page>& pages, const doc::PageSetup& page, QPagedPaintDevice& device)
{
    prepare(page, device);
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const int count = paintPages(pages, page, device, painter);
    painter.end();
    return count;
}

int renderSeries(int count, const std::function<doc::Document(int)>& documentAt, QPagedPaintDevice& device,
    const std::function<bool(int)>& progress)
{
    if (count <= 0)
        return 0;
    doc::Document document = documentAt(0);
    prepare(document.page, device);
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    int pages = 0;
    ShapedText::Cache cache; // the documents of a series repeat their headers and captions
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            document = documentAt(i);
            device.newPage();
        }
        pages += paintDocument(document, device, painter, &cache);
        if (progress && !progress(i + 1)) {
            painter.end();
            return -1;
        }
    }
    painter.end();
    return pages;
}

} // namespace PagedRenderer
