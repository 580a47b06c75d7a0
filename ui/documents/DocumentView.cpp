#include "ui/documents/DocumentView.h"

#include "core/documents/writers/PagedRenderer.h"
#include "ui/documents/PaperPrinter.h"
#include "ui/widgets/DialogFolder.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ProblemLabel.h"
#include "ui/widgets/ScreenFit.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
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
    m_problemLabel = makeProblemLabel(this, QStringLiteral("documentProblemLabel"));
    layout->addWidget(m_problemLabel);

    m_previewPrinter = std::make_unique<QPrinter>();
    m_previewPrinter->setFullPage(true); // the renderer places everything from the paper's edge
    m_previewWidget = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_previewWidget->setObjectName(QStringLiteral("documentPreviewWidget"));
    connect(m_previewWidget, &QPrintPreviewWidget::paintRequested, this, &DocumentView::paint);
    connect(zoomIn, &QPushButton::clicked, m_previewWidget, [this] { m_previewWidget->zoomIn(); });
    connect(zoomOut, &QPushButton::clicked, m_previewWidget, [this] { m_previewWidget->zoomOut(); });
    connect(fitWidth, &QPushButton::clicked, m_previewWidget, &QPrintPreviewWidget::fitToWidth);
    layout->addWidget(m_previewWidget, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &DocumentView::refreshNow);
    m_layoutPool.setMaxThreadCount(1);
}

// The layout in flight posts its result to this view: it ends before the view does.
DocumentView::~DocumentView()
{
    m_layoutPool.waitForDone();
}

void DocumentView::setSource(Builder builder, FileNamer suggestedName)
{
    m_builder = std::move(builder);
    m_fileNamer = std::move(suggestedName);
    refreshNow();
}

void DocumentView::refreshSoon()
{
    m_refreshTimer->start();
}

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
    ++m_generation;
    if (m_layoutRunning)
        m_layoutWanted = true;
    else
        startLayout();
}

void DocumentView::startLayout()
{
    m_layoutRunning = true;
    m_layoutWanted = false;
    const int generation = m_generation;
    const int dpi = m_previewPrinter->resolution();
    m_layoutPool.start([this, generation, dpi, document = m_document] {
        auto pages = std::make_shared<std::vector<PageLayout::Page>>(PageLayout::layOut(document, dpi));
        QMetaObject::invokeMethod(
            this, [this, generation, pages, setup = document.page] { layoutFinished(generation, pages, setup); },
            Qt::QueuedConnection);
    });
}

void DocumentView::layoutFinished(
    int generation, std::shared_ptr<std::vector<PageLayout::Page>> pages, const doc::PageSetup& setup)
{
    m_layoutRunning = false;
    if (generation == m_generation) {
        m_pages = std::move(pages);
        m_pagesSetup = setup;
        m_pagesGeneration = generation;
        m_previewWidget->updatePreview();
        Q_EMIT previewShown();
    }
    if (m_layoutWanted)
        startLayout();
}

void DocumentView::paint(QPrinter* printer)
{
    printer->setFullPage(true);
    // Pages from the worker are painted only while it rests: the glyphs they hold are its own.
    if (m_pages && !m_layoutRunning && m_pagesGeneration == m_generation
        && printer->resolution() == m_previewPrinter->resolution())
        PagedRenderer::renderPages(*m_pages, m_pagesSetup, *printer);
    else
        PagedRenderer::render(m_document, *printer);
}

int DocumentView::previewResolution() const
{
    return m_previewPrinter->resolution();
}

int DocumentView::pageCount() const
{
    return m_previewWidget->pageCount();
}

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
        PagedRenderer::render(m_document, *printer);
}

void showDocumentDialog(
    QWidget* parent, const QString& title, DocumentView::Builder builder, DocumentView::FileNamer suggestedName)
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
