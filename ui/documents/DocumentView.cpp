#include "ui/documents/DocumentView.h"

#include "ui/widgets/ScreenFit.h"
#include "core/documents/writers/PagedRenderer.h"
#include "ui/documents/PaperPrinter.h"
#include "ui/widgets/DialogFolder.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QDialog>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int RefreshDelayMs = 600;
} // namespace

DocumentView::DocumentView(QWidget* parent)
    : QWidget(parent)
    , m_refreshTimer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& name, const QKeySequence& key, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        if (!key.isEmpty()) {
            b->setShortcut(key);
            b->setToolTip(key.toString(QKeySequence::NativeText));
        }
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("In…"), QStringLiteral("printButton"), QKeySequence::Print, [this] { print(); });
    button(tr("Xuất DOCX…"), QStringLiteral("exportDocxButton"), QKeySequence(Qt::CTRL | Qt::Key_E),
        [this] { exportWithDialog(DocumentFormat::Docx); });
    button(tr("Xuất PDF…"), QStringLiteral("exportPdfButton"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        [this] { exportWithDialog(DocumentFormat::Pdf); });
    buttons->addStretch();
    auto* zoomIn = new QPushButton(tr("Phóng to"), this);
    auto* zoomOut = new QPushButton(tr("Thu nhỏ"), this);
    auto* fitWidth = new QPushButton(tr("Vừa chiều rộng"), this);
    buttons->addWidget(zoomOut);
    buttons->addWidget(zoomIn);
    buttons->addWidget(fitWidth);
    layout->addLayout(buttons);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("documentProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);

    m_previewWidget = new QPrintPreviewWidget(this);
    m_previewWidget->setObjectName(QStringLiteral("documentPreviewWidget"));
    connect(m_previewWidget, &QPrintPreviewWidget::paintRequested, this, &DocumentView::paint);
    connect(zoomIn, &QPushButton::clicked, m_previewWidget, [this] { m_previewWidget->zoomIn(); });
    connect(zoomOut, &QPushButton::clicked, m_previewWidget, [this] { m_previewWidget->zoomOut(); });
    connect(fitWidth, &QPushButton::clicked, m_previewWidget, &QPrintPreviewWidget::fitToWidth);
    layout->addWidget(m_previewWidget, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &DocumentView::refreshNow);
}

DocumentView::~DocumentView() = default;

void DocumentView::setSource(Builder builder, FileNamer suggestedName)
{
    m_builder = std::move(builder);
    m_fileNamer = std::move(suggestedName);
    refreshNow();
}

void DocumentView::refreshSoon() { m_refreshTimer->start(); }

void DocumentView::refreshNow()
{
    m_refreshTimer->stop();
    m_hasDocument = false;
    if (m_builder) {
        Result<doc::Document> built = m_builder();
        if (built) {
            m_document = std::move(built.value());
            m_hasDocument = true;
            m_problemLabel->hide();
        } else {
            m_problemLabel->setText(built.error().message);
            m_problemLabel->show();
        }
    }
    if (!m_hasDocument)
        m_document = {};
    m_previewWidget->updatePreview();
}

void DocumentView::paint(QPrinter* printer)
{
    printer->setFullPage(true); // the renderer places everything from the paper's edge
    PagedRenderer::render(m_document, *printer);
}

int DocumentView::pageCount() const { return m_previewWidget->pageCount(); }

bool DocumentView::exportTo(const QString& path, DocumentFormat format)
{
    if (!m_hasDocument) {
        MessageBox::warning(this, tr("Không xuất được"), m_problemLabel->text());
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = PlanExport::writeDocument(m_document, format, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(this, tr("Không xuất được"), written.error().message, written.error().detail);
        return false;
    }
    return true;
}

void DocumentView::exportWithDialog(DocumentFormat format)
{
    if (m_refreshTimer->isActive())
        refreshNow();
    const bool docx = format == DocumentFormat::Docx;
    const QString suggested = m_fileNamer ? m_fileNamer(format) : QString();
    const QString path = QFileDialog::getSaveFileName(this, docx ? tr("Xuất văn bản Word") : tr("Xuất PDF"),
        DialogFolder::suggest(suggested), docx ? tr("Văn bản Word (*.docx)") : tr("Tệp PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    DialogFolder::remember(path);
    if (exportTo(path, format))
        MessageBox::information(this, tr("Đã xuất"), tr("Đã lưu %1").arg(QDir::toNativeSeparators(path)));
}

void DocumentView::print()
{
    if (m_refreshTimer->isActive())
        refreshNow();
    if (!m_hasDocument) {
        MessageBox::warning(this, tr("Không in được"), m_problemLabel->text());
        return;
    }
    const std::unique_ptr<QPrinter> printer = PaperPrinter::make();
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("In văn bản"));
    if (dialog.exec() == QDialog::Accepted)
        paint(printer.get());
}

void showDocumentDialog(QWidget* parent, const QString& title, DocumentView::Builder builder,
    DocumentView::FileNamer suggestedName)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* view = new DocumentView(&dialog);
    layout->addWidget(view);
    view->setSource(std::move(builder), std::move(suggestedName));
    resizeForScreen(&dialog, QSize(900, 820));
    dialog.exec();
}
