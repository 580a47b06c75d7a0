// Proposal benchmark: a campaign with 200 units, 10,000 people (each assessed on the
// individual criterion) and 2,000 proposals; prints the time to load the people's checklist
// grid, to recompute every proposal's eligibility, to write the 2,000 nomination forms
// (achievement reports) in one DOCX and one PDF, to export the final report (every unit having
// reported, half the proposals granted), to back the store up, and the peak memory.

#include "core/documents/AchievementReport.h"
#include "core/documents/FinalReport.h"
#include "core/documents/PlanExport.h"
#include "core/storage/Backup.h"
#include "core/storage/UnitReportRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"
#include "tests/bench/PeakMemory.h"
#include "ui/checklists/ChecklistModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <map>

namespace {

constexpr int UnitCount = 200;
constexpr int PeopleCount = 10000;
constexpr int ProposalCount = 2000;
constexpr int Runs = 5;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(QStringLiteral("Đo đề nghị.thidua")));
    if (!opened)
        return 1;
    Database& db = *opened.value();
    Result<qint64> campaign = BuiltInTemplate::install(db);
    if (!campaign)
        return 1;
    const auto criteria = CampaignRepository(db).criteria(campaign.value(), SectionBinding::IndividualCriteria).value();
    qint64 giayKhen = 0;
    for (const AwardForm& f : AwardFormRepository(db).all().value())
        if (f.level == AwardLevel::Agency)
            giayKhen = f.id;

    QElapsedTimer fillTimer;
    fillTimer.start();
    Status filled = db.transact([&]() -> Status {
        std::vector<qint64> units;
        for (int i = 0; i < UnitCount; ++i) {
            Result<qint64> id = UnitRepository(db).add({ 0, QStringLiteral("Đơn vị đo %1").arg(i), QStringLiteral("D%1").arg(i), UnitKind::Division, false });
            if (!id)
                return id.error();
            units.push_back(id.value());
        }
        for (int i = 0; i < PeopleCount; ++i) {
            Person p;
            p.fullName = QStringLiteral("Nguyễn Văn Đo %1").arg(i);
            p.unitId = units[size_t(i % UnitCount)];
            Result<qint64> id = PersonRepository(db).add(p);
            if (!id)
                return id.error();
            for (const PlanBlock& c : criteria) {
                Assessment a;
                a.criterionId = c.id;
                a.nominee = { Nominee::Kind::Person, id.value() };
                a.conclusion = i % 3 ? AssessmentState::Met : AssessmentState::NotMet;
                if (Status s = AssessmentRepository(db).save(a); !s)
                    return s;
            }
            if (i < ProposalCount) {
                Proposal proposal;
                proposal.campaignId = campaign.value();
                proposal.awardFormId = giayKhen;
                proposal.nominee = { Nominee::Kind::Person, id.value() };
                proposal.proposingUnitId = p.unitId;
                proposal.summary = QStringLiteral("Hoàn thành xuất sắc nhiệm vụ.");
                if (Result<qint64> added = ProposalRepository(db).add(proposal, QStringLiteral("đo")); !added)
                    return added.error();
            }
        }
        return {};
    });
    if (!filled) {
        QTextStream(stderr) << filled.error().message << " " << filled.error().detail << "\n";
        return 1;
    }
    const double fillSeconds = fillTimer.elapsed() / 1000.0;

    std::vector<double> gridMs, eligibilityMs;
    size_t blocked = 0;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        std::vector<ChecklistRow> rows;
        std::map<qint64, QString> unitNames;
        for (const Unit& u : UnitRepository(db).all().value())
            unitNames[u.id] = u.name;
        for (const Person& p : PersonRepository(db).all().value())
            rows.push_back({ { Nominee::Kind::Person, p.id }, p.fullName, unitNames[p.unitId], p.unitId });
        ChecklistModel model;
        model.setChecklist(std::move(rows), CampaignRepository(db).criteria(campaign.value(), SectionBinding::IndividualCriteria).value(),
            AssessmentRepository(db).forCampaign(campaign.value()).value());
        gridMs.push_back(timer.nsecsElapsed() / 1e6);

        timer.restart();
        const auto eligibility = ProposalRepository(db).eligibilityForCampaign(campaign.value()).value();
        eligibilityMs.push_back(timer.nsecsElapsed() / 1e6);
        blocked = size_t(std::count_if(eligibility.begin(), eligibility.end(), [](const auto& e) { return !e.second.failures.empty(); }));
    }
    const double rssBeforeForms = peakResidentMiB();
    // The nomination forms of every proposal, in one job each way (run once: it is long).
    QElapsedTimer formsTimer;
    formsTimer.start();
    Result<std::vector<AchievementReport::Input>> reports = AchievementReport::load(db, campaign.value());
    const double loadFormsMs = formsTimer.nsecsElapsed() / 1e6;
    if (!reports)
        return 1;
    const QString docx = dir.filePath(QStringLiteral("phiếu.docx")), pdf = dir.filePath(QStringLiteral("phiếu.pdf"));
    formsTimer.restart();
    if (!AchievementReport::writeAll(reports.value(), DocumentFormat::Docx, docx))
        return 1;
    const double docxSeconds = formsTimer.nsecsElapsed() / 1e9;
    formsTimer.restart();
    int calls = 0;
    if (!AchievementReport::writeAll(reports.value(), DocumentFormat::Pdf, pdf, [&](int) { return ++calls > 0; }))
        return 1;
    const double pdfSeconds = formsTimer.nsecsElapsed() / 1e9;

    // The final report: every unit reported; half the proposals granted (set directly: the bench
    // measures the export, not the workflow).
    Status reported = db.transact([&]() -> Status {
        UnitReportRepository reports(db);
        std::vector<UnitReport> all = reports.forCampaign(campaign.value()).value();
        for (size_t i = 0; i < all.size(); ++i) {
            all[i].receivedOn = QDate(2026, 11, 20 + int(i % 10));
            all[i].summary = QStringLiteral("Hoàn thành xuất sắc các nội dung thi đua của đơn vị.");
            all[i].initiatives = int(i % 4);
            all[i].models = int(i % 3);
            all[i].peopleCommended = int(i % 7);
            if (Status s = reports.save(all[i]); !s)
                return s;
        }
        return reports.setCampaignDeadline(campaign.value(), QDate(2026, 11, 25));
    });
    QSqlQuery grant(db.connection());
    if (!reported || !grant.exec(QStringLiteral("UPDATE proposal SET state = 'decided' WHERE id % 2 = 0")))
        return 1;
    std::vector<double> finalLoadMs, finalDocxMs, finalPdfMs;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        Result<FinalReport::Input> input = FinalReport::load(db, campaign.value());
        if (!input)
            return 1;
        const doc::Document report = FinalReport::build(input.value());
        finalLoadMs.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        if (!PlanExport::writeDocument(report, DocumentFormat::Docx, dir.filePath(QStringLiteral("tổng kết.docx"))))
            return 1;
        finalDocxMs.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        if (!PlanExport::writeDocument(report, DocumentFormat::Pdf, dir.filePath(QStringLiteral("tổng kết.pdf"))))
            return 1;
        finalPdfMs.push_back(timer.nsecsElapsed() / 1e6);
    }

    // A backup of the whole store (VACUUM INTO), median of 3.
    std::vector<double> backupMs;
    qint64 backupBytes = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        Result<QString> copy = Backup::takeNow(db, QDateTime(QDate(2026, 1, 1 + run), QTime(8, 0)));
        backupMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!copy)
            return 1;
        backupBytes = QFileInfo(copy.value()).size();
    }

    QTextStream out(stdout);
    out << "ThiDua proposal benchmark: " << UnitCount << " units, " << PeopleCount << " people, " << ProposalCount
        << " proposals, median of " << Runs << " runs\n";
    out << QStringLiteral("  fill (one transaction):          %1 s\n").arg(fillSeconds, 0, 'f', 2);
    out << QStringLiteral("  load the people's checklist grid: %1 ms\n").arg(median(gridMs), 0, 'f', 1);
    out << QStringLiteral("  recompute every eligibility:      %1 ms (%2 proposals blocked)\n").arg(median(eligibilityMs), 0, 'f', 1).arg(blocked);
    out << QStringLiteral("  peak RSS before the forms:        %1 MiB\n").arg(rssBeforeForms, 0, 'f', 1);
    out << QStringLiteral("  nomination forms of %1 proposals: load %2 ms; DOCX %3 s (%4 MiB); PDF %5 s (%6 MiB, %7 progress calls)\n")
               .arg(reports.value().size())
               .arg(loadFormsMs, 0, 'f', 0)
               .arg(docxSeconds, 0, 'f', 2)
               .arg(QFileInfo(docx).size() / 1048576.0, 0, 'f', 1)
               .arg(pdfSeconds, 0, 'f', 2)
               .arg(QFileInfo(pdf).size() / 1048576.0, 0, 'f', 1)
               .arg(calls);
    out << QStringLiteral("  final report (200 units, 1,000 granted), median of 3: load and build %1 ms; DOCX %2 ms (%3 KiB); PDF %4 ms (%5 KiB)\n")
               .arg(median(finalLoadMs), 0, 'f', 0)
               .arg(median(finalDocxMs), 0, 'f', 0)
               .arg(QFileInfo(dir.filePath(QStringLiteral("tổng kết.docx"))).size() / 1024)
               .arg(median(finalPdfMs), 0, 'f', 0)
               .arg(QFileInfo(dir.filePath(QStringLiteral("tổng kết.pdf"))).size() / 1024);
    out << QStringLiteral("  backup (VACUUM INTO), median of 3: %1 ms (%2 MiB)\n")
               .arg(median(backupMs), 0, 'f', 0)
               .arg(backupBytes / 1048576.0, 0, 'f', 1);
    out << QStringLiteral("  peak RSS:                         %1 MiB\n").arg(peakResidentMiB(), 0, 'f', 1);
    return 0;
}
