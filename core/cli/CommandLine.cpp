#include "core/cli/CommandLine.h"

#include "core/cli/CommandSupport.h"
#include "core/cli/ImportCommand.h"
#include "core/cli/PlanImportCommand.h"
#include "core/cli/DossierCommand.h"
#include "core/cli/StatisticsCommand.h"
#include "core/cli/TemplateCommand.h"
#include "core/certificates/CertificateLayoutRepository.h"
#include "core/certificates/CertificatePrinter.h"
#include "core/documents/AchievementReport.h"
#include "core/documents/ChecklistDocument.h"
#include "core/documents/FinalReport.h"
#include "core/documents/Paperwork.h"
#include "core/documents/PlanExport.h"
#include "core/documents/writers/CsvWriter.h"
#include "core/lists/ListExport.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace {

// Gives lupdate and QCoreApplication the context "CommandLine" for this file's strings.
struct CommandLineText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

using namespace CommandSupport;

// thidua info --db FILE: what the database holds, for a technician or a script.
int info(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), CommandLineText::tr("Tệp dữ liệu (.thidua)."), CommandLineText::tr("tệp"));
    parser.addOption(dbOption);
    if (!parser.parse(QStringList { QStringLiteral("thidua") } + arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        err << CommandLineText::tr("Thiếu --db TỆP.") << Qt::endl;
        return Usage;
    }
    Result<std::unique_ptr<Database>> opened = openExisting(path, Access::ReadOnly);
    if (!opened)
        return fail(err, opened.error());
    Database& db = *opened.value();
    Result<Agency> agency = AgencyRepository(db).load();
    Result<std::vector<Unit>> units = UnitRepository(db).all();
    Result<std::vector<Person>> people = PersonRepository(db).all();
    Result<std::vector<CampaignSummary>> campaigns = CampaignRepository(db).list();
    if (!agency || !units || !people || !campaigns)
        return fail(err, !agency ? agency.error() : !units ? units.error() : !people ? people.error() : campaigns.error());
    out << CommandLineText::tr("Tệp: %1").arg(db.path()) << Qt::endl
        << CommandLineText::tr("Phiên bản lược đồ: %1").arg(db.schemaVersion()) << Qt::endl
        << CommandLineText::tr("Cơ quan: %1 — %2").arg(agency.value().name, agency.value().parentAuthority) << Qt::endl
        << CommandLineText::tr("Số đơn vị: %1").arg(units.value().size()) << Qt::endl
        << CommandLineText::tr("Số cán bộ: %1").arg(people.value().size()) << Qt::endl
        << CommandLineText::tr("Số đợt thi đua: %1").arg(campaigns.value().size()) << Qt::endl;
    for (const CampaignSummary& c : campaigns.value())
        out << "  #" << c.id << "  " << c.name << Qt::endl;
    return Success;
}

