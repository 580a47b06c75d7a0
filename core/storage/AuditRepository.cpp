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

// person_year and unit_year are logged under owner × this + year (migration 0013), as are the
// titles held, the initiatives and the registrations (migration 0014).
constexpr qint64 YearRecordIdFactor = 10000;

bool ownedByPerson(const QString& entity)
{
    return entity == QLatin1String("person_year") || entity == QLatin1String("person_title") || entity == QLatin1String("initiative")
        || entity == QLatin1String("person_registration");
}

bool ownedByUnit(const QString& entity)
{
    return entity == QLatin1String("unit_year") || entity == QLatin1String("unit_title") || entity == QLatin1String("unit_registration");
}

// The column an added or deleted record logs its value from (the triggers): its name, conclusion,
// state, rating or title.
QString recordField(const QString& entity)
{
    if (entity == QLatin1String("assessment"))
        return QStringLiteral("conclusion");
    if (entity == QLatin1String("proposal"))
        return QStringLiteral("state");
    if (entity == QLatin1String("person_year") || entity == QLatin1String("unit_year"))
        return QStringLiteral("rating");
    if (entity.endsWith(QLatin1String("_title")) || entity.endsWith(QLatin1String("_registration")))
        return QStringLiteral("title");
    return QStringLiteral("*");
}

} // namespace

