// Every window on the clerk's screens: the main window with each page, and every dialog, on a
// 1366x768 laptop at 100 % and on 1920x1080 at 150 % (1280x720 device-independent pixels), each
// less a taskbar. ctest runs these hidden cases once per screen (tests/data/screens/*.json, given
// to the offscreen platform); each window's frame, and every button in it, must lie on the screen.
#include "tests/support/Catch.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"

#include "core/common/Settings.h"
#include "core/documents/Paperwork.h"
#include "core/documents/PlanExport.h"
#include "core/importing/PlanImport.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "ui/ListExportDialog.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/RestoreDialog.h"
#include "ui/agency/RewardMoneyDialog.h"
#include "ui/agency/SubmissionRoutesDialog.h"
#include "ui/agency/WordingDialog.h"
#include "ui/help/GuideDialog.h"
#include "ui/help/SeasonStepsDialog.h"
#include "ui/campaigns/PlanImportDialog.h"
#include "ui/certificates/CertificatesDialog.h"
#include "ui/lists/ListImportDialog.h"
#include "ui/lists/UnitTemplateDialog.h"
#include "ui/proposals/DecisionDialog.h"
#include "ui/proposals/MeetingDialog.h"
#include "ui/proposals/PaperworkDialog.h"
#include "ui/proposals/ProposalDialog.h"
#include "ui/proposals/VoteDialog.h"
#include "ui/reports/FinalReportDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QScreen>

#include <functional>
#include <memory>

namespace {

QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

// The window, shown, fits the screen: its frame, its smallest layout, and each visible button.
void requireOnScreen(QWidget* window, const QString& name)
{
    INFO("window " << name.toStdString() << " on " << QGuiApplication::primaryScreen()->name().toStdString());
    window->show();
    QApplication::processEvents();
    const QRect screen = available();
    INFO("frame " << window->frameGeometry().width() << "x" << window->frameGeometry().height() << " at "
                  << window->frameGeometry().x() << "," << window->frameGeometry().y() << "; screen " << screen.width()
                  << "x" << screen.height());
    CHECK(window->frameGeometry().width() <= screen.width());
    CHECK(window->frameGeometry().height() <= screen.height());
    const QSize smallest = window->minimumSizeHint().expandedTo(window->minimumSize());
    INFO("smallest layout " << smallest.width() << "x" << smallest.height());
    CHECK(smallest.width() <= screen.width());
    CHECK(smallest.height() <= screen.height());
    // Where the window manager would put it: inside the screen's free area.
    window->move(screen.topLeft());
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(window) || button->window() != window)
            continue;
        const QRect onScreen(button->mapToGlobal(QPoint(0, 0)), button->size());
        INFO("button «" << button->text().toStdString() << "» at " << onScreen.x() << "," << onScreen.y());
        CHECK(screen.contains(onScreen));
    }
}

} // namespace

TEST_CASE("every page of the main window fits the screen", "[.screens]")
{
    const QSize expected = QGuiApplication::primaryScreen()->geometry().size();
    INFO("this case runs on the screens of tests/data/screens, not " << expected.width() << "x" << expected.height());
    REQUIRE((expected == QSize(1366, 728) || expected == QSize(1280, 680)));
    Settings::setValue(Settings::Key::MainWindowGeometry, QByteArray());
    Settings::setValue(Settings::Key::WindowSizes, QVariantMap());
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    for (int index = 0; index < MainWindow::PageCount; ++index) {
        window.showPage(static_cast<MainWindow::PageIndex>(index));
        requireOnScreen(&window, QStringLiteral("MainWindow, page %1").arg(index));
    }
}

