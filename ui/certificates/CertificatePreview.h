#pragma once
// A certificate drawn as it will print, over the scan of the blank when the clerk supplied one,
// scaled to the widget.

#include "core/certificates/CertificateText.h"

#include <QImage>
#include <QWidget>

class CertificatePreview final : public QWidget {
    Q_OBJECT
public:
    explicit CertificatePreview(QWidget* parent = nullptr);

    void setLayout(const CertificateLayout& layout); // reloads the scan when its path changed
    void setNudge(PrinterNudge nudge);
    void setCertificate(const CertificateText::Certificate& certificate);
    bool hasScan() const { return !m_scan.isNull(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    CertificateLayout m_layout;
    PrinterNudge m_nudge;
    CertificateText::Certificate m_certificate;
    QString m_scanPath;
    QImage m_scan;
};
