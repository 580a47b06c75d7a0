#include "core/cli/PlanImportCommand.h"

#include "core/cli/CommandSupport.h"
#include "core/domain/PlanOutlineEditing.h"
#include "core/importing/PlanImport.h"
#include "core/storage/CampaignRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace PlanImportCommand {

namespace {
struct PlanImportCommandText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
using namespace CommandSupport;

void printOutline(
    QTextStream& out, const Campaign& campaign, const std::vector<PlanSection>& sections, const SectionPath& parent)
{
    for (int row = 0; row < int(sections.size()); ++row) {
        const SectionPath path = SectionPath(parent) << row;
        const PlanSection& section = sections[size_t(row)];
        const QString number = sectionNumber(campaign.sections, path, campaign.headingStyles);
        out << QString(2 * int(path.size()), QLatin1Char(' '))
            << (section.heading.isEmpty() ? PlanImportCommandText::tr("(không tiêu đề)")
                                          : QStringLiteral("%1 %2").arg(number, section.heading).trimmed())
            << PlanImportCommandText::tr(" — %n đoạn", nullptr, int(section.blocks.size())) << Qt::endl;
        printOutline(out, campaign, section.children, path);
    }
}
} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(
        QStringLiteral("db"), PlanImportCommandText::tr("Tệp dữ liệu (.thidua)."), PlanImportCommandText::tr("tệp"));
    const QCommandLineOption inputOption(
        QStringLiteral("input"), PlanImportCommandText::tr("Kế hoạch (.docx)."), PlanImportCommandText::tr("tệp"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), PlanImportCommandText::tr("Chỉ đọc và báo, không ghi."));
    const QCommandLineOption campaignOption(QStringLiteral("campaign"),
        PlanImportCommandText::tr("Thay đề cương của đợt thi đua số này (mặc định: thêm đợt mới)."),
        PlanImportCommandText::tr("số"));
    const QCommandLineOption newOption(QStringLiteral("new"), PlanImportCommandText::tr("Thêm thành đợt mới (mặc định)."));
    parser.addOptions({ dbOption, inputOption, campaignOption, newOption, dryRunOption });
    const bool parsed = parser.parse(QStringList { QStringLiteral("thidua") } + arguments);
    bool idOk = true;
    const qint64 campaignId = parsed && parser.isSet(campaignOption) ? parser.value(campaignOption).toLongLong(&idOk) : 0;
    if (!parsed || parser.value(dbOption).isEmpty()
        || parser.value(inputOption).isEmpty() || !idOk || (parser.isSet(campaignOption) && campaignId <= 0)
        || (parser.isSet(campaignOption) && parser.isSet(newOption))) {
        err << PlanImportCommandText::tr(
                   "Dùng: thidua import plan --db TỆP --input TỆP.docx [--campaign SỐ | --new] [--dry-run]")
            << Qt::endl;
        return Usage;
    }
    const bool dryRun = parser.isSet(dryRunOption);
    Result<std::unique_ptr<Database>> opened
        = openExisting(parser.value(dbOption), dryRun ? Access::ReadOnly : Access::ReadWrite);
    if (!opened)
        return fail(err, opened.error());
    Database& db = *opened.value();
    Result<PlanImport::Recognised> read = PlanImport::fromDocx(parser.value(inputOption));
    if (!read)
        return fail(err, read.error());
    PlanImport::Recognised& recognised = read.value();
    if (Status prepared = PlanImport::prepareFor(db, recognised); !prepared)
        return fail(err, prepared.error());
    const Campaign& campaign = recognised.campaign;
    out << PlanImportCommandText::tr("Kế hoạch: %1").arg(campaign.summary) << Qt::endl;
    printOutline(out, campaign, campaign.sections, {});
    for (const QString& note : recognised.notes)
        out << QStringLiteral("- ") << note << Qt::endl;
    if (campaignId > 0) {
        Result<Campaign> target = CampaignRepository(db).load(campaignId);
        if (!target)
            return fail(err, target.error());
        if (Status replaceable = PlanImport::outlineReplaceable(db, campaignId); !replaceable)
            return fail(err, replaceable.error());
        if (dryRun)
            return Success;
        if (Status replaced = PlanImport::replaceOutline(db, campaignId, recognised); !replaced)
            return fail(err, replaced.error());
        out << PlanImportCommandText::tr("Đã thay đề cương của đợt thi đua số %1 («%2»).")
                   .arg(campaignId)
                   .arg(target.value().name)
            << Qt::endl;
        return Success;
    }
    if (dryRun)
        return Success;
    Result<qint64> added = PlanImport::addCampaign(db, recognised);
    if (!added)
        return fail(err, added.error());
    out << PlanImportCommandText::tr("Đã thêm đợt thi đua số %1.").arg(added.value()) << Qt::endl;
    return Success;
}

} // namespace PlanImportCommand
