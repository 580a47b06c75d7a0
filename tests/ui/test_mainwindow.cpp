#include "tests/support/Catch.h"
#include "tests/support/DocxFacts.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"

#include "core/documents/writers/CsvWriter.h"
#include "core/documents/PlanExport.h"
#include "core/documents/writers/PageLayout.h"
#include "core/lists/TableFile.h"
#include "core/storage/UnitRepository.h"
#include "ui/MainWindow.h"
#include "ui/campaigns/CampaignForm.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/campaigns/PlanEditor.h"
#include "ui/campaigns/PlanImportDialog.h"
#include "ui/checklists/ChecklistModel.h"
#include "ui/checklists/ChecklistsPage.h"
#include "ui/ListExportDialog.h"
#include "ui/lists/ListImportDialog.h"
#include "ui/lists/UnitTemplateDialog.h"
#include "ui/QtTexts.h"
#include "ui/agency/RewardMoneyDialog.h"
#include "ui/agency/SubmissionRoutesDialog.h"
#include "ui/agency/WordingDialog.h"
#include "ui/audit/AuditPage.h"
#include "ui/reports/FinalReportDialog.h"
#include "ui/reports/ReportsPage.h"
#include "ui/certificates/CertificatePreview.h"
#include "ui/certificates/CertificatesDialog.h"
#include "ui/proposals/DecisionDialog.h"
#include "ui/proposals/MeetingDialog.h"
#include "ui/proposals/PaperworkDialog.h"
#include "ui/proposals/ProposalDialog.h"
#include "ui/widgets/FoldedSearch.h"
#include "ui/proposals/ProposalsPage.h"
#include "ui/proposals/VoteDialog.h"
#include "ui/widgets/CampaignPicker.h"
#include "ui/widgets/DocumentIssueEditor.h"
#include "ui/widgets/ScreenFit.h"
#include "core/storage/AssessmentRepository.h"
#include "core/documents/PlanBuilder.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/SubmissionRouteRepository.h"
#include "core/storage/AwardDecisionRepository.h"
#include "core/certificates/CertificateLayoutRepository.h"
#include "core/common/Settings.h"
#include "core/storage/WordingRepository.h"
#include "core/storage/FinalReportRepository.h"
#include "core/storage/UnitReportRepository.h"
#include "core/storage/Backup.h"
#include "core/templates/BuiltInTemplate.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/CouncilMeetingRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "ui/documents/DocumentView.h"
#include "ui/people/UnitTableModel.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/NextStepBanner.h"
#include "ui/people/PeoplePage.h"
#include "tests/support/ReadOnlyView.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QJsonArray>
#include <QKeyEvent>
#include <QDialog>
#include <QLabel>
#include <QScreen>
#include <QProcess>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QTranslator>
#include <QLineEdit>
#include <QLocale>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QHeaderView>
#include <QTableView>
#include <QStatusBar>
#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTest>

#include <functional>
#include <QTimeEdit>
#include <QTableWidget>
#include <QTimer>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    INFO("widget " << name);
    REQUIRE(found != nullptr);
    return found;
}

// Types text as a user would, key by key; QTest::keyClicks only knows ASCII.
void typeText(QWidget* widget, const QString& text)
{
    widget->setFocus();
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

QStringList columnTexts(QAbstractItemModel* model, int column = 0)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

// The first person of the file, every criterion met, proposed for the agency's Giấy khen and
// brought to `state`.
qint64 firstPersonProposed(Database& db, qint64 campaignId, ProposalState state)
{
    const Person person = PersonRepository(db).all().value().front();
    concludeAllMet(db, campaignId, { Nominee::Kind::Person, person.id });
    return proposeThrough(db, campaignId, { Nominee::Kind::Person, person.id }, awardFormOf(db, AwardLevel::Agency), person.unitId,
        QStringLiteral("Hoàn thành tốt nhiệm vụ."), state);
}

} // namespace

TEST_CASE("a first start fills a new file with the template and shows the template campaign")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    CHECK(window.windowTitle().contains(QStringLiteral("Thi đua 2025.thidua")));
    auto* campaigns = child<QListWidget>(&window, "campaignsListWidget");
    REQUIRE(campaigns->count() == 1);
    CHECK(campaigns->item(0)->text().contains(QStringLiteral("Lập thành tích chào mừng")));
    auto* tree = child<QTreeView>(&window, "planOutlineTreeView");
    QStringList top = columnTexts(tree->model());
    CHECK(top.contains(QStringLiteral("I. MỤC ĐÍCH, YÊU CẦU")));
    CHECK(top.contains(QStringLiteral("V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN")));
}

TEST_CASE("a unit added through the form is there after a restart on the same file")
{
    TestFolder folder;
    const QString path = folder.file();
    {
        MainWindow window;
        window.show();
        REQUIRE(window.openDatabase(path));
        window.showPage(MainWindow::PeoplePageIndex);
        QTest::mouseClick(child<QPushButton>(&window, "newUnitButton"), Qt::LeftButton);
        typeText(child<QLineEdit>(&window, "unitNameLineEdit"), QStringLiteral("Phòng Sở hữu trí tuệ"));
        typeText(child<QLineEdit>(&window, "unitCodeLineEdit"), QStringLiteral("SHTT"));
        QTest::mouseClick(child<QPushButton>(&window, "saveUnitButton"), Qt::LeftButton);
    }
    MainWindow restarted;
    restarted.show();
    REQUIRE(restarted.openDatabase(path));
    auto* units = child<QTableView>(&restarted, "unitsTableView");
    CHECK(columnTexts(units->model()).contains(QStringLiteral("Phòng Sở hữu trí tuệ")));
    CHECK(units->currentIndex().isValid());
}

TEST_CASE("a unit without a name is refused with a message naming the field")
{
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    auto* units = child<QTableView>(&window, "unitsTableView");
    const int before = units->model()->rowCount();
    QTest::mouseClick(child<QPushButton>(&window, "newUnitButton"), Qt::LeftButton);
    typeText(child<QLineEdit>(&window, "unitCodeLineEdit"), QStringLiteral("X1"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(&window, "saveUnitButton"), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Tên đơn vị")));
    CHECK(units->model()->rowCount() == before);
}

TEST_CASE("a person's form saved after the record changed elsewhere is refused; both versions stay visible")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    window.showPage(MainWindow::PeoplePageIndex);
    auto* people = child<QTableView>(&window, "peopleTableView");
    people->setCurrentIndex(people->model()->index(0, 0));
    auto* position = child<QLineEdit>(&window, "personPositionLineEdit");
    position->clear();
    typeText(position, QStringLiteral("Chuyên viên chính"));

    // Meanwhile the same record is changed through another path (an import, another form).
    Database& db = *window.database();
    const QString name = child<QLineEdit>(&window, "personNameLineEdit")->text();
    Person elsewhere;
    for (const Person& p : PersonRepository(db).all().value())
        if (p.fullName == name)
            elsewhere = p;
    REQUIRE(elsewhere.id != 0);
    elsewhere.position = QStringLiteral("Phó Chánh Văn phòng");
    REQUIRE_OK(PersonRepository(db).update(elsewhere));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(&window, "savePersonButton"), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("đã được sửa ở nơi khác")));
    CHECK(position->text() == QStringLiteral("Chuyên viên chính")); // the clerk's typing is still there
    for (const Person& p : PersonRepository(db).all().value())
        if (p.id == elsewhere.id)
            CHECK(p.position == QStringLiteral("Phó Chánh Văn phòng"));
}

TEST_CASE("the people search filters as you type, with or without diacritics")
{
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    auto* people = child<QTableView>(&window, "peopleTableView");
    const int all = people->model()->rowCount();
    REQUIRE(all >= 20);
    typeText(child<QLineEdit>(&window, "peopleSearchLineEdit"), QStringLiteral("giang thi"));
    REQUIRE(people->model()->rowCount() == 1);
    CHECK(people->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Giàng Thị Mai")));
    child<QLineEdit>(&window, "peopleSearchLineEdit")->clear();
    CHECK(people->model()->rowCount() == all);
    auto* unitFilter = child<QComboBox>(&window, "unitFilterComboBox");
    unitFilter->setCurrentIndex(unitFilter->findText(QStringLiteral("Thanh tra")));
    CHECK(people->model()->rowCount() == 2);
}

TEST_CASE("outline edits are undoable, saved on request, and guarded by a prompt")
{
    TestFolder folder;
    const QString path = folder.file();
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    auto* page = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex));
    PlanEditor* editor = page->planEditor();
    auto* tree = child<QTreeView>(&window, "planOutlineTreeView");

    editor->selectPath({ 4 }); // IV. GIẢI PHÁP THỰC HIỆN
    editor->moveCurrent(-1);
    CHECK(columnTexts(tree->model())[3] == QStringLiteral("III. GIẢI PHÁP THỰC HIỆN"));
    CHECK(page->isModified());
    editor->undoStack()->undo();
    CHECK(columnTexts(tree->model())[3].startsWith(QStringLiteral("III. TIÊU CHÍ")));
    editor->undoStack()->redo();

    // Opening another file asks first; Cancel keeps everything as it is.
    TestFolder other;
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(window.openDatabase(other.file()));
    CHECK(window.database()->path().endsWith(QStringLiteral("Thi đua 2025.thidua")));
    CHECK(page->isModified());

    REQUIRE(page->save());
    CHECK_FALSE(page->isModified());
    MainWindow reopened;
    REQUIRE(reopened.openDatabase(path));
    auto* reopenedTree = child<QTreeView>(&reopened, "planOutlineTreeView");
    CHECK(columnTexts(reopenedTree->model())[3] == QStringLiteral("III. GIẢI PHÁP THỰC HIỆN"));
}

TEST_CASE("a new campaign from the template copies its whole plan")
{
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    QTest::mouseClick(child<QPushButton>(&window, "duplicateCampaignButton"), Qt::LeftButton);
    auto* campaigns = child<QListWidget>(&window, "campaignsListWidget");
    REQUIRE(campaigns->count() == 2);
    CHECK(campaigns->currentItem()->text().contains(QStringLiteral("bản sao")));
    auto* tree = child<QTreeView>(&window, "planOutlineTreeView");
    CHECK(columnTexts(tree->model()).size() == 7);
}

TEST_CASE("refuses to open a file that is not a database and keeps the current one")
{
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    const QString notes = folder.file(QStringLiteral("ghi chú.thidua"));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("không phải SQLite");
    file.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openDatabase(notes));
    CHECK(MessageBox::lastText().contains(QStringLiteral("không phải tệp SQLite")));
    CHECK(window.database()->path().endsWith(QStringLiteral("Thi đua 2025.thidua")));
}

TEST_CASE("a paragraph edit lands in its own section even when the selection moves at once")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    auto* page = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex));
    PlanEditor* editor = page->planEditor();
    const QString contentsBefore = editor->plan().sections[2].blocks[0].text;

    editor->selectPath({ 1 }); // I. MỤC ĐÍCH, YÊU CẦU
    auto* blocks = child<QTableWidget>(&window, "blocksTableWidget");
    REQUIRE(blocks->rowCount() == 3);
    blocks->item(0, 1)->setText(QStringLiteral("Mục đích đã sửa."));
    editor->selectPath({ 2 }); // the click on another section comes before the edit is applied
    QCoreApplication::processEvents();

    CHECK(editor->plan().sections[1].blocks[0].text == QStringLiteral("Mục đích đã sửa."));
    CHECK(editor->plan().sections[2].blocks[0].text == contentsBefore);
    CHECK(page->isModified());
    editor->undoStack()->undo();
    CHECK(editor->plan().sections[1].blocks[0].text.startsWith(QStringLiteral("Hưởng ứng phát động")));
}

