#pragma once
// "Đợt thi đua": the list of campaigns and, for the selected one, its general fields and the
// plan outline editor. Edits stay in memory until saved (Ctrl+S), then go in one transaction.

#include "core/domain/Campaign.h"
#include "core/importing/PlanImport.h"
#include "ui/widgets/Page.h"

class CampaignForm;
class DocumentView;
class NextStepBanner;
class UnsavedMark;
class PlanEditor;
class PlanImportDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

class CampaignsPage final : public Page {
    Q_OBJECT
public:
    explicit CampaignsPage(QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    bool confirmLeave() override;
    bool saveEdits() override { return !m_modified || save(); }
    QUndoStack* undoStack() override;

    bool save();
    void revert();
    bool isModified() const { return m_modified; }
    CampaignForm* campaignForm() const { return m_campaignForm; }
    qint64 currentCampaignId() const { return m_campaign.id; }
    void selectCampaign(qint64 id);
    void newCampaign();
    void duplicateCampaign();
    // "Nhập từ Word…" (Ctrl+I): reads a plan written in Word, shows what was recognised
    // (planImportShown), and adds it as a new campaign when accepted.
    void importPlan(const QString& path);
    void importPlanText(const QString& text); // a whole plan pasted: "Dán kế hoạch"
    void removeCampaign();
    void reloadReferenceData(); // signers and award forms may have changed on another page
    PlanEditor* planEditor() const { return m_planEditor; }
    DocumentView* documentView() const { return m_documentView; }
    Campaign editedCampaign() const; // the saved campaign with the unsaved edits applied

Q_SIGNALS:
    void planImportShown(PlanImportDialog* dialog);
    void campaignOpened(qint64 id); // the clerk works on this campaign now: the other pages follow

private:
    void reviewImport(Result<PlanImport::Recognised> read);
    void reloadList(qint64 selectId);
    void loadCampaign(qint64 id);
    void setModified(bool modified);
    void onListSelection();

    Database* m_db = nullptr;
    Campaign m_campaign; // as last loaded or saved
    bool m_modified = false;
    QListWidget* m_campaignsListWidget = nullptr;
    NextStepBanner* m_nextStep = nullptr;
    UnsavedMark* m_saveMark = nullptr;
    QTabWidget* m_tabWidget = nullptr;
    CampaignForm* m_campaignForm = nullptr;
    PlanEditor* m_planEditor = nullptr;
    DocumentView* m_documentView = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
};
