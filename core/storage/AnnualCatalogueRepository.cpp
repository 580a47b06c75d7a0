#include "core/storage/AnnualCatalogueRepository.h"

#include "core/storage/Database.h"
#include "core/storage/EnumCodes.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and QCoreApplication the context "AnnualCatalogueRepository" for this file's strings.
struct AnnualCatalogueText {
    Q_DECLARE_TR_FUNCTIONS(AnnualCatalogueRepository)
};

QString isoDate(QDate day) { return day.toString(Qt::ISODate); }
QVariant isoDate(const std::optional<QDate>& day) { return day ? QVariant(isoDate(*day)) : QVariant(); }
std::optional<QDate> optionalDate(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<QDate>(QDate::fromString(value.toString(), Qt::ISODate));
}

// The dates a catalogue row applies between, checked.
Status checkDates(QDate from, const std::optional<QDate>& to)
{
    if (!from.isValid())
        return Error { AnnualCatalogueText::tr("Trường «Áp dụng từ ngày»: chưa có ngày hợp lệ."), {} };
    if (to && (!to->isValid() || *to < from))
        return Error { AnnualCatalogueText::tr("Trường «Áp dụng đến ngày»: phải là ngày hợp lệ, không trước ngày bắt đầu áp dụng."), {} };
    return {};
}
} // namespace

Result<EvaluationPeriod> AnnualCatalogueRepository::period() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT period_kind, school_year_first_month FROM agency WHERE id = 1"));
    if (Status s = query.exec(AnnualCatalogueText::tr("đọc kỳ xét thi đua")); !s)
        return s.error();
    EvaluationPeriod period;
    if (query.next()) {
        period.kind = enumFromCode(query.value(0).toString(), PeriodKind::CalendarYear);
        period.schoolYearFirstMonth = query.value(1).toInt();
    }
    return period;
}

Status AnnualCatalogueRepository::setPeriod(const EvaluationPeriod& period)
{
    if (period.kind == PeriodKind::SchoolYear && (period.schoolYearFirstMonth < 2 || period.schoolYearFirstMonth > 12))
        return Error { AnnualCatalogueText::tr("Trường «Năm học bắt đầu từ tháng»: phải từ tháng 2 đến tháng 12."), {} };
    SqlQuery exists(m_db, QStringLiteral("SELECT count(*) FROM agency WHERE id = 1"));
    if (Status s = exists.exec(AnnualCatalogueText::tr("đọc hồ sơ cơ quan")); !s)
        return s;
    if (!exists.next() || exists.value(0).toInt() == 0)
        return Error { AnnualCatalogueText::tr("Trường «Kỳ xét thi đua»: hãy lưu hồ sơ cơ quan trước."), {} };
    return writeRow(m_db, QStringLiteral("UPDATE agency SET period_kind = ?, school_year_first_month = ? WHERE id = 1"),
        AnnualCatalogueText::tr("lưu kỳ xét thi đua"), { enumCode(period.kind), period.kind == PeriodKind::SchoolYear ? period.schoolYearFirstMonth : 9 });
}

Result<std::vector<AnnualTitleDefinition>> AnnualCatalogueRepository::titles() const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT code, name, abbreviation, conferred_by, conferred_by_agency, bonus_multiple, legal_basis, "
                       "valid_from, valid_to, sort_order FROM annual_title ORDER BY sort_order, code"));
    if (Status s = query.exec(AnnualCatalogueText::tr("đọc danh mục danh hiệu thi đua")); !s)
        return s.error();
    std::vector<AnnualTitleDefinition> titles;
    while (query.next()) {
        const std::optional<AnnualTitle> title = enumFromCode<AnnualTitle>(query.value(0).toString());
        if (!title)
            continue; // a title of a newer version: its rules are unknown here
        titles.push_back({ *title, query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
            query.value(4).toBool(), query.value(5).toDouble(), query.value(6).toString(),
            QDate::fromString(query.value(7).toString(), Qt::ISODate), optionalDate(query.value(8)), query.value(9).toInt() });
    }
    return titles;
}

Status AnnualCatalogueRepository::saveTitle(const AnnualTitleDefinition& title)
{
    if (title.name.trimmed().isEmpty())
        return Error { AnnualCatalogueText::tr("Trường «Tên danh hiệu»: không được để trống."), {} };
    if (title.bonusMultiple < 0 || title.bonusMultiple > 100)
        return Error { AnnualCatalogueText::tr("Trường «Hệ số tiền thưởng»: phải từ 0 đến 100 lần mức lương cơ sở."), {} };
    if (Status s = checkDates(title.validFrom, title.validTo); !s)
        return s;
    return writeRow(m_db,
        QStringLiteral("UPDATE annual_title SET name = ?, abbreviation = ?, conferred_by = ?, conferred_by_agency = ?, "
                       "bonus_multiple = ?, legal_basis = ?, valid_from = ?, valid_to = ? WHERE code = ?"),
        AnnualCatalogueText::tr("lưu danh hiệu «%1»").arg(title.name.trimmed()),
        { title.name.trimmed(), title.abbreviation.trimmed(), title.conferredBy.trimmed(), title.conferredByAgency ? 1 : 0,
            title.bonusMultiple, title.legalBasis.trimmed(), isoDate(title.validFrom), isoDate(title.validTo), enumCode(title.title) });
}

Result<std::vector<AnnualRuleValue>> AnnualCatalogueRepository::ruleValues() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT rule, value, legal_basis, valid_from, valid_to FROM annual_rule_value ORDER BY rule, valid_from"));
    if (Status s = query.exec(AnnualCatalogueText::tr("đọc quy định xét danh hiệu")); !s)
        return s.error();
    std::vector<AnnualRuleValue> values;
    while (query.next())
        if (const std::optional<AnnualRule> rule = enumFromCode<AnnualRule>(query.value(0).toString()))
            values.push_back({ *rule, query.value(1).toDouble(), query.value(2).toString(),
                QDate::fromString(query.value(3).toString(), Qt::ISODate), optionalDate(query.value(4)) });
    return values;
}

Status AnnualCatalogueRepository::saveRuleValue(const AnnualRuleValue& value)
{
    if (value.value < 0 || value.value > 100)
        return Error { AnnualCatalogueText::tr("Trường «Giá trị»: phải từ 0 đến 100."), {} };
    if (value.legalBasis.trimmed().isEmpty())
        return Error { AnnualCatalogueText::tr("Trường «Căn cứ»: hãy ghi văn bản quy định giá trị này."), {} };
    if (Status s = checkDates(value.validFrom, value.validTo); !s)
        return s;
    return writeRow(m_db,
        QStringLiteral("INSERT INTO annual_rule_value (rule, value, legal_basis, valid_from, valid_to) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (rule, valid_from) DO UPDATE SET value = excluded.value, legal_basis = excluded.legal_basis, "
                       "valid_to = excluded.valid_to"),
        AnnualCatalogueText::tr("lưu quy định xét danh hiệu"),
        { enumCode(value.rule), value.value, value.legalBasis.trimmed(), isoDate(value.validFrom), isoDate(value.validTo) });
}

Status AnnualCatalogueRepository::removeRuleValue(AnnualRule rule, QDate validFrom)
{
    return writeRow(m_db, QStringLiteral("DELETE FROM annual_rule_value WHERE rule = ? AND valid_from = ?"),
        AnnualCatalogueText::tr("xóa quy định xét danh hiệu"), { enumCode(rule), isoDate(validFrom) });
}
