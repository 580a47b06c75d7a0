#include "core/storage/AuditRepository.h"

#include "core/documents/writers/CsvWriter.h"
#include "core/documents/writers/XlsxWriter.h"
#include "core/domain/Labels.h"
#include "core/rules/ProposalWorkflow.h"
#include "core/storage/Database.h"
#include "core/storage/EnumCodes.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>

#include <map>

namespace {
struct AuditRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)
};

} // namespace

QStringList AuditRepository::entities()
{
    return { QStringLiteral("unit"), QStringLiteral("person"), QStringLiteral("campaign"), QStringLiteral("assessment"), QStringLiteral("proposal") };
}

QString AuditRepository::entityLabel(const QString& entity)
{
    if (entity == QLatin1String("unit"))
        return AuditRepositoryText::tr("Đơn vị");
    if (entity == QLatin1String("person"))
        return AuditRepositoryText::tr("Cán bộ");
    if (entity == QLatin1String("campaign"))
        return AuditRepositoryText::tr("Đợt thi đua");
    if (entity == QLatin1String("assessment"))
        return AuditRepositoryText::tr("Đánh giá tiêu chí");
    if (entity == QLatin1String("proposal"))
        return AuditRepositoryText::tr("Đề nghị khen thưởng");
    return entity;
}

QString AuditRepository::fieldLabel(const QString& field)
{
    static const std::map<QString, const char*> labels {
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("AuditRepository", "Tên") },
        { QStringLiteral("code"), QT_TRANSLATE_NOOP("AuditRepository", "Mã viết tắt") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("AuditRepository", "Loại") },
        { QStringLiteral("is_sample"), QT_TRANSLATE_NOOP("AuditRepository", "Dữ liệu mẫu") },
        { QStringLiteral("full_name"), QT_TRANSLATE_NOOP("AuditRepository", "Họ và tên") },
        { QStringLiteral("unit_id"), QT_TRANSLATE_NOOP("AuditRepository", "Đơn vị (số)") },
        { QStringLiteral("position"), QT_TRANSLATE_NOOP("AuditRepository", "Chức vụ") },
        { QStringLiteral("staff_category"), QT_TRANSLATE_NOOP("AuditRepository", "Ngạch") },
        { QStringLiteral("gender"), QT_TRANSLATE_NOOP("AuditRepository", "Giới tính") },
        { QStringLiteral("birth_year"), QT_TRANSLATE_NOOP("AuditRepository", "Năm sinh") },
        { QStringLiteral("summary"), QT_TRANSLATE_NOOP("AuditRepository", "Trích yếu, thành tích") },
        { QStringLiteral("state"), QT_TRANSLATE_NOOP("AuditRepository", "Trạng thái") },
        { QStringLiteral("self_state"), QT_TRANSLATE_NOOP("AuditRepository", "Đơn vị tự đánh giá") },
        { QStringLiteral("conclusion"), QT_TRANSLATE_NOOP("AuditRepository", "Kết luận") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("AuditRepository", "Ghi chú") },
        { QStringLiteral("evidence"), QT_TRANSLATE_NOOP("AuditRepository", "Minh chứng") },
        { QStringLiteral("award_form_id"), QT_TRANSLATE_NOOP("AuditRepository", "Hình thức (số)") },
        { QStringLiteral("council_votes_for"), QT_TRANSLATE_NOOP("AuditRepository", "Số phiếu đồng ý") },
        { QStringLiteral("council_present"), QT_TRANSLATE_NOOP("AuditRepository", "Số thành viên có mặt") },
        { QStringLiteral("council_members"), QT_TRANSLATE_NOOP("AuditRepository", "Số thành viên Hội đồng") },
        { QStringLiteral("report_deadline"), QT_TRANSLATE_NOOP("AuditRepository", "Hạn nộp báo cáo") },
        { QStringLiteral("document_number"), QT_TRANSLATE_NOOP("AuditRepository", "Số văn bản") },
    };
    const auto found = labels.find(field);
    return found == labels.end() ? field : QCoreApplication::translate("AuditRepository", found->second);
}

