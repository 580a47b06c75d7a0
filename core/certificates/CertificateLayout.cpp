#include "core/certificates/CertificateLayout.h"

#include <QCoreApplication>

namespace {
struct CertificateLayoutText {
    Q_DECLARE_TR_FUNCTIONS(CertificateLayout)
};
} // namespace

CertificateLayout CertificateLayout::standard()
{
    CertificateLayout layout;
    layout.name = CertificateLayoutText::tr("Phôi Giấy khen A4 ngang");
    // The common blank: national emblem and "GIÁM ĐỐC SỞ … TẶNG GIẤY KHEN" printed in the upper
    // half, the recipient under it, the achievement, then the date and the signature at the
    // bottom right and the decision number at the bottom left.
    layout.fields = {
        { CertificateField::Recipient, 48.5, 100, 200, 22, true, false, true },
        { CertificateField::Detail, 48.5, 112, 200, 16, false, true, true },
        { CertificateField::Achievement, 38.5, 126, 220, 16, false, false, true },
        { CertificateField::Decision, 30, 172, 100, 13, false, false, true },
        { CertificateField::PlaceDate, 160, 160, 110, 14, false, true, true },
        { CertificateField::SignerName, 160, 192, 110, 16, true, false, true },
    };
    return layout;
}

QString fieldLabel(CertificateField field)
{
    switch (field) {
    case CertificateField::Recipient:
        return CertificateLayoutText::tr("Người (tập thể) được khen");
    case CertificateField::Detail:
        return CertificateLayoutText::tr("Chức vụ, đơn vị");
    case CertificateField::Achievement:
        return CertificateLayoutText::tr("Thành tích");
    case CertificateField::Decision:
        return CertificateLayoutText::tr("Số quyết định");
    case CertificateField::PlaceDate:
        return CertificateLayoutText::tr("Địa danh, ngày tháng");
    case CertificateField::SignerName:
        return CertificateLayoutText::tr("Họ tên người ký");
    }
    return {};
}
