// Developer tool: opens the real main window on a fresh database (built-in template) and saves a
// PNG of every page, for looking at the interface without clicking through it.
// Usage: thidua_screenshots OUTPUT_FOLDER

#include "ui/MainWindow.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/campaigns/PlanEditor.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>


int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        qWarning("usage: thidua_screenshots OUTPUT_FOLDER");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    if (!window.openDatabase(dir.filePath(QStringLiteral("Ảnh chụp.thidua"))))
        return 1;
    auto grab = [&](const QString& name) {
        QApplication::processEvents();
        window.grab().save(out.filePath(name));
    };
    window.showPage(MainWindow::AgencyPageIndex);
    grab(QStringLiteral("1-co-quan.png"));
    window.showPage(MainWindow::PeoplePageIndex);
    grab(QStringLiteral("2-don-vi-can-bo.png"));
    window.showPage(MainWindow::CampaignsPageIndex);
    auto* page = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex));
    page->planEditor()->selectPath({ 3, 0, 0 });
    grab(QStringLiteral("3-ke-hoach-tieu-chi.png"));
    page->planEditor()->selectPath({ 3, 1, 0 });
    grab(QStringLiteral("4-ke-hoach-hinh-thuc.png"));
    auto* tabs = window.findChild<QTabWidget*>();
    tabs->setCurrentIndex(1);
    grab(QStringLiteral("5-thong-tin-chung.png"));
    tabs->setCurrentIndex(2);
    grab(QStringLiteral("6-ke-hoach-xem-truoc.png"));
    window.showPage(MainWindow::ChecklistsPageIndex);
    grab(QStringLiteral("7-danh-gia-tieu-chi.png"));
    return 0;
}
