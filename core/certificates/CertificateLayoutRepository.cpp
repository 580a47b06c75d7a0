#include "core/certificates/CertificateLayoutRepository.h"

#include "core/certificates/CertificateText.h"
#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct CertificateLayoutRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(CertificateLayoutRepository)
};

const std::vector<std::pair<CertificateField, QString>> FieldCodes {
    { CertificateField::Recipient, QStringLiteral("recipient") },
    { CertificateField::Detail, QStringLiteral("detail") },
    { CertificateField::Achievement, QStringLiteral("achievement") },
    { CertificateField::Decision, QStringLiteral("decision") },
    { CertificateField::PlaceDate, QStringLiteral("place_date") },
    { CertificateField::SignerName, QStringLiteral("signer_name") },
};

QString codeOf(CertificateField field)
{
    for (const auto& [f, code] : FieldCodes)
        if (f == field)
            return code;
    return {};
}

QByteArray fieldsToJson(const std::vector<FieldPlacement>& fields)
{
    QJsonArray array;
    for (const FieldPlacement& f : fields)
        array.append(QJsonObject { { QStringLiteral("field"), codeOf(f.field) }, { QStringLiteral("x"), f.xMm },
            { QStringLiteral("baseline"), f.baselineMm }, { QStringLiteral("width"), f.widthMm }, { QStringLiteral("size"), f.sizePt },
            { QStringLiteral("bold"), f.bold }, { QStringLiteral("italic"), f.italic }, { QStringLiteral("centred"), f.centred } });
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::vector<FieldPlacement> fieldsFromJson(const QByteArray& json)
{
    std::vector<FieldPlacement> fields;
    for (const QJsonValue& value : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = value.toObject();
        const QString code = o.value(QStringLiteral("field")).toString();
        const auto known = std::find_if(FieldCodes.begin(), FieldCodes.end(), [&](const auto& f) { return f.second == code; });
        if (known == FieldCodes.end())
            continue; // a field of a newer version: left out rather than guessed
        fields.push_back({ known->first, o.value(QStringLiteral("x")).toDouble(), o.value(QStringLiteral("baseline")).toDouble(),
            o.value(QStringLiteral("width")).toDouble(), o.value(QStringLiteral("size")).toDouble(14),
            o.value(QStringLiteral("bold")).toBool(), o.value(QStringLiteral("italic")).toBool(),
            o.value(QStringLiteral("centred")).toBool(true) });
    }
    return fields;
}

} // namespace

Result<std::vector<CertificateLayout>> CertificateLayoutRepository::all() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, name, page_width_mm, page_height_mm, fields, scan_path, font_family FROM certificate_layout "
                                        "ORDER BY name"));
    if (Status s = query.exec(CertificateLayoutRepositoryText::tr("đọc mẫu phôi Giấy khen")); !s)
        return s.error();
    std::vector<CertificateLayout> layouts;
    while (query.next()) {
        CertificateLayout layout;
        layout.id = query.value(0).toLongLong();
        layout.name = query.value(1).toString();
        layout.pageWidthMm = query.value(2).toDouble();
        layout.pageHeightMm = query.value(3).toDouble();
        layout.fields = fieldsFromJson(query.value(4).toByteArray());
        layout.scanPath = query.value(5).toString();
        layout.fontFamily = query.value(6).toString();
        layouts.push_back(std::move(layout));
    }
    if (layouts.empty())
        layouts.push_back(CertificateLayout::standard());
    return layouts;
}

Status CertificateLayoutRepository::save(CertificateLayout& layout)
{
    layout.name = layout.name.trimmed();
    if (layout.name.isEmpty())
        return Error { CertificateLayoutRepositoryText::tr("Trường «Tên mẫu phôi»: không được để trống."), {} };
    if (layout.name.size() > Limits::ShortText)
        return Error { CertificateLayoutRepositoryText::tr("Trường «Tên mẫu phôi» dài quá %1 ký tự.").arg(Limits::ShortText), {} };
    if (Status fits = CertificateText::checkLayout(layout); !fits)
        return fits;
    if (layout.fontFamily.trimmed().isEmpty())
        layout.fontFamily = CertificateLayout().fontFamily;
    const QVariantList values { layout.name, layout.pageWidthMm, layout.pageHeightMm, QString::fromUtf8(fieldsToJson(layout.fields)),
        layout.scanPath, layout.fontFamily.trimmed() };
    if (layout.id > 0)
        return writeRow(m_db,
            QStringLiteral("UPDATE certificate_layout SET name = ?, page_width_mm = ?, page_height_mm = ?, fields = ?, scan_path = ?, "
                           "font_family = ? "
                           "WHERE id = ?"),
            CertificateLayoutRepositoryText::tr("lưu mẫu phôi Giấy khen"), QVariantList(values) << layout.id);
    Result<qint64> id = insertRow(m_db,
        QStringLiteral("INSERT INTO certificate_layout (name, page_width_mm, page_height_mm, fields, scan_path, font_family) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        CertificateLayoutRepositoryText::tr("lưu mẫu phôi Giấy khen"), values);
    if (!id)
        return id.error();
    layout.id = id.value();
    return {};
}

Status CertificateLayoutRepository::remove(qint64 id)
{
    return writeRow(m_db, QStringLiteral("DELETE FROM certificate_layout WHERE id = ?"),
        CertificateLayoutRepositoryText::tr("xóa mẫu phôi Giấy khen"), { id });
}