// Lets the preview's worker finish what it was given.
bool waitForPreview(DocumentView* view)
{
    QElapsedTimer waited;
    waited.start();
    while (view->isLayingOut() && waited.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !view->isLayingOut();
}

TEST_CASE("the plan preview shows the pages and exports what it shows")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    auto* page = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex));
    DocumentView* view = page->documentView();
    REQUIRE(view->hasDocument());
    REQUIRE(waitForPreview(view));
    CHECK(view->pageCount() >= 3);

    // Edits in quick succession: the layout already running ends unseen, the last one is shown.
    int shown = 0;
    QObject::connect(view, &DocumentView::previewShown, view, [&] { ++shown; });
    for (int edit = 0; edit < 5; ++edit) {
        page->planEditor()->selectPath({ 1 });
        page->planEditor()->addSection();
        view->refreshNow();
        CHECK(view->isLayingOut()); // the window does not wait for it
    }
    REQUIRE(waitForPreview(view));
    CHECK(shown == 1);
    CHECK(view->pageCount() == int(PageLayout::layOut(view->document(), view->previewResolution()).size()));

    // An unsaved edit reaches the preview and the exported file.
    page->planEditor()->selectPath({ 1 });
    page->planEditor()->addSection();
    view->refreshNow();
    const QString pdf = folder.file(QStringLiteral("KH-SKHCN-dot-thi-dua-2025.pdf"));
    REQUIRE(view->exportTo(pdf, DocumentFormat::Pdf));
    CHECK(fileBytes(pdf).startsWith("%PDF"));
    const QString docx = folder.file(QStringLiteral("kế hoạch.docx"));
    REQUIRE(view->exportTo(docx, DocumentFormat::Docx));
    CHECK(fileBytes(docx).startsWith("PK"));
}

TEST_CASE("criteria are ticked from the keyboard and kept")
{
    TestFolder folder;
    const QString path = folder.file();
    {
        MainWindow window;
        window.show();
        REQUIRE(window.openDatabase(path));
        window.showPage(MainWindow::ChecklistsPageIndex);
        auto* page = static_cast<ChecklistsPage*>(window.page(MainWindow::ChecklistsPageIndex));
        QTableView* grid = page->view();
        REQUIRE(grid->model()->rowCount() >= 6); // units
        REQUIRE(grid->model()->columnCount() == ChecklistModel::FirstCriterionColumn + 6);
        grid->setFocus();
        grid->setCurrentIndex(grid->model()->index(0, ChecklistModel::FirstCriterionColumn));
        QTest::keyClick(grid, Qt::Key_1);
        grid->setCurrentIndex(grid->model()->index(0, ChecklistModel::FirstCriterionColumn + 1));
        QTest::keyClick(grid, Qt::Key_0);
        CHECK(grid->model()->index(0, ChecklistModel::FirstCriterionColumn).data().toString() == QStringLiteral("Đạt"));
        CHECK(grid->model()->index(0, ChecklistModel::ProgressColumn).data().toString() == QStringLiteral("1/6"));
        CHECK(grid->model()->headerData(ChecklistModel::FirstCriterionColumn, Qt::Horizontal).toString().contains(QStringLiteral("1/")));

        page->showPeople(true);
        REQUIRE(grid->model()->rowCount() >= 20);
        CHECK(grid->model()->columnCount() == ChecklistModel::FirstCriterionColumn + 1);
    }
    MainWindow reopened;
    REQUIRE(reopened.openDatabase(path));
    auto* page = static_cast<ChecklistsPage*>(reopened.page(MainWindow::ChecklistsPageIndex));
    page->showPeople(false);
    QAbstractItemModel* grid = page->view()->model();
    CHECK(grid->index(0, ChecklistModel::FirstCriterionColumn).data().toString() == QStringLiteral("Đạt"));
    CHECK(grid->index(0, ChecklistModel::FirstCriterionColumn + 1).data().toString() == QStringLiteral("Chưa đạt"));
}

