#include "ui/MainWindow.h"

#include "ui/widgets/CampaignPicker.h"

#include "ui/widgets/ScreenFit.h"
#include "core/common/Settings.h"
#include "core/storage/Database.h"
#include "core/templates/BuiltInTemplate.h"
#include "ui/PreferencesDialog.h"
#include "ui/agency/AgencyPage.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/checklists/ChecklistsPage.h"
#include "core/storage/Backup.h"
#include "core/storage/WriterLock.h"
#include "core/storage/UnitReportRepository.h"
#include "ui/ListExportDialog.h"
#include "ui/lists/ListImportDialog.h"
#include "ui/lists/UnitTemplateDialog.h"
#include "ui/RestoreDialog.h"
#include "ui/WholeFileCheck.h"
#include "ui/proposals/ProposalsPage.h"
#include "ui/reports/ReportsPage.h"
#include "ui/annual/AnnualPage.h"
#include "ui/audit/AuditPage.h"
#include "ui/help/GuideDialog.h"
#include "ui/help/SeasonStepsDialog.h"
#include "ui/people/PeoplePage.h"
#include "ui/widgets/DialogFolder.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/Mnemonics.h"

#include <QAction>
#include <QScopedValueRollback>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QHBoxLayout>
#include <QListWidget>
#include <QVBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>

