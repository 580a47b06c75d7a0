#pragma once
// "Báo cáo tổng kết": the four narrative parts the clerk writes (kept as they are typed) beside
// the report as it will print, its numbers and lists computed afresh at every refresh.

#include "core/documents/FinalReport.h"

#include <QDialog>

class Database;
class DocumentIssueEditor;
class DocumentView;
class QPlainTextEdit;
class QTimer;

class FinalReportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinalReportDialog)
public:
    FinalReportDialog(Database& database, qint64 campaignId, QWidget* parent = nullptr);
    ~FinalReportDialog() override;

    DocumentView* view() const { return m_view; }
    QPlainTextEdit* strengthsEdit() const { return m_strengths; }
    DocumentIssueEditor* issueEditor() const { return m_issueEditor; }
    bool saveNarrative(); // false, with the reason shown, when refused
    void done(int result) override; // keeps what was typed

private:
    FinalReport::Narrative narrativeFromForm() const;

    Database& m_db;
    FinalReport::Narrative m_saved;
    QPlainTextEdit* m_deployment = nullptr;
    QPlainTextEdit* m_strengths = nullptr;
    QPlainTextEdit* m_shortcomings = nullptr;
    QPlainTextEdit* m_recommendations = nullptr;
    DocumentIssueEditor* m_issueEditor = nullptr;
    DocumentView* m_view = nullptr;
    QTimer* m_saveTimer = nullptr;
};
