#include "core/domain/Labels.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Labels", text); }
} // namespace

QString unitKindLabel(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Office:
        return tr("Văn phòng");
    case UnitKind::Inspectorate:
        return tr("Thanh tra");
    case UnitKind::Division:
        return tr("Phòng chuyên môn");
    case UnitKind::PublicService:
        return tr("Đơn vị sự nghiệp");
    }
    return {};
}

QString staffCategoryLabel(StaffCategory category)
{
    switch (category) {
    case StaffCategory::CivilServant:
        return tr("Công chức");
    case StaffCategory::PublicEmployee:
        return tr("Viên chức");
    case StaffCategory::Worker:
        return tr("Người lao động");
    }
    return {};
}

QString genderLabel(Gender gender) { return gender == Gender::Female ? tr("Nữ") : tr("Nam"); }

QString awardLevelLabel(AwardLevel level)
{
    switch (level) {
    case AwardLevel::State:
        return tr("Nhà nước");
    case AwardLevel::Government:
        return tr("Chính phủ");
    case AwardLevel::Province:
        return tr("Tỉnh");
    case AwardLevel::Agency:
        return tr("Cơ quan");
    }
    return {};
}

QString campaignKindLabel(CampaignKind kind)
{
    return kind == CampaignKind::Regular ? tr("Thường xuyên") : tr("Theo đợt, chuyên đề");
}

QString numberingStyleLabel(NumberingStyle style)
{
    switch (style) {
    case NumberingStyle::None:
        return tr("Không đánh số");
    case NumberingStyle::Roman:
        return tr("I., II., III.");
    case NumberingStyle::Arabic:
        return tr("1., 2., 3.");
    case NumberingStyle::Alpha:
        return tr("a), b), c)");
    case NumberingStyle::Dash:
        return tr("Gạch đầu dòng (-)");
    case NumberingStyle::Plus:
        return tr("Dấu cộng (+)");
    }
    return {};
}

QString sectionBindingLabel(SectionBinding binding)
{
    switch (binding) {
    case SectionBinding::Text:
        return tr("Văn bản tự do");
    case SectionBinding::UnitCriteria:
        return tr("Tiêu chí cho phòng, đơn vị");
    case SectionBinding::IndividualCriteria:
        return tr("Tiêu chí cho cá nhân");
    case SectionBinding::AwardForms:
        return tr("Hình thức khen thưởng");
    }
    return {};
}

QString blockKindLabel(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Paragraph:
        return tr("Đoạn văn");
    case BlockKind::Item:
        return tr("Mục liệt kê");
    case BlockKind::Citation:
        return tr("Căn cứ (in nghiêng)");
    }
    return {};
}
