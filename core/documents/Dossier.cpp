#include "core/documents/Dossier.h"

#include "core/common/TextFolding.h"
#include "core/documents/AchievementReport.h"
#include "core/documents/Decree30.h"
#include "core/documents/Paperwork.h"
#include "core/documents/PlanExport.h"
#include "core/documents/writers/ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace Dossier {

namespace {

struct DossierText {
    Q_DECLARE_TR_FUNCTIONS(Dossier)
};

QString slug(const QString& text)
{
    QStringList words = fileNameWords(text).split(QLatin1Char('-'), Qt::SkipEmptyParts); // "Lo-Van-Hung", "Chu-Tich"
    for (QString& word : words)
        word[0] = word[0].toUpper();
    return words.join(QLatin1Char('-'));
}

// Danh mục hồ sơ: what the dossier holds, in order, with its files.
doc::Document contents(const Paperwork::Input& input, const std::vector<Part>& parts)
{
    doc::Document document;
    document.page = Decree30::pageSetup();
    document.title = QStringLiteral("Danh mục hồ sơ đề nghị khen thưởng: %1").arg(input.campaign.name);
    document.author = input.agency.nameForSentences();
    document.body.push_back(Decree30::centred(QStringLiteral("DANH MỤC HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG"), true));
    doc::Paragraph about = Decree30::centred(
        QStringLiteral("%1 — trình %2").arg(input.campaign.name, input.nominations.front().form.decidedBy), false, true);
    about.spaceAfterPt = 12;
    document.body.push_back(about);
    doc::Table table;
    table.ruled = true;
    table.headerRows = 1;
    table.columnWidthsMm = { 12, 88, 65 };
    table.rows.push_back({ Decree30::tableCell(QStringLiteral("TT"), doc::Align::Center, true),
        Decree30::tableCell(QStringLiteral("Văn bản"), doc::Align::Center, true),
        Decree30::tableCell(QStringLiteral("Tệp (Word và PDF)"), doc::Align::Center, true) });
    for (size_t i = 0; i < parts.size(); ++i)
        table.rows.push_back({ Decree30::tableCell(QString::number(i + 1), doc::Align::Center), Decree30::tableCell(parts[i].title),
            Decree30::tableCell(parts[i].fileName + QStringLiteral(".docx, .pdf")) });
    document.body.push_back(table);
    return document;
}

} // namespace

Result<std::vector<Submission>> load(Database& database, qint64 campaignId, const std::vector<qint64>& proposalIds)
{
    Result<std::vector<Paperwork::Input>> inputs = Paperwork::load(database, campaignId, proposalIds);
    if (!inputs)
        return inputs.error();
    Result<doc::Document> minutes = Paperwork::loadMinutes(database, campaignId); // optional: not every dossier has one yet
    std::vector<Submission> out;
    for (const Paperwork::Input& input : inputs.value()) {
        std::vector<qint64> ids;
        for (const Paperwork::Nomination& n : input.nominations)
            ids.push_back(n.proposal.id);
        Result<std::vector<AchievementReport::Input>> reports = AchievementReport::load(database, campaignId, ids);
        if (!reports)
            return reports.error();
        std::vector<Part> parts;
        auto add = [&](const QString& title, const QString& name, doc::Document document) {
            parts.push_back({ title, QStringLiteral("%1-%2").arg(parts.size() + 2, 2, 10, QLatin1Char('0')).arg(name), std::move(document) });
        };
        add(QStringLiteral("Tờ trình đề nghị khen thưởng"), QStringLiteral("To-trinh"), Paperwork::submission(input));
        add(QStringLiteral("Danh sách đề nghị khen thưởng"), QStringLiteral("Danh-sach"), Paperwork::list(input));
        if (minutes)
            add(QStringLiteral("Biên bản họp Hội đồng Thi đua - Khen thưởng"), QStringLiteral("Bien-ban"), minutes.value());
        for (const AchievementReport::Input& report : reports.value()) {
            const QString nominee = report.person ? report.person->fullName : report.unit.name;
            add(QStringLiteral("Báo cáo thành tích: %1").arg(nominee), QStringLiteral("Bao-cao-thanh-tich-%1").arg(slug(nominee)),
                AchievementReport::build(report));
        }
        Submission submission;
        submission.decider = input.nominations.front().form.decidedBy;
        submission.folderName = QStringLiteral("Ho-so-de-nghi-%1").arg(slug(submission.decider));
        submission.parts.push_back({ QStringLiteral("Danh mục hồ sơ"), QStringLiteral("01-Danh-muc-ho-so"), contents(input, parts) });
        for (Part& part : parts)
            submission.parts.push_back(std::move(part));
        out.push_back(std::move(submission));
    }
    return out;
}

