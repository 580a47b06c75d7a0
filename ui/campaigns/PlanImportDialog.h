#pragma once
// "Nhập kế hoạch từ Word": what the import recognised in a plan written in Word — its outline with
// the printed numbers, the notes on what was and was not recognised, and the plan as ThiDua will
// print it — before anything is saved. Accepted, it becomes a new campaign.

#include "core/importing/PlanImport.h"

#include <QDialog>

class Database;
class DocumentView;
class QListWidget;
class QTreeWidget;

class PlanImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanImportDialog)
public:
    PlanImportDialog(Database& database, PlanImport::Recognised recognised, QWidget* parent = nullptr);
    ~PlanImportDialog() override;

    QTreeWidget* outline() const { return m_outline; }
    QListWidget* notes() const { return m_notes; }
    DocumentView* view() const { return m_view; }
    qint64 addedCampaignId() const { return m_added; }
    void accept() override; // adds the campaign; on refusal says why and stays open

private:
    Database& m_db;
    PlanImport::Recognised m_recognised;
    QTreeWidget* m_outline = nullptr;
    QListWidget* m_notes = nullptr;
    DocumentView* m_view = nullptr;
    qint64 m_added = 0;
};