TEST_CASE("every dialog fits the screen", "[.screens]")
{
    Settings::setValue(Settings::Key::WindowSizes, QVariantMap());
    TestFolder folder;
    MainWindow window;
    REQUIRE(window.openDatabase(folder.file()));
    window.show();
    Database& db = *window.database();
    const qint64 campaignId = CampaignRepository(db).list().value().front().id;
    // A decided proposal, so the decision, the certificates and the paperwork have something to show.
    const Person person = PersonRepository(db).all().value().front();
    concludeAllMet(db, campaignId, { Nominee::Kind::Person, person.id });
    citeProvinceDecisions(db);
    const qint64 proposal = proposeThrough(db, campaignId, { Nominee::Kind::Person, person.id },
        awardFormOf(db, AwardLevel::Agency), person.unitId, QStringLiteral("Hoàn thành xuất sắc nhiệm vụ."),
        ProposalState::Decided);
    const std::vector<Paperwork::Input> inputs = Paperwork::load(db, campaignId).value();
    const QString plan = folder.file(QStringLiteral("kế hoạch.docx"));
    REQUIRE_OK(PlanExport::writeDocument(PlanExport::buildPlanDocument(db, campaignId).value(), DocumentFormat::Docx, plan));
    PlanImport::Recognised recognised = PlanImport::fromDocx(plan).value();

    const std::vector<std::pair<QString, std::function<std::unique_ptr<QDialog>()>>> dialogs {
        { QStringLiteral("ProposalDialog"), [&] { return std::make_unique<ProposalDialog>(db, campaignId, &window); } },
        { QStringLiteral("MeetingDialog"), [&] { return std::make_unique<MeetingDialog>(db, campaignId, &window); } },
        { QStringLiteral("VoteDialog"), [&] { return std::make_unique<VoteDialog>(db, proposal, 50, &window); } },
        { QStringLiteral("DecisionDialog"), [&] { return std::make_unique<DecisionDialog>(db, campaignId, &window); } },
        { QStringLiteral("CertificatesDialog"),
            [&] { return std::make_unique<CertificatesDialog>(db, campaignId, &window); } },
        { QStringLiteral("PaperworkDialog (Tờ trình)"),
            [&] {
                return std::make_unique<PaperworkDialog>(PaperworkDialog::Kind::Submission, db, inputs, &window);
            } },
        { QStringLiteral("PaperworkDialog (Danh sách)"),
            [&] { return std::make_unique<PaperworkDialog>(PaperworkDialog::Kind::List, db, inputs, &window); } },
        { QStringLiteral("FinalReportDialog"),
            [&] { return std::make_unique<FinalReportDialog>(db, campaignId, &window); } },
        { QStringLiteral("PlanImportDialog"),
            [&] {
                return std::make_unique<PlanImportDialog>(db, recognised, CampaignSummary { campaignId, {}, {} }, &window);
            } },
        { QStringLiteral("ListImportDialog"), [&] { return std::make_unique<ListImportDialog>(db, &window); } },
        { QStringLiteral("ListExportDialog"), [&] { return std::make_unique<ListExportDialog>(db, &window); } },
        { QStringLiteral("UnitTemplateDialog"), [&] { return std::make_unique<UnitTemplateDialog>(db, &window); } },
        { QStringLiteral("RestoreDialog"), [&] { return std::make_unique<RestoreDialog>(db.path(), &window); } },
        { QStringLiteral("RewardMoneyDialog"), [&] { return std::make_unique<RewardMoneyDialog>(db, &window); } },
        { QStringLiteral("SubmissionRoutesDialog"),
            [&] { return std::make_unique<SubmissionRoutesDialog>(db, &window); } },
        { QStringLiteral("WordingDialog"), [&] { return std::make_unique<WordingDialog>(db, &window); } },
        { QStringLiteral("PreferencesDialog"), [&] { return std::make_unique<PreferencesDialog>(&window); } },
        { QStringLiteral("GuideDialog"), [&] { return std::make_unique<GuideDialog>(&window); } },
        { QStringLiteral("SeasonStepsDialog"),
            [&] {
                auto steps = std::make_unique<SeasonStepsDialog>(&window);
                steps->setDatabase(&db);
                return steps;
            } },
    };
    for (const auto& [name, make] : dialogs) {
        std::unique_ptr<QDialog> dialog = make();
        requireOnScreen(dialog.get(), name);
        dialog->hide();
    }
}