// thidua export plan|checklist|final-report --db FILE --campaign ID [--unit ID] --format docx|pdf --output FILE
int exportDocument(const QString& kind, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const bool checklist = kind == QLatin1String("checklist");
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), CommandLineText::tr("Tệp dữ liệu (.thidua)."), CommandLineText::tr("tệp"));
    const QCommandLineOption campaignOption(QStringLiteral("campaign"), CommandLineText::tr("Số của đợt thi đua."), QStringLiteral("id"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), CommandLineText::tr("Số của đơn vị (phiếu đánh giá)."), QStringLiteral("id"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("docx|pdf"), QStringLiteral("format"));
    const QCommandLineOption outputOption(QStringLiteral("output"), CommandLineText::tr("Tệp kết quả."), CommandLineText::tr("tệp"));
    parser.addOptions({ dbOption, campaignOption, unitOption, formatOption, outputOption });
    if (!parser.parse(QStringList { QStringLiteral("thidua") } + arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    bool idOk = false, unitOk = !checklist;
    const qint64 campaignId = parser.value(campaignOption).toLongLong(&idOk);
    const qint64 unitId = checklist ? parser.value(unitOption).toLongLong(&unitOk) : 0;
    const QString format = parser.value(formatOption).toLower();
    if (parser.value(dbOption).isEmpty() || parser.value(outputOption).isEmpty() || !idOk || !unitOk
        || (format != QLatin1String("docx") && format != QLatin1String("pdf"))) {
        err << (checklist ? CommandLineText::tr("Dùng: thidua export checklist --db TỆP --campaign SỐ --unit SỐ --format docx|pdf --output TỆP")
                          : CommandLineText::tr("Dùng: thidua export %1 --db TỆP --campaign SỐ --format docx|pdf --output TỆP").arg(kind))
            << Qt::endl;
        return Usage;
    }
    Result<std::unique_ptr<Database>> opened = openExisting(parser.value(dbOption));
    if (!opened)
        return fail(err, opened.error());
    Result<doc::Document> document = checklist ? ChecklistDocument::load(*opened.value(), campaignId, unitId)
        : kind == QLatin1String("final-report")    ? [&]() -> Result<doc::Document> {
              Result<FinalReport::Input> input = FinalReport::load(*opened.value(), campaignId);
              if (!input)
                  return input.error();
              return FinalReport::build(input.value());
          }()
                                                   : PlanExport::buildPlanDocument(*opened.value(), campaignId);
    if (!document)
        return fail(err, document.error());
    const QString output = parser.value(outputOption);
    if (Status s = PlanExport::writeDocument(document.value(),
            format == QLatin1String("docx") ? DocumentFormat::Docx : DocumentFormat::Pdf, output);
        !s)
        return fail(err, s.error());
    out << CommandLineText::tr("Đã ghi %1").arg(output) << Qt::endl;
    return Success;
}

const QStringList PaperworkKinds { QStringLiteral("to-trinh"), QStringLiteral("danh-sach"), QStringLiteral("bien-ban"),
    QStringLiteral("bao-cao-thanh-tich"), QStringLiteral("quyet-dinh"), QStringLiteral("giay-khen") };

// The certificates of the campaign's decision on the layout named (or the first), as a PDF.
int exportCertificates(Database& database, qint64 campaignId, const QString& layoutName, PrinterNudge nudge, const QString& output,
    QTextStream& out, QTextStream& err)
{
    Result<std::vector<CertificateLayout>> layouts = CertificateLayoutRepository(database).all();
    if (!layouts)
        return fail(err, layouts.error());
    const auto layout = std::find_if(layouts.value().begin(), layouts.value().end(),
        [&](const CertificateLayout& l) { return layoutName.isEmpty() || l.name.compare(layoutName, Qt::CaseInsensitive) == 0; });
    if (layout == layouts.value().end())
        return fail(err, { CommandLineText::tr("Không có mẫu phôi Giấy khen tên «%1».").arg(layoutName), {} });
    Result<std::vector<CertificateText::Certificate>> certificates = CertificateText::load(database, campaignId);
    if (!certificates)
        return fail(err, certificates.error());
    if (Status s = CertificatePrinter::writePdf(output, *layout, nudge, certificates.value()); !s)
        return fail(err, s.error());
    out << CommandLineText::tr("Đã ghi %1 Giấy khen vào %2").arg(certificates.value().size()).arg(output) << Qt::endl;
    return Success;
}

// Writes one document per input: to `output` itself when there is one, else into the folder
// `output` under the names given.
int writeEach(const std::vector<std::pair<doc::Document, QString>>& documents, DocumentFormat format, const QString& output,
    QTextStream& out, QTextStream& err)
{
    for (const auto& [document, name] : documents) {
        QString target = output;
        if (documents.size() > 1) {
            QDir().mkpath(output);
            target = QDir(output).filePath(name);
        }
        if (Status s = PlanExport::writeDocument(document, format, target); !s)
            return fail(err, s.error());
        out << CommandLineText::tr("Đã ghi %1").arg(target) << Qt::endl;
    }
    return Success;
}

// thidua export paperwork --db FILE --campaign ID --kind to-trinh|danh-sach… [--proposal ID]…
//     --format docx|pdf --output FILE — a folder when there is one file per deciding authority.
int exportPaperwork(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), CommandLineText::tr("Tệp dữ liệu (.thidua)."), CommandLineText::tr("tệp"));
    const QCommandLineOption campaignOption(QStringLiteral("campaign"), CommandLineText::tr("Số của đợt thi đua."), QStringLiteral("id"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), QStringLiteral("to-trinh|danh-sach|bien-ban|bao-cao-thanh-tich|quyet-dinh|giay-khen"), QStringLiteral("kind"));
    const QCommandLineOption proposalOption(QStringLiteral("proposal"), CommandLineText::tr("Số của đề nghị (có thể nhắc lại)."), QStringLiteral("id"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("docx|pdf"), QStringLiteral("format"));
    const QCommandLineOption outputOption(QStringLiteral("output"), CommandLineText::tr("Tệp hoặc thư mục kết quả."), CommandLineText::tr("tệp"));
    const QCommandLineOption finalOption(QStringLiteral("final"),
        CommandLineText::tr("Bản chính thức của quyết định: từ chối khi chưa có số hoặc ngày ký."));
    const QCommandLineOption layoutOption(QStringLiteral("layout"), CommandLineText::tr("Tên mẫu phôi Giấy khen."), CommandLineText::tr("tên"));
    const QCommandLineOption nudgeXOption(QStringLiteral("nudge-x"), CommandLineText::tr("Lệch ngang của máy in (mm)."), QStringLiteral("mm"), QStringLiteral("0"));
    const QCommandLineOption nudgeYOption(QStringLiteral("nudge-y"), CommandLineText::tr("Lệch dọc của máy in (mm)."), QStringLiteral("mm"), QStringLiteral("0"));
    parser.addOptions({ dbOption, campaignOption, kindOption, proposalOption, formatOption, outputOption, finalOption, layoutOption,
        nudgeXOption, nudgeYOption });
    if (!parser.parse(QStringList { QStringLiteral("thidua") } + arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    bool idOk = false;
    const qint64 campaignId = parser.value(campaignOption).toLongLong(&idOk);
    const QString kind = parser.value(kindOption);
    const QString format = parser.value(formatOption).toLower();
    std::vector<qint64> proposalIds;
    for (const QString& id : parser.values(proposalOption))
        proposalIds.push_back(id.toLongLong());
    if (parser.value(dbOption).isEmpty() || parser.value(outputOption).isEmpty() || !idOk || !PaperworkKinds.contains(kind)
        || (format != QLatin1String("docx") && format != QLatin1String("pdf"))) {
        err << CommandLineText::tr("Dùng: thidua export paperwork --db TỆP --campaign SỐ --kind to-trinh|danh-sach|bien-ban|bao-cao-thanh-tich|quyet-dinh|giay-khen "
                                   "[--proposal SỐ]… [--final] [--layout TÊN --nudge-x MM --nudge-y MM] --format docx|pdf --output TỆP")
            << Qt::endl;
        return Usage;
    }
    Result<std::unique_ptr<Database>> opened = openExisting(parser.value(dbOption));
    if (!opened)
        return fail(err, opened.error());
    const DocumentFormat documentFormat = format == QLatin1String("docx") ? DocumentFormat::Docx : DocumentFormat::Pdf;
    const QString output = parser.value(outputOption);
    if (kind == QLatin1String("giay-khen")) {
        bool xOk = false, yOk = false;
        const PrinterNudge nudge { parser.value(nudgeXOption).toDouble(&xOk), parser.value(nudgeYOption).toDouble(&yOk) };
        if (documentFormat != DocumentFormat::Pdf || !xOk || !yOk) {
            err << CommandLineText::tr("Giấy khen in lên phôi: chỉ xuất --format pdf; --nudge-x, --nudge-y là số mm.") << Qt::endl;
            return Usage;
        }
        return exportCertificates(*opened.value(), campaignId, parser.value(layoutOption), nudge, output, out, err);
    }
    if (kind == QLatin1String("bien-ban") || kind == QLatin1String("quyet-dinh")) { // one document for the campaign
        Result<doc::Document> single = kind == QLatin1String("bien-ban") ? Paperwork::loadMinutes(*opened.value(), campaignId)
                                                                         : [&]() -> Result<doc::Document> {
            Result<Paperwork::Input> decided = Paperwork::loadDecided(*opened.value(), campaignId);
            if (!decided)
                return decided.error();
            return parser.isSet(finalOption) ? Paperwork::finalDecision(decided.value()) : Paperwork::decision(decided.value());
        }();
        if (!single)
            return fail(err, single.error());
        if (Status s = PlanExport::writeDocument(single.value(), documentFormat, output); !s)
            return fail(err, s.error());
        out << CommandLineText::tr("Đã ghi %1").arg(output) << Qt::endl;
        return Success;
    }
    if (kind == QLatin1String("bao-cao-thanh-tich")) { // one report per proposal
        Result<std::vector<AchievementReport::Input>> reports = AchievementReport::load(*opened.value(), campaignId, proposalIds);
        if (!reports)
            return fail(err, reports.error());
        std::vector<std::pair<doc::Document, QString>> documents;
        for (const AchievementReport::Input& report : reports.value())
            documents.emplace_back(AchievementReport::build(report),
                AchievementReport::suggestedFileName({ report }, documentFormat == DocumentFormat::Docx));
        return writeEach(documents, documentFormat, output, out, err);
    }
    Result<std::vector<Paperwork::Input>> inputs = Paperwork::load(*opened.value(), campaignId, proposalIds);
    if (!inputs)
        return fail(err, inputs.error());
    std::vector<std::pair<doc::Document, QString>> documents; // one per deciding authority
    for (size_t i = 0; i < inputs.value().size(); ++i) {
        const Paperwork::Input& input = inputs.value()[i];
        documents.emplace_back(kind == QLatin1String("to-trinh") ? Paperwork::submission(input) : Paperwork::list(input),
            QStringLiteral("%1-%2.%3").arg(kind).arg(i + 1).arg(format));
    }
    return writeEach(documents, documentFormat, output, out, err);
}

// thidua export list units|people|assessments|proposals|awards --db FILE [--campaign ID]
//     --format xlsx|csv [--separator comma|semicolon|tab|system] --output FILE
int exportList(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), CommandLineText::tr("Tệp dữ liệu (.thidua)."), CommandLineText::tr("tệp"));
    const QCommandLineOption campaignOption(QStringLiteral("campaign"), CommandLineText::tr("Số của đợt thi đua."), QStringLiteral("id"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("xlsx|csv"), QStringLiteral("format"));
    const QCommandLineOption outputOption(QStringLiteral("output"), CommandLineText::tr("Tệp kết quả."), CommandLineText::tr("tệp"));
    const QCommandLineOption separatorOption(QStringLiteral("separator"), QStringLiteral("comma|semicolon|tab|system"), QStringLiteral("separator"),
        QStringLiteral("system"));
    parser.addOptions({ dbOption, campaignOption, formatOption, outputOption, separatorOption });
    const auto usage = [&] {
        err << CommandLineText::tr("Dùng: thidua export list units|people|assessments|proposals|awards --db TỆP [--campaign SỐ] "
                                   "--format xlsx|csv [--separator comma|semicolon|tab|system] --output TỆP")
            << Qt::endl;
        return Usage;
    };
    if (!parser.parse(QStringList { QStringLiteral("thidua") } + arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const std::optional<ListExport::List> list = ListExport::fromCode(parser.positionalArguments().value(0));
    const QString format = parser.value(formatOption).toLower();
    bool idOk = true;
    const qint64 campaignId = parser.isSet(campaignOption) ? parser.value(campaignOption).toLongLong(&idOk) : 0;
    const std::optional<QChar> separator = CsvWriter::separatorNamed(parser.value(separatorOption));
    if (!list || parser.value(dbOption).isEmpty() || parser.value(outputOption).isEmpty() || !idOk || !separator
        || (format != QLatin1String("xlsx") && format != QLatin1String("csv")) || (ListExport::needsCampaign(*list) && campaignId <= 0))
        return usage();
    Result<std::unique_ptr<Database>> opened = openExisting(parser.value(dbOption));
    if (!opened)
        return fail(err, opened.error());
    Result<XlsxWriter::Sheet> table = ListExport::build(*opened.value(), *list, campaignId);
    if (!table)
        return fail(err, table.error());
    const QString output = parser.value(outputOption);
    if (Status s = ListExport::write(table.value(), format == QLatin1String("xlsx") ? ListExport::Format::Xlsx : ListExport::Format::Csv, output,
            *separator);
        !s)
        return fail(err, s.error());
    out << CommandLineText::tr("Đã ghi %1 dòng vào %2").arg(table.value().rows.size()).arg(output) << Qt::endl;
    return Success;
}

} // namespace

namespace CommandLine {

bool isCommand(const QStringList& arguments)
{
    return !arguments.isEmpty()
        && (arguments.first() == QLatin1String("info") || arguments.first() == QLatin1String("export")
            || arguments.first() == QLatin1String("import"));
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.value(0) == QLatin1String("info"))
        return info(arguments.mid(1), out, err);
    if (arguments.value(0) == QLatin1String("export")
        && (arguments.value(1) == QLatin1String("plan") || arguments.value(1) == QLatin1String("checklist")
            || arguments.value(1) == QLatin1String("final-report")))
        return exportDocument(arguments.value(1), arguments.mid(2), out, err);
    if (arguments.value(0) == QLatin1String("export") && arguments.value(1) == QLatin1String("paperwork"))
        return exportPaperwork(arguments.mid(2), out, err);
    if (arguments.value(0) == QLatin1String("export") && arguments.value(1) == QLatin1String("list"))
        return exportList(arguments.mid(2), out, err);
    if (arguments.value(0) == QLatin1String("export") && arguments.value(1) == QLatin1String("template"))
        return TemplateCommand::run(arguments.mid(2), out, err);
    if (arguments.value(0) == QLatin1String("export") && arguments.value(1) == QLatin1String("dossier"))
        return DossierCommand::run(arguments.mid(2), out, err);
    if (arguments.value(0) == QLatin1String("export") && arguments.value(1) == QLatin1String("statistics"))
        return StatisticsCommand::run(arguments.mid(2), out, err);
    if (arguments.value(0) == QLatin1String("export") && arguments.value(1) == QLatin1String("registration"))
        return StatisticsCommand::runRegistration(arguments.mid(2), out, err);
    if (arguments.value(0) == QLatin1String("import") && arguments.value(1) == QLatin1String("plan"))
        return PlanImportCommand::run(arguments.mid(2), out, err);
    if (arguments.value(0) == QLatin1String("import"))
        return ImportCommand::run(arguments.mid(1), out, err);
    err << CommandLineText::tr("Lệnh không hợp lệ. Dùng:\n  thidua info --db TỆP\n  thidua export plan --db TỆP "
                               "--campaign SỐ --format docx|pdf --output TỆP\n  thidua export checklist --db TỆP "
                               "--campaign SỐ --unit SỐ --format docx|pdf --output TỆP\n  thidua export final-report --db TỆP --campaign SỐ "
                               "--format docx|pdf --output TỆP\n  thidua export list units|people|assessments|proposals|awards --db TỆP "
                               "[--campaign SỐ] --format xlsx|csv --output TỆP\n  thidua export paperwork --db TỆP "
                               "--campaign SỐ --kind to-trinh|danh-sach|bien-ban|bao-cao-thanh-tich|quyet-dinh|giay-khen --format docx|pdf --output TỆP\n  thidua export dossier --db TỆP --campaign SỐ [--proposal SỐ]… --output THƯ MỤC\n  thidua export template proposals|report-figures --db TỆP --campaign SỐ [--unit SỐ] --output TỆP|THƯ MỤC"
                               "\n  thidua export template registrations --db TỆP --year NĂM [--unit SỐ] --output TỆP|THƯ MỤC"
                               "\n  thidua export statistics --db TỆP --form 0601|0602|0603 --year NĂM --format docx|pdf|xlsx --output TỆP"
                               "\n  thidua export registration --db TỆP --year NĂM [--unit SỐ] --format docx|pdf --output TỆP"
                               "\n  thidua import units|people|proposals|report-figures|registrations --db TỆP --input TỆP [--column TÊN=CỘT]… [--dry-run]"
                               "\n  thidua import plan --db TỆP --input TỆP.docx [--dry-run]")
        << Qt::endl;
    return Usage;
}

} // namespace CommandLine
