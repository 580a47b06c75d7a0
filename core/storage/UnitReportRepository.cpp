#include "core/storage/UnitReportRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/UnitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace {

struct UnitReportRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(UnitReportRepository)
};

constexpr int MaxFigure = 1000000;

QVariant dateValue(const std::optional<QDate>& day) { return day ? QVariant(day->toString(Qt::ISODate)) : QVariant(); }

std::optional<QDate> dateFrom(const QVariant& value)
{
    const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

Status validate(const UnitReport& report)
{
    if (report.documentNumber.size() > Limits::ShortText)
        return Error { UnitReportRepositoryText::tr("Trường «Số văn bản» dài quá %1 ký tự.").arg(Limits::ShortText), {} };
    if (report.summary.size() > Limits::LongText)
        return Error { UnitReportRepositoryText::tr("Trường «Tóm tắt kết quả» dài quá %1 ký tự.").arg(Limits::LongText), {} };
    const std::pair<int, QString> figures[] = { { report.initiatives, UnitReportRepositoryText::tr("Số sáng kiến") },
        { report.models, UnitReportRepositoryText::tr("Số mô hình, cách làm hay") },
        { report.peopleCommended, UnitReportRepositoryText::tr("Số cá nhân được đơn vị khen") } };
    for (const auto& [value, name] : figures)
        if (value < 0 || value > MaxFigure)
            return Error { UnitReportRepositoryText::tr("Trường «%1»: phải là số từ 0 đến %2.").arg(name).arg(MaxFigure), {} };
    if (report.receivedOn && report.documentDate && *report.documentDate > *report.receivedOn)
        return Error { UnitReportRepositoryText::tr("Trường «Ngày văn bản» sau «Ngày nhận»: văn bản không thể đến trước khi ban hành."), {} };
    return {};
}

} // namespace

Result<std::optional<QDate>> UnitReportRepository::campaignDeadline(qint64 campaignId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT report_deadline FROM campaign WHERE id = ?"));
    if (Status s = query.exec(UnitReportRepositoryText::tr("đọc hạn nộp báo cáo"), { campaignId }); !s)
        return s.error();
    if (!query.next())
        return Error { UnitReportRepositoryText::tr("Không tìm thấy đợt thi đua số %1.").arg(campaignId), {} };
    return dateFrom(query.value(0));
}

Status UnitReportRepository::setCampaignDeadline(qint64 campaignId, std::optional<QDate> deadline)
{
    return writeRow(m_db, QStringLiteral("UPDATE campaign SET report_deadline = ? WHERE id = ?"),
        UnitReportRepositoryText::tr("lưu hạn nộp báo cáo"), { dateValue(deadline), campaignId });
}

Result<std::vector<UnitReport>> UnitReportRepository::forCampaign(qint64 campaignId) const
{
    Result<std::vector<Unit>> units = UnitRepository(m_db).all();
    if (!units)
        return units.error();
    return forCampaign(campaignId, units.value());
}

Result<std::vector<UnitReport>> UnitReportRepository::forCampaign(qint64 campaignId, const std::vector<Unit>& units) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, unit_id, deadline, received_on, document_number, document_date, summary, "
                                        "initiatives, models, people_commended, row_version FROM unit_report WHERE campaign_id = ?"));
    if (Status s = query.exec(UnitReportRepositoryText::tr("đọc báo cáo của các đơn vị"), { campaignId }); !s)
        return s.error();
    std::map<qint64, UnitReport> byUnit;
    std::map<qint64, qint64> unitOfReport;
    while (query.next()) {
        UnitReport r;
        r.id = query.value(0).toLongLong();
        r.campaignId = campaignId;
        r.unitId = query.value(1).toLongLong();
        r.deadline = dateFrom(query.value(2));
        r.receivedOn = dateFrom(query.value(3));
        r.documentNumber = query.value(4).toString();
        r.documentDate = dateFrom(query.value(5));
        r.summary = query.value(6).toString();
        r.initiatives = query.value(7).toInt();
        r.models = query.value(8).toInt();
        r.peopleCommended = query.value(9).toInt();
        r.rowVersion = query.value(10).toLongLong();
        unitOfReport[r.id] = r.unitId;
        byUnit[r.unitId] = std::move(r);
    }
    SqlQuery files(m_db, QStringLiteral("SELECT f.id, f.report_id, f.file_name, f.stored_path FROM unit_report_file f "
                                        "JOIN unit_report r ON r.id = f.report_id WHERE r.campaign_id = ? ORDER BY f.id"));
    if (Status s = files.exec(UnitReportRepositoryText::tr("đọc tệp đính kèm báo cáo"), { campaignId }); !s)
        return s.error();
    while (files.next())
        byUnit[unitOfReport[files.value(1).toLongLong()]].files.push_back(
            { files.value(0).toLongLong(), files.value(2).toString(), files.value(3).toString() });
    std::vector<UnitReport> out;
    for (const Unit& unit : units) {
        auto stored = byUnit.find(unit.id);
        UnitReport report = stored != byUnit.end() ? std::move(stored->second) : UnitReport {};
        report.campaignId = campaignId;
        report.unitId = unit.id;
        out.push_back(std::move(report));
    }
    return out;
}