QStringList AuditRepository::entities()
{
    return { QStringLiteral("unit"), QStringLiteral("person"), QStringLiteral("campaign"), QStringLiteral("assessment"), QStringLiteral("proposal"),
        QStringLiteral("person_year"), QStringLiteral("unit_year"), QStringLiteral("person_title"), QStringLiteral("unit_title"),
        QStringLiteral("initiative"), QStringLiteral("person_registration"), QStringLiteral("unit_registration") };
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
    if (entity == QLatin1String("person_year"))
        return AuditRepositoryText::tr("Kết quả năm của cá nhân");
    if (entity == QLatin1String("unit_year"))
        return AuditRepositoryText::tr("Kết quả năm của tập thể");
    if (entity == QLatin1String("person_title"))
        return AuditRepositoryText::tr("Danh hiệu của cá nhân");
    if (entity == QLatin1String("unit_title"))
        return AuditRepositoryText::tr("Danh hiệu của tập thể");
    if (entity == QLatin1String("initiative"))
        return AuditRepositoryText::tr("Sáng kiến, đề tài");
    if (entity == QLatin1String("person_registration"))
        return AuditRepositoryText::tr("Đăng ký thi đua của cá nhân");
    if (entity == QLatin1String("unit_registration"))
        return AuditRepositoryText::tr("Đăng ký thi đua của tập thể");
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
        { QStringLiteral("unit_id"), QT_TRANSLATE_NOOP("AuditRepository", "Đơn vị") },
        { QStringLiteral("position"), QT_TRANSLATE_NOOP("AuditRepository", "Chức vụ") },
        { QStringLiteral("staff_category"), QT_TRANSLATE_NOOP("AuditRepository", "Ngạch") },
        { QStringLiteral("gender"), QT_TRANSLATE_NOOP("AuditRepository", "Giới tính") },
        { QStringLiteral("birth_year"), QT_TRANSLATE_NOOP("AuditRepository", "Năm sinh") },
        { QStringLiteral("summary"), QT_TRANSLATE_NOOP("AuditRepository", "Trích yếu, thành tích") },
        { QStringLiteral("state"), QT_TRANSLATE_NOOP("AuditRepository", "Trạng thái") },
        { QStringLiteral("self_state"), QT_TRANSLATE_NOOP("AuditRepository", "Đơn vị tự đánh giá") },
        { QStringLiteral("conclusion"), QT_TRANSLATE_NOOP("AuditRepository", "Kết luận") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("AuditRepository", "Ghi chú") },
        { QStringLiteral("rating"), QT_TRANSLATE_NOOP("AuditRepository", "Xếp loại") },
        { QStringLiteral("discipline"), QT_TRANSLATE_NOOP("AuditRepository", "Kỷ luật") },
        { QStringLiteral("under_review"), QT_TRANSLATE_NOOP("AuditRepository", "Đang bị xem xét") },
        { QStringLiteral("leads_cluster"), QT_TRANSLATE_NOOP("AuditRepository", "Dẫn đầu cụm, khối") },
        { QStringLiteral("evidence"), QT_TRANSLATE_NOOP("AuditRepository", "Minh chứng") },
        { QStringLiteral("award_form_id"), QT_TRANSLATE_NOOP("AuditRepository", "Hình thức khen thưởng") },
        { QStringLiteral("council_votes_for"), QT_TRANSLATE_NOOP("AuditRepository", "Số phiếu đồng ý") },
        { QStringLiteral("council_present"), QT_TRANSLATE_NOOP("AuditRepository", "Số thành viên có mặt") },
        { QStringLiteral("council_members"), QT_TRANSLATE_NOOP("AuditRepository", "Số thành viên Hội đồng") },
        { QStringLiteral("report_deadline"), QT_TRANSLATE_NOOP("AuditRepository", "Hạn nộp báo cáo") },
        { QStringLiteral("document_number"), QT_TRANSLATE_NOOP("AuditRepository", "Số văn bản") },
        { QStringLiteral("proposing_unit_id"), QT_TRANSLATE_NOOP("AuditRepository", "Đơn vị đề nghị") },
        { QStringLiteral("signer_id"), QT_TRANSLATE_NOOP("AuditRepository", "Người ký") },
        { QStringLiteral("recipients"), QT_TRANSLATE_NOOP("AuditRepository", "Nơi nhận") },
        { QStringLiteral("issue_day"), QT_TRANSLATE_NOOP("AuditRepository", "Ngày ban hành") },
        { QStringLiteral("issue_month"), QT_TRANSLATE_NOOP("AuditRepository", "Tháng ban hành") },
        { QStringLiteral("issue_year"), QT_TRANSLATE_NOOP("AuditRepository", "Năm ban hành") },
        { QStringLiteral("start_date"), QT_TRANSLATE_NOOP("AuditRepository", "Từ ngày") },
        { QStringLiteral("end_date"), QT_TRANSLATE_NOOP("AuditRepository", "Đến ngày") },
        { QStringLiteral("heading_styles"), QT_TRANSLATE_NOOP("AuditRepository", "Đánh số tiêu đề") },
        { QStringLiteral("council_threshold_percent"), QT_TRANSLATE_NOOP("AuditRepository", "Tỷ lệ Hội đồng thông qua (%)") },
        { QStringLiteral("council_vote_base"), QT_TRANSLATE_NOOP("AuditRepository", "Tỷ lệ tính trên") },
        { QStringLiteral("council_secret_ballot"), QT_TRANSLATE_NOOP("AuditRepository", "Bỏ phiếu kín") },
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("AuditRepository", "Danh hiệu") },
        { QStringLiteral("decision"), QT_TRANSLATE_NOOP("AuditRepository", "Quyết định") },
        { QStringLiteral("initiative_title"), QT_TRANSLATE_NOOP("AuditRepository", "Tên sáng kiến, đề tài") },
        { QStringLiteral("scope"), QT_TRANSLATE_NOOP("AuditRepository", "Phạm vi ảnh hưởng") },
        { QStringLiteral("recognised_by"), QT_TRANSLATE_NOOP("AuditRepository", "Cơ quan công nhận") },
    };
    const auto found = labels.find(field);
    return found == labels.end() ? field : QCoreApplication::translate("AuditRepository", found->second);
}

struct AuditRepository::Names {
    std::map<qint64, QString> units, people, campaigns, awardForms, signers, criteria;
    std::map<qint64, QString> assessments, proposals; // the record described: "who — what"
};

