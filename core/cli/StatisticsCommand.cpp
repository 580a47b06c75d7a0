#include "core/cli/StatisticsCommand.h"

#include "core/cli/CommandSupport.h"
#include "core/documents/PlanExport.h"
#include "core/documents/RegistrationList.h"
#include "core/documents/StatisticsReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace StatisticsCommand {

namespace {
// Gives lupdate and QCoreApplication the context "StatisticsCommand" for this file's strings.
struct StatisticsCommandText {
    Q_DECLARE_TR_FUNCTIONS(StatisticsCommand)
};
using namespace CommandSupport;
} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), StatisticsCommandText::tr("Tệp dữ liệu (.thidua)."), StatisticsCommandText::tr("tệp"));
    const QCommandLineOption formOption(QStringLiteral("form"), StatisticsCommandText::tr("Biểu số: 0601, 0602 hoặc 0603."), QStringLiteral("form"));
    const QCommandLineOption yearOption(QStringLiteral("year"), StatisticsCommandText::tr("Năm báo cáo (kỳ xét của cơ quan)."), QStringLiteral("year"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("docx|pdf|xlsx"), QStringLiteral("format"));
    const QCommandLineOption outputOption(QStringLiteral("output"), StatisticsCommandText::tr("Tệp kết quả."), StatisticsCommandText::tr("tệp"));
    parser.addOptions({ dbOption, formOption, yearOption, formatOption, outputOption });
    const bool parsed = parser.parse(QStringList { QStringLiteral("thidua") } + arguments);
    bool yearOk = false;
    const int year = parser.value(yearOption).toInt(&yearOk);
    const std::optional<Statistics::Form> form = Statistics::formFromCode(parser.value(formOption));
    const QString format = parser.value(formatOption).toLower();
    const bool knownFormat = format == QLatin1String("docx") || format == QLatin1String("pdf") || format == QLatin1String("xlsx");
    if (!parsed || !form || !yearOk || year < 1990 || year > 2200 || !knownFormat || parser.value(dbOption).isEmpty()
        || parser.value(outputOption).isEmpty()) {
        if (!parser.errorText().isEmpty())
            err << parser.errorText() << Qt::endl;
        err << StatisticsCommandText::tr("Dùng: thidua export statistics --db TỆP --form 0601|0602|0603 --year NĂM --format docx|pdf|xlsx --output TỆP")
            << Qt::endl;
        return Usage;
    }
    Result<std::unique_ptr<Database>> opened = openExisting(parser.value(dbOption), Access::ReadOnly);
    if (!opened)
        return fail(err, opened.error());
    Result<StatisticsReport::Input> input = StatisticsReport::load(*opened.value(), *form, year);
    if (!input)
        return fail(err, input.error());
    const QString output = parser.value(outputOption);
    const Status written = format == QLatin1String("xlsx")
        ? XlsxWriter::write({ StatisticsReport::sheet(input.value()) }, output)
        : PlanExport::writeDocument(StatisticsReport::build(input.value()),
              format == QLatin1String("docx") ? DocumentFormat::Docx : DocumentFormat::Pdf, output);
    if (!written)
        return fail(err, written.error());
    out << StatisticsCommandText::tr("Đã ghi %1").arg(output) << Qt::endl;
    return Success;
}

int runRegistration(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), StatisticsCommandText::tr("Tệp dữ liệu (.thidua)."), StatisticsCommandText::tr("tệp"));
    const QCommandLineOption yearOption(QStringLiteral("year"), StatisticsCommandText::tr("Năm đăng ký."), QStringLiteral("year"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), StatisticsCommandText::tr("Số của đơn vị; bỏ trống: cả cơ quan."), QStringLiteral("id"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("docx|pdf"), QStringLiteral("format"));
    const QCommandLineOption outputOption(QStringLiteral("output"), StatisticsCommandText::tr("Tệp kết quả."), StatisticsCommandText::tr("tệp"));
    parser.addOptions({ dbOption, yearOption, unitOption, formatOption, outputOption });
    const bool parsed = parser.parse(QStringList { QStringLiteral("thidua") } + arguments);
    bool yearOk = false, unitOk = true;
    const int year = parser.value(yearOption).toInt(&yearOk);
    const qint64 unit = parser.isSet(unitOption) ? parser.value(unitOption).toLongLong(&unitOk) : 0;
    const QString format = parser.value(formatOption).toLower();
    if (!parsed || !yearOk || !unitOk || year < 1990 || year > 2200 || (format != QLatin1String("docx") && format != QLatin1String("pdf"))
        || parser.value(dbOption).isEmpty() || parser.value(outputOption).isEmpty()) {
        if (!parser.errorText().isEmpty())
            err << parser.errorText() << Qt::endl;
        err << StatisticsCommandText::tr("Dùng: thidua export registration --db TỆP --year NĂM [--unit SỐ] --format docx|pdf --output TỆP") << Qt::endl;
        return Usage;
    }
    Result<std::unique_ptr<Database>> opened = openExisting(parser.value(dbOption), Access::ReadOnly);
    if (!opened)
        return fail(err, opened.error());
    Result<RegistrationList::Input> input
        = RegistrationList::load(*opened.value(), year, parser.isSet(unitOption) ? std::optional<qint64>(unit) : std::nullopt);
    if (!input)
        return fail(err, input.error());
    const QString output = parser.value(outputOption);
    if (Status s = PlanExport::writeDocument(RegistrationList::build(input.value()),
            format == QLatin1String("docx") ? DocumentFormat::Docx : DocumentFormat::Pdf, output);
        !s)
        return fail(err, s.error());
    out << StatisticsCommandText::tr("Đã ghi %1").arg(output) << Qt::endl;
    return Success;
}

} // namespace StatisticsCommand
