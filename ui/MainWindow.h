#pragma once
// The main window: navigation on the left, one page per feature, the File menu that opens,
// creates and copies agency databases.

#include "core/common/Result.h"
#include "core/season/SeasonSteps.h"

#include <QMainWindow>

#include <memory>

class AgencyPage;
class CampaignsPage;
class ChecklistsPage;
class ProposalsPage;
class ReportsPage;
class AnnualPage;
class AuditPage;
class Database;
class Page;
class PeoplePage;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;
class WholeFileCheck;
class GuideDialog;
class SeasonStepsDialog;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum PageIndex { AgencyPageIndex, PeoplePageIndex, CampaignsPageIndex, ChecklistsPageIndex, ProposalsPageIndex, ReportsPageIndex,
        AnnualPageIndex, AuditPageIndex, PageCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates and fills with the built-in template) the database at path, after
    // asking about unsaved edits. Shows the reason and keeps the current file on failure.
    bool openDatabase(const QString& path);
    // File → Sao lưu ngay: a copy of the open database in its backups folder. Returns its path.
    QString backUpNow();
    // Closes the database, puts the backup in its place (the current file kept first) and opens it.
    bool restoreFrom(const QString& backupPath);
    Database* database() const { return m_database.get(); }
    static PageIndex pageOf(SeasonStep::Place place); // where a step of the season is done
    PageIndex currentPage() const;
    void showPage(PageIndex index);
    Page* page(PageIndex index) const;
    // Trợ giúp: the guide at a part ("co-quan"…; F1 opens the current page's), and the season's
    // steps that tick themselves (shown by itself at the first start).
    static QString guideAnchor(PageIndex index);
    GuideDialog* showGuide(const QString& anchor);
    SeasonStepsDialog* showSeasonSteps();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildCentralWidget();
    void newDatabase();
    void openDatabaseDialog();
    void saveCopy();
    void showRestore();
    void importList(); // Tệp → Nhập danh sách từ Excel…; the pages reload after an import
    void showOnPages(Database* database); // every page shows (reloads) this database, or none
    // The checklists, proposals and reports pages show campaign `id` (the one last opened or picked).
    void followCampaign(qint64 id);
    void closeDatabase();
    // The damaged file at path replaced by its newest intact backup, when the clerk agrees.
    bool offerRestoreOfDamaged(const QString& path);
    void showPreferences();
    void showAbout();
    void updateRecentMenu();
    void updateTitle();
    bool confirmLeaveAll();
    // A file too large for the full check at opening gets it in the background; damage found is
    // shown in a banner and a message that points to the restore.
    void checkWholeFileInBackground();
    void showWholeCheckOutcome(int ticket, const Status& outcome);
    QString dialogFolder() const;

    std::unique_ptr<Database> m_database;
    bool m_followingCampaign = false;
    qint64 m_workingCampaignId = 0; // the campaign the pages that work on one campaign show
    GuideDialog* m_guide = nullptr;
    SeasonStepsDialog* m_seasonSteps = nullptr;
    QListWidget* m_navigationListWidget = nullptr;
    QStackedWidget* m_pages = nullptr;
    AgencyPage* m_agencyPage = nullptr;
    PeoplePage* m_peoplePage = nullptr;
    CampaignsPage* m_campaignsPage = nullptr;
    ChecklistsPage* m_checklistsPage = nullptr;
    ProposalsPage* m_proposalsPage = nullptr;
    ReportsPage* m_reportsPage = nullptr;
    AnnualPage* m_annualPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    QLabel* m_damageBanner = nullptr;
    WholeFileCheck* m_wholeCheck = nullptr;
    int m_openTicket = 0; // counts opens, so a check's late answer about an earlier file is ignored
    QUndoGroup* m_undoGroup = nullptr;
};
