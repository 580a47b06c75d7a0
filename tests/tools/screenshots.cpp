// Developer tool: opens the real main window on a fresh database (built-in template) and saves a
// PNG of every page, for looking at the interface without clicking through it. The database is
// left in the folder too, for exporting its documents with the command line.
// Usage: thidua_screenshots OUTPUT_FOLDER

#include "core/storage/AssessmentRepository.h"
#include "core/storage/AwardDecisionRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/Backup.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitReportRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/YearRecordRepository.h"
#include "ui/annual/AnnualPage.h"
#include "ui/annual/AnnualRulesDialog.h"
#include "ui/annual/PersonHistoryDialog.h"
#include "ui/annual/ReviewAdditionDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/annual/StatisticsDialog.h"
#include "ui/MainWindow.h"
#include "ui/help/GuideDialog.h"
#include "ui/help/SeasonStepsDialog.h"
#include "ui/proposals/ProposalsPage.h"
#include "ui/QtTexts.h"
#include "ui/RestoreDialog.h"
#include "ui/agency/RewardMoneyDialog.h"
#include "ui/agency/SubmissionRoutesDialog.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/campaigns/PlanEditor.h"
#include "ui/campaigns/PlanImportDialog.h"
#include "core/importing/PlanImport.h"
#include "core/documents/PlanExport.h"
#include "ui/certificates/CertificatesDialog.h"
#include "ui/documents/DocumentView.h"
#include "ui/lists/ListImportDialog.h"
#include "ui/lists/UnitTemplateDialog.h"
#include "ui/proposals/DecisionDialog.h"
#include "ui/reports/FinalReportDialog.h"
#include "ui/reports/ReportsPage.h"

#include <QPlainTextEdit>
#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <algorithm>