Result<AuditRepository::Names> AuditRepository::names() const
{
    Names names;
    auto read = [&](const QString& sql, std::map<qint64, QString>& into) -> Status {
        SqlQuery query(m_db, sql);
        if (Status s = query.exec(AuditRepositoryText::tr("đọc nhật ký thay đổi")); !s)
            return s;
        while (query.next())
            into[query.value(0).toLongLong()] = query.value(1).toString();
        return {};
    };
    const std::pair<QString, std::map<qint64, QString>*> lists[] = {
        { QStringLiteral("SELECT id, name FROM unit"), &names.units },
        { QStringLiteral("SELECT id, full_name FROM person"), &names.people },
        { QStringLiteral("SELECT id, name FROM campaign"), &names.campaigns },
        { QStringLiteral("SELECT id, name FROM award_form"), &names.awardForms },
        { QStringLiteral("SELECT id, full_name FROM signer"), &names.signers },
        { QStringLiteral("SELECT id, text FROM plan_block"), &names.criteria },
    };
    for (const auto& [sql, into] : lists)
        if (Status s = read(sql, *into); !s)
            return s.error();
    // Who was assessed against which criterion; who was proposed for which award.
    auto nominee = [&](const QVariant& unitId, const QVariant& personId) {
        return personId.isNull() ? names.units[unitId.toLongLong()] : names.people[personId.toLongLong()];
    };
    SqlQuery assessments(m_db, QStringLiteral("SELECT id, unit_id, person_id, criterion_id FROM assessment"));
    if (Status s = assessments.exec(AuditRepositoryText::tr("đọc nhật ký thay đổi")); !s)
        return s.error();
    while (assessments.next())
        names.assessments[assessments.value(0).toLongLong()] = QStringLiteral("%1 — «%2»")
                                                                   .arg(nominee(assessments.value(1), assessments.value(2)),
                                                                       names.criteria[assessments.value(3).toLongLong()].left(60));
    SqlQuery proposals(m_db, QStringLiteral("SELECT id, nominee_unit_id, nominee_person_id, award_form_id FROM proposal"));
    if (Status s = proposals.exec(AuditRepositoryText::tr("đọc nhật ký thay đổi")); !s)
        return s.error();
    while (proposals.next())
        names.proposals[proposals.value(0).toLongLong()] = QStringLiteral("%1 — %2")
                                                               .arg(nominee(proposals.value(1), proposals.value(2)),
                                                                   names.awardForms[proposals.value(3).toLongLong()]);
    return names;
}

QString AuditRepository::valueText(const Names& names, const QString& field, const QString& value)
{
    if (value.isEmpty())
        return value;
    auto named = [&](const std::map<qint64, QString>& list) {
        const auto found = list.find(value.toLongLong());
        return found != list.end() && !found->second.isEmpty() ? found->second : value;
    };
    if (field == QLatin1String("state"))
        if (const std::optional<ProposalState> state = enumFromCode<ProposalState>(value))
            return ProposalWorkflow::stateLabel(*state);
    if (field == QLatin1String("conclusion") || field == QLatin1String("self_state"))
        if (const std::optional<AssessmentState> state = enumFromCode<AssessmentState>(value))
            return assessmentStateLabel(*state);
    if (field == QLatin1String("kind")) {
        if (const std::optional<UnitKind> kind = enumFromCode<UnitKind>(value))
            return unitKindLabel(*kind);
        if (const std::optional<CampaignKind> kind = enumFromCode<CampaignKind>(value))
            return campaignKindLabel(*kind);
    }
    if (field == QLatin1String("staff_category"))
        if (const std::optional<StaffCategory> category = enumFromCode<StaffCategory>(value))
            return staffCategoryLabel(*category);
    if (field == QLatin1String("gender"))
        if (const std::optional<Gender> gender = enumFromCode<Gender>(value))
            return genderLabel(*gender);
    if (field == QLatin1String("is_sample") || field == QLatin1String("under_review") || field == QLatin1String("leads_cluster"))
        return value == QLatin1String("1") ? AuditRepositoryText::tr("Có") : AuditRepositoryText::tr("Không");
    if (field == QLatin1String("rating"))
        if (const std::optional<TaskRating> rating = enumFromCode<TaskRating>(value))
            return taskRatingLabel(*rating);
    if (field == QLatin1String("discipline"))
        if (const std::optional<Discipline> discipline = enumFromCode<Discipline>(value))
            return disciplineLabel(*discipline);
    if (field == QLatin1String("title"))
        if (const std::optional<AnnualTitle> title = enumFromCode<AnnualTitle>(value))
            return annualTitleLabel(*title);
    if (field == QLatin1String("scope"))
        if (const std::optional<InitiativeScope> scope = enumFromCode<InitiativeScope>(value))
            return initiativeScopeLabel(*scope);
    if (field == QLatin1String("unit_id") || field == QLatin1String("proposing_unit_id"))
        return named(names.units);
    if (field == QLatin1String("award_form_id"))
        return named(names.awardForms);
    if (field == QLatin1String("signer_id"))
        return value == QLatin1String("0") ? AuditRepositoryText::tr("(chưa chọn)") : named(names.signers);
    if (field == QLatin1String("recipients"))
        return value.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; "));
    if (field == QLatin1String("start_date") || field == QLatin1String("end_date") || field == QLatin1String("report_deadline"))
        if (const QDate day = QDate::fromString(value, Qt::ISODate); day.isValid())
            return day.toString(QStringLiteral("dd/MM/yyyy"));
    if (field == QLatin1String("heading_styles")) {
        QStringList styles;
        for (const QString& code : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const std::optional<NumberingStyle> style = enumFromCode<NumberingStyle>(code.trimmed()))
                styles << numberingStyleLabel(*style);
        return styles.join(QStringLiteral(" / "));
    }
    return value;
}

