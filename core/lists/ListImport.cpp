#include "core/lists/ListImport.h"

#include "core/common/DateText.h"
#include "core/common/TextFolding.h"
#include "core/domain/Labels.h"
#include "core/domain/Validation.h"
#include "core/lists/TemplateImport.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <map>
#include <set>

namespace ListImport {

namespace {

struct ListImportText {
    Q_DECLARE_TR_FUNCTIONS(ListImport)
};

using ImportColumns::Field;
using ImportColumns::Problem;
using ImportColumns::RowReader;

using ImportColumns::nameKey;
template <typename Enum> std::optional<Enum> enumFromLabel(const QString& text, std::initializer_list<Enum> values, QString (*label)(Enum))
{
    const QString folded = foldForSearch(text).simplified();
    for (Enum value : values)
        if (foldForSearch(label(value)) == folded)
            return value;
    return std::nullopt;
}

QString labelsOf(QStringList labels) { return labels.join(QStringLiteral(", ")); }

// A birth year: four digits (Excel may add ".0"). A date, typed or stored by Excel as a day
// number, is refused with the year it holds, so the clerk knows what to write.
std::optional<int> birthYearOf(RowReader& reader, const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression year(QStringLiteral("^(\\d{4})(\\.0+)?$"));
    static const QRegularExpression typedDate(QStringLiteral("^\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4})$|^(\\d{4})-\\d{1,2}-\\d{1,2}"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(\\.\\d+)?$"));
    const int thisYear = QDate::currentDate().year();
    if (const auto match = year.match(text); match.hasMatch()) {
        const int value = match.captured(1).toInt();
        if (value >= Limits::EarliestBirthYear && value <= thisYear)
            return value;
        reader.problem(QStringLiteral("birthYear"), ListImportText::tr("%1 nằm ngoài khoảng %2–%3.").arg(value).arg(Limits::EarliestBirthYear).arg(thisYear));
    } else if (const auto match = typedDate.match(text); match.hasMatch()) {
        const QString y = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        reader.problem(QStringLiteral("birthYear"),
            ListImportText::tr("«%1» là một ngày; cột này cần năm sinh (4 chữ số), ví dụ %2.").arg(text, y));
    } else if (const auto match = serial.match(text); match.hasMatch()) {
        const QDate day = QDate(1899, 12, 30).addDays(match.captured(1).toLongLong());
        reader.problem(QStringLiteral("birthYear"),
            ListImportText::tr("«%1» là ngày %2 Excel lưu dạng số (ô định dạng ngày); cột này cần năm sinh, ví dụ %3.")
                .arg(text, dateText(day))
                .arg(day.year()));
    } else {
        reader.problem(QStringLiteral("birthYear"), ListImportText::tr("«%1» không phải là năm sinh; cần 4 chữ số, ví dụ 1985.").arg(text.left(60)));
    }
    return std::nullopt;
}

struct UnitIndex {
    std::map<QString, const Unit*> byName; // nameKey
    std::map<QString, const Unit*> byCode; // lower case
    std::multimap<QString, const Unit*> byFoldedName; // without diacritics: "van phong"

    // The unit a list names: by its name, its code, or its name typed without diacritics when
    // only one unit reads that way.
    const Unit* find(const QString& text) const
    {
        if (const auto found = byName.find(nameKey(text)); found != byName.end())
            return found->second;
        if (const auto found = byCode.find(text.toLower()); found != byCode.end())
            return found->second;
        const QString folded = foldForSearch(text).simplified();
        return byFoldedName.count(folded) == 1 ? byFoldedName.find(folded)->second : nullptr;
    }
};

UnitIndex indexOf(const std::vector<Unit>& units)
{
    UnitIndex index;
    for (const Unit& u : units) {
        index.byName[nameKey(u.name)] = &u;
        index.byCode[u.code.toLower()] = &u;
        index.byFoldedName.emplace(foldForSearch(u.name).simplified(), &u);
    }
    return index;
}

// The same person: the same name (case, spacing and Unicode form aside), unit and birth year.
QString personKey(const QString& name, qint64 unitId, std::optional<int> year)
{
    return QStringLiteral("%1|%2|%3").arg(nameKey(name)).arg(unitId).arg(year ? *year : 0);
}

void planPeople(Plan& plan, const std::vector<Unit>& units, const std::vector<Person>& people, const TextTable& table,
    const ImportColumns::Mapping& mapping, const std::vector<int>& dataRows)
{
    const std::vector<Field> fields = fieldsOf(Target::People);
    const UnitIndex unitIndex = indexOf(units);
    const auto key = &personKey;
    std::set<QString> existing;
    for (const Person& p : people)
        existing.insert(key(p.fullName, p.unitId, p.birthYear));
    std::map<QString, int> inFile; // key → the row that first had it
    for (int index : dataRows) {
        RowReader reader(fields, table, mapping, index, plan.problems);
        Row row;
        row.row = reader.rowNumber();
        Person& person = row.person;
        person.fullName = reader.text(QStringLiteral("fullName"), Limits::ShortText);
        const QString unitText = reader.text(QStringLiteral("unit"), Limits::ShortText);
        person.position = reader.text(QStringLiteral("position"), Limits::ShortText);
        const QString category = reader.text(QStringLiteral("staffCategory"), Limits::ShortText);
        const QString gender = reader.text(QStringLiteral("gender"), Limits::ShortText);
        const QString year = reader.text(QStringLiteral("birthYear"), Limits::ShortText);
        if (!unitText.isEmpty()) {
            if (const Unit* unit = unitIndex.find(unitText)) {
                person.unitId = unit->id;
                row.unitName = unit->name;
            } else {
                reader.problem(QStringLiteral("unit"),
                    ListImportText::tr("không có đơn vị «%1» trong danh sách đơn vị của cơ quan (ghi đúng tên hoặc mã đơn vị).").arg(unitText.left(80)));
            }
        }
        if (!category.isEmpty()) {
            const auto value = enumFromLabel(category, { StaffCategory::CivilServant, StaffCategory::PublicEmployee, StaffCategory::Worker }, &staffCategoryLabel);
            if (value)
                person.staffCategory = *value;
            else
                reader.problem(QStringLiteral("staffCategory"), ListImportText::tr("«%1» không phải là %2.")
                                                                    .arg(category.left(60), labelsOf({ staffCategoryLabel(StaffCategory::CivilServant),
                                                                                                staffCategoryLabel(StaffCategory::PublicEmployee),
                                                                                                staffCategoryLabel(StaffCategory::Worker) })));
        }
        if (!gender.isEmpty()) {
            const auto value = enumFromLabel(gender, { Gender::Male, Gender::Female }, &genderLabel);
            if (value)
                person.gender = *value;
            else
                reader.problem(QStringLiteral("gender"),
                    ListImportText::tr("«%1» không phải là %2.").arg(gender.left(60), labelsOf({ genderLabel(Gender::Male), genderLabel(Gender::Female) })));
        }
        person.birthYear = birthYearOf(reader, year);
        if (!reader.clean())
            continue;
        const QString k = key(person.fullName, person.unitId, person.birthYear);
        if (const auto twin = inFile.find(k); twin != inFile.end()) {
            reader.problem(QStringLiteral("fullName"),
                ListImportText::tr("trùng với dòng %1 (cùng họ tên, đơn vị và năm sinh).").arg(twin->second));
            continue;
        }
        inFile.emplace(k, row.row);
        row.action = existing.count(k) ? Action::AlreadyThere : Action::Add;
        plan.rows.push_back(std::move(row));
    }
}

void planUnits(Plan& plan, const std::vector<Unit>& units, const TextTable& table, const ImportColumns::Mapping& mapping, const std::vector<int>& dataRows)
{
    const std::vector<Field> fields = fieldsOf(Target::Units);
    const UnitIndex unitIndex = indexOf(units);
    std::map<QString, int> namesInFile, codesInFile;
    for (int index : dataRows) {
        RowReader reader(fields, table, mapping, index, plan.problems);
        Row row;
        row.row = reader.rowNumber();
        Unit& unit = row.unit;
        unit.code = reader.text(QStringLiteral("code"), Limits::Code);
        unit.name = reader.text(QStringLiteral("name"), Limits::ShortText);
        const QString kind = reader.text(QStringLiteral("kind"), Limits::ShortText);
        if (unit.code.contains(QLatin1Char(' ')))
            reader.problem(QStringLiteral("code"), ListImportText::tr("mã đơn vị không được chứa dấu cách."));
        if (!kind.isEmpty()) {
            const auto value = enumFromLabel(kind, { UnitKind::Office, UnitKind::Inspectorate, UnitKind::Division, UnitKind::PublicService }, &unitKindLabel);
            if (value)
                unit.kind = *value;
            else
                reader.problem(QStringLiteral("kind"), ListImportText::tr("«%1» không phải là %2.")
                                                           .arg(kind.left(60), labelsOf({ unitKindLabel(UnitKind::Office), unitKindLabel(UnitKind::Inspectorate),
                                                                                   unitKindLabel(UnitKind::Division), unitKindLabel(UnitKind::PublicService) })));
        }
        if (!reader.clean())
            continue;
        if (const auto twin = namesInFile.find(nameKey(unit.name)); twin != namesInFile.end()) {
            reader.problem(QStringLiteral("name"), ListImportText::tr("trùng tên với dòng %1.").arg(twin->second));
            continue;
        }
        if (const auto twin = codesInFile.find(unit.code.toLower()); twin != codesInFile.end()) {
            reader.problem(QStringLiteral("code"), ListImportText::tr("trùng mã với dòng %1.").arg(twin->second));
            continue;
        }
        namesInFile.emplace(nameKey(unit.name), row.row);
        codesInFile.emplace(unit.code.toLower(), row.row);
        const auto byName = unitIndex.byName.find(nameKey(unit.name));
        const auto byCode = unitIndex.byCode.find(unit.code.toLower());
        const Unit* sameName = byName == unitIndex.byName.end() ? nullptr : byName->second;
        const Unit* sameCode = byCode == unitIndex.byCode.end() ? nullptr : byCode->second;
        if (sameName && sameName != sameCode) {
            reader.problem(QStringLiteral("code"), ListImportText::tr("đơn vị «%1» đã có với mã «%2».").arg(sameName->name, sameName->code));
            continue;
        }
        if (sameCode && sameCode != sameName) {
            reader.problem(QStringLiteral("code"), ListImportText::tr("mã «%1» đã dùng cho đơn vị «%2».").arg(unit.code, sameCode->name));
            continue;
        }
        row.action = sameName ? Action::AlreadyThere : Action::Add;
        plan.rows.push_back(std::move(row));
    }
}

Status writeRow(Database& database, const Row& row, Target target)
{
    if (TemplateImport::isTemplate(target))
        return TemplateImport::write(database, row, target);
    const Result<qint64> added = target == Target::Units ? UnitRepository(database).add(row.unit) : PersonRepository(database).add(row.person);
    return added ? Status() : Status(added.error());
}

} // namespace

std::vector<ImportColumns::Field> fieldsOf(Target target)
{
    if (TemplateImport::isTemplate(target))
        return TemplateImport::fieldsOf(target);
    if (target == Target::Units)
        return { { QStringLiteral("code"), ListImportText::tr("Mã"), { QStringLiteral("Mã đơn vị"), QStringLiteral("Ký hiệu") }, true },
            { QStringLiteral("name"), ListImportText::tr("Tên đơn vị"), { QStringLiteral("Đơn vị"), QStringLiteral("Tên") }, true },
            { QStringLiteral("kind"), ListImportText::tr("Loại"), { QStringLiteral("Loại đơn vị") }, false } };
    return { { QStringLiteral("fullName"), ListImportText::tr("Họ và tên"), { QStringLiteral("Họ tên"), QStringLiteral("Họ và tên cán bộ") }, true },
        { QStringLiteral("unit"), ListImportText::tr("Đơn vị"), { QStringLiteral("Đơn vị công tác"), QStringLiteral("Phòng"), QStringLiteral("Tên đơn vị") }, true },
        { QStringLiteral("position"), ListImportText::tr("Chức vụ"), { QStringLiteral("Chức danh") }, false },
        { QStringLiteral("staffCategory"), ListImportText::tr("Ngạch"), { QStringLiteral("Loại cán bộ") }, false },
        { QStringLiteral("gender"), ListImportText::tr("Giới tính"), { QStringLiteral("Nam/Nữ") }, true },
        { QStringLiteral("birthYear"), ListImportText::tr("Năm sinh"), {}, false } };
}

QString targetLabel(Target target)
{
    switch (target) {
    case Target::Units:
        return ListImportText::tr("Đơn vị");
    case Target::People:
        return ListImportText::tr("Cán bộ");
    case Target::Proposals:
        return ListImportText::tr("Đề nghị khen thưởng của một đơn vị (mẫu)");
    case Target::ReportFigures:
        return ListImportText::tr("Số liệu báo cáo của một đơn vị (mẫu)");
    case Target::Registrations:
        return ListImportText::tr("Đăng ký thi đua của một đơn vị (mẫu)");
    }
    return {};
}

int Plan::count(Action action) const
{
    return int(std::count_if(rows.begin(), rows.end(), [&](const Row& r) { return r.action == action; }));
}

Result<Plan> plan(Database& database, Target target, const TextTable& table, const ImportColumns::Mapping& mapping)
{
    const std::vector<Field> fields = fieldsOf(target);
    std::optional<TemplateImport::Scope> scope;
    if (TemplateImport::isTemplate(target)) {
        Result<TemplateImport::Scope> named = TemplateImport::scopeOf(database, target, table);
        if (!named)
            return named.error();
        scope = named.value();
    }
    if (Status s = ImportColumns::check(fields, table, mapping); !s)
        return s.error();
    const std::vector<int> dataRows = ImportColumns::dataRows(table, mapping);
    const int rows = int(dataRows.size());
    if (rows > MaxRows)
        return Error { ListImportText::tr("Tệp có %L1 dòng dữ liệu, vượt quá giới hạn %L2 dòng cho một lần nhập. Hãy chia thành nhiều tệp.").arg(rows).arg(MaxRows),
            {} };
    if (rows == 0)
        return Error { ListImportText::tr("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề (dòng %1).").arg(mapping.headerRow + 1), {} };
    Plan result;
    result.target = target;
    if (scope) {
        if (Status s = TemplateImport::plan(database, result, *scope, table, mapping, dataRows); !s)
            return s.error();
        return result;
    }
    Result<std::vector<Unit>> units = UnitRepository(database).all();
    if (!units)
        return units.error();
    if (target == Target::Units) {
        planUnits(result, units.value(), table, mapping, dataRows);
        return result;
    }
    Result<std::vector<Person>> people = PersonRepository(database).all();
    if (!people)
        return people.error();
    planPeople(result, units.value(), people.value(), table, mapping, dataRows);
    return result;
}

Result<Outcome> commit(Database& database, const Plan& plan, const Progress& progress)
{
    if (!plan.problems.empty())
        return Error { ListImportText::tr("Còn %L1 lỗi trong tệp; chưa nhập dòng nào. Hãy sửa tệp rồi nhập lại.").arg(plan.problems.size()), {} };
    Outcome outcome;
    outcome.alreadyThere = plan.count(Action::AlreadyThere);
    const int total = plan.count(Action::Add) + plan.count(Action::Update);
    if (total == 0)
        return outcome;
    Result<QString> backup = Backup::takeBeforeImport(database);
    if (!backup)
        return Error { ListImportText::tr("Không sao lưu được trước khi nhập; chưa nhập dòng nào. %1").arg(backup.error().message), backup.error().detail };
    outcome.backupPath = backup.value();
    Status written = database.transact([&]() -> Status {
        // Read again under the write lock: another window or command may have added the same rows
        // since the plan was made (the same file imported twice at once).
        std::set<QString> there;
        if (plan.target == Target::People) {
            Result<std::vector<Person>> people = PersonRepository(database).all();
            if (!people)
                return people.error();
            for (const Person& p : people.value())
                there.insert(personKey(p.fullName, p.unitId, p.birthYear));
        } else if (plan.target == Target::Units) {
            Result<std::vector<Unit>> units = UnitRepository(database).all();
            if (!units)
                return units.error();
            for (const Unit& u : units.value())
                there.insert(nameKey(u.name));
        }
        for (const Row& row : plan.rows) {
            if (row.action == Action::AlreadyThere)
                continue;
            const bool addedMeanwhile = row.action == Action::Add
                && ((plan.target == Target::People && there.count(personKey(row.person.fullName, row.person.unitId, row.person.birthYear)))
                    || (plan.target == Target::Units && there.count(nameKey(row.unit.name))));
            if (addedMeanwhile) {
                ++outcome.alreadyThere;
                continue;
            }
            const Status added = writeRow(database, row, plan.target);
            if (!added)
                return Error { ListImportText::tr("Dòng %1: %2").arg(row.row).arg(added.error().message), added.error().detail };
            ++(row.action == Action::Add ? outcome.added : outcome.updated);
            if (progress && !progress(outcome.added + outcome.updated, total))
                return Error { ListImportText::tr("Đã hủy."), {} };
        }
        return {};
    });
    if (!written)
        return Error { ListImportText::tr("Chưa nhập dòng nào. %1").arg(written.error().message), written.error().detail };
    return outcome;
}

} // namespace ListImport
