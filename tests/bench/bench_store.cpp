// Store benchmark: a database of 200 units and 10,000 people; prints the time to open it, the
// time to load the people table (repository + the table model the page shows) and peak memory.

#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"
#include "tests/bench/PeakMemory.h"
#include "ui/people/PersonTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

namespace {

constexpr int UnitCount = 200;
constexpr int PeopleCount = 10000;
constexpr int Runs = 7;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool fill(Database& db, double* seconds)
{
    QElapsedTimer timer;
    timer.start();
    Status s = db.transact([&]() -> Status {
        std::vector<qint64> unitIds;
        UnitRepository units(db);
        for (int i = 0; i < UnitCount; ++i) {
            Result<qint64> id = units.add({ 0, QStringLiteral("Đơn vị thử nghiệm số %1").arg(i + 1),
                QStringLiteral("DV%1").arg(i + 1), UnitKind::Division, false });
            if (!id)
                return id.error();
            unitIds.push_back(id.value());
        }
        PersonRepository people(db);
        for (int i = 0; i < PeopleCount; ++i) {
            Person p;
            p.fullName = QStringLiteral("Nguyễn Văn Thử %1").arg(i + 1);
            p.unitId = unitIds[size_t(i % UnitCount)];
            p.position = QStringLiteral("Chuyên viên");
            p.birthYear = 1960 + i % 40;
            if (Result<qint64> id = people.add(p); !id)
                return id.error();
        }
        return {};
    });
    *seconds = timer.elapsed() / 1000.0;
    if (!s)
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
    return s.ok();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Đo hiệu năng.thidua"));
    double fillSeconds = 0;
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db || !fill(*db.value(), &fillSeconds))
            return 1;
    }

    std::vector<double> openMs, loadMs, modelMs;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<Database>> db = Database::open(path);
        openMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!db)
            return 1;
        timer.restart();
        Result<std::vector<Unit>> units = UnitRepository(*db.value()).all();
        Result<std::vector<Person>> people = PersonRepository(*db.value()).all();
        loadMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!units || !people || people.value().size() != size_t(PeopleCount))
            return 1;
        std::map<qint64, QString> names;
        for (const Unit& u : units.value())
            names[u.id] = u.name;
        timer.restart();
        PersonTableModel model;
        model.setPeople(std::move(people.value()), names);
        modelMs.push_back(timer.nsecsElapsed() / 1e6);
    }

    QTextStream out(stdout);
    out << "ThiDua store benchmark: " << UnitCount << " units, " << PeopleCount << " people, median of " << Runs
        << " runs\n";
    out << QStringLiteral("  fill (one transaction):   %1 s\n").arg(fillSeconds, 0, 'f', 2);
    out << QStringLiteral("  open database:            %1 ms\n").arg(median(openMs), 0, 'f', 1);
    out << QStringLiteral("  load people (repository): %1 ms\n").arg(median(loadMs), 0, 'f', 1);
    out << QStringLiteral("  fill people table model:  %1 ms\n").arg(median(modelMs), 0, 'f', 1);
    out << QStringLiteral("  peak RSS:                 %1 MiB\n").arg(peakResidentMiB(), 0, 'f', 1);
    return 0;
}
