#include "core/domain/Labels.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and QCoreApplication the context "Labels" for this file's strings.
struct LabelsText {
    Q_DECLARE_TR_FUNCTIONS(Labels)
};
} // namespace

QString unitKindLabel(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Office:
        return LabelsText::tr("Văn phòng");
    case UnitKind::Inspectorate:
        return LabelsText::tr("Thanh tra");
    case UnitKind::Division:
        return LabelsText::tr("Phòng chuyên môn");
    case UnitKind::PublicService:
        return LabelsText::tr("Đơn vị sự nghiệp");
    }
    return {};
}

QString staffCategoryLabel(StaffCategory category)
{
    switch (category) {
    case StaffCategory::CivilServant:
        return LabelsText::tr("Công chức");
    case StaffCategory::PublicEmployee:
        return LabelsText::tr("Viên chức");
    case StaffCategory::Worker:
        return LabelsText::tr("Người lao động");
    }
    return {};
}

QString genderLabel(Gender gender) { return gender == Gender::Female ? LabelsText::tr("Nữ") : LabelsText::tr("Nam"); }

QString assessmentStateLabel(AssessmentState state)
{
    switch (state) {
    case AssessmentState::Met:
        return LabelsText::tr("Đạt");
    case AssessmentState::NotMet:
        return LabelsText::tr("Chưa đạt");
    case AssessmentState::Pending:
        return LabelsText::tr("Chưa đánh giá");
    }
    return {};
}

QString awardLevelLabel(AwardLevel level)
{
    switch (level) {
    case AwardLevel::State:
        return LabelsText::tr("Nhà nước");
    case AwardLevel::Government:
        return LabelsText::tr("Chính phủ");
    case AwardLevel::Province:
        return LabelsText::tr("Tỉnh");
    case AwardLevel::Agency:
        return LabelsText::tr("Cơ quan");
    }
    return {};
}

QString campaignKindLabel(CampaignKind kind)
{
    return kind == CampaignKind::Regular ? LabelsText::tr("Thường xuyên") : LabelsText::tr("Theo đợt, chuyên đề");
}

QString numberingStyleLabel(NumberingStyle style)
{
    switch (style) {
    case NumberingStyle::None:
        return LabelsText::tr("Không đánh số");
    case NumberingStyle::Roman:
        return LabelsText::tr("I., II., III.");
    case NumberingStyle::Arabic:
        return LabelsText::tr("1., 2., 3.");
    case NumberingStyle::Alpha:
        return LabelsText::tr("a), b), c)");
    case NumberingStyle::Dash:
        return LabelsText::tr("Gạch đầu dòng (-)");
    case NumberingStyle::Plus:
        return LabelsText::tr("Dấu cộng (+)");
    case NumberingStyle::Decimal:
        return LabelsText::tr("1.1., 1.2. (kèm số mục trên)");
    }
    return {};
}

QString sectionBindingLabel(SectionBinding binding)
{
    switch (binding) {
    case SectionBinding::Text:
        return LabelsText::tr("Văn bản tự do");
    case SectionBinding::UnitCriteria:
        return LabelsText::tr("Tiêu chí cho phòng, đơn vị");
    case SectionBinding::IndividualCriteria:
        return LabelsText::tr("Tiêu chí cho cá nhân");
    case SectionBinding::AwardForms:
        return LabelsText::tr("Hình thức khen thưởng");
    case SectionBinding::Annex:
        return LabelsText::tr("Phụ lục (in sau chữ ký, trang riêng)");
    }
    return {};
}

QString blockKindLabel(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Paragraph:
        return LabelsText::tr("Đoạn văn");
    case BlockKind::Item:
        return LabelsText::tr("Mục liệt kê");
    case BlockKind::Citation:
        return LabelsText::tr("Căn cứ (in nghiêng)");
    case BlockKind::TableRow:
        return LabelsText::tr("Dòng bảng");
    }
    return {};
}

QString annualTitleLabel(AnnualTitle title)
{
    switch (title) {
    case AnnualTitle::AdvancedWorker:
        return LabelsText::tr("Lao động tiên tiến");
    case AnnualTitle::GrassrootsEmulationFighter:
        return LabelsText::tr("Chiến sĩ thi đua cơ sở");
    case AnnualTitle::ProvinceEmulationFighter:
        return LabelsText::tr("Chiến sĩ thi đua cấp tỉnh");
    case AnnualTitle::NationalEmulationFighter:
        return LabelsText::tr("Chiến sĩ thi đua toàn quốc");
    case AnnualTitle::ProvinceMerit:
        return LabelsText::tr("Bằng khen của Chủ tịch UBND tỉnh");
    case AnnualTitle::AdvancedCollective:
        return LabelsText::tr("Tập thể lao động tiên tiến");
    case AnnualTitle::ExcellentCollective:
        return LabelsText::tr("Tập thể lao động xuất sắc");
    case AnnualTitle::ProvinceFlag:
        return LabelsText::tr("Cờ thi đua của UBND tỉnh");
    case AnnualTitle::GovernmentFlag:
        return LabelsText::tr("Cờ thi đua của Chính phủ");
    }
    return {};
}

