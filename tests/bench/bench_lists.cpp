// Lists benchmark: 200 units and 10,000 people exported to XLSX and CSV, then imported from the
// XLSX into another database (read, check, write with its backup); prints each step and peak memory.

#include "core/lists/ListExport.h"
#include "core/lists/ListImport.h"
#include "core/lists/TableFile.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "tests/bench/BenchData.h"
#include "tests/bench/PeakMemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

constexpr int UnitCount = 200;
constexpr int PeopleCount = 10000;

double ms(QElapsedTimer& timer)
{
    const double value = timer.nsecsElapsed() / 1e6;
    timer.restart();
    return value;
}

int failed(const Error& error)
{
    std::fprintf(stderr, "%s (%s)\n", qPrintable(error.message), qPrintable(error.detail));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> source = Database::open(dir.filePath(QStringLiteral("Nguồn.thidua")));
    if (!source)
        return failed(source.error());
    if (Status s = fillUnitsAndPeople(*source.value(), UnitCount, PeopleCount); !s)
        return failed(s.error());
    QTextStream out(stdout);
    out << "ThiDua lists benchmark: " << UnitCount << " units, " << PeopleCount << " people\n";

    QElapsedTimer timer;
    timer.start();
    Result<XlsxWriter::Sheet> people = ListExport::build(*source.value(), ListExport::List::People);
    if (!people)
        return failed(people.error());
    const double buildMs = ms(timer);
    const QString xlsx = dir.filePath(QStringLiteral("Cán bộ.xlsx")), csv = dir.filePath(QStringLiteral("Cán bộ.csv"));
    if (Status s = ListExport::write(people.value(), ListExport::Format::Xlsx, xlsx); !s)
        return failed(s.error());
    const double xlsxMs = ms(timer);
    if (Status s = ListExport::write(people.value(), ListExport::Format::Csv, csv); !s)
        return failed(s.error());
    const double csvMs = ms(timer);
    out << QStringLiteral("  export: list built %1 ms, XLSX written %2 ms (%3 KiB), CSV written %4 ms (%5 KiB)\n")
               .arg(buildMs, 0, 'f', 1)
               .arg(xlsxMs, 0, 'f', 1)
               .arg(QFileInfo(xlsx).size() / 1024)
               .arg(csvMs, 0, 'f', 1)
               .arg(QFileInfo(csv).size() / 1024);

    // Into another database holding the same units (imported from their own list first).
    Result<std::unique_ptr<Database>> target = Database::open(dir.filePath(QStringLiteral("Đích.thidua")));
    if (!target)
        return failed(target.error());
    const QString unitsFile = dir.filePath(QStringLiteral("Đơn vị.xlsx"));
    if (Status s = ListExport::write(ListExport::build(*source.value(), ListExport::List::Units).value(), ListExport::Format::Xlsx, unitsFile); !s)
        return failed(s.error());
    for (const auto& [list, file] : { std::pair { ListImport::Target::Units, unitsFile }, std::pair { ListImport::Target::People, xlsx } }) {
        timer.restart();
        Result<TextTable> table = TableFile::read(file);
        if (!table)
            return failed(table.error());
        const double readMs = ms(timer);
        Result<ListImport::Plan> plan = ListImport::plan(*target.value(), list, table.value(), ImportColumns::guess(ListImport::fieldsOf(list), table.value()));
        if (!plan)
            return failed(plan.error());
        const double planMs = ms(timer);
        Result<ListImport::Outcome> done = ListImport::commit(*target.value(), plan.value());
        if (!done)
            return failed(done.error());
        const double commitMs = ms(timer);
        if (list == ListImport::Target::People)
            out << QStringLiteral("  import from XLSX: read %1 ms, check %2 ms, backup + write %3 ms, %4 rows added, %5 problems\n")
                       .arg(readMs, 0, 'f', 1)
                       .arg(planMs, 0, 'f', 1)
                       .arg(commitMs, 0, 'f', 1)
                       .arg(done.value().added)
                       .arg(plan.value().problems.size());
    }
    timer.restart();
    Result<TextTable> csvTable = TableFile::read(csv);
    if (!csvTable)
        return failed(csvTable.error());
    const double csvReadMs = ms(timer);
    Result<ListImport::Plan> again = ListImport::plan(*target.value(), ListImport::Target::People, csvTable.value(),
        ImportColumns::guess(ListImport::fieldsOf(ListImport::Target::People), csvTable.value()));
    if (!again)
        return failed(again.error());
    out << QStringLiteral("  the same people from CSV again: read %1 ms, check %2 ms, %3 already there\n")
               .arg(csvReadMs, 0, 'f', 1)
               .arg(ms(timer), 0, 'f', 1)
               .arg(again.value().count(ListImport::Action::AlreadyThere));
    out << QStringLiteral("  peak RSS: %1 MiB\n").arg(peakResidentMiB(), 0, 'f', 1);
    return PersonRepository(*target.value()).all().value().size() == size_t(PeopleCount) ? 0 : 1;
}
