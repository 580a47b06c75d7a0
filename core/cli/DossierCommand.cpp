#include "core/cli/DossierCommand.h"

#include "core/cli/CommandSupport.h"
#include "core/documents/Dossier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace DossierCommand {

namespace {
struct DossierCommandText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
using namespace CommandSupport;
} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), DossierCommandText::tr("Tệp dữ liệu (.thidua)."), DossierCommandText::tr("tệp"));
    const QCommandLineOption campaignOption(QStringLiteral("campaign"), DossierCommandText::tr("Số của đợt thi đua."), QStringLiteral("id"));
    const QCommandLineOption proposalOption(QStringLiteral("proposal"), DossierCommandText::tr("Số của đề nghị (có thể nhắc lại)."), QStringLiteral("id"));
    const QCommandLineOption outputOption(QStringLiteral("output"), DossierCommandText::tr("Thư mục kết quả."), DossierCommandText::tr("thư mục"));
    parser.addOptions({ dbOption, campaignOption, proposalOption, outputOption });
    bool campaignOk = false;
    if (parser.parse(QStringList { QStringLiteral("thidua") } + arguments))
        (void)parser.value(campaignOption).toLongLong(&campaignOk);
    if (!campaignOk || parser.value(dbOption).isEmpty() || parser.value(outputOption).isEmpty()) {
        err << DossierCommandText::tr("Dùng: thidua export dossier --db TỆP --campaign SỐ [--proposal SỐ]… --output THƯ MỤC") << Qt::endl;
        return Usage;
    }
    std::vector<qint64> proposalIds;
    for (const QString& id : parser.values(proposalOption))
        proposalIds.push_back(id.toLongLong());
    Result<std::unique_ptr<Database>> opened = openExisting(parser.value(dbOption));
    if (!opened)
        return fail(err, opened.error());
    Result<std::vector<Dossier::Submission>> dossiers = Dossier::load(*opened.value(), parser.value(campaignOption).toLongLong(), proposalIds);
    if (!dossiers)
        return fail(err, dossiers.error());
    for (const Dossier::Submission& dossier : dossiers.value()) {
        Result<QStringList> written = Dossier::write(dossier, parser.value(outputOption));
        if (!written)
            return fail(err, written.error());
        for (const QString& path : written.value())
            out << DossierCommandText::tr("Đã ghi %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    }
    return Success;
}

} // namespace DossierCommand
