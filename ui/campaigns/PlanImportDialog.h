#pragma once
// "Nhập kế hoạch từ Word": what the import recognised in a plan written in Word — its outline with
// the printed numbers, the notes on what was and was not recognised, and the plan as ThiDua will
// print it — before anything is saved. Accepted, it becomes a new campaign, or the outline of the
// campaign open on the page (an undoable edit, saved with the campaign).

#include "core/importing/PlanImport.h"

#include <QDialog>

class Database;
class DocumentView;
class QListWidget;
class QPushButton;
class QTreeWidget;

class PlanImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanImportDialog)
public:
    // openCampaign: the campaign open on the page, whose outline the import may replace (none: 0).
    PlanImportDialog(Database& database, PlanImport::Recognised recognised, const CampaignSummary& openCampaign = {},
        QWidget* parent = nullptr);
    ~PlanImportDialog() override;

    QTreeWidget* outline() const { return m_outline; }
    QListWidget* notes() const { return m_notes; }
    DocumentView* view() const { return m_view; }
    qint64 addedCampaignId() const { return m_added; } // 0 when the outline replaces the open one's
    const PlanImport::Recognised& recognised() const { return m_recognised; }
    QPushButton* replaceButton() const { return m_replaceButton; }
    void accept() override; // adds the campaign; on refusal says why and stays open
    void acceptAsOutline(); // the open campaign's outline is to be replaced; refused once it was assessed

private:
    Database& m_db;
    PlanImport::Recognised m_recognised;
    QTreeWidget* m_outline = nullptr;
    QListWidget* m_notes = nullptr;
    DocumentView* m_view = nullptr;
    qint64 m_added = 0;
    CampaignSummary m_open;
    QPushButton* m_replaceButton = nullptr;
};
