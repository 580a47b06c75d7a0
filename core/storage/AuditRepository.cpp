#include "core/storage/AuditRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace {
struct AuditRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)
};

// A CSV field: quoted when it holds a separator, a quote or a line break (quotes doubled).
QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
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

Status AuditRepository::writeCsv(const std::vector<AuditEntry>& entries, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { AuditRepositoryText::tr("Không ghi được tệp «%1».").arg(QDir::toNativeSeparators(path)), file.errorString() };
    QString text = QStringLiteral("\uFEFF") + AuditRepositoryText::tr("Thời gian,Người dùng,Đối tượng,Mã,Trường,Giá trị cũ,Giá trị mới") + QStringLiteral("\r\n");
    for (const AuditEntry& e : entries)
        text += QStringList { e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), csvField(e.actor), csvField(entityLabel(e.entity)),
                    QString::number(e.entityId), csvField(e.field), csvField(e.oldValue), csvField(e.newValue) }
                    .join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    file.write(text.toUtf8());
    if (!file.commit())
        return Error { AuditRepositoryText::tr("Không ghi được tệp «%1».").arg(QDir::toNativeSeparators(path)), file.errorString() };
    return {};
}