namespace {

// Lets the window's previews finish their layouts before it is photographed.
void settle(QWidget* window)
{
    QElapsedTimer waited;
    waited.start();
    auto busy = [window] {
        const QList<DocumentView*> views = window->findChildren<DocumentView*>();
        return std::any_of(views.begin(), views.end(), [](const DocumentView* view) { return view->isLayingOut(); });
    };
    do
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    while (busy() && waited.elapsed() < 20000);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QtTexts::installVietnamese(app);
    if (argc < 2) {
        qWarning("usage: thidua_screenshots OUTPUT_FOLDER");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    // The database stays beside the pictures, so the documents can be exported from it too.
    const QString databasePath = out.filePath(QStringLiteral("Ảnh chụp.thidua"));
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(databasePath + suffix);
    MainWindow window;
    // A laptop's 1366x768, or the whole free area of a smaller screen (1920x1080 at 150 % gives
    // 1280x720 less a taskbar: QT_QPA_PLATFORM=offscreen:configfile=tests/data/screens/….json).
    window.resize(QSize(1366, 768).boundedTo(QGuiApplication::primaryScreen()->availableGeometry().size()));
    window.show();
    if (!window.openDatabase(databasePath))
        return 1;
    auto grab = [&](const QString& name) {
        settle(&window);
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

    // A few proposals in different states, to show the proposals page at work.
    Database& db = *window.database();
    const qint64 campaignId = CampaignRepository(db).list().value().front().id;
    const auto criteria = CampaignRepository(db).criteria(campaignId, SectionBinding::IndividualCriteria).value();
    const auto people = PersonRepository(db).all().value();
    qint64 giayKhen = 0;
    for (const AwardForm& form : AwardFormRepository(db).all().value())
        if (form.level == AwardLevel::Agency)
            giayKhen = form.id;
    ProposalRepository proposals(db);
    for (int i = 0; i < 4; ++i) {
        if (i < 3)
            for (const PlanBlock& c : criteria) {
                Assessment a;
                a.criterionId = c.id;
                a.nominee = { Nominee::Kind::Person, people[size_t(i)].id };
                a.conclusion = AssessmentState::Met;
                (void)AssessmentRepository(db).save(a);
            }
        Proposal p;
        p.campaignId = campaignId;
        p.awardFormId = giayKhen;
        p.nominee = { Nominee::Kind::Person, people[size_t(i)].id };
        p.proposingUnitId = people[size_t(i)].unitId;
        p.summary = QStringLiteral("Hoàn thành xuất sắc nhiệm vụ được giao trong Đợt thi đua.");
        (void)proposals.add(p, QStringLiteral("văn thư"));
        if (i < 2)
            (void)proposals.move(p.id, ProposalState::Submitted, QStringLiteral("văn thư"), {});
        if (i == 0) {
            (void)proposals.recordVote(p.id, { 9, 8, 7 }, QStringLiteral("Văn thư"));
            (void)proposals.move(p.id, ProposalState::Reviewed, QStringLiteral("thư ký hội đồng"), {});
        }
    }
    window.showPage(MainWindow::ProposalsPageIndex);
    grab(QStringLiteral("8-de-nghi-khen-thuong.png"));

    // The first proposal decided, the decision numbered: its window and the certificates.
    (void)proposals.move(
        proposals.forCampaign(campaignId).value().front().id, ProposalState::Decided, QStringLiteral("văn thư"), {});
    (void)AwardDecisionRepository(db).save({ campaignId, QStringLiteral("15"), QDate(2026, 12, 5) });
    DecisionDialog decision(db, campaignId, &window);
    decision.show();
    settle(&decision);
    decision.grab().save(out.filePath(QStringLiteral("9-quyet-dinh.png")));
    CertificatesDialog certificates(db, campaignId, &window);
    certificates.show();
    settle(&certificates);
    certificates.grab().save(out.filePath(QStringLiteral("10-giay-khen.png")));
    certificates.hide();
    decision.hide();

    // The proposal awarded: its box says it has ended, and offers the undo.
    const qint64 awarded = proposals.forCampaign(campaignId).value().front().id;
    (void)proposals.move(awarded, ProposalState::Awarded, QStringLiteral("văn thư"), {});
    auto* proposalsPage = static_cast<ProposalsPage*>(window.page(MainWindow::ProposalsPageIndex));
    proposalsPage->reload(awarded);
    window.showPage(MainWindow::ProposalsPageIndex);
    grab(QStringLiteral("10b-de-nghi-da-khen.png"));

    // Two units have reported, one of them late.
    UnitReportRepository reports(db);
    (void)reports.setCampaignDeadline(campaignId, QDate(2026, 11, 30));
    std::vector<UnitReport> unitReports = reports.forCampaign(campaignId).value();
    unitReports[0].receivedOn = QDate(2026, 11, 28);
    unitReports[0].documentNumber = QStringLiteral("12/BC-VP");
    unitReports[0].initiatives = 2;
    unitReports[0].summary = QStringLiteral("Hoàn thành 100% nhiệm vụ được giao.");
    unitReports[1].receivedOn = QDate(2026, 12, 2);
    (void)reports.save(unitReports[0]);
    (void)reports.save(unitReports[1]);
    window.showPage(MainWindow::ReportsPageIndex);
    auto* reportsPage = static_cast<ReportsPage*>(window.page(MainWindow::ReportsPageIndex));
    reportsPage->setToday(QDate(2026, 12, 3));
    reportsPage->reload();
    reportsPage->selectUnit(UnitRepository(db).all().value().front().id);
    grab(QStringLiteral("11-bao-cao-don-vi.png"));
    FinalReportDialog finalReport(db, campaignId, &window);
    finalReport.show();
    settle(&finalReport);
    finalReport.grab().save(out.filePath(QStringLiteral("12-bao-cao-tong-ket.png")));
    finalReport.hide();
    window.showPage(MainWindow::AuditPageIndex);
    grab(QStringLiteral("13-nhat-ky.png"));

    // A list a unit sent back, with a semicolon separator, a title row and two mistakes.
    const QString sent = out.filePath(QStringLiteral("Danh sách bổ sung.csv"));
    QFile list(sent);
    if (list.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const std::vector<Unit> units = UnitRepository(db).all().value();
        list.write(QStringLiteral(
            "DANH SÁCH CÁN BỘ BỔ SUNG\r\n\r\nTT;Họ và tên;Đơn vị;Chức vụ;Ngạch;Giới tính;Năm sinh\r\n"
            "1;Hoàng Thị Mai;%1;Chuyên viên;Công chức;Nữ;1990\r\n2;Lò Văn Sính;%2;Kỹ sư;Viên chức;Nam;12/03/1985\r\n"
            "3;Tẩn Thị Dín;Phòng Tổng hợp;Chuyên viên;Công chức;Nữ;1994\r\n4;Vàng A Chá;%2;Lái xe;Người lao "
            "động;Nam;1979\r\n")
                       .arg(units[0].name, units[1].name)
                       .toUtf8());
        list.close();
    }
    ListImportDialog import(db, &window);
    import.show();
    import.loadFile(sent);
    QApplication::processEvents();
    import.grab().save(out.filePath(QStringLiteral("14-nhap-danh-sach.png")));
    import.hide();

    // The templates sent to units, and the Office's proposal list coming back filled in.
    UnitTemplateDialog templates(db, &window);
    templates.show();
    QApplication::processEvents();
    templates.grab().save(out.filePath(QStringLiteral("15-mau-cho-don-vi.png")));
    templates.hide();
    const Unit office = UnitRepository(db).all().value().front();
    Result<XlsxWriter::Sheet> sheet = UnitTemplate::build(db, UnitTemplate::Kind::Proposals, campaignId, office.id);
    if (sheet) {
        XlsxWriter::Sheet filled = sheet.value();
        filled.rows[0] << QString() << QStringLiteral("Giấy khen của Giám đốc Sở")
                       << QStringLiteral("Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025.");
        filled.rows[1] << QStringLiteral("Bằng khen của Bộ trưởng") << QStringLiteral("Chủ trì 02 đề tài.");
        filled.rows[2] << QString() << QStringLiteral("Giấy khen của Giám đốc Sở");
        const QString back = out.filePath(QStringLiteral("Đề nghị khen thưởng - %1 (đã điền).xlsx").arg(office.name));
        if (XlsxWriter::write({ filled }, back)) {
            ListImportDialog returned(db, &window);
            returned.show();
            returned.loadFile(back);
            QApplication::processEvents();
            returned.grab().save(out.filePath(QStringLiteral("16-nhap-mau-de-nghi.png")));
        }
    }
    // The restore window: the backups, then under their own heading the safety copies.
    (void)Backup::takeNow(db);
    (void)Backup::takeBeforeImport(db);
    RestoreDialog restore(db.path(), &window);
    restore.show();
    QApplication::processEvents();
    restore.grab().save(out.filePath(QStringLiteral("17-khoi-phuc.png")));
    // The money of an award: the base salary by date, the forms' multiples.
    RewardMoneyDialog money(db, &window);
    money.show();
    QApplication::processEvents();
    money.grab().save(out.filePath(QStringLiteral("18-tien-thuong.png")));
    // Who submits and signs for each award level.
    SubmissionRoutesDialog routes(db, &window);
    routes.show();
    QApplication::processEvents();
    routes.grab().save(out.filePath(QStringLiteral("19-trinh-khen-theo-cap.png")));
    // A plan written in Word, as the import recognised it, before anything is saved.
    const QString wordPlan = out.filePath(QStringLiteral("Kế hoạch từ Word.docx"));
    (void)PlanExport::writeDocument(PlanExport::buildPlanDocument(db, campaignId).value(), DocumentFormat::Docx, wordPlan);
    Result<PlanImport::Recognised> recognised = PlanImport::fromDocx(wordPlan);
    if (recognised && PlanImport::prepareFor(db, recognised.value())) {
        PlanImportDialog import(db, recognised.value(), { campaignId, {}, {} }, &window);
        import.show();
        settle(&import);
        import.grab().save(out.filePath(QStringLiteral("20-nhap-ke-hoach.png")));
    }
    // A new plan, blank for this agency.
    window.showPage(MainWindow::CampaignsPageIndex);
    window.findChild<QPushButton*>(QStringLiteral("newCampaignButton"))->click();
    static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex))->planEditor()->selectPath({ 1 });
    grab(QStringLiteral("21-ke-hoach-moi.png"));
    // An annex: a form to fill in after the signature.
    PlanEditor* plan = static_cast<CampaignsPage*>(window.page(MainWindow::CampaignsPageIndex))->planEditor();
    tabs->setCurrentIndex(0);
    plan->addAnnex();
    grab(QStringLiteral("22-phu-luc.png"));
    // Help: the guide at the proposals' part, and the season's steps ticking themselves.
    GuideDialog* guide = window.showGuide(QStringLiteral("de-nghi"));
    settle(guide);
    guide->showPart(QStringLiteral("de-nghi"));
    guide->grab().save(out.filePath(QStringLiteral("23-huong-dan.png")));
    guide->hide();
    SeasonStepsDialog* steps = window.showSeasonSteps();
    settle(steps);
    steps->grab().save(out.filePath(QStringLiteral("24-cac-buoc.png")));
    steps->hide();
    // The annual cycle: the year's ratings, two people's earlier titles and initiatives.
    {
        YearRecordRepository records(db);
        const std::vector<Person> staff = PersonRepository(db).all().value();
        const TaskRating cycle[] = { TaskRating::Excellent, TaskRating::Good, TaskRating::Good, TaskRating::Excellent, TaskRating::Completed };
        std::vector<PersonYear> years;
        for (size_t i = 0; i < staff.size(); ++i)
            if (i + 1 < staff.size()) // the last one is not rated yet
                years.push_back({ staff[i].id, 2026, staff[i].unitId, cycle[i % std::size(cycle)], Discipline::None, false, {} });
        (void)records.savePersonYears(years);
        for (int year : { 2024, 2025 })
            (void)records.addConferred({ 0, { Nominee::Kind::Person, staff[0].id }, year, AnnualTitle::GrassrootsEmulationFighter,
                QStringLiteral("Quyết định số %1/QĐ-SKHCN").arg(year - 2000) });
        (void)records.addInitiative({ 0, staff[0].id, 2025, InitiativeKind::Initiative, QStringLiteral("Số hóa quy trình thẩm định công nghệ"),
            InitiativeScope::Province, QStringLiteral("Hội đồng sáng kiến tỉnh Lai Châu"), QStringLiteral("Quyết định số 1520/QĐ-UBND ngày 20/11/2025") });
        (void)records.addInitiative({ 0, staff[3].id, 2026, InitiativeKind::Research, QStringLiteral("Đề tài bảo tồn giống chè Shan tuyết"),
            InitiativeScope::Grassroots, QStringLiteral("Hội đồng khoa học Sở"), QString() });
        (void)records.setRegistrations({ Nominee::Kind::Person, staff[0].id }, 2026, { AnnualTitle::ProvinceEmulationFighter }, QDate(2026, 1, 15));
        (void)records.setRegistrations({ Nominee::Kind::Person, staff[1].id }, 2026, { AnnualTitle::GrassrootsEmulationFighter }, QDate(2026, 1, 15));
        std::vector<UnitYear> unitYears;
        for (const Unit& unit : UnitRepository(db).all().value())
            unitYears.push_back({ unit.id, 2026, TaskRating::Excellent, unitYears.empty(), {} });
        (void)records.saveUnitYears(unitYears);
    }
    auto* annual = static_cast<AnnualPage*>(window.page(MainWindow::AnnualPageIndex));
    window.showPage(MainWindow::AnnualPageIndex);
    annual->setYear(2026);
    annual->reload();
    grab(QStringLiteral("25-thi-dua-hang-nam.png"));
    annual->showPeople(false);
    grab(QStringLiteral("26-thi-dua-tap-the.png"));
    annual->showPeople(true);
    {
        const Person first = PersonRepository(db).all().value().front();
        PersonHistoryDialog history(db, first.id, first.fullName, 2026, &window);
        settle(&history);
        history.grab().save(out.filePath(QStringLiteral("27-sang-kien-danh-hieu.png")));
    }
    {
        AnnualRulesDialog rules(db, &window);
        settle(&rules);
        rules.grab().save(out.filePath(QStringLiteral("28-danh-hieu-quy-dinh.png")));
    }
    {
        YearRecordRepository records(db);
        const std::vector<Person> staff = PersonRepository(db).all().value();
        (void)records.addConferred({ 0, { Nominee::Kind::Person, staff[0].id }, 2026, AnnualTitle::ProvinceEmulationFighter,
            QStringLiteral("Quyết định số 120/QĐ-UBND") });
        StatisticsDialog statistics(db, 2026, &window);
        statistics.choose(Statistics::Form::ProvinceAwards, 2026);
        statistics.show();
        settle(&statistics);
        statistics.grab().save(out.filePath(QStringLiteral("29-bieu-thong-ke.png")));
    }
    {
        const Person last = PersonRepository(db).all().value().back(); // not rated: outside the list
        ReviewAdditionDialog byHand(db, 2026, { Nominee::Kind::Person, last.id }, last.fullName, &window);
        byHand.reasonEdit()->setPlainText(QStringLiteral("Chuyển công tác về Sở tháng 10/2026, đơn vị cũ xếp loại hoàn thành tốt nhiệm vụ"));
        settle(&byHand);
        byHand.grab().save(out.filePath(QStringLiteral("31-de-nghi-ngoai-tieu-chuan.png")));
    }
    // The year-end review opened on the proposals page, with the council's votes recorded.
    window.showPage(MainWindow::AnnualPageIndex);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    annual->openReview();
    grab(QStringLiteral("30-binh-xet-cuoi-nam.png"));
    return 0;
}