Status UnitReportRepository::save(UnitReport& report)
{
    report.documentNumber = report.documentNumber.trimmed();
    report.summary = report.summary.trimmed();
    if (Status valid = validate(report); !valid)
        return valid;
    const QVariantList values { dateValue(report.deadline), dateValue(report.receivedOn), report.documentNumber,
        dateValue(report.documentDate), report.summary, report.initiatives, report.models, report.peopleCommended };
    if (report.id > 0) {
        Result<qint64> version = updateVersionedRow(m_db,
            { QStringLiteral("unit_report"), report.id, report.rowVersion, UnitReportRepositoryText::tr("báo cáo của đơn vị này") },
            QStringLiteral("deadline = ?, received_on = ?, document_number = ?, document_date = ?, summary = ?, "
                           "initiatives = ?, models = ?, people_commended = ?"),
            UnitReportRepositoryText::tr("lưu báo cáo của đơn vị"), values);
        if (!version)
            return version.error();
        report.rowVersion = version.value();
        return {};
    }
    Result<qint64> id = insertRow(m_db,
        QStringLiteral("INSERT INTO unit_report (deadline, received_on, document_number, document_date, summary, initiatives, models, "
                       "people_commended, campaign_id, unit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        UnitReportRepositoryText::tr("lưu báo cáo của đơn vị"), QVariantList(values) << report.campaignId << report.unitId);
    if (!id)
        return id.error();
    report.id = id.value();
    report.rowVersion = 1; // the column's default
    return {};
}

QString UnitReportRepository::attachmentsFolder() const { return attachmentsFolderOf(m_db.path()); }

QString UnitReportRepository::attachmentsFolderOf(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    return database.dir().filePath(QStringLiteral("%1 - Tệp đính kèm").arg(database.completeBaseName()));
}

Result<int> UnitReportRepository::copyAttachmentsBeside(const QString& otherDatabasePath) const
{
    const QDir source(attachmentsFolder());
    if (!source.exists())
        return 0;
    const QString target = attachmentsFolderOf(otherDatabasePath);
    const QString partial = target + QStringLiteral(".dang-chep");
    QDir(partial).removeRecursively();
    int copied = 0;
    QDirIterator files(source.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString from = files.next();
        const QString to = QDir(partial).filePath(source.relativeFilePath(from));
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to)) {
            QDir(partial).removeRecursively();
            return Error { UnitReportRepositoryText::tr("Không chép được tệp đính kèm «%1» sang bản sao.").arg(QDir::toNativeSeparators(source.relativeFilePath(from))),
                to };
        }
        ++copied;
    }
    const QString previous = target + QStringLiteral(".cu");
    QDir(previous).removeRecursively();
    if (QFileInfo::exists(target) && !QDir().rename(target, previous)) {
        QDir(partial).removeRecursively();
        return Error { UnitReportRepositoryText::tr("Không thay được thư mục tệp đính kèm «%1».").arg(QDir::toNativeSeparators(target)), {} };
    }
    if (!QDir().rename(partial, target)) {
        QDir().rename(previous, target);
        QDir(partial).removeRecursively();
        return Error { UnitReportRepositoryText::tr("Không thay được thư mục tệp đính kèm «%1».").arg(QDir::toNativeSeparators(target)), {} };
    }
    QDir(previous).removeRecursively();
    return copied;
}