TEST_CASE("a clerk ticks a checklist, proposes, returns, resubmits and records the vote")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));

    // Tick the individual criterion of the first person.
    window.showPage(MainWindow::ChecklistsPageIndex);
    auto* checklists = static_cast<ChecklistsPage*>(window.page(MainWindow::ChecklistsPageIndex));
    checklists->showPeople(true);
    QTableView* grid = checklists->view();
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, ChecklistModel::FirstCriterionColumn));
    QTest::keyClick(grid, Qt::Key_1);
    const Nominee person = checklists->model()->rowAt(0)->nominee;

    window.showPage(MainWindow::ProposalsPageIndex);
    auto* proposals = static_cast<ProposalsPage*>(window.page(MainWindow::ProposalsPageIndex));
    const qint64 campaignId = proposals->campaignPicker()->currentCampaignId();
    REQUIRE(campaignId > 0);
    qint64 giayKhen = 0;
    for (const AwardForm& form : AwardFormRepository(*window.database()).all().value())
        if (form.level == AwardLevel::Agency)
            giayKhen = form.id;

    ProposalDialog dialog(*window.database(), campaignId, &window);
    // A new proposal starts at the agency's everyday award, not the highest one.
    CHECK(child<QComboBox>(&dialog, "awardFormComboBox")->currentData().toLongLong() == giayKhen);
    dialog.choose(person, giayKhen, QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2025."));
    dialog.accept();
    REQUIRE(dialog.proposalId() > 0);
    proposals->reload(dialog.proposalId());
    CHECK(proposals->view()->model()->rowCount() == 1);
    CHECK(proposals->countsText().contains(QStringLiteral("Dự thảo: 1")));

    REQUIRE(proposals->moveSelected(ProposalState::Submitted));
    REQUIRE(proposals->moveSelected(ProposalState::Returned, QStringLiteral("Bổ sung minh chứng")));
    REQUIRE(proposals->moveSelected(ProposalState::Submitted));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(proposals->moveSelected(ProposalState::Reviewed)); // no vote yet
    CHECK(MessageBox::lastText().contains(QStringLiteral("bỏ phiếu")));

    VoteDialog nonsense(*window.database(), dialog.proposalId(), 50, &window);
    nonsense.setVote(9, 7, 8);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    nonsense.accept();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Số phiếu đồng ý")));
    VoteDialog vote(*window.database(), dialog.proposalId(), 50, &window);
    vote.setVote(9, 8, 7);
    vote.accept();
    REQUIRE(proposals->moveSelected(ProposalState::Reviewed));
    proposals->reload();
    CHECK(proposals->countsText().contains(QStringLiteral("Hội đồng đã xét: 1")));
    auto* history = child<QListWidget>(&window, "proposalHistoryListWidget");
    CHECK(history->count() == 6);
    CHECK(history->item(2)->text().contains(QStringLiteral("Bổ sung minh chứng")));
    CHECK(history->item(4)->text().contains(QStringLiteral("Kết quả bỏ phiếu"))); // the vote is in the history
    CHECK(history->item(4)->text().contains(QStringLiteral("7/8")));

    // Moves out of the council's hands are asked first; "No" leaves the proposal where it was.
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(proposals->moveSelected(ProposalState::Decided));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Quyết định khen")));
    CHECK(ProposalRepository(*window.database()).load(dialog.proposalId()).value().state == ProposalState::Reviewed);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(proposals->moveSelected(ProposalState::Decided));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(proposals->moveSelected(ProposalState::Awarded));
    // The last step: the box says the proposal has ended, and the undo is offered.
    auto* finalLabel = child<QLabel>(&window, "proposalFinalLabel");
    CHECK(finalLabel->isVisible());
    CHECK(finalLabel->text().contains(QStringLiteral("Đã khen")));
    auto* undo = child<QPushButton>(&window, "undoMoveButton");
    REQUIRE(undo->isVisible());
    CHECK(undo->toolTip().contains(QStringLiteral("Quyết định khen")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(proposals->undoLastMove());
    CHECK(ProposalRepository(*window.database()).load(dialog.proposalId()).value().state == ProposalState::Decided);
    CHECK_FALSE(finalLabel->isVisible());
    CHECK(history->count() == 9);
    CHECK(history->item(8)->text().contains(QStringLiteral("Hoàn tác")));

    // The next proposal starts at the form this agency proposes most.
    ProposalDialog next(*window.database(), campaignId, &window);
    CHECK(child<QComboBox>(&next, "awardFormComboBox")->currentData().toLongLong() == giayKhen);
}

TEST_CASE("selected proposals' Tờ trình and Danh sách are exported from the proposals page")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    Database& db = *window.database();
    const qint64 campaignId = CampaignRepository(db).list().value().front().id;
    const qint64 giayKhen = awardFormOf(db, AwardLevel::Agency);
    const auto people = PersonRepository(db).all().value();
    for (int i = 0; i < 3; ++i) {
        const Nominee nominee { Nominee::Kind::Person, people[size_t(i)].id };
        concludeAllMet(db, campaignId, nominee);
        proposeThrough(db, campaignId, nominee, giayKhen, people[size_t(i)].unitId, QStringLiteral("Thành tích số %1.").arg(i + 1),
            ProposalState::Reviewed);
    }
    window.showPage(MainWindow::ProposalsPageIndex);
    auto* page = static_cast<ProposalsPage*>(window.page(MainWindow::ProposalsPageIndex));
    QTableView* table = page->view();
    REQUIRE(table->model()->rowCount() == 3);
    table->selectionModel()->select(table->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(page->selectedProposalIds().size() == 2);

    QStringList written;
    QObject::connect(page, &ProposalsPage::paperworkShown, page, [&](PaperworkDialog* dialog) {
        DocumentIssueEditor* issue = dialog->issueEditor();
        auto typeNumber = [&](const QString& text) {
            issue->numberEdit()->selectAll();
            QTest::keyClicks(issue->numberEdit(), text);
            QTest::keyClick(issue->numberEdit(), Qt::Key_Return);
        };
        auto problem = [&] { return dialog->findChild<QLabel*>(QStringLiteral("paperworkProblemLabel")); };
        if (written.isEmpty()) {
            // The Tờ trình's number as the registry gave it, typed the way clerks write it.
            CHECK_FALSE(doc::plainText(dialog->view()->document()).contains(QStringLiteral("15/TTr-VP")));
            typeNumber(QStringLiteral("muoi lam"));
            CHECK_FALSE(problem()->isHidden());
            CHECK(problem()->text().contains(QStringLiteral("«Số tờ trình»")));
            typeNumber(QStringLiteral("15/TTr-VP"));
            CHECK(problem()->isHidden());
            issue->dateEdit()->setDate(QDate(2026, 12, 3));
            QTest::mouseClick(issue->dateCheckBox(), Qt::LeftButton, {}, QPoint(4, issue->dateCheckBox()->height() / 2));
            REQUIRE(issue->dateCheckBox()->isChecked());
            const QString text = doc::plainText(dialog->view()->document());
            CHECK(text.contains(QStringLiteral("Số: 15/TTr-VP")));
            CHECK(text.contains(QStringLiteral("ngày 03 tháng 12 năm 2026")));
        } else {
            // Kept: the Danh sách, opened later, cites the same Tờ trình.
            CHECK(issue->numberEdit()->text() == QStringLiteral("15"));
            CHECK(doc::plainText(dialog->view()->document()).contains(QStringLiteral("Tờ trình số 15/TTr-VP ngày 03 tháng 12 năm 2026")));
        }
        const QString path = folder.file(QStringLiteral("hồ sơ %1.docx").arg(written.size() + 1));
        if (dialog->view()->exportTo(path, DocumentFormat::Docx))
            written << path;
        QTimer::singleShot(0, dialog, &QDialog::reject);
    });
    page->showPaperwork(true);
    page->showPaperwork(false);
    REQUIRE(written.size() == 2);
    for (const QString& path : written)
        CHECK(fileBytes(path).startsWith("PK"));

    // The whole dossier of the two selected, in one step: contents, Tờ trình, Danh sách, two reports.
    const QString dossiers = folder.file(QStringLiteral("Hồ sơ gửi Giám đốc"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE(page->exportDossier(dossiers));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Ho-so-de-nghi-Giam-Doc-So.zip")));
    const QDir made(QDir(dossiers).filePath(QStringLiteral("Ho-so-de-nghi-Giam-Doc-So")));
    CHECK(made.entryList(QDir::Files).size() == 10);
    CHECK(fileBytes(made.path() + QStringLiteral(".zip")).startsWith("PK"));
}

TEST_CASE("the council meeting form names what is missing and keeps the meeting")
{
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    Database& db = *window.database();
    const qint64 campaignId = CampaignRepository(db).list().value().front().id;
    MeetingDialog dialog(db, campaignId, &window);
    CouncilMeeting meeting;
    meeting.heldAt = QDateTime(QDate(2026, 1, 5), QTime(8, 30));
    meeting.chair = QStringLiteral("Đ/c Trần Văn Tuấn, Phó Giám đốc Sở, Chủ tịch Hội đồng");
    meeting.attendees = { QStringLiteral("Đ/c Trần Văn Tuấn") };
    dialog.setMeeting(meeting);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Thư ký cuộc họp")));
    CHECK_FALSE(CouncilMeetingRepository(db).latest(campaignId).value().has_value());
    meeting.secretary = QStringLiteral("Đ/c Lò Văn Hùng, Chánh Văn phòng");
    dialog.setMeeting(meeting);
    dialog.accept();
    REQUIRE(CouncilMeetingRepository(db).latest(campaignId).value().has_value());
    CHECK(CouncilMeetingRepository(db).latest(campaignId).value()->heldAt == meeting.heldAt);
    CHECK_FALSE(CouncilMeetingRepository(db).latest(campaignId).value()->endedAt.has_value());

    // The closing time, which the minutes state, comes after the opening.
    child<QCheckBox>(&dialog, "meetingEndedCheckBox")->setChecked(true);
    child<QTimeEdit>(&dialog, "meetingEndedAtEdit")->setTime(QTime(8, 0));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Kết thúc lúc")));
    child<QTimeEdit>(&dialog, "meetingEndedAtEdit")->setTime(QTime(10, 15));
    dialog.accept();
    CHECK(CouncilMeetingRepository(db).latest(campaignId).value()->endedAt == QTime(10, 15));

    // A ballot starts from the meeting's attendance; another count of those present is flagged.
    const Person person = PersonRepository(db).all().value().front();
    const Nominee nominee { Nominee::Kind::Person, person.id };
    concludeAllMet(db, campaignId, nominee);
    const qint64 proposalId = proposeThrough(db, campaignId, nominee, awardFormOf(db, AwardLevel::Agency), person.unitId,
        QStringLiteral("Thành tích."), ProposalState::Submitted);
    VoteDialog vote(db, proposalId, 50, &window);
    CHECK(vote.resultText().startsWith(QStringLiteral("0/1 thành viên có mặt")));
    CHECK_FALSE(vote.resultText().contains(QStringLiteral("Lưu ý")));
    vote.setVote(9, 8, 7);
    CHECK(vote.resultText().contains(QStringLiteral("Lưu ý: phiếu ghi 8 thành viên có mặt, cuộc họp ghi 1")));
}

TEST_CASE("a person's awards across campaigns show on the people page")
{
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    Database& db = *window.database();
    const qint64 campaignId = CampaignRepository(db).list().value().front().id;
    const Person person = PersonRepository(db).all().value().front();
    const Nominee nominee { Nominee::Kind::Person, person.id };
    concludeAllMet(db, campaignId, nominee);
    proposeThrough(db, campaignId, nominee, awardFormOf(db, AwardLevel::Agency), person.unitId, QStringLiteral("Thành tích."),
        ProposalState::Awarded);

    window.page(MainWindow::PeoplePageIndex)->setDatabase(&db);
    window.showPage(MainWindow::PeoplePageIndex);
    auto* label = child<QLabel>(&window, "personAwardsLabel");
    auto* people = child<QTableView>(&window, "peopleTableView");
    for (int row = 0; row < people->model()->rowCount(); ++row)
        if (people->model()->index(row, 0).data().toString().startsWith(person.fullName))
            people->setCurrentIndex(people->model()->index(row, 0));
    CHECK(label->text().contains(QStringLiteral("Giấy khen của Giám đốc Sở")));
    CHECK(label->text().contains(QStringLiteral("2025")));
}


namespace {

// The main window, shown, on a fresh database (the built-in template).
struct FreshWindow {
    TestFolder folder;
    MainWindow window;
    Database* db = nullptr;
    qint64 campaignId = 0;

    FreshWindow()
    {
        window.show();
        REQUIRE(window.openDatabase(folder.file()));
        db = window.database();
        campaignId = CampaignRepository(*db).list().value().front().id;
    }
};

// The same, where the Director decided one person's Giấy khen, showing the proposals page.
struct DecidedWindow : FreshWindow {
    std::vector<Person> people;
    ProposalsPage* page = nullptr;

    DecidedWindow()
    {
        people = PersonRepository(*db).all().value();
        const Nominee nominee { Nominee::Kind::Person, people.front().id };
        concludeAllMet(*db, campaignId, nominee);
        proposeThrough(*db, campaignId, nominee, awardFormOf(*db, AwardLevel::Agency), people.front().unitId,
            QStringLiteral("Hoàn thành xuất sắc."), ProposalState::Decided);
        window.showPage(MainWindow::ProposalsPageIndex);
        page = static_cast<ProposalsPage*>(window.page(MainWindow::ProposalsPageIndex));
    }
};

} // namespace

TEST_CASE("the decision's final print is refused until its number and date are recorded")
{
    DecidedWindow season;
    TestFolder& folder = season.folder;
    Database& db = *season.db;
    const qint64 campaignId = season.campaignId;
    ProposalsPage* page = season.page;

    bool checked = false;
    QObject::connect(page, &ProposalsPage::decisionShown, page, [&](DecisionDialog* dialog) {
        CHECK(dialog->view()->hasDocument()); // the draft, blanks to write in by hand
        dialog->setFinal(true);
        CHECK_FALSE(dialog->view()->hasDocument());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        CHECK_FALSE(dialog->view()->exportTo(folder.file(QStringLiteral("qđ.pdf")), DocumentFormat::Pdf));
        CHECK(MessageBox::lastText().contains(QStringLiteral("Số quyết định")));
        // Typed whole, as clerks write it: a symbol other than the decision's is pointed out.
        auto* warning = child<QLabel>(dialog, "symbolWarningLabel");
        dialog->setNumber(QStringLiteral("125/QĐ-VP"));
        CHECK_FALSE(warning->isHidden());
        CHECK(warning->text().contains(QStringLiteral("«QĐ-SKHCN»")));
        CHECK(warning->text().contains(QStringLiteral("125/QĐ-SKHCN")));
        dialog->setNumber(QStringLiteral("125/qđ-skhcn"));
        CHECK(warning->isHidden());
        dialog->setNumber(QStringLiteral("15"));
        CHECK(warning->isHidden());
        dialog->setSignedOn(QDate(2026, 12, 5));
        CHECK(dialog->view()->hasDocument());
        CHECK(dialog->view()->exportTo(folder.file(QStringLiteral("qđ.pdf")), DocumentFormat::Pdf));
        checked = true;
        QTimer::singleShot(0, dialog, &QDialog::reject);
    });
    citeProvinceDecisions(db); // the final print also needs the căn cứ filled in
    page->showDecision();
    CHECK(checked);
    CHECK(AwardDecisionRepository(db).load(campaignId).value() == AwardDecision { campaignId, QStringLiteral("15"), QDate(2026, 12, 5) });
}


TEST_CASE("the nomination forms of the proposals shown are written in one job from the proposals page")
{
    FreshWindow fresh;
    TestFolder& folder = fresh.folder;
    MainWindow& window = fresh.window;
    Database& db = *fresh.db;
    const qint64 campaignId = fresh.campaignId;
    const auto people = PersonRepository(db).all().value();
    for (int i = 0; i < 3; ++i) {
        const Nominee nominee { Nominee::Kind::Person, people[size_t(i)].id };
        concludeAllMet(db, campaignId, nominee);
        proposeThrough(db, campaignId, nominee, awardFormOf(db, AwardLevel::Agency), people[size_t(i)].unitId,
            QStringLiteral("Thành tích số %1.").arg(i + 1), ProposalState::Submitted);
    }
    window.showPage(MainWindow::ProposalsPageIndex);
    auto* page = static_cast<ProposalsPage*>(window.page(MainWindow::ProposalsPageIndex));
    REQUIRE(page->view()->model()->rowCount() == 3);
    page->view()->clearSelection();
    const QString pdf = folder.file(QStringLiteral("phiếu đề nghị.pdf"));
    REQUIRE(page->exportNominationForms(DocumentFormat::Pdf, pdf)); // none selected: every row shown
    const QString text = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") });
    CHECK(text.count(QStringLiteral("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")) == 3);
    page->view()->selectRow(1);
    const QString docx = folder.file(QStringLiteral("một phiếu.docx"));
    REQUIRE(page->exportNominationForms(DocumentFormat::Docx, docx));
    CHECK(fileBytes(docx).startsWith("PK"));
}

TEST_CASE("certificates are laid out, checked over a scan and written from the decision window")
{
    DecidedWindow season;
    TestFolder& folder = season.folder;
    Database& db = *season.db;
    const qint64 campaignId = season.campaignId;
    const auto& people = season.people;
    ProposalsPage* page = season.page;
    REQUIRE_OK(AwardDecisionRepository(db).save({ campaignId, QStringLiteral("15"), QDate(2026, 12, 5) }));

    // A scan of the blank, in a folder with Vietnamese letters and spaces.
    const QString scan = folder.file(QStringLiteral("Tài liệu/phôi giấy khen.png"));
    QDir().mkpath(QFileInfo(scan).absolutePath());
    QImage blank(1188, 840, QImage::Format_RGB32);
    blank.fill(QColor(250, 240, 210));
    REQUIRE(blank.save(scan));

    bool checked = false;
    QObject::connect(page, &ProposalsPage::certificatesShown, page, [&](CertificatesDialog* certificates) {
        CHECK(certificates->certificateCount() == 1);
        certificates->setScanPath(scan);
        CHECK(certificates->preview()->hasScan());
        certificates->setNudge({ 1.2, -0.8 });
        CHECK(Settings::certificateNudge(QStringLiteral("PDF")).xMm == Approx(1.2)); // kept for the printer
        const QString pdf = folder.file(QStringLiteral("Tài liệu/giấy khen.pdf"));
        REQUIRE(certificates->exportPdf(pdf));
        CHECK(runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).contains(people.front().fullName));
        REQUIRE(certificates->exportCalibrationPdf(folder.file(QStringLiteral("Tài liệu/căn chỉnh.pdf"))));

        // A field moved off the blank is refused on saving, naming the field.
        certificates->fieldsTable()->item(0, 1)->setData(Qt::EditRole, 250.0);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        CHECK_FALSE(certificates->saveLayout());
        CHECK(MessageBox::lastText().contains(QStringLiteral("Người (tập thể) được khen")));
        certificates->fieldsTable()->item(0, 1)->setData(Qt::EditRole, 40.0);
        REQUIRE(certificates->saveLayout());
        const auto stored = CertificateLayoutRepository(db).all().value();
        REQUIRE(stored.size() == 1);
        CHECK(stored.front().fields.front().xMm == Approx(40.0));
        CHECK(stored.front().scanPath == scan);
        checked = true;
        QTimer::singleShot(0, certificates, &QDialog::reject);
    });
    QObject::connect(page, &ProposalsPage::decisionShown, page, [&](DecisionDialog* dialog) {
        Q_EMIT dialog->certificatesRequested();
        QTimer::singleShot(0, dialog, &QDialog::reject);
    });
    page->showDecision();
    CHECK(checked);
}

TEST_CASE("the paperwork wording is edited all or nothing, a wrong placeholder named")
{
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    Database& db = *window.database();
    WordingDialog dialog(db, &window);
    dialog.editor(WordingKey::DecisionReward)->setPlainText(QStringLiteral("Mỗi cá nhân được thưởng theo {hình thức}."));
    dialog.editor(WordingKey::LegalBasis)->setPlainText(QStringLiteral("Căn cứ Quy chế thi đua, khen thưởng của tỉnh;")); // saved first
    dialog.editor(WordingKey::SubmissionAddressee)->setPlainText(QStringLiteral("Kính gửi: {chủ tịch}."));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(MessageBox::lastText().contains(QStringLiteral("«{chủ tịch}»")));
    CHECK(WordingRepository(db).load().value().texts.empty()); // nothing saved half
    dialog.editor(WordingKey::SubmissionAddressee)->setPlainText(Wording::defaultText(WordingKey::SubmissionAddressee));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const Wording stored = WordingRepository(db).load().value();
    CHECK(stored.texts.size() == 2);
    CHECK(stored.text(WordingKey::DecisionReward) == QStringLiteral("Mỗi cá nhân được thưởng theo {hình thức}."));
}

TEST_CASE("the base salary and the forms' multiples are edited in one dialog, all or nothing")
{
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    Database& db = *window.database();
    CHECK(window.findChild<QPushButton*>(QStringLiteral("rewardMoneyButton")) != nullptr);
    RewardMoneyDialog dialog(db, &window);
    REQUIRE(dialog.salaryTable()->rowCount() == 1); // 2,340,000 đồng from 1/7/2024
    CHECK(static_cast<QSpinBox*>(dialog.salaryTable()->cellWidget(0, 1))->value() == 2340000);
    REQUIRE(dialog.multipleTable()->rowCount() == 4);
    auto* giayKhenPerson = static_cast<QDoubleSpinBox*>(dialog.multipleTable()->cellWidget(3, 1));
    CHECK(giayKhenPerson->text() == QStringLiteral("Theo Nghị định (0,3)"));

    dialog.addSalaryRow({ QDate(2024, 7, 1), 2500000 }); // the same day twice: refused by name
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(MessageBox::lastText().contains(QStringLiteral("«Áp dụng từ ngày»")));
    CHECK(AwardFormRepository(db).baseSalaries().value().size() == 1);

    static_cast<QDateEdit*>(dialog.salaryTable()->cellWidget(1, 0))->setDate(QDate(2026, 7, 1));
    giayKhenPerson->setValue(0.4);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const std::vector<BaseSalary> salaries = AwardFormRepository(db).baseSalaries().value();
    REQUIRE(salaries.size() == 2);
    CHECK(salaries[1] == BaseSalary { QDate(2026, 7, 1), 2500000 });
    CHECK(AwardFormRepository(db).all().value()[3].bonusPerson == 0.4);
    CHECK_FALSE(AwardFormRepository(db).all().value()[3].bonusUnit.has_value()); // still the decree's
}

TEST_CASE("who submits and signs for each award level is the agency's to set, from the Agency page")
{
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    Database& db = *window.database();
    CHECK(window.findChild<QPushButton*>(QStringLiteral("submissionRoutesButton")) != nullptr);
    const Signer signer = AgencyRepository(db).signers().value().front();
    {
        SubmissionRoutesDialog dialog(db, &window);
        CHECK(dialog.route(AwardLevel::Agency) == SubmissionRoute::defaultFor(AwardLevel::Agency));
        auto* sender = child<QComboBox>(&dialog, QStringLiteral("routeSender_%1").arg(int(AwardLevel::Agency)).toUtf8().constData());
        auto* signers = child<QComboBox>(&dialog, QStringLiteral("routeSigner_%1").arg(int(AwardLevel::Agency)).toUtf8().constData());
        CHECK(signers->itemText(0) == QStringLiteral("Mặc định: Chánh Văn phòng"));
        sender->setCurrentIndex(sender->findData(int(SubmissionRoute::Sender::Agency)));
        CHECK(signers->itemText(0) == QStringLiteral("Mặc định: người ký của đợt thi đua"));
        signers->setCurrentIndex(signers->findData(signer.id));
        dialog.accept();
    }
    const SubmissionRoute stored = SubmissionRouteRepository(db).all().value().back();
    CHECK(stored == SubmissionRoute { AwardLevel::Agency, SubmissionRoute::Sender::Agency, signer.id });
    SubmissionRoutesDialog again(db, &window);
    CHECK(again.route(AwardLevel::Agency) == stored); // shown as kept
    CHECK(again.route(AwardLevel::Province) == SubmissionRoute::defaultFor(AwardLevel::Province));
}

TEST_CASE("two units' reports recorded, one late: the dashboard shows who reported, who is late, who is missing")
{
    FreshWindow fresh;
    TestFolder& folder = fresh.folder;
    MainWindow& window = fresh.window;
    Database& db = *fresh.db;
    const qint64 campaignId = fresh.campaignId;
    const auto units = UnitRepository(db).all().value();
    window.showPage(MainWindow::ReportsPageIndex);
    auto* page = static_cast<ReportsPage*>(window.page(MainWindow::ReportsPageIndex));
    page->setToday(QDate(2026, 12, 3));
    REQUIRE_OK(UnitReportRepository(db).setCampaignDeadline(campaignId, QDate(2026, 11, 30)));
    page->reload();
    REQUIRE(page->table()->rowCount() == int(units.size()));
    CHECK(page->countsText().contains(QStringLiteral("Đã nộp 0/%1").arg(units.size())));

    page->selectUnit(units[0].id);
    page->setReceived(QDate(2026, 11, 28));
    page->setDocument(QStringLiteral("12/BC-VP"), QDate(2026, 11, 27));
    page->setFigures(2, 1, 3);
    page->setSummary(QStringLiteral("Hoàn thành 100% nhiệm vụ."));
    REQUIRE(page->saveReport());
    // A file the unit sent, from a folder with Vietnamese letters and spaces.
    const QString sent = folder.file(QStringLiteral("Thư đến/Báo cáo VP.docx"));
    QDir().mkpath(QFileInfo(sent).absolutePath());
    QFile file(sent);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("PK");
    file.close();
    REQUIRE(page->attachFile(sent));

    page->selectUnit(units[1].id);
    page->setReceived(QDate(2026, 12, 2)); // two days after the deadline
    page->setFigures(1, 0, 4);
    // Moving on with unsaved edits asks first; the answer here is to save.
    MessageBox::setNextAnswer(QMessageBox::Save);
    page->selectUnit(units[2].id);
    CHECK(MessageBox::lastText().contains(units[1].name));

    CHECK(page->countsText() == QStringLiteral("Đã nộp 2/%1 · Nộp muộn 1 · Chưa nộp %2 (quá hạn %2)").arg(units.size()).arg(units.size() - 2));
    page->setFilter(ReportsPage::Filter::Late);
    REQUIRE(page->table()->rowCount() == 1);
    CHECK(page->table()->item(0, 0)->text() == units[1].name);
    CHECK(page->table()->item(0, 3)->text() == QStringLiteral("Nộp muộn"));
    page->setFilter(ReportsPage::Filter::Overdue);
    CHECK(page->table()->rowCount() == int(units.size()) - 2);
    CHECK(page->table()->item(0, 3)->text() == QStringLiteral("Quá hạn 3 ngày"));
    page->setFilter(ReportsPage::Filter::All);

    const auto stored = UnitReportRepository(db).forCampaign(campaignId).value();
    CHECK(stored[0].documentNumber == QStringLiteral("12/BC-VP"));
    CHECK(stored[0].files.size() == 1);
    CHECK(stored[1].receivedOn == QDate(2026, 12, 2));
    CHECK(stored[1].peopleCommended == 4);

    // The final report: the clerk's words are kept, the figures come from the reports.
    bool shown = false;
    QObject::connect(page, &ReportsPage::finalReportShown, page, [&](QDialog* dialog) {
        auto* report = static_cast<FinalReportDialog*>(dialog);
        report->strengthsEdit()->setPlainText(QStringLiteral("Các đơn vị hưởng ứng tích cực."));
        REQUIRE(report->saveNarrative());
        report->issueEditor()->numberEdit()->setText(QStringLiteral("40/BC-VP"));
        Q_EMIT report->issueEditor()->numberEdit()->editingFinished();
        CHECK(doc::plainText(report->view()->document()).contains(QStringLiteral("Số: 40/BC-")));
        report->view()->refreshNow();
        const QString pdf = folder.file(QStringLiteral("Báo cáo tổng kết.pdf"));
        REQUIRE(report->view()->exportTo(pdf, DocumentFormat::Pdf));
        const QString text = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") });
        CHECK(text.contains(QStringLiteral("Các đơn vị hưởng ứng tích cực.")));
        CHECK(text.contains(QStringLiteral("Có 2/%1 đơn vị đã gửi báo cáo tổng kết").arg(units.size())));
        shown = true;
        QTimer::singleShot(0, dialog, &QDialog::reject);
    });
    page->showFinalReport();
    CHECK(shown);
    CHECK(FinalReportRepository(db).load(campaignId).value().strengths == QStringLiteral("Các đơn vị hưởng ứng tích cực."));
}

TEST_CASE("the first open of the day leaves a backup; a restore brings the data back; a damaged file offers its backup")
{
    TestFolder folder;
    const QString path = folder.file(QStringLiteral("Tài liệu/Thi đua 2025/Dữ liệu.thidua"));
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    REQUIRE(Backup::list(path).size() == 1); // the day's automatic backup
    const QString before = window.backUpNow();
    REQUIRE_FALSE(before.isEmpty());
    CHECK(Backup::list(path).size() == 2);
    REQUIRE_OK(UnitRepository(*window.database()).add({ 0, QStringLiteral("Phòng thêm sau"), QStringLiteral("PTS"), UnitKind::Division, false }));
    REQUIRE(UnitRepository(*window.database()).all().value().size() == 9);

    MessageBox::setNextAnswer(QMessageBox::Ok); // the message that says where the old file went
    REQUIRE(window.restoreFrom(before));
    CHECK(UnitRepository(*window.database()).all().value().size() == 8);
    const std::vector<Backup::Entry> backups = Backup::list(path);
    CHECK(std::any_of(backups.begin(), backups.end(), [](const Backup::Entry& e) { return e.path.contains(QStringLiteral("trước khôi phục")); }));

    // The file is damaged while closed: opening it offers the newest intact backup — the copy kept
    // before the restore, or the restored one when both were taken in the same second.
    const int expectedUnits = Backup::inspect(Backup::list(path).front().path).units;
    MainWindow other;
    window.close();
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(8192, '\x5a'));
    }
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(other.openDatabase(path));
    CHECK(MessageBox::lastText().contains(QStringLiteral("bị hỏng")));
    CHECK(int(UnitRepository(*other.database()).all().value().size()) == expectedUnits);
}

TEST_CASE("the audit page shows who changed what, filtered, and exports it")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    Database& db = *window.database();
    Unit unit = UnitRepository(db).all().value().front();
    const QString oldName = unit.name;
    unit.name = QStringLiteral("Văn phòng Sở");
    REQUIRE_OK(UnitRepository(db).update(unit));
    window.showPage(MainWindow::AuditPageIndex);
    auto* page = static_cast<AuditPage*>(window.page(MainWindow::AuditPageIndex));
    CHECK(page->table()->rowCount() > 20); // the template's units and people, then the rename
    AuditFilter filter = page->filter();
    filter.entity = QStringLiteral("unit");
    filter.text = QStringLiteral("Văn phòng Sở");
    page->setFilter(filter);
    REQUIRE(page->table()->rowCount() == 1);
    CHECK(page->table()->item(0, 2)->text() == QStringLiteral("Đơn vị"));
    CHECK(page->table()->item(0, 4)->text() == QStringLiteral("Tên"));
    CHECK(page->table()->item(0, 5)->text() == oldName);
    CHECK(page->table()->item(0, 6)->text() == QStringLiteral("Văn phòng Sở"));
    const QString csv = folder.file(QStringLiteral("Nhật ký.csv"));
    REQUIRE(page->exportCsv(csv));
    CHECK(QString::fromUtf8(fileBytes(csv)).contains(QStringLiteral("Văn phòng Sở")));
}

