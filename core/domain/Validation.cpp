#include "core/domain/Validation.h"

#include <QCoreApplication>

namespace {

// Gives lupdate and QCoreApplication the context "Validation" for this file's strings.
struct ValidationText {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

Error fieldError(const QString& field, const QString& problem)
{
    return Error { ValidationText::tr("Trường «%1»: %2").arg(field, problem), field };
}

Status requireText(const QString& field, const QString& value, int maxLength)
{
    if (value.trimmed().isEmpty())
        return fieldError(field, ValidationText::tr("không được để trống."));
    if (value.size() > maxLength)
        return fieldError(field, ValidationText::tr("dài %1 ký tự, vượt quá giới hạn %2 ký tự.").arg(value.size()).arg(maxLength));
    return {};
}

Status limitText(const QString& field, const QString& value, int maxLength)
{
    if (value.size() > maxLength)
        return fieldError(field, ValidationText::tr("dài %1 ký tự, vượt quá giới hạn %2 ký tự.").arg(value.size()).arg(maxLength));
    return {};
}

// Runs checks in order and stops at the first failure.
template <typename... Checks> Status firstFailure(Checks&&... checks)
{
    Status result;
    ((result.ok() ? (result = checks(), 0) : 0), ...);
    return result;
}

Status validateSections(const std::vector<PlanSection>& sections, int depth)
{
    constexpr int MaxDepth = 8;
    if (!sections.empty() && depth > MaxDepth)
        return fieldError(ValidationText::tr("Đề cương kế hoạch"), ValidationText::tr("sâu quá %1 cấp.").arg(MaxDepth));
    for (const PlanSection& section : sections) {
        if (Status s = limitText(ValidationText::tr("Tiêu đề mục"), section.heading, Limits::ShortText * 2); !s)
            return s;
        for (const PlanBlock& block : section.blocks) {
            if (Status s = requireText(ValidationText::tr("Nội dung đoạn trong mục «%1»").arg(section.heading.left(60)), block.text,
                    Limits::LongText);
                !s)
                return s;
        }
        if (Status s = validateSections(section.children, depth + 1); !s)
            return s;
    }
    return {};
}

} // namespace

QString Agency::nameForSentences() const
{
    if (!nameInText.trimmed().isEmpty())
        return nameInText.trimmed();
    QString text = name.trimmed().toLower();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

Status validateAgency(const Agency& agency)
{
    return firstFailure([&] { return requireText(ValidationText::tr("Cơ quan chủ quản"), agency.parentAuthority, Limits::ShortText); },
        [&] { return requireText(ValidationText::tr("Tên cơ quan"), agency.name, Limits::ShortText); },
        [&] { return requireText(ValidationText::tr("Chữ viết tắt"), agency.abbreviation, Limits::Code); },
        [&] { return requireText(ValidationText::tr("Địa danh"), agency.placeName, Limits::ShortText); },
        [&] { return limitText(ValidationText::tr("Tên cơ quan viết trong câu"), agency.nameInText, Limits::ShortText); });
}

Status validateSigner(const Signer& signer)
{
    return firstFailure([&] { return requireText(ValidationText::tr("Họ và tên người ký"), signer.fullName, Limits::ShortText); },
        [&] { return requireText(ValidationText::tr("Chức vụ người ký"), signer.position, Limits::ShortText); },
        [&] { return limitText(ValidationText::tr("Quyền hạn ký"), signer.signingPrefix, Limits::ShortText); });
}

Status validateUnit(const Unit& unit)
{
    return firstFailure([&] { return requireText(ValidationText::tr("Tên đơn vị"), unit.name, Limits::ShortText); },
        [&] { return requireText(ValidationText::tr("Mã đơn vị"), unit.code, Limits::Code); },
        [&]() -> Status {
            if (unit.code.trimmed().contains(QLatin1Char(' ')))
                return fieldError(ValidationText::tr("Mã đơn vị"), ValidationText::tr("không được chứa dấu cách."));
            return {};
        });
}

Status validatePerson(const Person& person, int currentYear)
{
    return firstFailure([&] { return requireText(ValidationText::tr("Họ và tên"), person.fullName, Limits::ShortText); },
        [&]() -> Status {
            if (person.unitId <= 0)
                return fieldError(ValidationText::tr("Đơn vị"), ValidationText::tr("chưa chọn đơn vị."));
            return {};
        },
        [&] { return limitText(ValidationText::tr("Chức vụ"), person.position, Limits::ShortText); },
        [&]() -> Status {
            if (person.birthYear && (*person.birthYear < Limits::EarliestBirthYear || *person.birthYear > currentYear))
                return fieldError(ValidationText::tr("Năm sinh"),
                    ValidationText::tr("%1 nằm ngoài khoảng %2–%3.")
                        .arg(*person.birthYear)
                        .arg(Limits::EarliestBirthYear)
                        .arg(currentYear));
            return {};
        });
}

Status validateCampaign(const Campaign& campaign)
{
    return firstFailure([&] { return requireText(ValidationText::tr("Tên đợt thi đua"), campaign.name, Limits::ShortText * 2); },
        [&] { return requireText(ValidationText::tr("Trích yếu"), campaign.summary, Limits::ShortText * 3); },
        [&]() -> Status {
            if (!campaign.startDate.isValid())
                return fieldError(ValidationText::tr("Ngày bắt đầu"), ValidationText::tr("chưa nhập hoặc không hợp lệ."));
            if (campaign.endDate && campaign.endDate->isValid() && *campaign.endDate < campaign.startDate)
                return fieldError(ValidationText::tr("Ngày kết thúc"), ValidationText::tr("phải sau ngày bắt đầu."));
            return {};
        },
        [&] { return limitText(ValidationText::tr("Số văn bản"), campaign.documentNumber, Limits::Code); },
        [&]() -> Status {
            if (campaign.issueYear < 2000 || campaign.issueYear > 2100)
                return fieldError(ValidationText::tr("Năm ban hành"), ValidationText::tr("%1 không hợp lệ.").arg(campaign.issueYear));
            if (campaign.issueMonth && (*campaign.issueMonth < 1 || *campaign.issueMonth > 12))
                return fieldError(ValidationText::tr("Tháng ban hành"), ValidationText::tr("%1 không hợp lệ.").arg(*campaign.issueMonth));
            if (campaign.issueDay) {
                if (!campaign.issueMonth)
                    return fieldError(ValidationText::tr("Ngày ban hành"), ValidationText::tr("cần có tháng khi đã có ngày."));
                if (!QDate(campaign.issueYear, *campaign.issueMonth, *campaign.issueDay).isValid())
                    return fieldError(ValidationText::tr("Ngày ban hành"), ValidationText::tr("ngày %1 không có trong tháng %2.")
                                                              .arg(*campaign.issueDay)
                                                              .arg(*campaign.issueMonth));
            }
            return {};
        },
        [&]() -> Status {
            for (const QString& recipient : campaign.recipients)
                if (Status s = requireText(ValidationText::tr("Nơi nhận"), recipient, Limits::ShortText); !s)
                    return s;
            return {};
        },
        [&]() -> Status {
            if (!(campaign.councilThresholdPercent >= 0 && campaign.councilThresholdPercent < 100))
                return fieldError(ValidationText::tr("Ngưỡng thông qua của hội đồng"),
                    ValidationText::tr("%1% phải từ 0 đến dưới 100.").arg(campaign.councilThresholdPercent));
            return {};
        },
        [&] { return validateSections(campaign.sections, 1); });
}