Result<QString> UnitReportRepository::absolutePath(const UnitReportFile& file) const
{
    const QString folder = QDir::cleanPath(attachmentsFolder());
    const QString stored = file.storedPath;
    const QString joined = QDir::cleanPath(folder + QLatin1Char('/') + stored);
    bool inside = !stored.isEmpty() && QDir::isRelativePath(stored) && !stored.startsWith(QLatin1Char('/'))
        && !stored.startsWith(QLatin1Char('\\')) && !stored.contains(QLatin1Char(':')) && joined.startsWith(folder + QLatin1Char('/'));
    // A link inside the folder must not lead out of it either.
    const QFileInfo real(joined);
    if (inside && real.exists())
        inside = real.canonicalFilePath().startsWith(QFileInfo(folder).canonicalFilePath() + QLatin1Char('/'));
    if (!inside)
        return Error { UnitReportRepositoryText::tr("Tệp đính kèm «%1» được ghi ở «%2», ngoài thư mục tệp đính kèm: ThiDua không mở và không xóa tệp đó.")
                           .arg(file.fileName, QDir::toNativeSeparators(stored)),
            folder };
    return joined;
}

Result<UnitReportFile> UnitReportRepository::attach(UnitReport& report, const QString& sourcePath)
{
    const QFileInfo source(sourcePath);
    if (!source.isFile())
        return Error { UnitReportRepositoryText::tr("Không tìm thấy tệp «%1».").arg(QDir::toNativeSeparators(sourcePath)), {} };
    if (report.id == 0)
        if (Status saved = save(report); !saved)
            return saved.error();
    // <campaign>/<report>/<name>, with " (2)", " (3)"… when the unit sends two files of one name.
    const QString relativeFolder = QStringLiteral("%1/%2").arg(report.campaignId).arg(report.id);
    QDir folder(attachmentsFolder());
    if (!folder.mkpath(relativeFolder))
        return Error { UnitReportRepositoryText::tr("Không tạo được thư mục tệp đính kèm «%1».").arg(QDir::toNativeSeparators(folder.filePath(relativeFolder))), {} };
    QString name = source.fileName();
    for (int n = 2; QFileInfo::exists(folder.filePath(relativeFolder + QLatin1Char('/') + name)); ++n)
        name = source.completeSuffix().isEmpty() ? QStringLiteral("%1 (%2)").arg(source.fileName()).arg(n)
                                                 : QStringLiteral("%1 (%2).%3").arg(source.baseName()).arg(n).arg(source.completeSuffix());
    const QString stored = relativeFolder + QLatin1Char('/') + name;
    const QString target = folder.filePath(stored);
    if (!QFile::copy(sourcePath, target))
        return Error { UnitReportRepositoryText::tr("Không chép được tệp «%1» vào thư mục tệp đính kèm.").arg(source.fileName()), target };
    Result<qint64> id = insertRow(m_db, QStringLiteral("INSERT INTO unit_report_file (report_id, file_name, stored_path) VALUES (?, ?, ?)"),
        UnitReportRepositoryText::tr("ghi tệp đính kèm"), { report.id, source.fileName(), stored });
    if (!id) {
        QFile::remove(target);
        return id.error();
    }
    UnitReportFile file { id.value(), source.fileName(), stored };
    report.files.push_back(file);
    return file;
}

Status UnitReportRepository::detach(const UnitReportFile& file)
{
    if (Status s = writeRow(m_db, QStringLiteral("DELETE FROM unit_report_file WHERE id = ?"), UnitReportRepositoryText::tr("xóa tệp đính kèm"),
            { file.id });
        !s)
        return s;
    // A copy of ours (the unit's original is elsewhere); a path leading out of the folder is never followed.
    if (const Result<QString> copy = absolutePath(file))
        QFile::remove(copy.value());
    return {};
}