TEST_CASE("lists export from the window to Excel and CSV")
{
    FreshWindow fresh;
    ListExportDialog dialog(*fresh.db, &fresh.window);
    dialog.choose(ListExport::List::People, ListExport::Format::Xlsx);
    const QString xlsx = fresh.folder.file(QStringLiteral("Cán bộ.xlsx"));
    REQUIRE(dialog.exportTo(xlsx));
    CHECK(xlsxSheets(xlsx).value(QStringLiteral("Cán bộ")).toArray().size() == int(PersonRepository(*fresh.db).all().value().size()) + 1);
    dialog.choose(ListExport::List::Proposals, ListExport::Format::Csv);
    const QString csv = fresh.folder.file(QStringLiteral("Đề nghị.csv"));
    REQUIRE(dialog.exportTo(csv)); // none yet: the header alone
    CHECK(fileBytes(csv).startsWith("\xEF\xBB\xBF"));

    // CSV is split on the separator chosen (by default this computer's list separator).
    auto* separator = dialog.findChild<QComboBox*>(QStringLiteral("csvSeparatorComboBox"));
    REQUIRE(separator);
    CHECK(separator->isEnabled());
    CHECK(separator->currentData().toString() == QString(CsvWriter::systemSeparator()));
    separator->setCurrentIndex(separator->findData(QStringLiteral(";")));
    dialog.choose(ListExport::List::People, ListExport::Format::Csv);
    const QString semicolons = fresh.folder.file(QStringLiteral("Cán bộ chấm phẩy.csv"));
    REQUIRE(dialog.exportTo(semicolons));
    const QString text = QString::fromUtf8(fileBytes(semicolons));
    CHECK(text.section(QStringLiteral("\r\n"), 0, 0).count(QLatin1Char(';')) >= 4);
    CHECK_FALSE(text.section(QStringLiteral("\r\n"), 0, 0).contains(QLatin1Char(',')));
    const Result<TextTable> read = TableFile::read(semicolons);
    REQUIRE_OK(read);
    CHECK(read.value().rows.size() == PersonRepository(*fresh.db).all().value().size() + 1);
    dialog.choose(ListExport::List::People, ListExport::Format::Xlsx);
    CHECK_FALSE(separator->isEnabled());
}

