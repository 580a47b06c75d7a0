#include "core/cli/PlanImportCommand.h"

#include "core/cli/CommandSupport.h"
#include "core/domain/PlanOutlineEditing.h"
#include "core/importing/PlanImport.h"
#include "core/storage/AgencyRepository.h"
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
    parser.addOptions({ dbOption, inputOption, dryRunOption });
    if (!parser.parse(QStringList { QStringLiteral("thidua") } + arguments) || parser.value(dbOption).isEmpty()
        || parser.value(inputOption).isEmpty()) {
        err << PlanImportCommandText::tr("Dùng: thidua import plan --db TỆP --input TỆP.docx [--dry-run]") << Qt::endl;
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
    Campaign& campaign = recognised.campaign;
    campaign.startDate = campaign.issueMonth && campaign.issueYear > 0
        ? QDate(campaign.issueYear, *campaign.issueMonth, campaign.issueDay.value_or(1))
        : QDate::currentDate();
    Result<std::vector<Signer>> signers = AgencyRepository(db).signers();
    if (!signers)
        return fail(err, signers.error());
    for (const Signer& s : signers.value())
        if (!recognised.signerName.isEmpty() && s.fullName == recognised.signerName)
            campaign.signerId = s.id;
    if (campaign.signerId == 0 && !recognised.signerName.isEmpty())
        recognised.notes << PlanImportCommandText::tr(
            "Người ký «%1» chưa có trong danh sách người ký: hãy thêm ở Cơ quan rồi chọn cho đợt.")
                                .arg(recognised.signerName);
    out << PlanImportCommandText::tr("Kế hoạch: %1").arg(campaign.summary) << Qt::endl;
    printOutline(out, campaign, campaign.sections, {});
    for (const QString& note : recognised.notes)
        out << QStringLiteral("- ") << note << Qt::endl;
    if (dryRun)
        return Success;
    const Status added = db.transact([&]() -> Status {
        Result<qint64> id = CampaignRepository(db).add(campaign);
        if (!id)
            return id.error();
        return {};
    });
    if (!added)
        return fail(err, added.error());
    out << PlanImportCommandText::tr("Đã thêm đợt thi đua số %1.").arg(campaign.id) << Qt::endl;
    return Success;
}

} // namespace PlanImportCommand
