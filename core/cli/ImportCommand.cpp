#include "core/cli/ImportCommand.h"

#include "core/domain/Labels.h"

#include "core/cli/CommandSupport.h"
#include "core/lists/ListImport.h"
#include "core/lists/TableFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ImportCommand {

namespace {

struct ImportCommandText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

using namespace CommandSupport;

// Applies "--column key=LETTER" choices over the guessed mapping.
Status applyColumns(const QStringList& choices, const std::vector<ImportColumns::Field>& fields, ImportColumns::Mapping& mapping)
{
    for (const QString& choice : choices) {
        const QString key = choice.section(QLatin1Char('='), 0, 0);
        const QString letters = choice.section(QLatin1Char('='), 1).toUpper();
        const int column = TextTable::columnIndex(letters);
        const auto field = std::find_if(fields.begin(), fields.end(), [&](const ImportColumns::Field& f) { return f.key == key; });
        if (field == fields.end() || column < 0 || TextTable::columnName(column) != letters) {
            QStringList keys;
            for (const ImportColumns::Field& f : fields)
                keys << QStringLiteral("%1 (%2)").arg(f.key, f.label);
            return Error { ImportCommandText::tr("--column «%1» không hợp lệ: cần TÊN=CỘT, ví dụ birthYear=F; các tên: %2.").arg(choice, keys.join(QStringLiteral(", "))),
                {} };
        }
        mapping.columns[size_t(field - fields.begin())] = column;
        if (mapping.headerRow < 0)
            mapping.headerRow = 0;
    }
    return {};
}

QString describe(const ListImport::Row& row, ListImport::Target target)
{
    switch (target) {
    case ListImport::Target::Units:
        return QStringLiteral("%1 — %2").arg(row.unit.code, row.unit.name);
    case ListImport::Target::People:
        return QStringLiteral("%1 — %2").arg(row.person.fullName, row.unitName);
    case ListImport::Target::Proposals:
        return row.nomineeName;
    case ListImport::Target::ReportFigures:
        return ImportCommandText::tr("%1 sáng kiến, %2 mô hình, %3 cá nhân được khen").arg(row.report.initiatives).arg(row.report.models).arg(row.report.peopleCommended);
    case ListImport::Target::Registrations:
        return QStringLiteral("%1 — %2").arg(row.nomineeName, annualTitleLabel(row.registration.title));
    }
    return {};
}

const std::vector<std::pair<QString, ListImport::Target>> Targets { { QStringLiteral("units"), ListImport::Target::Units },
    { QStringLiteral("people"), ListImport::Target::People }, { QStringLiteral("proposals"), ListImport::Target::Proposals },
    { QStringLiteral("report-figures"), ListImport::Target::ReportFigures }, { QStringLiteral("registrations"), ListImport::Target::Registrations } };

QString actionText(ListImport::Action action)
{
    switch (action) {
    case ListImport::Action::Add:
        return ImportCommandText::tr("thêm");
    case ListImport::Action::Update:
        return ImportCommandText::tr("cập nhật");
    case ListImport::Action::AlreadyThere:
        return ImportCommandText::tr("đã có, bỏ qua");
    }
    return {};
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), ImportCommandText::tr("Tệp dữ liệu (.thidua)."), ImportCommandText::tr("tệp"));
    const QCommandLineOption inputOption(QStringLiteral("input"), ImportCommandText::tr("Tệp XLSX hoặc CSV cần nhập."), ImportCommandText::tr("tệp"));
    const QCommandLineOption columnOption(QStringLiteral("column"), ImportCommandText::tr("Cột cho một mục, ví dụ birthYear=F."), QStringLiteral("key=letter"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), ImportCommandText::tr("Chỉ kiểm tra, không ghi."));
    parser.addOptions({ dbOption, inputOption, columnOption, dryRunOption });
    const auto named = std::find_if(Targets.begin(), Targets.end(), [&](const auto& t) { return t.first == arguments.value(0); });
    if (!parser.parse(QStringList { QStringLiteral("thidua") } + arguments.mid(1)) || parser.value(dbOption).isEmpty()
        || parser.value(inputOption).isEmpty() || named == Targets.end()) {
        if (!parser.errorText().isEmpty())
            err << parser.errorText() << Qt::endl;
        err << ImportCommandText::tr("Dùng: thidua import units|people|proposals|report-figures|registrations --db TỆP --input TỆP [--column TÊN=CỘT]… [--dry-run]")
            << Qt::endl;
        return Usage;
    }
    const ListImport::Target target = named->second;
    Result<std::unique_ptr<Database>> opened = openExisting(parser.value(dbOption));
    if (!opened)
        return fail(err, opened.error());
    Result<TextTable> table = TableFile::read(parser.value(inputOption));
    if (!table)
        return fail(err, table.error());
    const std::vector<ImportColumns::Field> fields = ListImport::fieldsOf(target);
    ImportColumns::Mapping mapping = ImportColumns::guess(fields, table.value());
    if (Status s = applyColumns(parser.values(columnOption), fields, mapping); !s)
        return fail(err, s.error());
    Result<ListImport::Plan> plan = ListImport::plan(*opened.value(), target, table.value(), mapping);
    if (!plan)
        return fail(err, plan.error());
    for (const ImportColumns::Problem& problem : plan.value().problems)
        err << (problem.column.isEmpty() ? ImportCommandText::tr("Dòng %1: %2").arg(problem.row).arg(problem.message)
                                         : ImportCommandText::tr("Dòng %1, cột %2: %3").arg(problem.row).arg(problem.column, problem.message))
            << Qt::endl;
    if (!plan.value().problems.empty()) {
        err << ImportCommandText::tr("Có %L1 lỗi; không ghi dòng nào vào tệp dữ liệu.").arg(plan.value().problems.size()) << Qt::endl;
        return Failure;
    }
    const int toAdd = plan.value().count(ListImport::Action::Add), there = plan.value().count(ListImport::Action::AlreadyThere);
    if (parser.isSet(dryRunOption)) {
        for (const ListImport::Row& row : plan.value().rows)
            out << ImportCommandText::tr("Dòng %1: %2 — %3")
                       .arg(row.row)
                       .arg(actionText(row.action), describe(row, target))
                << Qt::endl;
        out << ImportCommandText::tr("Kiểm tra xong, không lỗi: sẽ thêm %L1, cập nhật %L2, bỏ qua %L3 đã có. Chưa ghi gì (--dry-run).")
                   .arg(toAdd)
                   .arg(plan.value().count(ListImport::Action::Update))
                   .arg(there)
            << Qt::endl;
        return Success;
    }
    Result<ListImport::Outcome> outcome = ListImport::commit(*opened.value(), plan.value());
    if (!outcome)
        return fail(err, outcome.error());
    if (!plan.value().scope.isEmpty())
        out << plan.value().scope << Qt::endl;
    out << ImportCommandText::tr("Đã thêm %L1, cập nhật %L2, bỏ qua %L3 đã có.").arg(outcome.value().added).arg(outcome.value().updated).arg(outcome.value().alreadyThere)
        << Qt::endl;
    if (!outcome.value().backupPath.isEmpty())
        out << ImportCommandText::tr("Bản sao lưu trước khi nhập: %1").arg(outcome.value().backupPath) << Qt::endl;
    return Success;
}

} // namespace ImportCommand