QString AuditRepository::valueLabel(const QString& field, const QString& value)
{
    if (field == QLatin1String("state"))
        if (const std::optional<ProposalState> state = enumFromCode<ProposalState>(value))
            return ProposalWorkflow::stateLabel(*state);
    if (field == QLatin1String("conclusion") || field == QLatin1String("self_state"))
        if (const std::optional<AssessmentState> state = enumFromCode<AssessmentState>(value))
            return assessmentStateLabel(*state);
    return value;
}

Result<std::vector<AuditEntry>> AuditRepository::find(const AuditFilter& filter) const
{
    QString sql = QStringLiteral("SELECT id, at, actor, entity, entity_id, field, old_value, new_value FROM audit_log WHERE 1 = 1");
    QVariantList values;
    if (filter.from) {
        sql += QStringLiteral(" AND at >= ?");
        values << filter.from->toString(Qt::ISODate);
    }
    if (filter.to) {
        sql += QStringLiteral(" AND at < ?");
        values << filter.to->addDays(1).toString(Qt::ISODate);
    }
    if (!filter.entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        values << filter.entity;
    }
    if (!filter.text.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (field LIKE ? OR old_value LIKE ? OR new_value LIKE ? OR actor LIKE ?)");
        const QString pattern = QLatin1Char('%') + filter.text.trimmed() + QLatin1Char('%');
        values << pattern << pattern << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << filter.limit;
    SqlQuery query(m_db, sql);
    if (Status s = query.exec(AuditRepositoryText::tr("đọc nhật ký thay đổi"), values); !s)
        return s.error();
    std::vector<AuditEntry> entries;
    while (query.next())
        entries.push_back({ query.value(0).toLongLong(), QDateTime::fromString(query.value(1).toString(), Qt::ISODate),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString(),
            query.value(6).toString(), query.value(7).toString() });
    return entries;
}

Result<int> AuditRepository::count() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    if (Status s = query.exec(AuditRepositoryText::tr("đọc nhật ký thay đổi")); !s)
        return s.error();
    return query.next() ? query.value(0).toInt() : 0;
}

namespace {
// One row per entry, as the page shows it: labels for kinds, fields and states.
QStringList rowOf(const AuditEntry& e)
{
    const bool record = e.field == QLatin1String("*");
    return { e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor, AuditRepository::entityLabel(e.entity), QString::number(e.entityId),
        record ? (e.oldValue.isEmpty() ? AuditRepositoryText::tr("(thêm mới)") : AuditRepositoryText::tr("(xóa)")) : AuditRepository::fieldLabel(e.field),
        AuditRepository::valueLabel(e.field, e.oldValue), AuditRepository::valueLabel(e.field, e.newValue) };
}

QStringList header()
{
    return AuditRepositoryText::tr("Thời gian,Người dùng,Loại dữ liệu,Số hiệu,Trường,Giá trị cũ,Giá trị mới").split(QLatin1Char(','));
}
} // namespace

XlsxWriter::Sheet AuditRepository::table(const std::vector<AuditEntry>& entries)
{
    XlsxWriter::Sheet sheet;
    sheet.name = AuditRepositoryText::tr("Nhật ký thay đổi");
    sheet.header = header();
    sheet.columnWidths = { 20, 14, 20, 9, 22, 40, 40 };
    sheet.numericColumns = { false, false, false, true };
    for (const AuditEntry& e : entries)
        sheet.rows.push_back(rowOf(e));
    return sheet;
}

Status AuditRepository::writeCsv(const std::vector<AuditEntry>& entries, const QString& path) { return CsvWriter::write(table(entries), path); }

Status AuditRepository::writeXlsx(const std::vector<AuditEntry>& entries, const QString& path) { return XlsxWriter::write({ table(entries) }, path); }
