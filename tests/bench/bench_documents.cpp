// Document benchmark: builds the template campaign's plan and writes it as DOCX and as PDF,
// printing the median time of several runs of each step.

#include "core/documents/PlanExport.h"
#include "core/storage/Database.h"
#include "core/templates/BuiltInTemplate.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
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
    const double docxMs = medianMs([&] { return PlanExport::writeDocument(document, DocumentFormat::Docx, docx).ok(); });
    const double pdfMs = medianMs([&] { return PlanExport::writeDocument(document, DocumentFormat::Pdf, pdf).ok(); });
    QTextStream out(stdout);
    out << "ThiDua document benchmark: the template plan, median of " << Runs << " runs\n";
    out << QStringLiteral("  build plan from the store: %1 ms\n").arg(build, 0, 'f', 1);
    out << QStringLiteral("  write DOCX:                %1 ms (%2 KiB)\n").arg(docxMs, 0, 'f', 1).arg(QFileInfo(docx).size() / 1024);
    out << QStringLiteral("  write PDF:                 %1 ms (%2 KiB)\n").arg(pdfMs, 0, 'f', 1).arg(QFileInfo(pdf).size() / 1024);
    return build < 0 || docxMs < 0 || pdfMs < 0 ? 1 : 0;
}
