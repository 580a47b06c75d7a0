#include "ui/MainWindow.h"

#include "core/common/Settings.h"
#include "core/storage/Database.h"
#include "core/templates/BuiltInTemplate.h"
#include "ui/PreferencesDialog.h"
#include "ui/agency/AgencyPage.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/checklists/ChecklistsPage.h"
#include "ui/proposals/ProposalsPage.h"
#include "ui/reports/ReportsPage.h"
#include "ui/people/PeoplePage.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
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
    const QByteArray geometry = Settings::value(Settings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Pages refer to the database: detach them before it closes.
    for (int i = 0; i < m_pages->count(); ++i)
        static_cast<Page*>(m_pages->widget(i))->setDatabase(nullptr);
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
    const std::pair<Page*, QString> pages[] = { { m_agencyPage, tr("Cơ quan") },
        { m_peoplePage, tr("Đơn vị & cán bộ") }, { m_campaignsPage, tr("Đợt thi đua") },
        { m_checklistsPage, tr("Đánh giá tiêu chí") }, { m_proposalsPage, tr("Đề nghị khen thưởng") },
        { m_reportsPage, tr("Báo cáo tổng kết") } };
    for (const auto& [page, title] : pages) {
        m_pages->addWidget(page);
        m_navigationListWidget->addItem(title);
        if (QUndoStack* stack = page->undoStack())
            m_undoGroup->addStack(stack);
        connect(page, &Page::dataChanged, m_campaignsPage, &CampaignsPage::reloadReferenceData);
        connect(page, &Page::dataChanged, this, [this] {
            m_checklistsPage->setDatabase(m_database.get());
            m_proposalsPage->setDatabase(m_database.get());
            m_reportsPage->setDatabase(m_database.get());
        });
    }
    connect(m_navigationListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        m_undoGroup->setActiveStack(page(PageIndex(row))->undoStack());
        if (row == ProposalsPageIndex && m_database)
            m_proposalsPage->reload(); // checklists ticked meanwhile change what blocks a proposal
    });
    layout->addWidget(m_navigationListWidget);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_navigationListWidget->setCurrentRow(CampaignsPageIndex);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Tệp"));
    file->addAction(tr("Cơ sở dữ liệu &mới…"), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(tr("&Mở…"), QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    m_recentMenu = file->addMenu(tr("Mở &gần đây"));
    file->addAction(tr("Lưu &bản sao…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::saveCopy);
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
        tr("Đề nghị khen thưởng"), tr("Báo cáo tổng kết") };
    for (int i = 0; i < PageCount; ++i)
        view->addAction(names[i], QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), this, [this, i] { showPage(PageIndex(i)); });

    QMenu* help = menuBar()->addMenu(tr("Trợ &giúp"));
    help->addAction(tr("&Giới thiệu ThiDua"), this, &MainWindow::showAbout);
}

Page* MainWindow::page(PageIndex index) const { return static_cast<Page*>(m_pages->widget(index)); }

void MainWindow::showPage(PageIndex index) { m_navigationListWidget->setCurrentRow(index); }

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
    if (!opened) {
        MessageBox::warning(this, tr("Không mở được tệp"), opened.error().message, opened.error().detail);
        return false;
    }
    for (int i = 0; i < m_pages->count(); ++i)
        page(PageIndex(i))->setDatabase(nullptr);
    m_database = std::move(opened.value());
    for (int i = 0; i < m_pages->count(); ++i)
        page(PageIndex(i))->setDatabase(m_database.get());
    Settings::noteOpened(m_database->path());
    updateRecentMenu();
    updateTitle();
    statusBar()->showMessage(QDir::toNativeSeparators(m_database->path()));
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
    return m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
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
    statusBar()->showMessage(tr("Đã lưu bản sao vào %1").arg(QDir::toNativeSeparators(path)), 8000);
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
