#include "tests/support/AnnualSeason.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/AgencyRepository.h"
#include "core/storage/AnnualReviewRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/YearRecordRepository.h"
#include "ui/MainWindow.h"
#include "ui/annual/AnnualPage.h"
#include "ui/annual/AnnualRulesDialog.h"
#include "ui/annual/PersonHistoryDialog.h"
#include "ui/annual/ReviewAdditionDialog.h"
#include "ui/proposals/ProposalsPage.h"
#include "ui/widgets/CampaignPicker.h"
#include "ui/annual/StatisticsDialog.h"
#include "ui/documents/DocumentView.h"
#include "tests/support/DocxFacts.h"
#include "ui/annual/YearEndModel.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

namespace {

// The main window on a file holding the three-year season instead of the sample list, showing
// the annual page on 2026's people.
struct AnnualWindow {
    TestFolder folder;
    MainWindow window;
    Database* db = nullptr;
    AnnualSeason season;
    AnnualPage* page = nullptr;

    AnnualWindow()
    {
        window.show();
        REQUIRE(window.openDatabase(folder.file()));
        db = window.database();
        REQUIRE_OK(PersonRepository(*db).removeSampleData());
        season = buildAnnualSeason(*db);
        window.showPage(MainWindow::AnnualPageIndex);
        page = static_cast<AnnualPage*>(window.page(MainWindow::AnnualPageIndex));
        page->setYear(AnnualSeason::Year);
        page->showPeople(true);
        page->reload();
    }

    // Whether the grid shows the title as due for the subject.
    bool due(const Nominee& subject, AnnualTitle title) const
    {
        YearEndModel* model = page->model();
        const int row = model->rowOf(subject);
        REQUIRE(row >= 0);
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->titleAt(column) == title)
                return model->index(row, column).data(YearEndModel::EligibleRole).toBool();
        FAIL("no column for the title");
        return false;
    }
    Nominee person(const QString& name) const { return { Nominee::Kind::Person, season[name] }; }
    std::optional<PersonYear> stored(const QString& name) const
    {
        for (const PersonYear& r : YearRecordRepository(*db).personYears(AnnualSeason::Year).value())
            if (r.personId == season[name])
                return r;
        return std::nullopt;
    }
};

} // namespace

TEST_CASE("the year-end grid: a rating typed in the grid is stored and every title judged again at once")
{
    AnnualWindow w;
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    CHECK(w.due(w.person(QStringLiteral("An")), AnnualTitle::ProvinceEmulationFighter));
    CHECK_FALSE(w.due(w.person(QStringLiteral("Nam")), AnnualTitle::AdvancedWorker));

    REQUIRE(w.page->selectSubject(w.person(QStringLiteral("Nam"))));
    w.page->view()->setFocus();
    QTest::keyClick(w.page->view(), Qt::Key_2);
    REQUIRE(w.stored(QStringLiteral("Nam")).has_value());
    CHECK(w.stored(QStringLiteral("Nam"))->rating == TaskRating::Good);
    CHECK(w.stored(QStringLiteral("Nam"))->unitId == w.season.science); // the unit the person works in
    CHECK(w.due(w.person(QStringLiteral("Nam")), AnnualTitle::AdvancedWorker));
    CHECK(w.page->verdicts()->toPlainText().contains(QStringLiteral("Lao động tiên tiến: Đủ điều kiện")));
    // Enter goes down a row, as in a spreadsheet; Delete takes the rating away again.
    REQUIRE(w.page->selectSubject(w.person(QStringLiteral("Nam"))));
    QTest::keyClick(w.page->view(), Qt::Key_Delete);
    CHECK_FALSE(w.stored(QStringLiteral("Nam"))->rating.has_value());
    CHECK_FALSE(w.due(w.person(QStringLiteral("Nam")), AnnualTitle::AdvancedWorker));

    // The unit's view reads the members' new standing: with Giang rated good, 7 of 10 are LĐTT
    // (6 before), and only Nam's missing rating keeps the unit from TTLĐXS.
    REQUIRE(w.page->selectSubject(w.person(QStringLiteral("Giang"))));
    QTest::keyClick(w.page->view(), Qt::Key_2);
    w.page->showPeople(false);
    const Nominee science { Nominee::Kind::Unit, w.season.science };
    const int row = w.page->model()->rowOf(science);
    REQUIRE(row >= 0);
    int column = 0;
    while (w.page->model()->titleAt(column) != AnnualTitle::ExcellentCollective)
        ++column;
    const QString why = w.page->model()->index(row, column).data(Qt::ToolTipRole).toString();
    INFO(why.toStdString());
    CHECK_FALSE(why.contains(QStringLiteral("đạt Lao động tiên tiến"))); // 7 of 10: the 70 % is met, no longer a failure
    CHECK(why.contains(QStringLiteral("Chưa có xếp loại năm 2026: Ngô Văn Nam")));
}