TEST_CASE("a list imports from the window: preview, columns changed by the clerk, errors by row, then every row after a backup")
{
    FreshWindow fresh;
    const std::vector<Unit> units = UnitRepository(*fresh.db).all().value();
    const size_t before = PersonRepository(*fresh.db).all().value().size();
    const QString path = fresh.folder.file(QStringLiteral("Danh sách từ đơn vị.csv"));
    auto write = [&](const QString& text) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    };
    // "Ngày sinh" is not taken for the birth year on its own; the second row's unit is misspelt.
    write(QStringLiteral("TT;Họ và tên;Đơn vị;Giới tính;Sinh năm\r\n1;Hoàng Thị Mai;%1;Nữ;1990\r\n2;Lò Văn Sính;Phong Khong Co;Nam;1985\r\n")
              .arg(units[0].name));
    ListImportDialog dialog(*fresh.db, &fresh.window);
    dialog.show();
    REQUIRE(dialog.loadFile(path));
    CHECK(dialog.target() == ListImport::Target::People);
    auto* preview = dialog.findChild<QTableView*>(QStringLiteral("importPreviewTableView"));
    auto* problems = dialog.findChild<QTreeWidget*>(QStringLiteral("importProblemsTreeWidget"));
    REQUIRE(preview->model()->rowCount() == 2);
    CHECK(preview->model()->index(1, 1).data().toString() == QStringLiteral("Lỗi"));
    REQUIRE(problems->topLevelItemCount() == 1);
    CHECK(problems->topLevelItem(0)->text(0) == QStringLiteral("3"));
    CHECK(problems->topLevelItem(0)->text(1) == QStringLiteral("C (Đơn vị)"));
    CHECK(problems->topLevelItem(0)->text(2).contains(QStringLiteral("Phong Khong Co")));
    problems->setCurrentItem(problems->topLevelItem(0));
    CHECK(preview->selectionModel()->selectedRows().value(0).row() == 1);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.importNow());
    CHECK(PersonRepository(*fresh.db).all().value().size() == before);

    // The clerk points the birth year at column E, fixes the file and reads it again (F5).
    auto* birthYear = dialog.findChild<QComboBox*>(QStringLiteral("column_birthYear"));
    CHECK(birthYear->currentData().toInt() == -1);
    dialog.setColumn(QStringLiteral("birthYear"), 4);
    CHECK(preview->model()->index(0, 2 + 5).data().toString() == QStringLiteral("1990"));
    write(QStringLiteral("TT;Họ và tên;Đơn vị;Giới tính;Sinh năm\r\n1;Hoàng Thị Mai;%1;Nữ;1990\r\n2;Lò Văn Sính;%2;Nam;1985\r\n")
              .arg(units[0].name, units[1].code));
    REQUIRE(dialog.loadFile(path));
    dialog.setColumn(QStringLiteral("birthYear"), 4);
    REQUIRE(dialog.plan());
    CHECK(dialog.plan()->problems.empty());
    CHECK(dialog.summaryText().startsWith(QStringLiteral("Thêm mới: 2")));
    MessageBox::setNextAnswers({ QMessageBox::Yes, QMessageBox::Ok });
    REQUIRE(dialog.importNow());
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("Đã ghi 2 dòng, bỏ qua 0 dòng đã có.")));
    CHECK(dialog.rowsAdded() == 2);
    const std::vector<Person> after = PersonRepository(*fresh.db).all().value();
    CHECK(after.size() == before + 2);
    const auto sinh = std::find_if(after.begin(), after.end(), [](const Person& p) { return p.fullName == QStringLiteral("Lò Văn Sính"); });
    REQUIRE(sinh != after.end());
    CHECK(sinh->unitId == units[1].id);
    CHECK(sinh->birthYear == 1985);
    CHECK(Backup::list(fresh.db->path()).size() >= 1);
}

TEST_CASE("templates for units are made from the window and their filled copies import back through the same dialog")
{
    FreshWindow fresh;
    const std::vector<Unit> units = UnitRepository(*fresh.db).all().value();
    const Unit& office = units.front();
    UnitTemplateDialog templates(*fresh.db, &fresh.window);
    templates.choose(UnitTemplate::Kind::Proposals, fresh.campaignId);
    for (const Unit& unit : units)
        templates.setUnitChecked(unit.id, unit.id == office.id);
    const QString folder = fresh.folder.file(QStringLiteral("Mẫu"));
    QDir().mkpath(folder);
    Result<std::vector<QString>> written = templates.writeTo(folder);
    REQUIRE_OK(written);
    REQUIRE(written.value().size() == 1);
    // Writing again asks before replacing the file.
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(templates.writeTo(folder));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Ghi đè")));

    const QString filled = fresh.folder.file(QStringLiteral("Văn phòng gửi lại.xlsx"));
    fillXlsx(written.value().front(), filled,
        { { QStringLiteral("E10"), AwardFormRepository(*fresh.db).all().value().back().name }, { QStringLiteral("F10"), QStringLiteral("Tập thể lao động tiên tiến.") } });
    ListImportDialog dialog(*fresh.db, &fresh.window);
    REQUIRE(dialog.loadFile(filled));
    CHECK(dialog.target() == ListImport::Target::Proposals);
    CHECK(dialog.summaryText().contains(QStringLiteral("đơn vị «%1»").arg(office.name)));
    auto* preview = dialog.findChild<QTableView*>(QStringLiteral("importPreviewTableView"));
    CHECK(preview->model()->index(0, 1).data().toString() == QStringLiteral("Thêm mới"));
    CHECK(preview->model()->index(1, 1).data().toString() == QStringLiteral("Không ghi"));
    const size_t before = ProposalRepository(*fresh.db).forCampaign(fresh.campaignId).value().size();
    MessageBox::setNextAnswers({ QMessageBox::Yes, QMessageBox::Ok });
    REQUIRE(dialog.importNow());
    const std::vector<Proposal> after = ProposalRepository(*fresh.db).forCampaign(fresh.campaignId).value();
    REQUIRE(after.size() == before + 1);
    CHECK(after.back().nominee == Nominee { Nominee::Kind::Unit, office.id });
}

TEST_CASE("Qt's own buttons and menus speak Vietnamese")
{
    std::unique_ptr<QTranslator> translator(QtTexts::installVietnamese(*qApp));
    REQUIRE(translator);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    CHECK(buttons.button(QDialogButtonBox::Ok)->text() == QStringLiteral("Đồng ý"));
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Hủy"));
    CHECK(buttons.button(QDialogButtonBox::Close)->text() == QStringLiteral("Đóng"));
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList items;
    for (QAction* action : menu->actions())
        items << action->text().section(QLatin1Char('\t'), 0, 0); // without the shortcut
    INFO(items.join(QStringLiteral(" | ")).toStdString());
    CHECK(items.contains(QStringLiteral("Sao &chép")));
    CHECK(items.contains(QStringLiteral("&Dán")));
    // Numbers in Vietnamese text, Vietnamese style, whatever the system's region.
    CHECK(QLocale().toString(10000) == QStringLiteral("10.000"));
    CHECK(QStringLiteral("%L1 dòng").arg(12345) == QStringLiteral("12.345 dòng"));
    QCoreApplication::removeTranslator(translator.get()); // the other tests see Qt's own words
    QLocale::setDefault(QLocale::system());
}

#ifdef Q_OS_UNIX
TEST_CASE("a file someone else is writing opens to look at, with a banner naming who holds it, and nothing is saved")
{
    TestFolder folder;
    const QString path = folder.file();
    {
        std::unique_ptr<Database> db = openOrFail(path);
        REQUIRE_OK(BuiltInTemplate::install(*db));
    }
    QProcess writer; // another window, busy writing
    writer.start(QStringLiteral(THIDUA_CRASH_WRITER), { path, QStringLiteral("1") });
    REQUIRE(writer.waitForStarted());
    REQUIRE(writer.waitForReadyRead(10000));

    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(path));
    REQUIRE(window.database()->isReadOnly());
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Chỉ xem")));
    INFO(banner->text().toStdString());
    CHECK(banner->text().contains(Settings::currentUserName()));
    CHECK(Backup::list(path).empty()); // no backup taken through a window that only looks
    const Status refused = window.database()->transact([] { return Status(); });
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("chỉ để xem")));

    writer.kill();
    REQUIRE(writer.waitForFinished());
    REQUIRE(window.openDatabase(path)); // the holder is gone: open for writing again
    CHECK_FALSE(window.database()->isReadOnly());
    CHECK_FALSE(banner->isVisible());
}
#endif

TEST_CASE("a file in a folder that cannot be written opens to look at, under its own banner, with no restore offered")
{
    TestFolder root;
    const QString folder = root.file(QStringLiteral("Thư mục dùng chung"));
    REQUIRE(QDir().mkpath(folder));
    {
        std::unique_ptr<Database> db = openOrFail(folder + QStringLiteral("/Dữ liệu thi đua.thidua"));
        REQUIRE_OK(BuiltInTemplate::install(*db));
    }
    const QStringList before = QDir(folder).entryList(QDir::Files);
    const ReadOnlyView view(folder);
    if (view.path().isEmpty()) {
        WARN("no read-only folder can be made here (neither a read-only mount nor permissions): not checked");
        return;
    }
    MainWindow window;
    window.show();
    MessageBox::setNextAnswer(QMessageBox::No); // were a restore offered, it would be declined
    const QString unanswered = MessageBox::lastText();
    REQUIRE(window.openDatabase(view.path() + QStringLiteral("/Dữ liệu thi đua.thidua")));
    CHECK(MessageBox::lastText() == unanswered); // no question, no warning
    MessageBox::setNextAnswers({});
    CHECK(window.database()->isReadOnly());
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("chỉ cho đọc")));
    window.showPage(MainWindow::PeoplePageIndex);
    CHECK(child<QTableView>(&window, "peopleTableView")->model()->rowCount() == 20);
    CHECK(QDir(folder).entryList(QDir::Files) == before); // no lock, no backup, no -shm beside it
}

