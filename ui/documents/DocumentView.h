#pragma once
// Shows a document exactly as it will print and as the PDF will look (the same renderer), kept
// up to date as the clerk edits, with Print…, Export DOCX… and Export PDF….

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"
#include "core/documents/PlanExport.h"

#include <QWidget>

#include <functional>

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
    bool hasDocument() const { return m_hasDocument; }
    // Writes the current document; shows the reason and returns false when it cannot.
    bool exportTo(const QString& path, DocumentFormat format);
    void exportWithDialog(DocumentFormat format);
    void print();

private:
    void paint(QPrinter* printer);

    Builder m_builder;
    FileNamer m_fileNamer;
    doc::Document m_document;
    bool m_hasDocument = false;
    QLabel* m_problemLabel = nullptr;
    QPrintPreviewWidget* m_previewWidget = nullptr;
    QTimer* m_refreshTimer = nullptr;
};

// A modal window holding a DocumentView over the given source.
void showDocumentDialog(QWidget* parent, const QString& title, DocumentView::Builder builder,
    DocumentView::FileNamer suggestedName);