TEST_CASE("the year-end panel stores the registration, discipline and review, and the unit's cluster lead")
{
    AnnualWindow w;
    REQUIRE(w.page->selectSubject(w.person(QStringLiteral("Phúc"))));
    auto* registration = w.page->findChild<QComboBox*>(QStringLiteral("annualRegistrationComboBox"));
    CHECK(registration->findData(int(AnnualTitle::ExcellentCollective)) < 0); // a person's titles only
    registration->setCurrentIndex(registration->findData(int(AnnualTitle::GrassrootsEmulationFighter)));
    Q_EMIT registration->activated(registration->currentIndex());
    const std::vector<Registration> registered = YearRecordRepository(*w.db).registrations(AnnualSeason::Year).value();
    REQUIRE(registered.size() == 1);
    CHECK(registered.front().subject == w.person(QStringLiteral("Phúc")));
    CHECK(registered.front().title == AnnualTitle::GrassrootsEmulationFighter);
    CHECK(w.page->model()->index(w.page->model()->rowOf(w.person(QStringLiteral("Phúc"))), w.page->model()->columnOf(YearEndModel::Field::Registered))
              .data()
              .toString()
        == QStringLiteral("CSTĐCS"));
    CHECK(w.due(w.person(QStringLiteral("Phúc")), AnnualTitle::AdvancedWorker));
    auto* discipline = w.page->findChild<QComboBox*>(QStringLiteral("annualDisciplineComboBox"));
    discipline->setCurrentIndex(discipline->findData(int(Discipline::Reprimand)));
    Q_EMIT discipline->activated(discipline->currentIndex());
    CHECK(w.stored(QStringLiteral("Phúc"))->discipline == Discipline::Reprimand);
    CHECK(w.stored(QStringLiteral("Phúc"))->rating == TaskRating::Good); // the rest of the record kept
    CHECK_FALSE(w.due(w.person(QStringLiteral("Phúc")), AnnualTitle::AdvancedWorker));

    w.page->showPeople(false);
    REQUIRE(w.page->selectSubject({ Nominee::Kind::Unit, w.season.office }));
    CHECK(w.page->verdicts()->toPlainText().contains(QStringLiteral("3/4 thành viên đạt Lao động tiên tiến"))); // Phúc no longer
    REQUIRE(w.page->selectSubject({ Nominee::Kind::Unit, w.season.inspectorate }));
    auto* cluster = w.page->findChild<QCheckBox*>(QStringLiteral("annualClusterCheckBox"));
    REQUIRE(cluster->isVisible());
    cluster->setChecked(true);
    const auto units = YearRecordRepository(*w.db).unitYears(AnnualSeason::Year).value();
    const auto inspectorate = std::find_if(units.begin(), units.end(), [&](const UnitYear& u) { return u.unitId == w.season.inspectorate; });
    REQUIRE(inspectorate != units.end());
    CHECK(inspectorate->leadsCluster);
    CHECK(inspectorate->rating == TaskRating::Good);
}

