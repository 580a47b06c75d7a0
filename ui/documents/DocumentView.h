#pragma once
// Shows a document exactly as it will print and as the PDF will look (the same renderer), kept
// up to date as the clerk edits, with Print…, Export DOCX… and Export PDF…. The document is
// built on the window's thread (it reads the database) and laid out on a worker thread, one
// layout at a time; a layout made stale by a newer edit is dropped, never shown.

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"
#include "core/documents/PlanExport.h"
#include "core/documents/writers/PageLayout.h"

#include <QThreadPool>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QTimer;

class DocumentView final : public QWidget {
    Q_OBJECT
public:
    using Builder = std::function<Result<doc::Document>()>;
    using FileNamer = std::function<QString(DocumentFormat)>;

    explicit DocumentView(QWidget* parent = nullptr);
    ~DocumentView() override;

    // Where the document comes from and what its files are called; rebuilds the preview.
    void setSource(Builder builder, FileNamer suggestedName);
    void refreshSoon(); // after a pause in editing, not at every keystroke
    void refreshNow();

    int pageCount() const;
    bool isLayingOut() const { return m_layoutRunning; }
    const doc::Document& document() const { return m_document; }
    int previewResolution() const;
    bool hasDocument() const { return m_hasDocument; }
    // Writes the current document; shows the reason and returns false when it cannot.
    bool exportTo(const QString& path, DocumentFormat format);
    void exportWithDialog(DocumentFormat format);
    void print();

Q_SIGNALS:
    // The preview now shows the latest document.
    void previewShown();

private:
    void paint(QPrinter* printer);
    void startLayout();
    void layoutFinished(
        int generation, std::shared_ptr<std::vector<PageLayout::Page>> pages, const doc::PageSetup& setup);

    Builder m_builder;
    FileNamer m_fileNamer;
    doc::Document m_document;
    bool m_hasDocument = false;
    QLabel* m_problemLabel = nullptr;
    QPrintPreviewWidget* m_previewWidget = nullptr;
    QTimer* m_refreshTimer = nullptr;
    std::unique_ptr<QPrinter> m_previewPrinter;
    // The worker: one layout at a time, so the window never draws pages while it shapes others.
    QThreadPool m_layoutPool;
    int m_generation = 0; // of the document last built
    bool m_layoutRunning = false;
    bool m_layoutWanted = false; // a newer document waits for the running layout to end
    std::shared_ptr<std::vector<PageLayout::Page>> m_pages; // laid out for m_document at the preview's resolution
    doc::PageSetup m_pagesSetup;
    int m_pagesGeneration = -1;
};

// A modal window holding a DocumentView over the given source.
void showDocumentDialog(
    QWidget* parent, const QString& title, DocumentView::Builder builder, DocumentView::FileNamer suggestedName);
