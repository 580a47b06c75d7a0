#include "core/season/SeasonSteps.h"

#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace {

struct SeasonStepsText {
    Q_DECLARE_TR_FUNCTIONS(SeasonSteps)
};

// One number read from the file; `?` is the campaign's id where the query names it.
Result<qint64> count(const Database& db, const QString& sql, qint64 campaignId)
{
    SqlQuery query(db, sql);
    const QVariantList values = sql.contains(QLatin1Char('?')) ? QVariantList { campaignId } : QVariantList {};
    if (Status s = query.exec(SeasonStepsText::tr("đọc tiến độ đợt thi đua"), values); !s)
        return s.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

} // namespace

namespace SeasonSteps {

Result<std::vector<SeasonStep>> of(const Database& db, QString* campaignName)
{
    qint64 campaignId = 0;
    {
        SqlQuery newest(db, QStringLiteral("SELECT id, name FROM campaign ORDER BY start_date DESC, id DESC LIMIT 1"));
        if (Status s = newest.exec(SeasonStepsText::tr("đọc tiến độ đợt thi đua")); !s)
            return s.error();
        if (newest.next()) {
            campaignId = newest.value(0).toLongLong();
            if (campaignName)
                *campaignName = newest.value(1).toString();
        } else if (campaignName) {
            campaignName->clear();
        }
    }
    using P = SeasonStep::Place;
    struct Check {
        const char* title;
        const char* hint;
        P place;
        const char* sql; // counts what shows the step done
    };
    static const Check checks[] = {
        { QT_TRANSLATE_NOOP("SeasonSteps", "Thông tin cơ quan và người ký"),
            QT_TRANSLATE_NOOP("SeasonSteps", "Tên cơ quan, chữ viết tắt, địa danh và ít nhất một người ký văn bản."), P::Agency,
            "SELECT (SELECT count(*) FROM agency WHERE trim(name) <> '' AND trim(abbreviation) <> '' AND trim(place_name) <> '')"
            " * (SELECT count(*) FROM signer)" },
        { QT_TRANSLATE_NOOP("SeasonSteps", "Đơn vị và cán bộ của cơ quan"),
            QT_TRANSLATE_NOOP("SeasonSteps", "Ít nhất một cán bộ do bạn nhập (không phải dữ liệu mẫu), hoặc nhập danh sách từ Excel."),
            P::People, "SELECT count(*) FROM person WHERE is_sample = 0" },
        { QT_TRANSLATE_NOOP("SeasonSteps", "Kế hoạch của đợt, có người ký"),
            QT_TRANSLATE_NOOP("SeasonSteps", "Viết hoặc nhập kế hoạch, chọn người ký rồi in, xuất Word/PDF để ban hành."), P::Campaigns,
            "SELECT count(*) FROM campaign WHERE id = ? AND signer_id IS NOT NULL" },
        { QT_TRANSLATE_NOOP("SeasonSteps", "Đánh giá tiêu chí"),
            QT_TRANSLATE_NOOP("SeasonSteps", "Đánh dấu Đạt / Chưa đạt từng tiêu chí cho các đơn vị, cá nhân."), P::Checklists,
            "SELECT count(*) FROM assessment a JOIN plan_block b ON b.id = a.criterion_id JOIN plan_section s ON s.id = b.section_id"
            " WHERE s.campaign_id = ? AND a.conclusion <> 'pending'" },
        { QT_TRANSLATE_NOOP("SeasonSteps", "Đề nghị khen thưởng"),
            QT_TRANSLATE_NOOP("SeasonSteps", "Thêm đề nghị cho những ai đạt tiêu chí, rồi gửi lên Hội đồng."), P::Proposals,
            "SELECT count(*) FROM proposal WHERE campaign_id = ?" },
        { QT_TRANSLATE_NOOP("SeasonSteps", "Hội đồng bỏ phiếu"),
            QT_TRANSLATE_NOOP("SeasonSteps", "Ghi kết quả bỏ phiếu, lập Biên bản họp Hội đồng."), P::Proposals,
            "SELECT count(*) FROM proposal WHERE campaign_id = ? AND council_votes_for IS NOT NULL" },
        { QT_TRANSLATE_NOOP("SeasonSteps", "Quyết định khen thưởng"),
            QT_TRANSLATE_NOOP("SeasonSteps", "Tờ trình, Danh sách; Quyết định của Giám đốc có số và ngày ký."), P::Proposals,
            "SELECT count(*) FROM award_decision WHERE campaign_id = ? AND trim(number) <> ''" },
        { QT_TRANSLATE_NOOP("SeasonSteps", "Khen thưởng và Giấy khen"),
            QT_TRANSLATE_NOOP("SeasonSteps", "Chuyển các đề nghị sang «Đã khen», in Giấy khen."), P::Proposals,
            "SELECT count(*) FROM proposal WHERE campaign_id = ? AND state = 'awarded'" },
        { QT_TRANSLATE_NOOP("SeasonSteps", "Báo cáo của các đơn vị"),
            QT_TRANSLATE_NOOP("SeasonSteps", "Ghi ngày nhận báo cáo tổng kết của từng đơn vị."), P::Reports,
            "SELECT count(*) FROM unit_report WHERE campaign_id = ? AND received_on IS NOT NULL" },
        { QT_TRANSLATE_NOOP("SeasonSteps", "Báo cáo tổng kết gửi Sở Nội vụ"),
            QT_TRANSLATE_NOOP("SeasonSteps", "Viết các phần lời văn của báo cáo tổng kết rồi xuất Word/PDF."), P::Reports,
            "SELECT count(*) FROM final_report WHERE campaign_id = ?"
            " AND trim(deployment || strengths || shortcomings || recommendations) <> ''" },
    };
    std::vector<SeasonStep> steps;
    for (const Check& check : checks) {
        const QString sql = QString::fromLatin1(check.sql);
        bool done = false;
        if (!sql.contains(QLatin1Char('?')) || campaignId > 0) {
            Result<qint64> found = count(db, sql, campaignId);
            if (!found)
                return found.error();
            done = found.value() > 0;
        }
        steps.push_back({ QCoreApplication::translate("SeasonSteps", check.title), QCoreApplication::translate("SeasonSteps", check.hint),
            check.place, done });
    }
    return steps;
}

} // namespace SeasonSteps
