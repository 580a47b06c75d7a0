#include "ui/certificates/CertificatePreview.h"

#include "core/certificates/CertificatePrinter.h"

#include <QPainter>

CertificatePreview::CertificatePreview(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(420, 300);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CertificatePreview::setLayout(const CertificateLayout& layout)
{
    m_layout = layout;
    if (layout.scanPath != m_scanPath) {
        m_scanPath = layout.scanPath;
        m_scan = m_scanPath.isEmpty() ? QImage() : QImage(m_scanPath);
    }
    update();
}

void CertificatePreview::setNudge(PrinterNudge nudge)
{
    m_nudge = nudge;
    update();
}

void CertificatePreview::setCertificate(const CertificateText::Certificate& certificate)
{
    m_certificate = certificate;
    update();
}

void CertificatePreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_layout.pageWidthMm <= 0 || m_layout.pageHeightMm <= 0)
        return;
    const double margin = 8;
    const double pxPerMm = std::min((width() - 2 * margin) / m_layout.pageWidthMm, (height() - 2 * margin) / m_layout.pageHeightMm);
    const QRectF page((width() - m_layout.pageWidthMm * pxPerMm) / 2, (height() - m_layout.pageHeightMm * pxPerMm) / 2,
        m_layout.pageWidthMm * pxPerMm, m_layout.pageHeightMm * pxPerMm);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.fillRect(page.translated(3, 3), QColor(0, 0, 0, 60));
    painter.fillRect(page, Qt::white);
    if (!m_scan.isNull())
        painter.drawImage(page, m_scan); // the scan covers the whole blank
    painter.setPen(QColor(160, 160, 160));
    painter.drawRect(page);
    painter.translate(page.topLeft());
    CertificatePrinter::paint(painter, pxPerMm, m_layout, m_nudge, m_certificate);
}