namespace {
QString fileFilter() { return QObject::tr("Dữ liệu ThiDua (*.thidua);;Mọi tệp (*)"); }
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
{
    buildCentralWidget();
    buildMenus();
    // Each page's buttons an Alt+letter of their own, free of the menu bar's and the page's labels'.
    for (int i = 0; i < m_pages->count(); ++i) {
        QSet<QChar> taken = Mnemonics::taken(page(PageIndex(i))); // the menu bar's letters with them
        Mnemonics::assign(page(PageIndex(i)), taken);
    }
    const QByteArray geometry = Settings::value(Settings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resizeForScreen(this, QSize(1280, 800));
    updateTitle();
}

MainWindow::~MainWindow()
{
    showOnPages(nullptr); // pages refer to the database: detach them before it closes
}

void MainWindow::buildCentralWidget()
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    m_navigationListWidget = new QListWidget(central);
    m_navigationListWidget->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigationListWidget->setFixedWidth(190);
    m_navigationListWidget->setSpacing(3);
    QFont font = m_navigationListWidget->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_navigationListWidget->setFont(font);
    m_pages = new QStackedWidget(central);
    m_agencyPage = new AgencyPage(m_pages);
    m_peoplePage = new PeoplePage(m_pages);
    m_campaignsPage = new CampaignsPage(m_pages);
    m_checklistsPage = new ChecklistsPage(m_pages);
    m_proposalsPage = new ProposalsPage(m_pages);
    m_reportsPage = new ReportsPage(m_pages);
    m_annualPage = new AnnualPage(m_pages);
    m_auditPage = new AuditPage(m_pages);
    const std::pair<Page*, QString> pages[] = { { m_agencyPage, tr("Cơ quan") },
        { m_peoplePage, tr("Đơn vị & cán bộ") }, { m_campaignsPage, tr("Đợt thi đua") },
        { m_checklistsPage, tr("Đánh giá tiêu chí") }, { m_proposalsPage, tr("Đề nghị khen thưởng") },
        { m_reportsPage, tr("Báo cáo tổng kết") }, { m_annualPage, tr("Thi đua hằng năm") },
        { m_auditPage, tr("Nhật ký thay đổi") } };
    for (const auto& [page, title] : pages) {
        m_pages->addWidget(page);
        m_navigationListWidget->addItem(title);
        if (QUndoStack* stack = page->undoStack())
            m_undoGroup->addStack(stack);
        connect(page, &Page::dataChanged, m_campaignsPage, &CampaignsPage::reloadReferenceData);
        connect(page, &Page::placeRequested, this, [this](SeasonStep::Place place) { showPage(pageOf(place)); });
        connect(page, &Page::dataChanged, this, [this] {
            const qint64 working = m_workingCampaignId; // perhaps just created: not in the pickers yet
            m_checklistsPage->setDatabase(m_database.get());
            m_proposalsPage->setDatabase(m_database.get());
            m_reportsPage->setDatabase(m_database.get());
            m_annualPage->setDatabase(m_database.get());
            followCampaign(working);
        });
    }
    // One campaign at a time: the campaign opened or picked on one page is the one the others show.
    const CampaignPicker* const pickers[] = { m_checklistsPage->campaignPicker(), m_proposalsPage->campaignPicker(),
        m_reportsPage->campaignPicker() };
    connect(m_campaignsPage, &CampaignsPage::campaignOpened, this, &MainWindow::followCampaign);
    for (const CampaignPicker* picker : pickers)
        connect(picker, &CampaignPicker::campaignChanged, this, &MainWindow::followCampaign);
    connect(m_annualPage, &AnnualPage::reviewOpened, this, [this](qint64 campaignId) {
        m_workingCampaignId = campaignId; // new, perhaps: every page reads the file again, then follows it
        showOnPages(m_database.get());
        followCampaign(campaignId);
        showPage(ProposalsPageIndex);
    });
    connect(m_proposalsPage, &ProposalsPage::blockingCellRequested, this,
        [this](qint64 campaignId, const Nominee& nominee, qint64 criterionId) {
            showPage(ChecklistsPageIndex);
            m_checklistsPage->showCell(campaignId, nominee, criterionId);
        });
    connect(m_navigationListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        m_undoGroup->setActiveStack(page(PageIndex(row))->undoStack());
        if (row == ProposalsPageIndex && m_database)
            m_proposalsPage->reload(); // checklists ticked meanwhile change what blocks a proposal
        if (row == AuditPageIndex && m_database)
            m_auditPage->reload(); // every page writes to it
        if (m_seasonSteps && m_seasonSteps->isVisible())
            m_seasonSteps->refresh(); // a step may have been done on the page left
    });
    layout->addWidget(m_navigationListWidget);
    // Shown when the file is open only to look at, because someone else is writing it.
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e0c36a; padding: 6px; }"));
    m_readOnlyBanner->hide();
    // Shown when the background full check finds the open file damaged.
    m_damageBanner = new QLabel(central);
    m_damageBanner->setObjectName(QStringLiteral("damageBanner"));
    m_damageBanner->setWordWrap(true);
    m_damageBanner->setStyleSheet(QStringLiteral("QLabel { background: #f8d7da; color: #58151c; border: 1px solid #e4a0a7; padding: 6px; }"));
    m_damageBanner->hide();
    m_wholeCheck = new WholeFileCheck(this);
    connect(m_wholeCheck, &WholeFileCheck::finished, this, &MainWindow::showWholeCheckOutcome);
    auto* right = new QVBoxLayout;
    right->addWidget(m_readOnlyBanner);
    right->addWidget(m_damageBanner);
    right->addWidget(m_pages, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);
    m_navigationListWidget->setCurrentRow(CampaignsPageIndex);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Tệp"));
    file->addAction(tr("Cơ sở dữ liệu &mới…"), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(tr("&Mở…"), QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    m_recentMenu = file->addMenu(tr("Mở &gần đây"));
    // One Ctrl+S for the window: it saves the forms of the page in front (each page's buttons say what).
    QAction* save = file->addAction(tr("&Lưu"), QKeySequence::Save, this, [this] {
        if (m_database)
            page(currentPage())->saveEdits();
    });
    save->setObjectName(QStringLiteral("saveAction"));
    file->addAction(tr("Lưu &bản sao…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::saveCopy);
    file->addAction(tr("&Xuất danh sách ra Excel…"), this, [this] {
        if (m_database)
            ListExportDialog(*m_database, this).exec();
    });
    file->addAction(tr("&Nhập danh sách từ Excel…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this, &MainWindow::importList);
    file->addAction(tr("Tạo &mẫu Excel cho đơn vị…"), this, [this] {
        if (m_database)
            UnitTemplateDialog(*m_database, this).exec();
    });
    file->addSeparator();
    file->addAction(tr("Sao lưu &ngay"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this, [this] {
        const QString path = backUpNow();
        if (!path.isEmpty())
            MessageBox::information(this, tr("Đã sao lưu"), tr("Đã sao lưu vào:\n%1").arg(QDir::toNativeSeparators(path)));
    });
    file->addAction(tr("&Khôi phục từ bản sao lưu…"), this, &MainWindow::showRestore);
    file->addSeparator();
    file->addAction(tr("&Thoát"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Sửa"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Hoàn tác"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Làm lại"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Tùy chọn…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);

    QMenu* view = menuBar()->addMenu(tr("&Xem"));
    const QString names[] = { tr("Cơ quan"), tr("Đơn vị && cán bộ"), tr("Đợt thi đua"), tr("Đánh giá tiêu chí"),
        tr("Đề nghị khen thưởng"), tr("Báo cáo tổng kết"), tr("Thi đua hằng năm"), tr("Nhật ký thay đổi") };
    for (int i = 0; i < PageCount; ++i)
        view->addAction(names[i], QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), this, [this, i] { showPage(PageIndex(i)); });

    QMenu* help = menuBar()->addMenu(tr("Trợ &giúp"));
    help->addAction(tr("&Hướng dẫn sử dụng"), QKeySequence::HelpContents, this, [this] {
        showGuide(guideAnchor(PageIndex(m_pages->currentIndex())));
    });
    help->addAction(tr("&Các bước của một đợt…"), this, &MainWindow::showSeasonSteps);
    help->addSeparator();
    help->addAction(tr("&Giới thiệu ThiDua"), this, &MainWindow::showAbout);
}

void MainWindow::importList()
{
    if (!m_database || !confirmLeaveAll())
        return;
    ListImportDialog dialog(*m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showOnPages(m_database.get()); // units and people appear on every page
}

void MainWindow::showOnPages(Database* database)
{
    for (int i = 0; i < m_pages->count(); ++i)
        page(PageIndex(i))->setDatabase(database);
    if (m_seasonSteps)
        m_seasonSteps->setDatabase(database);
}

void MainWindow::followCampaign(qint64 id)
{
    if (id <= 0 || m_followingCampaign)
        return; // each picker moved signals again: answered once, by the first call
    const QScopedValueRollback following(m_followingCampaign, true);
    m_workingCampaignId = id;
    m_checklistsPage->campaignPicker()->selectCampaign(id); // a picker already there does not signal again
    m_proposalsPage->campaignPicker()->selectCampaign(id);
    m_reportsPage->campaignPicker()->selectCampaign(id);
}

MainWindow::PageIndex MainWindow::pageOf(SeasonStep::Place place)
{
    switch (place) {
    case SeasonStep::Place::Agency:
        return AgencyPageIndex;
    case SeasonStep::Place::People:
        return PeoplePageIndex;
    case SeasonStep::Place::Campaigns:
        return CampaignsPageIndex;
    case SeasonStep::Place::Checklists:
        return ChecklistsPageIndex;
    case SeasonStep::Place::Proposals:
        return ProposalsPageIndex;
    case SeasonStep::Place::Reports:
        return ReportsPageIndex;
    }
    return AgencyPageIndex;
}

QString MainWindow::guideAnchor(PageIndex index)
{
    static const char* const anchors[] = { "co-quan", "don-vi", "dot-thi-dua", "danh-gia", "de-nghi", "bao-cao", "thi-dua-hang-nam", "nhat-ky" };
    static_assert(std::size(anchors) == PageCount);
    return index >= 0 && index < PageCount ? QString::fromLatin1(anchors[index]) : QStringLiteral("bat-dau");
}

GuideDialog* MainWindow::showGuide(const QString& anchor)
{
    if (!m_guide)
        m_guide = new GuideDialog(this); // one window, kept while the program runs
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    m_guide->showPart(anchor);
    return m_guide;
}

SeasonStepsDialog* MainWindow::showSeasonSteps()
{
    if (!m_seasonSteps) {
        m_seasonSteps = new SeasonStepsDialog(this);
        m_seasonSteps->setDatabase(m_database.get());
        connect(m_seasonSteps, &SeasonStepsDialog::openPlace, this, [this](SeasonStep::Place place) {
            showPage(pageOf(place));
            activateWindow();
        });
        connect(m_seasonSteps, &SeasonStepsDialog::openGuideAt, this,
            [this](SeasonStep::Place place) { showGuide(guideAnchor(pageOf(place))); });
        connect(m_seasonSteps, &SeasonStepsDialog::openGuideStart, this, [this] { showGuide(QStringLiteral("bat-dau")); });
    }
    m_seasonSteps->show();
    m_seasonSteps->raise();
    return m_seasonSteps;
}

Page* MainWindow::page(PageIndex index) const { return static_cast<Page*>(m_pages->widget(index)); }

void MainWindow::showPage(PageIndex index) { m_navigationListWidget->setCurrentRow(index); }

MainWindow::PageIndex MainWindow::currentPage() const { return PageIndex(m_navigationListWidget->currentRow()); }

bool MainWindow::confirmLeaveAll()
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (!page(PageIndex(i))->confirmLeave()) {
            showPage(PageIndex(i));
            return false;
        }
    }
    return true;
}

bool MainWindow::openDatabase(const QString& path)
{
    if (!confirmLeaveAll())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QString templateProblem;
    if (opened) {
        Result<bool> empty = BuiltInTemplate::isEmptyDatabase(*opened.value());
        if (empty && empty.value()) {
            if (Result<qint64> installed = BuiltInTemplate::install(*opened.value()); !installed)
                templateProblem = installed.error().message;
        }
    }
    QApplication::restoreOverrideCursor();
    // Another window or computer is writing to it: open it to look at, and say who holds it.
    // A file or folder that cannot be written (a read-only share, a CD): open it to look at.
    std::optional<LockHolder> holder;
    const QFileInfo file(path);
    const bool unwritable = file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable());
    if (!opened && ((holder = WriterLock::otherHolder(path)) || unwritable)) {
        opened = Database::openReadOnly(path);
        if (opened)
            m_readOnlyBanner->setText(holder ? tr("Chỉ xem: tệp này đang được %1 mở để sửa. Mọi thay đổi ở đây sẽ không được lưu; "
                                                  "hãy mở lại tệp khi người đó đã đóng ThiDua.")
                                                   .arg(holder->described())
                                             : tr("Chỉ xem: tệp hoặc thư mục chứa nó chỉ cho đọc. Mọi thay đổi ở đây sẽ không được lưu; "
                                                  "hãy chép tệp sang thư mục của mình (Tệp → Lưu bản sao…) để sửa."));
    }
    m_readOnlyBanner->setVisible(opened && opened.value()->isReadOnly());
    if (!opened) {
        if (offerRestoreOfDamaged(path))
            return openDatabase(path);
        MessageBox::warning(this, tr("Không mở được tệp"), opened.error().message, opened.error().detail);
        return false;
    }
    showOnPages(nullptr);
    m_database = std::move(opened.value());
    ++m_openTicket;
    m_damageBanner->hide();
    showOnPages(m_database.get());
    Settings::noteOpened(m_database->path());
    updateRecentMenu();
    updateTitle();
    statusBar()->showMessage(QDir::toNativeSeparators(m_database->path()));
    checkWholeFileInBackground();
    if (m_database->isReadOnly())
        return true; // no backup, no upgrade: someone else is writing it
    // The first open of the day leaves a backup (a problem with it never stops the work).
    const Backup::Rotation rotation { Settings::value(Settings::Key::BackupDailyKept).toInt(), Settings::value(Settings::Key::BackupMonthlyKept).toInt() };
    if (Result<std::optional<QString>> daily = Backup::takeDailyIfDue(*m_database, rotation); !daily)
        statusBar()->showMessage(tr("Chưa sao lưu được hôm nay: %1").arg(daily.error().message));
    else if (daily.value())
        statusBar()->showMessage(tr("%1 — đã sao lưu tự động vào «%2»").arg(QDir::toNativeSeparators(m_database->path()), QFileInfo(*daily.value()).fileName()));
    if (!m_database->upgradeBackupPath().isEmpty())
        MessageBox::information(this, tr("Đã nâng cấp dữ liệu"),
            tr("Tệp đã được nâng cấp lên phiên bản mới. Bản sao trước khi nâng cấp được lưu tại:\n%1")
                .arg(QDir::toNativeSeparators(m_database->upgradeBackupPath())));
    if (!templateProblem.isEmpty())
        MessageBox::warning(this, tr("Mẫu dữ liệu"), templateProblem);
    return true;
}

QString MainWindow::dialogFolder() const
{
    return m_database ? QFileInfo(m_database->path()).absolutePath() : DialogFolder::start();
}

void MainWindow::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Tạo cơ sở dữ liệu mới"),
        QDir(dialogFolder()).filePath(tr("Thi đua mới.thidua")), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".") + Database::FileSuffix;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("Tệp đã tồn tại"),
            tr("Tệp «%1» đã có. ThiDua không ghi đè lên dữ liệu cũ: hãy chọn tên khác, hoặc dùng Tệp → Mở.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Mở cơ sở dữ liệu"), dialogFolder(), fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

QString MainWindow::backUpNow()
{
    if (!m_database || !confirmLeaveAll())
        return {};
    Result<QString> taken = Backup::takeNow(*m_database);
    if (!taken) {
        MessageBox::warning(this, tr("Sao lưu"), taken.error().message, taken.error().detail);
        return {};
    }
    return taken.value();
}

void MainWindow::showRestore()
{
    if (!m_database)
        return;
    RestoreDialog dialog(m_database->path(), this);
    if (dialog.exec() == QDialog::Accepted)
        restoreFrom(dialog.chosenBackup());
}

void MainWindow::closeDatabase()
{
    showOnPages(nullptr);
    m_database.reset();
    ++m_openTicket;
    m_damageBanner->hide();
    updateTitle();
}

void MainWindow::checkWholeFileInBackground()
{
    if (!m_database || m_database->wasFullyChecked())
        return;
    statusBar()->showMessage(tr("Đang kiểm tra toàn vẹn đầy đủ tệp dữ liệu lớn (chạy nền, vẫn làm việc bình thường)…"));
    m_wholeCheck->start(m_database->path(), m_openTicket);
}

void MainWindow::showWholeCheckOutcome(int ticket, const Status& outcome)
{
    if (ticket != m_openTicket || !m_database)
        return; // about a file no longer open
    if (outcome) {
        statusBar()->showMessage(tr("Kiểm tra toàn vẹn đầy đủ: tệp dữ liệu tốt."), 10000);
        return;
    }
    m_damageBanner->setText(tr("Tệp dữ liệu bị hỏng: kiểm tra toàn vẹn đầy đủ không đạt. Đừng nhập thêm dữ liệu vào tệp này; "
                               "hãy dùng Tệp → Khôi phục từ bản sao lưu… để lấy lại bản sao lưu còn tốt gần nhất."));
    m_damageBanner->show();
    MessageBox::warning(this, tr("Tệp dữ liệu bị hỏng"),
        tr("Kiểm tra toàn vẹn đầy đủ (chạy nền) phát hiện tệp «%1» bị hỏng. Những gì đã lưu trước đó nằm trong các bản sao lưu; "
           "hãy khôi phục từ bản sao lưu còn tốt gần nhất (Tệp → Khôi phục từ bản sao lưu…) trước khi làm tiếp.")
            .arg(QDir::toNativeSeparators(m_database->path())),
        outcome.error().detail);
}

bool MainWindow::restoreFrom(const QString& backupPath)
{
    if (!m_database || !confirmLeaveAll())
        return false;
    const QString path = m_database->path();
    closeDatabase();
    m_wholeCheck->wait(); // the file is replaced next: no reader may hold it
    Result<QString> restored = Backup::restore(path, backupPath);
    if (!restored)
        MessageBox::warning(this, tr("Khôi phục"), restored.error().message, restored.error().detail);
    const bool reopened = openDatabase(path);
    if (restored && reopened)
        MessageBox::information(this, tr("Đã khôi phục"),
            tr("Dữ liệu đã được khôi phục. Bản trước khi khôi phục được giữ tại:\n%1").arg(QDir::toNativeSeparators(restored.value())));
    return restored && reopened;
}

bool MainWindow::offerRestoreOfDamaged(const QString& path)
{
    if (!QFileInfo::exists(path) || Backup::inspect(path).intact)
        return false; // not damaged: some other reason, shown by the caller
    for (const Backup::Entry& entry : Backup::list(path)) {
        if (!Backup::inspect(entry.path).intact)
            continue;
        if (MessageBox::question(this, tr("Tệp dữ liệu bị hỏng"),
                tr("Tệp «%1» bị hỏng. Khôi phục từ bản sao lưu còn tốt gần nhất (%2)? Tệp hỏng được giữ lại trong thư mục sao lưu.")
                    .arg(QDir::toNativeSeparators(path), QLocale().toString(entry.takenAt, QStringLiteral("dd/MM/yyyy HH:mm"))))
            != QMessageBox::Yes)
            return false;
        Result<QString> restored = Backup::restore(path, entry.path);
        if (!restored)
            MessageBox::warning(this, tr("Khôi phục"), restored.error().message, restored.error().detail);
        return bool(restored);
    }
    return false;
}

void MainWindow::saveCopy()
{
    if (!m_database || !confirmLeaveAll())
        return;
    const QString stem = QFileInfo(m_database->path()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Lưu bản sao cơ sở dữ liệu"),
        QDir(dialogFolder()).filePath(tr("%1 - bản sao.thidua").arg(stem)), fileFilter());
    if (path.isEmpty())
        return;
    if (Status s = m_database->saveCopyTo(path); !s) {
        MessageBox::warning(this, tr("Không lưu được bản sao"), s.error().message, s.error().detail);
        return;
    }
    // The units' files go along, so the copy is whole on another computer.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> attachments = UnitReportRepository(*m_database).copyAttachmentsBeside(path);
    QApplication::restoreOverrideCursor();
    if (!attachments) {
        MessageBox::warning(this, tr("Bản sao chưa có tệp đính kèm"),
            tr("Đã lưu bản sao dữ liệu vào %1, nhưng chưa chép được tệp đính kèm của các đơn vị: %2")
                .arg(QDir::toNativeSeparators(path), attachments.error().message),
            attachments.error().detail);
        return;
    }
    statusBar()->showMessage(attachments.value() > 0
            ? tr("Đã lưu bản sao vào %1, cùng %2 tệp đính kèm").arg(QDir::toNativeSeparators(path)).arg(attachments.value())
            : tr("Đã lưu bản sao vào %1").arg(QDir::toNativeSeparators(path)),
        8000);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
            [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_database ? tr("%1 — ThiDua").arg(QFileInfo(m_database->path()).fileName())
                              : tr("ThiDua — chưa mở cơ sở dữ liệu"));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("Giới thiệu ThiDua"),
        tr("ThiDua %1\nQuản lý thi đua, khen thưởng cho cơ quan, đơn vị.\n\nDữ liệu được lưu trong tệp .thidua "
           "(SQLite) trên máy của bạn.")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmLeaveAll()) {
        event->ignore();
        return;
    }
    Settings::setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    event->accept();
}