QString annualTitleAbbreviation(AnnualTitle title)
{
    switch (title) {
    case AnnualTitle::AdvancedWorker:
        return LabelsText::tr("LĐTT");
    case AnnualTitle::GrassrootsEmulationFighter:
        return LabelsText::tr("CSTĐCS");
    case AnnualTitle::ProvinceEmulationFighter:
        return LabelsText::tr("CSTĐ tỉnh");
    case AnnualTitle::NationalEmulationFighter:
        return LabelsText::tr("CSTĐ toàn quốc");
    case AnnualTitle::ProvinceMerit:
        return LabelsText::tr("Bằng khen tỉnh");
    case AnnualTitle::AdvancedCollective:
        return LabelsText::tr("TTLĐTT");
    case AnnualTitle::ExcellentCollective:
        return LabelsText::tr("TTLĐXS");
    case AnnualTitle::ProvinceFlag:
        return LabelsText::tr("Cờ thi đua tỉnh");
    case AnnualTitle::GovernmentFlag:
        return LabelsText::tr("Cờ thi đua Chính phủ");
    }
    return {};
}

QString annualRuleLabel(AnnualRule rule)
{
    switch (rule) {
    case AnnualRule::ProvinceFighterConsecutiveGrassroots:
        return LabelsText::tr("Chiến sĩ thi đua cấp tỉnh: số năm liên tục đạt Chiến sĩ thi đua cơ sở");
    case AnnualRule::NationalFighterConsecutiveProvince:
        return LabelsText::tr("Chiến sĩ thi đua toàn quốc: số lần liên tục đạt Chiến sĩ thi đua cấp tỉnh");
    case AnnualRule::MeritConsecutiveGrassroots:
        return LabelsText::tr("Bằng khen: số năm liên tục đạt Chiến sĩ thi đua cơ sở");
    case AnnualRule::MeritExcellentYears:
        return LabelsText::tr("Bằng khen: số năm liên tục hoàn thành xuất sắc nhiệm vụ");
    case AnnualRule::MeritInitiatives:
        return LabelsText::tr("Bằng khen: số sáng kiến, đề tài được công nhận trong các năm đó");
    case AnnualRule::AdvancedCollectiveAdvancedPercent:
        return LabelsText::tr("Tập thể lao động tiên tiến: tỷ lệ thành viên đạt Lao động tiên tiến phải trên (%)");
    case AnnualRule::AdvancedCollectiveDisciplinedMembers:
        return LabelsText::tr("Tập thể lao động tiên tiến: số thành viên bị kỷ luật từ cảnh cáo trở lên tối đa");
    case AnnualRule::ExcellentCollectiveCompletedPercent:
        return LabelsText::tr("Tập thể lao động xuất sắc: tỷ lệ thành viên hoàn thành nhiệm vụ (%)");
    case AnnualRule::ExcellentCollectiveAdvancedPercent:
        return LabelsText::tr("Tập thể lao động xuất sắc: tỷ lệ thành viên đạt Lao động tiên tiến ít nhất (%)");
    case AnnualRule::ExcellentCollectiveGrassrootsFighters:
        return LabelsText::tr("Tập thể lao động xuất sắc: số thành viên đạt Chiến sĩ thi đua cơ sở ít nhất");
    }
    return {};
}

QString taskRatingLabel(TaskRating rating)
{
    switch (rating) {
    case TaskRating::Excellent:
        return LabelsText::tr("Hoàn thành xuất sắc nhiệm vụ");
    case TaskRating::Good:
        return LabelsText::tr("Hoàn thành tốt nhiệm vụ");
    case TaskRating::Completed:
        return LabelsText::tr("Hoàn thành nhiệm vụ");
    case TaskRating::NotCompleted:
        return LabelsText::tr("Không hoàn thành nhiệm vụ");
    }
    return {};
}

QString taskRatingAbbreviation(TaskRating rating)
{
    switch (rating) {
    case TaskRating::Excellent:
        return LabelsText::tr("HTXSNV");
    case TaskRating::Good:
        return LabelsText::tr("HTTNV");
    case TaskRating::Completed:
        return LabelsText::tr("HTNV");
    case TaskRating::NotCompleted:
        return LabelsText::tr("KHTNV");
    }
    return {};
}

QString disciplineLabel(Discipline discipline)
{
    switch (discipline) {
    case Discipline::None:
        return LabelsText::tr("Không");
    case Discipline::Reprimand:
        return LabelsText::tr("Khiển trách");
    case Discipline::Warning:
        return LabelsText::tr("Cảnh cáo");
    case Discipline::Severe:
        return LabelsText::tr("Nặng hơn cảnh cáo");
    }
    return {};
}

QString initiativeKindLabel(InitiativeKind kind)
{
    return kind == InitiativeKind::Research ? LabelsText::tr("Đề tài, đề án, công trình khoa học") : LabelsText::tr("Sáng kiến");
}

QString initiativeScopeLabel(InitiativeScope scope)
{
    switch (scope) {
    case InitiativeScope::Grassroots:
        return LabelsText::tr("Cơ sở");
    case InitiativeScope::Province:
        return LabelsText::tr("Cấp tỉnh");
    case InitiativeScope::National:
        return LabelsText::tr("Toàn quốc");
    }
    return {};
}
