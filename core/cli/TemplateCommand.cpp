#include "core/cli/TemplateCommand.h"

#include "core/cli/CommandSupport.h"
#include "core/lists/UnitTemplate.h"
#include "core/storage/UnitRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace TemplateCommand {

namespace {
struct TemplateCommandText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
using namespace CommandSupport;
} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), TemplateCommandText::tr("Tệp dữ liệu (.thidua)."), TemplateCommandText::tr("tệp"));
    const QCommandLineOption campaignOption(QStringLiteral("campaign"), TemplateCommandText::tr("Số của đợt thi đua."), QStringLiteral("id"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), TemplateCommandText::tr("Số của đơn vị; bỏ trống: mọi đơn vị."), QStringLiteral("id"));
    const QCommandLineOption outputOption(QStringLiteral("output"), TemplateCommandText::tr("Tệp (một đơn vị) hoặc thư mục (mọi đơn vị)."),
        TemplateCommandText::tr("đường dẫn"));
    const QCommandLineOption yearOption(QStringLiteral("year"), TemplateCommandText::tr("Năm đăng ký (mẫu registrations)."), QStringLiteral("year"));
    parser.addOptions({ dbOption, campaignOption, yearOption, unitOption, outputOption });
    const std::optional<UnitTemplate::Kind> kind = UnitTemplate::fromCode(arguments.value(0));
    bool campaignOk = false, unitOk = true;
    if (parser.parse(QStringList { QStringLiteral("thidua") } + arguments.mid(1))) {
        const bool yearly = kind && UnitTemplate::isYearly(*kind);
        (void)parser.value(yearly ? yearOption : campaignOption).toLongLong(&campaignOk);
        if (parser.isSet(unitOption))
            (void)parser.value(unitOption).toLongLong(&unitOk);
    }
    if (!kind || !campaignOk || !unitOk || parser.value(dbOption).isEmpty() || parser.value(outputOption).isEmpty()) {
        err << TemplateCommandText::tr("Dùng: thidua export template proposals|report-figures --db TỆP --campaign SỐ [--unit SỐ] --output TỆP|THƯ MỤC\n"
                                       "     thidua export template registrations --db TỆP --year NĂM [--unit SỐ] --output TỆP|THƯ MỤC")
            << Qt::endl;
        return Usage;
    }
    Result<std::unique_ptr<Database>> opened = openExisting(parser.value(dbOption));
    if (!opened)
        return fail(err, opened.error());
    // The campaign's number, or the year of a yearly template.
    const qint64 campaignId = parser.value(UnitTemplate::isYearly(*kind) ? yearOption : campaignOption).toLongLong();
    const QString output = parser.value(outputOption);
    if (parser.isSet(unitOption)) {
        Result<XlsxWriter::Sheet> sheet = UnitTemplate::build(*opened.value(), *kind, campaignId, parser.value(unitOption).toLongLong());
        if (!sheet)
            return fail(err, sheet.error());
        if (Status s = XlsxWriter::write({ sheet.value() }, output); !s)
            return fail(err, s.error());
        out << TemplateCommandText::tr("Đã ghi %1").arg(output) << Qt::endl;
        return Success;
    }
    Result<std::vector<Unit>> units = UnitRepository(*opened.value()).all();
    if (!units)
        return fail(err, units.error());
    std::vector<qint64> ids;
    for (const Unit& unit : units.value())
        ids.push_back(unit.id);
    if (!QDir().mkpath(output))
        return fail(err, { TemplateCommandText::tr("Không tạo được thư mục «%1».").arg(output), {} });
    Result<std::vector<QString>> written = UnitTemplate::writeEach(*opened.value(), *kind, campaignId, ids, output);
    if (!written)
        return fail(err, written.error());
    for (const QString& path : written.value())
        out << TemplateCommandText::tr("Đã ghi %1").arg(path) << Qt::endl;
    return Success;
}

} // namespace TemplateCommand
