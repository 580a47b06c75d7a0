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