Result<QStringList> write(const Submission& submission, const QString& folder, const std::function<bool(int, int)>& progress)
{
    const QDir target(folder);
    if (!target.exists() && !QDir().mkpath(folder))
        return Error { DossierText::tr("Không tạo được thư mục «%1».").arg(QDir::toNativeSeparators(folder)), {} };
    // Everything is made in a scratch folder beside the target, then moved in: never half a dossier.
    QTemporaryDir scratch(target.filePath(QStringLiteral(".%1-XXXXXX").arg(submission.folderName)));
    if (!scratch.isValid())
        return Error { DossierText::tr("Không ghi được vào thư mục «%1».").arg(QDir::toNativeSeparators(folder)), scratch.errorString() };
    const QDir work(QDir(scratch.path()).filePath(submission.folderName));
    if (!QDir().mkpath(work.path()))
        return Error { DossierText::tr("Không ghi được vào thư mục «%1».").arg(QDir::toNativeSeparators(folder)), {} };
    std::vector<ZipEntry> entries;
    const int total = int(submission.parts.size()) * 2;
    int done = 0;
    for (const Part& part : submission.parts)
        for (DocumentFormat format : { DocumentFormat::Docx, DocumentFormat::Pdf }) {
            const QString name = part.fileName + (format == DocumentFormat::Docx ? QStringLiteral(".docx") : QStringLiteral(".pdf"));
            if (Status s = PlanExport::writeDocument(part.document, format, work.filePath(name)); !s)
                return s.error();
            QFile written(work.filePath(name));
            if (!written.open(QIODevice::ReadOnly))
                return Error { DossierText::tr("Không đọc lại được tệp «%1».").arg(name), written.errorString() };
            entries.push_back({ submission.folderName + QLatin1Char('/') + name, written.readAll() });
            if (progress && !progress(++done, total))
                return Error { DossierText::tr("Đã hủy: chưa ghi hồ sơ."), {} };
        }
    const QString zipPath = target.filePath(submission.folderName + QStringLiteral(".zip"));
    const QString folderPath = target.filePath(submission.folderName);
    const QString madeZip = QDir(scratch.path()).filePath(QStringLiteral("dossier.zip"));
    if (Status s = writeZipArchive(madeZip, entries); !s)
        return s.error();
    // The earlier dossier of the same name is replaced whole.
    if (QDir(folderPath).exists() && !QDir(folderPath).removeRecursively())
        return Error { DossierText::tr("Không thay được thư mục hồ sơ cũ «%1» (có tệp đang mở?).").arg(QDir::toNativeSeparators(folderPath)), {} };
    if (QFile::exists(zipPath) && !QFile::remove(zipPath))
        return Error { DossierText::tr("Không thay được tệp «%1» (đang mở?).").arg(QDir::toNativeSeparators(zipPath)), {} };
    // Each appears in one step: the whole folder, then the whole archive.
    if (!QDir().rename(work.path(), folderPath))
        return Error { DossierText::tr("Không ghi được thư mục «%1».").arg(QDir::toNativeSeparators(folderPath)), {} };
    if (!QFile::rename(madeZip, zipPath))
        return Error { DossierText::tr("Không ghi được tệp «%1».").arg(QDir::toNativeSeparators(zipPath)), {} };
    return QStringList { folderPath, zipPath };
}

} // namespace Dossier