TEST_CASE("a person's initiatives and earlier titles are entered beside the grid and counted at once")
{
    AnnualWindow w;
    const Nominee dung = w.person(QStringLiteral("Dũng"));
    REQUIRE(w.page->selectSubject(dung));
    INFO(w.page->verdicts()->toPlainText().toStdString());
    CHECK_FALSE(w.due(dung, AnnualTitle::GrassrootsEmulationFighter));
    {
        PersonHistoryDialog history(*w.db, dung.id, QStringLiteral("Phạm Văn Dũng"), AnnualSeason::Year, &w.window);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        CHECK_FALSE(history.addInitiative(AnnualSeason::Year, InitiativeKind::Initiative, QStringLiteral("  "), InitiativeScope::Grassroots, {}, {}));
        CHECK(MessageBox::lastText().contains(QStringLiteral("«Tên sáng kiến, đề tài»")));
        CHECK(history.initiativeCount() == 0);
        REQUIRE(history.addInitiative(AnnualSeason::Year, InitiativeKind::Initiative, QStringLiteral("Phần mềm quản lý hồ sơ thẩm định"),
            InitiativeScope::Grassroots, QStringLiteral("Hội đồng sáng kiến Sở"), QString()));
        REQUIRE(history.addTitle(AnnualSeason::Year - 1, AnnualTitle::GrassrootsEmulationFighter, QStringLiteral("Quyết định số 5/QĐ-SKHCN")));
        CHECK(history.initiativeCount() == 1);
        CHECK(history.titleCount() == 1);
    }
    w.page->reload();
    CHECK(w.due(dung, AnnualTitle::GrassrootsEmulationFighter)); // by the initiative
    CHECK(w.due(dung, AnnualTitle::ProvinceMerit)); // CSTĐCS in 2025 and 2026

    // A title is taken away only after the clerk confirms.
    PersonHistoryDialog history(*w.db, dung.id, QStringLiteral("Phạm Văn Dũng"), AnnualSeason::Year, &w.window);
    auto* titles = history.findChild<QTableWidget*>(QStringLiteral("titlesTable"));
    titles->setCurrentCell(0, 0);
    MessageBox::setNextAnswer(QMessageBox::No);
    history.removeCurrentTitle();
    CHECK(history.titleCount() == 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    history.removeCurrentTitle();
    CHECK(history.titleCount() == 0);
}

TEST_CASE("a rule value with its basis and first day changes the verdicts of the years it applies to; a value is removed only when confirmed")
{
    AnnualWindow w;
    const Nominee science { Nominee::Kind::Unit, w.season.science };
    w.page->showPeople(false);
    REQUIRE(w.page->selectSubject(science));
    CHECK(w.page->verdicts()->toPlainText().contains(QStringLiteral("6/10 thành viên đạt Lao động tiên tiến, cần ít nhất 70%")));
    {
        AnnualRulesDialog rules(*w.db, &w.window);
        const size_t before = rules.ruleValues().size();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        CHECK_FALSE(rules.saveRuleValue({ AnnualRule::ExcellentCollectiveAdvancedPercent, 60, QStringLiteral(" "), QDate(2026, 1, 1), std::nullopt }));
        CHECK(MessageBox::lastText().contains(QStringLiteral("«Căn cứ»")));
        CHECK(rules.ruleValues().size() == before);
        REQUIRE(rules.saveRuleValue({ AnnualRule::ExcellentCollectiveAdvancedPercent, 60,
            QStringLiteral("Quy chế thi đua, khen thưởng của tỉnh (ví dụ)"), QDate(2026, 1, 1), std::nullopt }));
        CHECK(rules.ruleValues().size() == before + 1);
    }
    w.page->reload();
    REQUIRE(w.page->selectSubject(science));
    CHECK(w.page->verdicts()->toPlainText().contains(QStringLiteral("6/10 thành viên đạt Lao động tiên tiến, cần ít nhất 60%")));
    w.page->setYear(AnnualSeason::Year - 1); // the year before still reads 70 %
    REQUIRE(w.page->selectSubject(science));
    CHECK(w.page->verdicts()->toPlainText().contains(QStringLiteral("cần ít nhất 70%")));

    AnnualRulesDialog rules(*w.db, &w.window);
    auto* table = rules.findChild<QTableWidget*>(QStringLiteral("annualRulesTable"));
    int row = 0;
    while (row < int(rules.ruleValues().size()) && rules.ruleValues()[size_t(row)].validFrom != QDate(2026, 1, 1))
        ++row;
    REQUIRE(row < int(rules.ruleValues().size()));
    table->setCurrentCell(row, 0);
    MessageBox::setNextAnswer(QMessageBox::No);
    rules.removeCurrentRuleValue();
    CHECK(std::any_of(rules.ruleValues().begin(), rules.ruleValues().end(), [](const AnnualRuleValue& v) { return v.validFrom == QDate(2026, 1, 1); }));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    rules.removeCurrentRuleValue();
    CHECK_FALSE(std::any_of(rules.ruleValues().begin(), rules.ruleValues().end(), [](const AnnualRuleValue& v) { return v.validFrom == QDate(2026, 1, 1); }));
}

TEST_CASE("the statistics window previews a form counted from the file and writes it to Excel with the same numbers")
{
    AnnualWindow w;
    addReportingYear(*w.db, w.season);
    StatisticsDialog statistics(*w.db, AnnualSeason::Year, &w.window);
    statistics.show();
    QSignalSpy shown(statistics.view(), &DocumentView::previewShown);
    statistics.choose(Statistics::Form::ProvinceAwards, AnnualSeason::Year);
    REQUIRE((shown.count() > 0 || shown.wait(20000)));
    const QString text = doc::plainText(statistics.view()->document());
    CHECK(text.contains(QStringLiteral("Biểu số 0603.N/BNV-TĐKT")));
    CHECK(text.contains(QStringLiteral("(Từ ngày 01/01/2026 đến ngày 31/12/2026)")));
    CHECK(statistics.view()->pageCount() >= 1);

    const QString path = w.folder.file(QStringLiteral("Biểu 0603.xlsx"));
    REQUIRE(statistics.exportExcel(path));
    const QJsonArray rows = xlsxSheets(path).value(QStringLiteral("Biểu 0603")).toArray();
    bool found = false;
    for (const QJsonValue& row : rows)
        if (row.toArray().size() > 3 && row.toArray()[1].toString() == QStringLiteral("01")) {
            CHECK(row.toArray()[3].toVariant().toString() == QStringLiteral("5"));
            found = true;
        }
    CHECK(found);
}

TEST_CASE("Bình xét cuối năm draws the year's list and opens it on the proposals page; a nominee outside it is added with a reason")
{
    AnnualWindow w;
    AgencyRepository agencies(*w.db);
    REQUIRE_OK(agencies.addSigner({ 0, QStringLiteral("Trần Văn Tuấn"), QStringLiteral("GIÁM ĐỐC"), QString() }));
    auto* button = w.window.findChild<QPushButton*>(QStringLiteral("annualReviewButton"));
    REQUIRE(button);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Đã thêm 29 đề nghị vào danh sách bình xét năm 2026")));
    // The proposals page now shows the review, its 29 proposals from the units.
    CHECK(w.window.currentPage() == MainWindow::ProposalsPageIndex);
    auto* proposals = static_cast<ProposalsPage*>(w.window.page(MainWindow::ProposalsPageIndex));
    const qint64 reviewId = AnnualReviewRepository(*w.db).campaignOf(AnnualSeason::Year).value().value_or(0);
    REQUIRE(reviewId > 0);
    CHECK(proposals->campaignPicker()->currentCampaignId() == reviewId);
    CHECK(proposals->findChild<QTableView*>()->model()->rowCount() == 29);

    // Again: nothing added twice.
    w.window.showPage(MainWindow::AnnualPageIndex);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("không có đề nghị mới (đã có 29 đề nghị)")));

    // Hà, disciplined this year: on the list by hand, the reason required.
    w.window.showPage(MainWindow::AnnualPageIndex);
    REQUIRE(w.page->selectSubject({ Nominee::Kind::Person, w.season[QStringLiteral("Hà")] }));
    ReviewAdditionDialog dialog(*w.db, AnnualSeason::Year, { Nominee::Kind::Person, w.season[QStringLiteral("Hà")] },
        QStringLiteral("Vũ Thị Hà"), w.page);
    CHECK(dialog.titleComboBox()->count() == 5); // the individual titles only
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    CHECK(dialog.addedProposalId() == 0);
    CHECK(ProposalRepository(*w.db).forCampaign(reviewId).value().size() == 29);
    CHECK(MessageBox::lastText().contains(QStringLiteral("«Lý do»")));
    dialog.reasonEdit()->setPlainText(QStringLiteral("Kỷ luật đã được xóa"));
    dialog.accept();
    CHECK(dialog.addedProposalId() > 0);
    CHECK(ProposalRepository(*w.db).forCampaign(reviewId).value().size() == 30);
}
