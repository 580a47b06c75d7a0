#pragma once
// The main window: navigation on the left, one page per feature, the File menu that opens,
// creates and copies agency databases.

#include "core/common/Result.h"

#include <QMainWindow>

#include <memory>

class AgencyPage;
class CampaignsPage;
class ChecklistsPage;
class ProposalsPage;
class ReportsPage;
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

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum PageIndex { AgencyPageIndex, PeoplePageIndex, CampaignsPageIndex, ChecklistsPageIndex, ProposalsPageIndex, ReportsPageIndex,
        AuditPageIndex, PageCount };

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
    void showPage(PageIndex index);
    Page* page(PageIndex index) const;

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
    QListWidget* m_navigationListWidget = nullptr;
    QStackedWidget* m_pages = nullptr;
    AgencyPage* m_agencyPage = nullptr;
    PeoplePage* m_peoplePage = nullptr;
    CampaignsPage* m_campaignsPage = nullptr;
    ChecklistsPage* m_checklistsPage = nullptr;
    ProposalsPage* m_proposalsPage = nullptr;
    ReportsPage* m_reportsPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    QLabel* m_damageBanner = nullptr;
    WholeFileCheck* m_wholeCheck = nullptr;
    int m_openTicket = 0; // counts opens, so a check's late answer about an earlier file is ignored
    QUndoGroup* m_undoGroup = nullptr;
};
