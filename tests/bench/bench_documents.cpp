// Document benchmark: builds the template campaign's plan and writes it as DOCX and as PDF,
// printing the median time of several runs of each step.

#include "core/documents/PlanExport.h"
#include "core/documents/writers/PagedRenderer.h"
#include "core/domain/PlanOutlineEditing.h"
#include "core/importing/PlanImport.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/Database.h"
#include "core/templates/BuiltInTemplate.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr int Runs = 9;

double medianMs(const std::function<bool()>& step)
{
    std::vector<double> times;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!step())
            return -1;
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("Đo văn bản.thidua")));
    if (!db)
        return 1;
    Result<qint64> campaign = BuiltInTemplate::install(*db.value());
    if (!campaign)
        return 1;
    doc::Document document;
    const double build = medianMs([&] {
        Result<doc::Document> built = PlanExport::buildPlanDocument(*db.value(), campaign.value());
        if (built)
            document = built.value();
        return built.ok();
    });
    const QString docx = dir.filePath(QStringLiteral("kế hoạch.docx"));
    const QString pdf = dir.filePath(QStringLiteral("kế hoạch.pdf"));
    const double docxMs
        = medianMs([&] { return PlanExport::writeDocument(document, DocumentFormat::Docx, docx).ok(); });
    const double pdfMs = medianMs([&] { return PlanExport::writeDocument(document, DocumentFormat::Pdf, pdf).ok(); });
    // Import: a plan of over 20 pages (the template's sections six times over) read back from its DOCX.
    Campaign longer = CampaignRepository(*db.value()).load(campaign.value()).value();
    const std::vector<PlanSection> sections = longer.sections;
    for (int copy = 0; copy < 5; ++copy)
        longer.sections.insert(longer.sections.end(), sections.begin() + 1, sections.end());
    longer.id = 0;
    (void)CampaignRepository(*db.value()).add(longer);
    const doc::Document longPlan = PlanExport::buildPlanDocument(*db.value(), longer.id).value();
    const QString longDocx = dir.filePath(QStringLiteral("kế hoạch dài.docx"));
    (void)PlanExport::writeDocument(longPlan, DocumentFormat::Docx, longDocx);
    const int longPages
        = PagedRenderer::render(longPlan, *std::make_unique<QPdfWriter>(dir.filePath(QStringLiteral("dài.pdf"))));
    int sectionsRead = 0;
    const double importMs = medianMs([&] {
        Result<PlanImport::Recognised> read = PlanImport::fromDocx(longDocx);
        sectionsRead = read ? countSections(read.value().campaign.sections) : 0;
        return read.ok();
    });
    QTextStream out(stdout);
    out << "ThiDua document benchmark: the template plan, median of " << Runs << " runs\n";
    out << QStringLiteral("  build plan from the store: %1 ms\n").arg(build, 0, 'f', 1);
    out << QStringLiteral("  write DOCX:                %1 ms (%2 KiB)\n")
               .arg(docxMs, 0, 'f', 1)
               .arg(QFileInfo(docx).size() / 1024);
    out << QStringLiteral("  write PDF:                 %1 ms (%2 KiB)\n")
               .arg(pdfMs, 0, 'f', 1)
               .arg(QFileInfo(pdf).size() / 1024);
    out << QStringLiteral("  import a %1-page plan from DOCX: %2 ms (%3 sections)\n")
               .arg(longPages)
               .arg(importMs, 0, 'f', 1)
               .arg(sectionsRead);
    return build < 0 || docxMs < 0 || pdfMs < 0 || importMs < 0 ? 1 : 0;
}