TEST_CASE("a file too large for the full check at opening is checked in the background; damage is shown, not hidden")
{
    TestFolder folder;
    const QString damaged = folder.file(QStringLiteral("Hỏng chỉ mục.thidua"));
    const QString healthy = folder.file(QStringLiteral("Lành.thidua"));
    for (const QString& path : { damaged, healthy }) {
        std::unique_ptr<Database> db = openOrFail(path);
        REQUIRE_OK(BuiltInTemplate::install(*db));
    }
    damageIndexUnseenByQuickCheck(damaged);
    struct Limit { // every file counts as large in this test
        Limit() { Database::setFullCheckBytes(0); }
        ~Limit() { Database::setFullCheckBytes(Database::FullCheckBytes); }
    } limit;

    MainWindow window;
    window.show();
    auto* banner = window.findChild<QLabel*>(QStringLiteral("damageBanner"));
    REQUIRE(banner);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE(window.openDatabase(damaged)); // quick_check passes: the window opens at once
    CHECK_FALSE(window.database()->wasFullyChecked());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    CHECK(banner->text().contains(QStringLiteral("bị hỏng")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Khôi phục từ bản sao lưu")));

    REQUIRE(window.openDatabase(healthy));
    CHECK_FALSE(banner->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("tệp dữ liệu tốt")), 20000);
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("windows take their size from the screen: never larger than its free area")
{
    Settings::setValue(Settings::Key::WindowSizes, QVariantMap());
    QWidget parent;
    parent.show();
    const QSize available = parent.screen()->availableGeometry().size();
    QDialog dialog(&parent);
    resizeForScreen(&dialog, QSize(1200, 860)); // the final report's wish, larger than this screen
    CHECK(dialog.width() <= available.width() * 9 / 10);
    CHECK(dialog.height() <= available.height() * 9 / 10);
    QDialog small(&parent);
    resizeForScreen(&small, QSize(300, 200)); // a small wish is kept
    CHECK(small.size() == QSize(300, 200));
    // The size the clerk leaves a window at comes back the next time, never beyond the screen.
    small.show();
    small.resize(420, 260);
    small.hide();
    QDialog again(&parent);
    resizeForScreen(&again, QSize(300, 200));
    CHECK(again.size() == QSize(420, 260));
    Settings::setWindowSize(QStringLiteral("QDialog"), QSize(5000, 4000)); // left on a larger screen
    QDialog clamped(&parent);
    resizeForScreen(&clamped, QSize(300, 200));
    CHECK(clamped.width() <= available.width() * 9 / 10);
    CHECK(clamped.height() <= available.height() * 9 / 10);
    Settings::setValue(Settings::Key::WindowSizes, QVariantMap());
    Settings::setValue(Settings::Key::MainWindowGeometry, QByteArray());
    MainWindow window;
    CHECK(window.width() <= available.width());
    CHECK(window.height() <= available.height());
}

TEST_CASE("thirty paragraphs pasted from the clipboard land as thirty rows, in order, undone in one step")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    auto* page = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex));
    PlanEditor* editor = page->planEditor();
    window.showPage(MainWindow::CampaignsPageIndex);
    editor->selectPath({ 1 }); // I. MỤC ĐÍCH, YÊU CẦU: three paragraphs
    auto* blocks = child<QTableWidget>(&window, "blocksTableWidget");
    REQUIRE(blocks->rowCount() == 3);
    QStringList passage;
    for (int i = 1; i <= 30; ++i)
        passage << QStringLiteral("- Đoạn dán số %1 từ kế hoạch năm trước.").arg(i);
    QGuiApplication::clipboard()->setText(passage.join(QStringLiteral("\r\n")));
    blocks->setCurrentCell(0, 1); // after the first paragraph
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    blocks->setFocus();
    QTest::keyClick(blocks, Qt::Key_V, Qt::ControlModifier);
    REQUIRE(blocks->rowCount() == 33);
    QCoreApplication::processEvents(); // the edit reaches the plan queued, as every section edit does
    const std::vector<PlanBlock>& stored = editor->plan().sections[1].blocks;
    REQUIRE(stored.size() == 33);
    for (int i = 1; i <= 30; ++i) {
        CHECK(stored[size_t(i)].text == QStringLiteral("Đoạn dán số %1 từ kế hoạch năm trước.").arg(i));
        CHECK(stored[size_t(i)].kind == BlockKind::Item);
    }
    CHECK(blocks->currentRow() == 30); // on the last one pasted
    editor->undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(editor->plan().sections[1].blocks.size() == 3);

    // Pasted into a paragraph being edited: what was typed stays, the paragraphs follow as rows.
    REQUIRE(blocks->rowCount() == 3);
    blocks->setCurrentCell(2, 1);
    blocks->editItem(blocks->item(2, 1));
    auto* cellEditor = blocks->findChild<QPlainTextEdit*>();
    REQUIRE(cellEditor);
    cellEditor->setPlainText(QStringLiteral("Đoạn ba đã sửa."));
    QGuiApplication::clipboard()->setText(QStringLiteral("Đoạn mới thứ nhất.\nĐoạn mới thứ hai."));
    cellEditor->paste();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const std::vector<PlanBlock>& after = editor->plan().sections[1].blocks;
    REQUIRE(after.size() == 5);
    CHECK(after[2].text == QStringLiteral("Đoạn ba đã sửa."));
    CHECK(after[3].text == QStringLiteral("Đoạn mới thứ nhất."));
    CHECK(after[4].text == QStringLiteral("Đoạn mới thứ hai."));
}

TEST_CASE("dates are typed as dd/MM/yyyy, however the field was entered")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    window.showPage(MainWindow::CampaignsPageIndex);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto* start = child<QDateEdit>(&window, "startDateEdit");
    const std::vector<std::function<void()>> entries {
        [&] { start->selectAll(); }, // everything selected, as Tab leaves it
        [&] { start->setCurrentSection(QDateTimeEdit::DaySection); }, // a click before the day
        [&] { start->setSelectedSection(QDateTimeEdit::DaySection); }, // the day selected
    };
    for (size_t entry = 0; entry < entries.size(); ++entry) {
        INFO("entry " << entry);
        start->setDate(QDate(2025, 10, 1));
        start->setFocus();
        entries[entry]();
        QTest::keyClicks(start, QStringLiteral("15/11/2025"));
        QTest::keyClick(start, Qt::Key_Tab);
        CHECK(start->date() == QDate(2025, 11, 15));
    }
    // The council's threshold in Vietnamese style.
    CHECK(child<QDoubleSpinBox>(&window, "councilThresholdSpinBox")->cleanText() == QStringLiteral("50,0"));
    // Without separators too, each section full.
    start->setFocus();
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("03122025"));
    CHECK(start->date() == QDate(2025, 12, 3));
}

TEST_CASE("a new plan starts blank for this agency: none of the template agency's words, paragraphs unnumbered")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    Database& db = *window.database();
    Agency district { QStringLiteral("UBND HUYỆN TAM ĐƯỜNG"), QStringLiteral("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), QStringLiteral("PGDĐT"),
        QStringLiteral("Tam Đường"), QStringLiteral("Phòng Giáo dục và Đào tạo") };
    REQUIRE_OK(AgencyRepository(db).save(district));
    window.showPage(MainWindow::CampaignsPageIndex);
    window.findChild<QPushButton*>(QStringLiteral("newCampaignButton"))->click();
    const std::vector<CampaignSummary> all = CampaignRepository(db).list().value();
    REQUIRE(all.size() == 2);
    const Campaign made = CampaignRepository(db).load(all.front().id).value();
    CHECK(made.recipients == QStringList { QStringLiteral("Các phòng, đơn vị thuộc Phòng Giáo dục và Đào tạo"), QStringLiteral("Lưu: VT") });
    for (const PlanSection& section : made.sections) {
        INFO(section.heading.toStdString());
        CHECK(section.blocks.empty());
        if (section.binding == SectionBinding::Text && section.children.empty())
            CHECK(section.itemStyle == NumberingStyle::None);
    }
    const QString text = doc::plainText(PlanExport::buildPlanDocument(db, made.id).value());
    CHECK_FALSE(text.contains(QStringLiteral("Khoa học")));
    CHECK(text.contains(QStringLiteral("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")));
}

TEST_CASE("a plan written in Word is shown as recognised, then becomes a new campaign when accepted")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    Database& db = *window.database();
    const qint64 original = CampaignRepository(db).list().value().front().id;
    const QString path = folder.file(QStringLiteral("kế hoạch cũ.docx"));
    REQUIRE_OK(PlanExport::writeDocument(PlanExport::buildPlanDocument(db, original).value(), DocumentFormat::Docx, path));
    window.showPage(MainWindow::CampaignsPageIndex);
    auto* page = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex));
    bool shown = false;
    QObject::connect(page, &CampaignsPage::planImportShown, page, [&](PlanImportDialog* dialog) {
        shown = true;
        CHECK(dialog->outline()->topLevelItemCount() == 6); // the căn cứ, then I.–V.
        CHECK(dialog->outline()->topLevelItem(1)->text(0) == QStringLiteral("I. MỤC ĐÍCH, YÊU CẦU"));
        CHECK(dialog->notes()->count() >= 2);
        CHECK(dialog->view()->hasDocument());
        QTimer::singleShot(0, dialog, &QDialog::accept);
    });
    page->importPlan(path);
    REQUIRE(shown);
    const std::vector<CampaignSummary> campaigns = CampaignRepository(db).list().value();
    REQUIRE(campaigns.size() == 2);
    CHECK(page->currentCampaignId() != original);
    CHECK(page->planEditor()->plan().sections.size() == 6);
}

TEST_CASE("an annex is added from the outline's keys, a table copied from Word pastes into it as rows, and it prints after the signature")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    auto* page = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex));
    PlanEditor* editor = page->planEditor();
    window.showPage(MainWindow::CampaignsPageIndex);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const size_t before = editor->plan().sections.size();
    auto* tree = child<QTreeView>(&window, "planOutlineTreeView");
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier | Qt::AltModifier);
    REQUIRE(editor->plan().sections.size() == before + 1);
    const PlanSection& annex = editor->plan().sections.back();
    CHECK(annex.binding == SectionBinding::Annex);
    CHECK(editor->currentPath() == SectionPath { int(before) });
    // The new section's title has the focus, selected: typing names it.
    auto* heading = child<QLineEdit>(&window, "sectionHeadingLineEdit");
    CHECK(QApplication::focusWidget() == heading);
    CHECK(heading->selectedText() == QStringLiteral("Mẫu đăng ký thi đua"));
    auto* binding = child<QComboBox>(&window, "sectionBindingComboBox");
    CHECK(binding->currentData().toInt() == int(SectionBinding::Annex));

    auto* blocks = child<QTableWidget>(&window, "blocksTableWidget");
    REQUIRE(blocks->rowCount() == 5); // "Đơn vị", the heading row, three blank rows
    QGuiApplication::clipboard()->setText(QStringLiteral("4\tLò Văn Páo\tChuyên viên\tLao động tiên tiến\t\r\n"
                                                         "5\tĐinh Thị Mai\tChuyên viên\tChiến sĩ thi đua cơ sở\t"));
    blocks->setCurrentCell(4, 1);
    blocks->setFocus();
    QTest::keyClick(blocks, Qt::Key_V, Qt::ControlModifier);
    QCoreApplication::processEvents();
    const std::vector<PlanBlock>& rows = editor->plan().sections.back().blocks;
    REQUIRE(rows.size() == 7);
    CHECK(rows[5].kind == BlockKind::TableRow);
    CHECK(rows[6].text == QStringLiteral("5 | Đinh Thị Mai | Chuyên viên | Chiến sĩ thi đua cơ sở | "));

    // A section below the top level cannot be an annex.
    editor->selectPath({ 1, 0 });
    auto* bindings = qobject_cast<QStandardItemModel*>(binding->model());
    REQUIRE(bindings);
    CHECK_FALSE(bindings->item(binding->findData(int(SectionBinding::Annex)))->isEnabled());

    REQUIRE(page->save());
    Database& db = *window.database();
    const QString text = doc::plainText(PlanExport::buildPlanDocument(db, page->currentCampaignId()).value());
    CHECK(text.indexOf(QStringLiteral("Phụ lục\nMẪU ĐĂNG KÝ THI ĐUA")) > text.indexOf(QStringLiteral("Nơi nhận")));
    CHECK(text.contains(QStringLiteral("Đinh Thị Mai")));
}

