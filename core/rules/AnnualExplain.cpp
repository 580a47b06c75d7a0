#include "core/rules/AnnualExplain.h"

#include "core/domain/Labels.h"

#include <QCoreApplication>
#include <QStringList>

namespace Annual {

namespace {
// Gives lupdate and QCoreApplication the context "AnnualExplain" for this file's strings.
struct AnnualExplainText {
    Q_DECLARE_TR_FUNCTIONS(AnnualExplain)
};

QString names(const std::vector<qint64>& people, const NameOf& nameOf)
{
    QStringList list;
    for (qint64 id : people)
        list << (nameOf ? nameOf(id) : QString::number(id));
    return list.join(QStringLiteral(", "));
}

QString percentText(double value) { return QString::number(value, 'g', 4).replace(QLatin1Char('.'), QLatin1Char(',')); }

QString ratingText(int rating)
{
    return rating < 0 ? AnnualExplainText::tr("chưa xếp loại") : taskRatingLabel(TaskRating(rating)).toLower();
}

QString spanText(const Condition& c, const EvaluationPeriod& period)
{
    return c.fromYear == c.toYear ? period.label(c.toYear) : AnnualExplainText::tr("từ %1 đến %2").arg(period.label(c.fromYear), period.label(c.toYear));
}

// "Chưa đạt: A, B." appended when a unit's condition names members.
QString withPeople(const QString& text, const QString& lead, const std::vector<qint64>& people, const NameOf& nameOf)
{
    return people.empty() ? text : text + QStringLiteral(". ") + lead + QStringLiteral(": ") + names(people, nameOf);
}
} // namespace

QString describe(const Condition& c, const EvaluationPeriod& period, const NameOf& nameOf)
{
    const QString when = period.label(c.toYear);
    switch (c.check) {
    case Check::RuleMissing:
        return AnnualExplainText::tr("Chưa có giá trị của quy định «%1» áp dụng cho %2: hãy bổ sung trong danh mục danh hiệu")
            .arg(c.rule ? annualRuleLabel(*c.rule) : QString(), when);
    case Check::NotUnderReview:
        return c.met ? AnnualExplainText::tr("Không trong thời gian bị xem xét kỷ luật, điều tra, thanh tra hay có đơn thư chưa giải quyết")
                     : AnnualExplainText::tr("Đang bị xem xét kỷ luật, điều tra, thanh tra hoặc có đơn thư chưa giải quyết (%1)").arg(when);
    case Check::NotDisciplined:
        return c.met ? AnnualExplainText::tr("Không bị kỷ luật trong %1").arg(when)
                     : AnnualExplainText::tr("Bị kỷ luật (%1) trong %2").arg(disciplineLabel(Discipline(c.have)).toLower(), when);
    case Check::RatedGoodOrBetter:
        if (c.have < 0)
            return AnnualExplainText::tr("Chưa có xếp loại %1").arg(when);
        return c.met ? AnnualExplainText::tr("Xếp loại %1: %2").arg(when, ratingText(c.have))
                     : AnnualExplainText::tr("Xếp loại %1: %2, chưa đạt hoàn thành tốt nhiệm vụ trở lên").arg(when, ratingText(c.have));
    case Check::AdvancedWorker:
        return c.met ? AnnualExplainText::tr("Đạt Lao động tiên tiến %1").arg(when) : AnnualExplainText::tr("Chưa đạt Lao động tiên tiến %1").arg(when);
    case Check::RatedExcellent:
        return c.met ? AnnualExplainText::tr("Hoàn thành xuất sắc nhiệm vụ %1").arg(when)
                     : AnnualExplainText::tr("Không hoàn thành xuất sắc nhiệm vụ %1 (%2)").arg(when, ratingText(c.have));
    case Check::InitiativeInYear:
        return c.met ? AnnualExplainText::tr("Có %1 sáng kiến được công nhận %2").arg(c.have).arg(when)
                     : AnnualExplainText::tr("Không có sáng kiến được công nhận %1").arg(when);
    case Check::ResearchInYear:
        return c.met ? AnnualExplainText::tr("Có %1 đề tài, đề án, công trình khoa học được nghiệm thu %2").arg(c.have).arg(when)
                     : AnnualExplainText::tr("Không có đề tài, đề án, công trình khoa học được nghiệm thu %1").arg(when);
    case Check::ConsecutiveGrassroots:
        if (!c.met && c.have == 0)
            return AnnualExplainText::tr("Chưa đạt Chiến sĩ thi đua cơ sở %1, cần %2 năm liên tục").arg(when).arg(c.need);
        return c.met ? AnnualExplainText::tr("Đạt Chiến sĩ thi đua cơ sở %1 năm liên tục (%2)").arg(c.have).arg(spanText(c, period))
                     : AnnualExplainText::tr("Mới đạt Chiến sĩ thi đua cơ sở %1 năm liên tục tính đến %2, cần %3 năm").arg(c.have).arg(when).arg(c.need);
    case Check::ConsecutiveProvince:
        if (!c.met && c.have == 0)
            return AnnualExplainText::tr("Chưa đạt Chiến sĩ thi đua cấp tỉnh %1, cần %2 lần liên tục").arg(when).arg(c.need);
        return c.met ? AnnualExplainText::tr("Đạt Chiến sĩ thi đua cấp tỉnh %1 lần liên tục (%2)").arg(c.have).arg(spanText(c, period))
                     : AnnualExplainText::tr("Mới đạt Chiến sĩ thi đua cấp tỉnh %1 lần liên tục tính đến %2, cần %3 lần").arg(c.have).arg(when).arg(c.need);
    case Check::ProvinceScopeWork:
        return c.met ? AnnualExplainText::tr("Có %1 sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh trở lên (%2)").arg(c.have).arg(spanText(c, period))
                     : AnnualExplainText::tr("Chưa có sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh trở lên (%1)").arg(spanText(c, period));
    case Check::NationalScopeWork:
        return c.met ? AnnualExplainText::tr("Có %1 sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc (%2)").arg(c.have).arg(spanText(c, period))
                     : AnnualExplainText::tr("Chưa có sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc (%1)").arg(spanText(c, period));
    case Check::ExcellentYears:
        return c.met ? AnnualExplainText::tr("Hoàn thành xuất sắc nhiệm vụ %1 năm liên tục (%2)").arg(c.have).arg(spanText(c, period))
                     : AnnualExplainText::tr("Mới hoàn thành xuất sắc nhiệm vụ %1 năm liên tục tính đến %2, cần %3 năm").arg(c.have).arg(when).arg(c.need);
    case Check::InitiativesInYears:
        return c.met ? AnnualExplainText::tr("Có %1 sáng kiến, đề tài được công nhận (%2), cần %3").arg(c.have).arg(spanText(c, period)).arg(c.need)
                     : AnnualExplainText::tr("Mới có %1 sáng kiến, đề tài được công nhận (%2), cần %3").arg(c.have).arg(spanText(c, period)).arg(c.need);
    case Check::UnitRatedGoodOrBetter:
        if (c.have < 0)
            return AnnualExplainText::tr("Tập thể chưa có xếp loại %1").arg(when);
        return c.met ? AnnualExplainText::tr("Tập thể xếp loại %1: %2").arg(when, ratingText(c.have))
                     : AnnualExplainText::tr("Tập thể xếp loại %1: %2, chưa đạt hoàn thành tốt nhiệm vụ trở lên").arg(when, ratingText(c.have));
    case Check::UnitRatedExcellent:
        if (c.have < 0)
            return AnnualExplainText::tr("Tập thể chưa có xếp loại %1").arg(when);
        return c.met ? AnnualExplainText::tr("Tập thể hoàn thành xuất sắc nhiệm vụ %1").arg(when)
                     : AnnualExplainText::tr("Tập thể xếp loại %1: %2, chưa hoàn thành xuất sắc nhiệm vụ").arg(when, ratingText(c.have));
    case Check::MembersRated:
        if (c.of == 0)
            return AnnualExplainText::tr("Tập thể không có thành viên nào trong %1").arg(when);
        return c.met ? AnnualExplainText::tr("Cả %1 thành viên đã có xếp loại %2").arg(c.of).arg(when)
                     : AnnualExplainText::tr("Chưa có xếp loại %1: %2").arg(when, names(c.people, nameOf));
    case Check::MembersCompletedShare: {
        const QString text = AnnualExplainText::tr("%1/%2 thành viên hoàn thành nhiệm vụ trở lên, cần %3%").arg(c.have).arg(c.of).arg(percentText(c.percent));
        return c.met ? text : withPeople(text, AnnualExplainText::tr("Chưa hoàn thành"), c.people, nameOf);
    }
    case Check::MembersAdvancedShare: {
        const QString need = c.strict ? AnnualExplainText::tr("cần trên %1%").arg(percentText(c.percent)) : AnnualExplainText::tr("cần ít nhất %1%").arg(percentText(c.percent));
        const QString text = AnnualExplainText::tr("%1/%2 thành viên đạt Lao động tiên tiến, %3").arg(c.have).arg(c.of).arg(need);
        return c.met ? text : withPeople(text, AnnualExplainText::tr("Chưa đạt"), c.people, nameOf);
    }
    case Check::MembersGrassrootsFighters:
        return c.met ? AnnualExplainText::tr("Có %1 thành viên đạt Chiến sĩ thi đua cơ sở (cần ít nhất %2)").arg(c.have).arg(c.need)
                     : AnnualExplainText::tr("Có %1 thành viên đạt Chiến sĩ thi đua cơ sở, cần ít nhất %2").arg(c.have).arg(c.need);
    case Check::MembersDisciplined:
        if (c.have == 0)
            return AnnualExplainText::tr("Không có thành viên bị kỷ luật từ cảnh cáo trở lên");
        return withPeople(c.met ? AnnualExplainText::tr("%1 thành viên bị kỷ luật từ cảnh cáo trở lên (cho phép tối đa %2)").arg(c.have).arg(c.need)
                                : AnnualExplainText::tr("%1 thành viên bị kỷ luật từ cảnh cáo trở lên, chỉ cho phép tối đa %2").arg(c.have).arg(c.need),
            AnnualExplainText::tr("Bị kỷ luật"), c.people, nameOf);
    case Check::ExcellentCollective:
        return c.met ? AnnualExplainText::tr("Đạt Tập thể lao động xuất sắc %1").arg(when) : AnnualExplainText::tr("Chưa đạt Tập thể lao động xuất sắc %1").arg(when);
    case Check::LeadsCluster:
        return c.met ? AnnualExplainText::tr("Dẫn đầu cụm, khối thi đua %1").arg(when) : AnnualExplainText::tr("Không dẫn đầu cụm, khối thi đua %1").arg(when);
    case Check::ProvinceFlag:
        return c.met ? AnnualExplainText::tr("Đạt tiêu chuẩn Cờ thi đua của UBND tỉnh %1; Hội đồng tỉnh chọn tập thể tiêu biểu xuất sắc").arg(when)
                     : AnnualExplainText::tr("Chưa đạt tiêu chuẩn Cờ thi đua của UBND tỉnh %1").arg(when);
    }
    return {};
}

QString routeLabel(Route route)
{
    switch (route) {
    case Route::None:
        return {};
    case Route::Excellent:
        return AnnualExplainText::tr("theo hoàn thành xuất sắc nhiệm vụ");
    case Route::Initiative:
        return AnnualExplainText::tr("theo sáng kiến");
    case Route::Research:
        return AnnualExplainText::tr("theo đề tài, đề án, công trình khoa học");
    case Route::ConsecutiveGrassroots:
        return AnnualExplainText::tr("theo Chiến sĩ thi đua cơ sở liên tục");
    case Route::ExcellentYearsWithInitiatives:
        return AnnualExplainText::tr("theo hoàn thành xuất sắc nhiệm vụ liên tục, có sáng kiến");
    }
    return {};
}

QString summary(const Verdict& verdict, const EvaluationPeriod& period, const NameOf& nameOf)
{
    if (verdict.eligible)
        return verdict.route == Route::None ? AnnualExplainText::tr("Đủ điều kiện") : AnnualExplainText::tr("Đủ điều kiện (%1)").arg(routeLabel(verdict.route));
    QStringList failed;
    for (const Condition* c : verdict.failures())
        failed << describe(*c, period, nameOf);
    return AnnualExplainText::tr("Chưa đủ điều kiện: %1").arg(failed.join(QStringLiteral("; ")));
}

} // namespace Annual