QString AuditRepository::subjectText(const Names& names, const AuditEntry& e)
{
    // A year's record: its owner and its year, from the id the trigger made of them.
    if (ownedByPerson(e.entity) || ownedByUnit(e.entity)) {
        const auto& list = ownedByPerson(e.entity) ? names.people : names.units;
        const auto found = list.find(e.entityId / YearRecordIdFactor);
        const QString owner = found != list.end() ? found->second : AuditRepositoryText::tr("số %1 (đã xóa)").arg(e.entityId / YearRecordIdFactor);
        return AuditRepositoryText::tr("%1 — năm %2").arg(owner).arg(e.entityId % YearRecordIdFactor);
    }
    const std::map<qint64, QString>* list = e.entity == QLatin1String("unit") ? &names.units
        : e.entity == QLatin1String("person")                                 ? &names.people
        : e.entity == QLatin1String("campaign")                               ? &names.campaigns
        : e.entity == QLatin1String("assessment")                             ? &names.assessments
        : e.entity == QLatin1String("proposal")                               ? &names.proposals
                                                                              : nullptr;
    if (list)
        if (const auto found = list->find(e.entityId); found != list->end() && !found->second.isEmpty())
            return found->second;
    // A record since deleted: the name its deletion logged (units, people, campaigns), else its number.
    const bool named = e.entity == QLatin1String("unit") || e.entity == QLatin1String("person") || e.entity == QLatin1String("campaign");
    if (named && e.field == QLatin1String("*") && !e.oldValue.isEmpty())
        return e.oldValue;
    return AuditRepositoryText::tr("số %1 (đã xóa)").arg(e.entityId);
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
    Result<Names> known = names();
    if (!known)
        return known.error();
    std::vector<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e { query.value(0).toLongLong(), QDateTime::fromString(query.value(1).toString(), Qt::ISODate),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString(),
            query.value(6).toString(), query.value(7).toString(), {}, {}, {} };
        e.subject = subjectText(known.value(), e);
        // An added or deleted record logs its name, or its conclusion / state (the triggers).
        const QString field = e.field != QLatin1String("*") ? e.field : recordField(e.entity);
        e.oldText = valueText(known.value(), field, e.oldValue);
        e.newText = valueText(known.value(), field, e.newValue);
        entries.push_back(std::move(e));
    }
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
    return { e.at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")), e.actor, AuditRepository::entityLabel(e.entity), e.subject,
        record ? (e.oldValue.isEmpty() ? AuditRepositoryText::tr("(thêm mới)") : AuditRepositoryText::tr("(xóa)")) : AuditRepository::fieldLabel(e.field),
        e.oldText, e.newText };
}

QStringList header()
{
    return AuditRepositoryText::tr("Thời gian,Người dùng,Loại dữ liệu,Đối tượng,Trường,Giá trị cũ,Giá trị mới").split(QLatin1Char(','));
}
} // namespace

XlsxWriter::Sheet AuditRepository::table(const std::vector<AuditEntry>& entries)
{
    XlsxWriter::Sheet sheet;
    sheet.name = AuditRepositoryText::tr("Nhật ký thay đổi");
    sheet.header = header();
    sheet.columnWidths = { 20, 14, 20, 40, 22, 40, 40 };
    for (const AuditEntry& e : entries)
        sheet.rows.push_back(rowOf(e));
    return sheet;
}

Status AuditRepository::writeCsv(const std::vector<AuditEntry>& entries, const QString& path) { return CsvWriter::write(table(entries), path); }

Status AuditRepository::writeXlsx(const std::vector<AuditEntry>& entries, const QString& path) { return XlsxWriter::write({ table(entries) }, path); }
