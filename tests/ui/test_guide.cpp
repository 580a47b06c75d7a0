#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "ui/MainWindow.h"
#include "ui/help/GuideDialog.h"
#include "ui/help/SeasonStepsDialog.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

namespace {

QString resourceText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QStringList anchorsOf(const QString& html)
{
    QStringList anchors;
    const QRegularExpression anchor(QStringLiteral("<a name=\"([^\"]+)\">"));
    for (auto match = anchor.globalMatch(html); match.hasNext();)
        anchors << match.next().captured(1);
    return anchors;
}

} // namespace

TEST_CASE("the guide has a part for every page in both languages, and every screenshot it shows is built in")
{
    const QString vietnamese = resourceText(QStringLiteral(":/guide/huong-dan.html"));
    const QString english = resourceText(QStringLiteral(":/guide/guide-en.html"));
    CHECK(anchorsOf(vietnamese) == anchorsOf(english));
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        INFO(page);
        CHECK(anchorsOf(vietnamese).contains(MainWindow::guideAnchor(MainWindow::PageIndex(page))));
    }
    CHECK(anchorsOf(vietnamese).contains(QStringLiteral("bat-dau")));
    const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
    int images = 0;
    for (const QString& html : { vietnamese, english })
        for (auto match = image.globalMatch(html); match.hasNext();) {
            const QString source = match.next().captured(1);
            INFO(source.toStdString());
            const QImage shown(QStringLiteral(":/guide/") + source);
            CHECK_FALSE(shown.isNull());
            CHECK(shown.width() >= 600); // a real window's screenshot, not a placeholder
            ++images;
        }
    CHECK(images >= 20);
}

TEST_CASE("F1 opens the guide at the page the clerk is on; its contents come from its headings")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    window.showPage(MainWindow::ProposalsPageIndex);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto* guide = window.findChild<GuideDialog*>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    auto* contents = guide->findChild<QListWidget*>(QStringLiteral("guideContentsListWidget"));
    REQUIRE(contents->count() == guide->anchors().size());
    CHECK(guide->anchors().size() >= MainWindow::PageCount + 1);
    REQUIRE(contents->currentItem());
    CHECK(contents->currentItem()->text() == QStringLiteral("Đề nghị khen thưởng"));
    // The proposals part is what the browser shows: its heading sits at the top of the view.
    QTextBrowser* browser = guide->browser();
    QTextBlock heading = browser->document()->begin();
    while (heading.isValid() && !(heading.blockFormat().headingLevel() == 2 && heading.text().trimmed() == QStringLiteral("Đề nghị khen thưởng")))
        heading = heading.next();
    REQUIRE(heading.isValid());
    const int headingTop = browser->cursorRect(QTextCursor(heading)).top();
    CHECK(headingTop >= -5);
    CHECK(headingTop < browser->viewport()->height() / 3);

    // Another page, F1 again: the same window, at that page's part.
    guide->hide();
    window.showPage(MainWindow::AgencyPageIndex);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(window.findChildren<GuideDialog*>().size() == 1);
    CHECK(contents->currentItem()->text() == QStringLiteral("Cơ quan"));
}

TEST_CASE("the season's steps tick themselves as the clerk works and open the page of each step")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    SeasonStepsDialog* steps = window.showSeasonSteps();
    REQUIRE(steps->steps().size() == 10);
    CHECK_FALSE(steps->steps()[1].done);
    CHECK(steps->windowTitle().contains(QStringLiteral("xong 2/10")));

    // "Mở" on the people step shows Đơn vị & cán bộ; a person of the clerk's ticks the step.
    auto* open = steps->findChild<QPushButton*>(QStringLiteral("seasonStepOpen1"));
    REQUIRE(open);
    open->click();
    QApplication::processEvents();
    CHECK(window.findChild<QListWidget*>()->currentRow() == MainWindow::PeoplePageIndex);
    Person own;
    own.fullName = QStringLiteral("Lường Thị Mai");
    own.unitId = UnitRepository(*window.database()).all().value().front().id;
    REQUIRE(PersonRepository(*window.database()).add(own));
    window.showPage(MainWindow::CampaignsPageIndex); // the clerk moves on: the list follows
    CHECK(steps->steps()[1].done);
    CHECK(steps->windowTitle().contains(QStringLiteral("xong 3/10")));
}