TEST_CASE("a Word plan replaces the open campaign's outline as one undoable edit, its numbering with it")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    Database& db = *window.database();
    window.showPage(MainWindow::CampaignsPageIndex);
    auto* page = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex));
    const qint64 open = page->currentCampaignId();
    const std::vector<PlanSection> before = page->planEditor()->plan().sections;
    // Another office's plan: sections 1., 2., sub-sections a), b).
    Campaign other;
    other.name = QStringLiteral("Kế hoạch khác");
    other.summary = QStringLiteral("Thi đua năm học");
    other.startDate = QDate(2026, 9, 1);
    other.issueYear = 2026;
    other.headingStyles = { NumberingStyle::Arabic, NumberingStyle::Alpha };
    PlanSection first;
    first.heading = QStringLiteral("MỤC ĐÍCH");
    first.blocks.push_back({ 0, BlockKind::Paragraph, QStringLiteral("Động viên giáo viên."), false });
    PlanSection sub;
    sub.heading = QStringLiteral("Đối với giáo viên");
    first.children.push_back(sub);
    PlanSection second;
    second.heading = QStringLiteral("TỔ CHỨC THỰC HIỆN");
    other.sections = { first, second };
    const QString path = folder.file(QStringLiteral("kế hoạch khác.docx"));
    REQUIRE_OK(PlanExport::writeDocument(PlanBuilder::build(other, AgencyRepository(db).load().value(), {}, {}),
        DocumentFormat::Docx, path));

    QObject::connect(page, &CampaignsPage::planImportShown, page, [&](PlanImportDialog* dialog) {
        REQUIRE(dialog->replaceButton());
        QTimer::singleShot(0, dialog->replaceButton(), &QPushButton::click);
    });
    page->importPlan(path);
    CHECK(page->currentCampaignId() == open);
    CHECK(CampaignRepository(db).list().value().size() == 1); // nothing added
    PlanEditor* editor = page->planEditor();
    REQUIRE(editor->plan().sections.size() == 2);
    CHECK(editor->plan().sections[0].heading == QStringLiteral("MỤC ĐÍCH"));
    Campaign shown;
    page->campaignForm()->applyTo(shown);
    CHECK(shown.headingStyles.mid(0, 2) == HeadingStyles { NumberingStyle::Arabic, NumberingStyle::Alpha });
    CHECK(page->isModified());

    // One Ctrl+Z brings the outline and its numbering back.
    editor->undoStack()->undo();
    CHECK(editor->plan().sections.size() == before.size());
    page->campaignForm()->applyTo(shown);
    CHECK(shown.headingStyles.mid(0, 2) == HeadingStyles { NumberingStyle::Roman, NumberingStyle::Arabic });
    editor->undoStack()->redo();
    REQUIRE(page->save());
    const Campaign stored = CampaignRepository(db).load(open).value();
    CHECK(stored.sections.size() == 2);
    CHECK(stored.headingStyles.mid(0, 2) == HeadingStyles { NumberingStyle::Arabic, NumberingStyle::Alpha });
    CHECK(stored.name != other.name); // the campaign keeps its own name
}

TEST_CASE("a whole plan pasted as text is shown as recognised before it becomes a campaign")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    Database& db = *window.database();
    const qint64 original = CampaignRepository(db).list().value().front().id;
    window.showPage(MainWindow::CampaignsPageIndex);
    auto* page = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex));
    // The plan's text as a reader copies it: one paragraph a line.
    const QString text = doc::plainText(PlanExport::buildPlanDocument(db, original).value());
    bool shown = false;
    QObject::connect(page, &CampaignsPage::planImportShown, page, [&](PlanImportDialog* dialog) {
        shown = true;
        CHECK(dialog->outline()->topLevelItemCount() == 6); // the căn cứ, then I.–V.
        CHECK(dialog->outline()->topLevelItem(2)->text(0) == QStringLiteral("II. NỘI DUNG THI ĐUA"));
        QTimer::singleShot(0, dialog, &QDialog::accept);
    });
    page->importPlanText(text);
    REQUIRE(shown);
    REQUIRE(CampaignRepository(db).list().value().size() == 2);
    const Campaign made = CampaignRepository(db).load(page->currentCampaignId()).value();
    const Campaign template_ = CampaignRepository(db).load(original).value();
    CHECK(made.summary == template_.summary);
    CHECK(made.recipients == template_.recipients);
}

TEST_CASE("the person picker of a new proposal finds as the people page does: no diacritics, any part, any order")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    const qint64 campaignId = CampaignRepository(*window.database()).list().value().front().id;
    ProposalDialog dialog(*window.database(), campaignId, &window);
    dialog.show();
    auto* nominee = child<QComboBox>(&dialog, "nomineeComboBox");
    REQUIRE(nominee->completer());
    auto* filter = qobject_cast<FoldedWordsFilter*>(nominee->completer()->model());
    REQUIRE(filter);
    nominee->lineEdit()->clear();
    QTest::keyClicks(nominee->lineEdit(), QStringLiteral("mai giang"));
    REQUIRE(filter->rowCount() == 1);
    CHECK(filter->index(0, 0).data().toString().startsWith(QStringLiteral("Giàng Thị Mai")));
    // Chosen from the list, it is the proposal's nominee.
    QAbstractItemView* popup = nominee->completer()->popup();
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(nominee->currentText().startsWith(QStringLiteral("Giàng Thị Mai")));
    nominee->lineEdit()->clear();
    QTest::keyClicks(nominee->lineEdit(), QStringLiteral("nguyen"));
    CHECK(filter->rowCount() >= 2);
    for (int row = 0; row < filter->rowCount(); ++row)
        CHECK(filter->index(row, 0).data().toString().contains(QStringLiteral("Nguyễn")));
}

TEST_CASE("a person's unsaved edit is never lost by choosing another row: Save, Don't save or Cancel; Ctrl+S and Enter save")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    window.showPage(MainWindow::PeoplePageIndex);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    Database& db = *window.database();
    auto* people = child<QTableView>(&window, "peopleTableView");
    auto* name = child<QLineEdit>(&window, "personNameLineEdit");
    auto* position = child<QLineEdit>(&window, "personPositionLineEdit");
    auto* save = child<QPushButton>(&window, "savePersonButton");
    auto positionOf = [&](const QString& fullName) {
        for (const Person& p : PersonRepository(db).all().value())
            if (p.fullName == fullName)
                return p.position;
        return QString();
    };
    people->setCurrentIndex(people->model()->index(0, 0));
    const QString first = name->text();
    position->clear();
    typeText(position, QStringLiteral("Chuyên viên chính"));
    CHECK(save->text().endsWith(QStringLiteral("•"))); // marked as unsaved

    // Cancel: back on the same row, the typing still there.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    people->setCurrentIndex(people->model()->index(1, 0));
    CHECK(MessageBox::lastText().contains(QStringLiteral("chưa lưu")));
    CHECK(people->currentIndex().row() == 0);
    CHECK(name->text() == first);
    CHECK(position->text() == QStringLiteral("Chuyên viên chính"));
    CHECK(positionOf(first) != QStringLiteral("Chuyên viên chính"));

    // Save: stored, and on to the row chosen.
    MessageBox::setNextAnswer(QMessageBox::Save);
    const QString second = people->model()->index(1, 0).data().toString();
    REQUIRE_FALSE(second.startsWith(first));
    people->setCurrentIndex(people->model()->index(1, 0));
    CHECK(positionOf(first) == QStringLiteral("Chuyên viên chính"));
    CHECK(second.startsWith(name->text())); // the table marks a sample person «(mẫu)»
    CHECK_FALSE(save->text().endsWith(QStringLiteral("•")));

    // Don't save: the edit dropped, the row chosen shown.
    const QString secondName = name->text();
    position->clear();
    typeText(position, QStringLiteral("Không giữ"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    const int third = people->model()->index(2, 0).row();
    people->setCurrentIndex(people->model()->index(third, 0));
    CHECK(name->text() != secondName);
    CHECK_FALSE(positionOf(secondName).isEmpty());
    CHECK(positionOf(secondName) != QStringLiteral("Không giữ"));
    CHECK(position->text() != QStringLiteral("Không giữ"));

    // Ctrl+S saves the form with changes; so does Enter in a text field.
    const QString current = name->text();
    position->clear();
    typeText(position, QStringLiteral("Kế toán viên"));
    QTest::keyClick(position, Qt::Key_S, Qt::ControlModifier);
    CHECK(positionOf(current) == QStringLiteral("Kế toán viên"));
    position->clear();
    typeText(position, QStringLiteral("Kế toán trưởng"));
    QTest::keyClick(position, Qt::Key_Return);
    CHECK(positionOf(current) == QStringLiteral("Kế toán trưởng"));
}

TEST_CASE("the proposals page is worked from the keyboard: Tab leaves the table, Alt+digit moves the proposal")
{
    TestFolder folder;
    MainWindow window;
    window.show();
    REQUIRE(window.openDatabase(folder.file()));
    Database& db = *window.database();
    const qint64 campaignId = CampaignRepository(db).list().value().front().id;
    const qint64 proposal = firstPersonProposed(db, campaignId, ProposalState::Draft);
    window.showPage(MainWindow::ProposalsPageIndex);
    auto* page = static_cast<ProposalsPage*>(window.page(MainWindow::ProposalsPageIndex));
    page->reload(proposal);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTableView* table = page->view();
    table->setFocus();
    const int row = table->currentIndex().row();
    REQUIRE(row >= 0);
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != table); // out of the table, not to its next cell
    CHECK(table->currentIndex().row() == row);
    auto* send = window.findChild<QPushButton*>();
    for (QPushButton* button : window.findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("Gửi đề nghị"))
            send = button;
    CHECK(send->toolTip().contains(QKeySequence(Qt::ALT | Qt::Key_1).toString(QKeySequence::NativeText)));
    REQUIRE(send->isEnabled());
    REQUIRE(send->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
    QTest::qWait(300); // a button's shortcut clicks it as the mouse would, after a moment (animateClick)
    for (const Proposal& p : ProposalRepository(db).forCampaign(campaignId).value())
        if (p.id == proposal)
            CHECK(p.state == ProposalState::Submitted);
}

TEST_CASE("the checklist grid names its criteria, follows the campaign being worked on, goes down with Enter, and a proposal's blocker opens its cell")
{
    FreshWindow fresh; // the template's file, opened in a shown window
    MainWindow& window = fresh.window;
    Database& db = *fresh.db;
    const Campaign first = CampaignRepository(db).load(CampaignRepository(db).list().value().front().id).value();
    auto* campaigns = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex));
    window.showPage(MainWindow::CampaignsPageIndex);
    campaigns->duplicateCampaign(); // a second campaign, opened on Đợt thi đua
    const qint64 second = campaigns->currentCampaignId();
    REQUIRE(second > 0);
    REQUIRE(second != first.id);

    // The other pages show the campaign the clerk is working on.
    auto* checklists = static_cast<ChecklistsPage*>(window.page(MainWindow::ChecklistsPageIndex));
    auto* proposals = static_cast<ProposalsPage*>(window.page(MainWindow::ProposalsPageIndex));
    CHECK(checklists->campaignPicker()->currentCampaignId() == second);
    CHECK(proposals->campaignPicker()->currentCampaignId() == second);
    campaigns->selectCampaign(first.id);
    CHECK(checklists->campaignPicker()->currentCampaignId() == first.id);
    checklists->campaignPicker()->selectCampaign(second); // picked on one page, the others follow
    CHECK(proposals->campaignPicker()->currentCampaignId() == second);
    checklists->campaignPicker()->selectCampaign(first.id);

    // A header says which criterion it is, not only its number.
    window.showPage(MainWindow::ChecklistsPageIndex);
    checklists->showPeople(false);
    const PlanBlock* criterion = checklists->model()->criterionAt(ChecklistModel::FirstCriterionColumn);
    REQUIRE(criterion);
    const QString header = checklists->model()->headerData(ChecklistModel::FirstCriterionColumn, Qt::Horizontal).toString();
    CHECK(header.startsWith(QStringLiteral("1. ")));
    CHECK(header.contains(criterion->text.simplified().section(QLatin1Char(' '), 0, 1)));
    CHECK(checklists->view()->horizontalHeader()->height() > 4 * checklists->view()->fontMetrics().height());

    // Enter goes down the column, Shift+Enter up.
    QTableView* grid = checklists->view();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, ChecklistModel::FirstCriterionColumn + 1));
    QTest::keyClick(grid, Qt::Key_1);
    QTest::keyClick(grid, Qt::Key_Return);
    CHECK(grid->currentIndex().row() == 1);
    CHECK(grid->currentIndex().column() == ChecklistModel::FirstCriterionColumn + 1);
    QTest::keyClick(grid, Qt::Key_Enter);
    CHECK(grid->currentIndex().row() == 2);
    QTest::keyClick(grid, Qt::Key_Return, Qt::ShiftModifier);
    CHECK(grid->currentIndex().row() == 1);

    // A person's proposal held back by a required criterion: one key opens the cell that blocks it.
    const Person person = PersonRepository(db).all().value().back();
    const qint64 proposal = proposeThrough(db, first.id, { Nominee::Kind::Person, person.id }, awardFormOf(db, AwardLevel::Agency),
        person.unitId, QStringLiteral("Hoàn thành tốt nhiệm vụ."), ProposalState::Draft);
    window.showPage(MainWindow::ProposalsPageIndex);
    proposals->reload(proposal);
    auto* go = child<QPushButton>(&window, "blockingCellButton");
    REQUIRE_FALSE(go->isHidden());
    go->click();
    CHECK(window.currentPage() == MainWindow::ChecklistsPageIndex);
    CHECK(checklists->campaignPicker()->currentCampaignId() == first.id);
    const QModelIndex cell = grid->currentIndex();
    const ChecklistRow* row = checklists->model()->rowAt(cell.row());
    REQUIRE(row);
    CHECK(row->nominee == Nominee { Nominee::Kind::Person, person.id });
    const PlanBlock* blocking = checklists->model()->criterionAt(cell.column());
    REQUIRE(blocking);
    CHECK(blocking->required);
    CHECK(QApplication::focusWidget() == grid);
    // Met there, the proposal is no longer held back and the button goes.
    QTest::keyClick(grid, Qt::Key_1);
    window.showPage(MainWindow::ProposalsPageIndex);
    proposals->reload(proposal);
    CHECK(go->isHidden());
}

TEST_CASE("the vote dialog shows its whole result, never cut off")
{
    FreshWindow fresh; // the template's file, opened in a shown window
    MainWindow& window = fresh.window;
    Database& db = *fresh.db;
    const qint64 campaignId = fresh.campaignId;
    const qint64 proposal = firstPersonProposed(db, campaignId, ProposalState::Submitted);
    VoteDialog dialog(db, proposal, 50, &window);
    dialog.show();
    dialog.setVote(9, 7, 5);
    QApplication::processEvents();
    auto* result = child<QLabel>(&dialog, "voteResultLabel");
    CHECK_FALSE(result->text().isEmpty());
    CHECK(result->height() >= result->heightForWidth(result->width()));
    CHECK(result->geometry().bottom() < dialog.height());
}

TEST_CASE("an empty page says what to do next, and its button does it or opens the page where it is done")
{
    FreshWindow fresh; // the template's file, opened in a shown window
    MainWindow& window = fresh.window;
    auto* people = static_cast<PeoplePage*>(window.page(MainWindow::PeoplePageIndex));
    auto* campaigns = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex));
    auto* checklists = static_cast<ChecklistsPage*>(window.page(MainWindow::ChecklistsPageIndex));
    auto* proposals = static_cast<ProposalsPage*>(window.page(MainWindow::ProposalsPageIndex));
    auto banner = [](QWidget* page) { return page->findChild<NextStepBanner*>(QStringLiteral("nextStepBanner")); };
    REQUIRE(banner(people));
    REQUIRE(banner(campaigns));

    // Units, people and a plan: nothing to say, except that no proposal is there yet.
    CHECK(banner(people)->isHidden());
    CHECK(banner(campaigns)->isHidden());
    CHECK(banner(checklists)->isHidden());
    REQUIRE_FALSE(banner(proposals)->isHidden());
    CHECK(banner(proposals)->text().contains(QStringLiteral("chưa có đề nghị")));
    bool dialogOpened = false;
    QTimer::singleShot(0, &window, [&] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            dialogOpened = qobject_cast<ProposalDialog*>(modal) != nullptr;
            static_cast<QDialog*>(modal)->reject();
        }
    });
    banner(proposals)->button()->click(); // "Thêm đề nghị…" opens the proposal dialog
    CHECK(dialogOpened);

    // The sample units and people removed: the people page asks for the first unit.
    MessageBox::setNextAnswers({ QMessageBox::Yes, QMessageBox::Ok });
    child<QPushButton>(people, "removeSampleDataButton")->click();
    REQUIRE(UnitRepository(*window.database()).all().value().empty());
    REQUIRE_FALSE(banner(people)->isHidden());
    CHECK(banner(people)->text().contains(QStringLiteral("Chưa có phòng, đơn vị nào")));
    CHECK(banner(people)->button()->text() == QStringLiteral("Thêm đơn vị"));
    // The checklist has no one to assess: its button opens the people page.
    window.showPage(MainWindow::ChecklistsPageIndex);
    REQUIRE_FALSE(banner(checklists)->isHidden());
    banner(checklists)->button()->click();
    CHECK(window.currentPage() == MainWindow::PeoplePageIndex);

    // No campaign at all: the campaigns page offers a new one, the checklist sends there.
    window.showPage(MainWindow::CampaignsPageIndex);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    campaigns->removeCampaign();
    REQUIRE(CampaignRepository(*window.database()).list().value().empty());
    REQUIRE_FALSE(banner(campaigns)->isHidden());
    CHECK(banner(campaigns)->button()->text() == QStringLiteral("Đợt mới"));
    window.showPage(MainWindow::ChecklistsPageIndex);
    REQUIRE_FALSE(banner(checklists)->isHidden());
    CHECK(banner(checklists)->text().contains(QStringLiteral("Chưa có đợt thi đua")));
    CHECK(banner(proposals)->text().contains(QStringLiteral("Chưa có đợt thi đua")));
    banner(checklists)->button()->click();
    CHECK(window.currentPage() == MainWindow::CampaignsPageIndex);
    banner(campaigns)->button()->click(); // "Đợt mới"
    CHECK(CampaignRepository(*window.database()).list().value().size() == 1);
    CHECK(banner(campaigns)->isHidden());
}

TEST_CASE("the agency's form and a unit's report mark unsaved edits, save with Enter or Ctrl+S, and no reload drops them")
{
    FreshWindow fresh; // the template's file, opened in a shown window
    MainWindow& window = fresh.window;
    Database& db = *fresh.db;
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // Cơ quan: the edit is marked on the save button; Enter in the field saves it.
    window.showPage(MainWindow::AgencyPageIndex);
    auto* place = child<QLineEdit>(&window, "placeNameLineEdit");
    auto* saveAgency = child<QPushButton>(&window, "saveAgencyButton");
    CHECK_FALSE(saveAgency->text().endsWith(QStringLiteral("•")));
    place->selectAll();
    typeText(place, QStringLiteral("Tam Đường"));
    CHECK(saveAgency->text().endsWith(QStringLiteral("•")));
    QTest::keyClick(place, Qt::Key_Return);
    CHECK(AgencyRepository(db).load().value().placeName == QStringLiteral("Tam Đường"));
    CHECK_FALSE(saveAgency->text().endsWith(QStringLiteral("•")));

    // A second campaign to move to.
    auto* campaigns = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex));
    window.showPage(MainWindow::CampaignsPageIndex);
    const qint64 first = campaigns->currentCampaignId();
    campaigns->duplicateCampaign();
    const qint64 second = campaigns->currentCampaignId();
    campaigns->selectCampaign(first);

    // Báo cáo tổng kết: a report's number typed, not saved.
    auto* reports = static_cast<ReportsPage*>(window.page(MainWindow::ReportsPageIndex));
    window.showPage(MainWindow::ReportsPageIndex);
    REQUIRE(reports->campaignPicker()->currentCampaignId() == first);
    const Unit unit = UnitRepository(db).all().value().front();
    reports->selectUnit(unit.id);
    auto* number = child<QLineEdit>(&window, "reportNumberLineEdit");
    auto* saveReport = child<QPushButton>(&window, "saveReportButton");
    typeText(number, QStringLiteral("25/BC-VP"));
    CHECK(saveReport->text().endsWith(QStringLiteral("•")));

    // Data changed on another page reloads the reports page: the edit stays in the form.
    window.showPage(MainWindow::AgencyPageIndex);
    QTest::keyClick(place, Qt::Key_Return); // saved again: other pages reload
    saveAgency->click();
    window.showPage(MainWindow::ReportsPageIndex);
    CHECK(number->text() == QStringLiteral("25/BC-VP"));
    CHECK(saveReport->text().endsWith(QStringLiteral("•")));

    // Another campaign chosen elsewhere asks first; Hủy keeps this campaign and the edit.
    auto* checklists = static_cast<ChecklistsPage*>(window.page(MainWindow::ChecklistsPageIndex));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    checklists->campaignPicker()->selectCampaign(second);
    CHECK(MessageBox::lastText().contains(unit.name));
    CHECK(reports->campaignPicker()->currentCampaignId() == first);
    CHECK(number->text() == QStringLiteral("25/BC-VP"));

    // Ctrl+S saves it.
    number->setFocus();
    QTest::keyClick(number, Qt::Key_S, Qt::ControlModifier);
    bool stored = false;
    for (const UnitReport& report : UnitReportRepository(db).forCampaign(first, UnitRepository(db).all().value()).value())
        stored = stored || (report.unitId == unit.id && report.documentNumber == QStringLiteral("25/BC-VP"));
    CHECK(stored);
    CHECK_FALSE(saveReport->text().endsWith(QStringLiteral("•")));
}

TEST_CASE("a note typed in a checklist cell's details is kept when the clerk moves to another cell or the grid reloads")
{
    FreshWindow fresh; // the template's file, opened in a shown window
    MainWindow& window = fresh.window;
    Database& db = *fresh.db;
    window.showPage(MainWindow::ChecklistsPageIndex);
    auto* page = static_cast<ChecklistsPage*>(window.page(MainWindow::ChecklistsPageIndex));
    page->showPeople(false);
    QTableView* grid = page->view();
    const QModelIndex first = grid->model()->index(0, ChecklistModel::FirstCriterionColumn);
    grid->setCurrentIndex(first);
    auto* evidence = child<QLineEdit>(&window, "evidenceLineEdit");
    evidence->setText(QStringLiteral("Báo cáo số 25/BC-VP"));
    // Moved down with the arrow, without «Lưu ô này»: the evidence is stored.
    grid->setCurrentIndex(grid->model()->index(1, ChecklistModel::FirstCriterionColumn));
    CHECK(evidence->text().isEmpty()); // the next cell's own details
    auto evidenceOf = [&](int row) {
        const Nominee nominee = page->model()->rowAt(row)->nominee;
        const qint64 criterion = page->model()->criterionAt(ChecklistModel::FirstCriterionColumn)->id;
        for (const Assessment& a : AssessmentRepository(db).forCampaign(page->campaignPicker()->currentCampaignId()).value())
            if (a.nominee == nominee && a.criterionId == criterion)
                return a.evidence;
        return QString();
    };
    CHECK(evidenceOf(0) == QStringLiteral("Báo cáo số 25/BC-VP"));
    // Typed, then the grid reloads (another page changed data): kept too.
    evidence->setText(QStringLiteral("Quyết định số 3/QĐ-VP"));
    page->reload();
    CHECK(evidenceOf(1) == QStringLiteral("Quyết định số 3/QĐ-VP"));
}
