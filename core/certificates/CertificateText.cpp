#include "core/certificates/CertificateText.h"

#include "core/documents/Decree30.h"
#include "core/documents/Paperwork.h"
#include "core/documents/writers/DocumentFont.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>

namespace CertificateText {

namespace {

struct CertificateTextText {
    Q_DECLARE_TR_FUNCTIONS(CertificateText)
};

constexpr double MmPerPoint = 25.4 / 72;
constexpr double SmallestScale = 0.8;
constexpr double LineSpacing = 1.2;
constexpr double Tolerance = 0.01; // mm

// A device of the given resolution to measure text on (one per resolution, kept).
QPaintDevice* measuringDevice(int dpi)
{
    static std::map<int, QImage> devices;
    auto found = devices.find(dpi);
    if (found == devices.end()) {
        QImage image(1, 1, QImage::Format_ARGB32);
        image.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
        image.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
        found = devices.emplace(dpi, std::move(image)).first;
    }
    return &found->second;
}

QFont fieldFont(const CertificateLayout& layout, const FieldPlacement& field, double sizePt)
{
    QFont font = documentFont(layout.fontFamily, sizePt);
    font.setBold(field.bold);
    font.setItalic(field.italic);
    return font;
}

double widthMm(const QFont& font, const QString& text, int dpi)
{
    return QFontMetricsF(font, measuringDevice(dpi)).horizontalAdvance(text) * 25.4 / dpi;
}

// Words into lines no wider than the box (a single word longer than the box keeps its own line).
QStringList wrap(const QFont& font, const QString& text, double boxMm, int dpi)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && widthMm(font, candidate, dpi) > boxMm) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

} // namespace

std::vector<PlacedLine> place(const CertificateLayout& layout, const FieldPlacement& field, const QString& text, PrinterNudge nudge, int dpi)
{
    const QString simplified = text.simplified();
    if (simplified.isEmpty())
        return {};
    double size = field.sizePt;
    QFont font = fieldFont(layout, field, size);
    const double full = widthMm(font, simplified, dpi);
    QStringList lines { simplified };
    if (full > field.widthMm) {
        size = field.sizePt * std::max(SmallestScale, field.widthMm / full * 0.999);
        font = fieldFont(layout, field, size);
        if (widthMm(font, simplified, dpi) > field.widthMm)
            lines = wrap(font, simplified, field.widthMm, dpi);
    }
    const QFontMetricsF metrics(font, measuringDevice(dpi));
    std::vector<PlacedLine> placed;
    for (int i = 0; i < lines.size(); ++i) {
        PlacedLine line;
        line.text = lines[i];
        line.font = font;
        line.widthMm = widthMm(font, lines[i], dpi);
        line.xMm = field.xMm + nudge.xMm + (field.centred ? (field.widthMm - line.widthMm) / 2 : 0);
        line.baselineMm = field.baselineMm + nudge.yMm + i * size * MmPerPoint * LineSpacing;
        line.ascentMm = metrics.ascent() * 25.4 / dpi;
        line.descentMm = metrics.descent() * 25.4 / dpi;
        placed.push_back(std::move(line));
    }
    return placed;
}

Status checkLayout(const CertificateLayout& layout)
{
    if (layout.pageWidthMm < 50 || layout.pageWidthMm > 600 || layout.pageHeightMm < 50 || layout.pageHeightMm > 600)
        return Error { CertificateTextText::tr("Khổ phôi %1 × %2 mm không hợp lệ: mỗi chiều từ 50 đến 600 mm.")
                           .arg(layout.pageWidthMm)
                           .arg(layout.pageHeightMm),
            {} };
    if (layout.fields.empty())
        return Error { CertificateTextText::tr("Mẫu phôi «%1» chưa có trường nào để in.").arg(layout.name), {} };
    for (const FieldPlacement& field : layout.fields) {
        const QString name = fieldLabel(field.field);
        if (field.sizePt < 6 || field.sizePt > 72)
            return Error { CertificateTextText::tr("Trường «%1»: cỡ chữ %2 không hợp lệ (từ 6 đến 72).").arg(name).arg(field.sizePt), {} };
        if (field.widthMm < 5)
            return Error { CertificateTextText::tr("Trường «%1»: độ rộng phải từ 5 mm trở lên.").arg(name), {} };
        const double top = field.baselineMm - field.sizePt * MmPerPoint;
        if (field.xMm < -Tolerance || field.xMm + field.widthMm > layout.pageWidthMm + Tolerance || top < -Tolerance
            || field.baselineMm > layout.pageHeightMm + Tolerance)
            return Error { CertificateTextText::tr("Trường «%1» nằm ngoài phôi %2 × %3 mm (vị trí %4, %5; rộng %6 mm).")
                               .arg(name)
                               .arg(layout.pageWidthMm)
                               .arg(layout.pageHeightMm)
                               .arg(field.xMm)
                               .arg(field.baselineMm)
                               .arg(field.widthMm),
                {} };
    }
    return {};
}

Status checkFits(const CertificateLayout& layout, PrinterNudge nudge, const std::vector<Certificate>& certificates, int dpi)
{
    if (Status valid = checkLayout(layout); !valid)
        return valid;
    if (certificates.empty())
        return Error { CertificateTextText::tr("Không có Giấy khen nào để in."), {} };
    for (const Certificate& certificate : certificates)
        for (const FieldPlacement& field : layout.fields) {
            const auto text = certificate.texts.find(field.field);
            if (text == certificate.texts.end())
                continue;
            for (const PlacedLine& line : place(layout, field, text->second, nudge, dpi))
                if (line.xMm < -Tolerance || line.xMm + line.widthMm > layout.pageWidthMm + Tolerance
                    || line.baselineMm - line.ascentMm < -Tolerance || line.baselineMm + line.descentMm > layout.pageHeightMm + Tolerance)
                    return Error { CertificateTextText::tr("Giấy khen của «%1»: trường «%2» rơi ra ngoài phôi (kể cả độ lệch của máy in "
                                                           "%3, %4 mm). Hãy sửa vị trí hoặc độ rộng của trường.")
                                       .arg(certificate.recipient, fieldLabel(field.field))
                                       .arg(nudge.xMm)
                                       .arg(nudge.yMm),
                        {} };
        }
    return {};
}

std::vector<Certificate> certificatesOf(const Paperwork::Input& decided)
{
    std::vector<Certificate> out;
    const QDate day = decided.decision.signedOn.value_or(QDate());
    const QString decision = QStringLiteral("Quyết định số %1/QĐ-%2").arg(decided.decision.number.trimmed(), decided.agency.abbreviation);
    const QString placeDate = Decree30::placeDateLine(decided.agency.placeName, day.day(), day.month(), day.year());
    for (const Paperwork::Nomination& n : decided.nominations) {
        Certificate c;
        const bool person = n.proposal.nominee.kind == Nominee::Kind::Person;
        c.recipient = n.nomineeName;
        c.texts[CertificateField::Recipient] = person ? QStringLiteral("%1 %2").arg(n.honorific, n.nomineeName) : n.nomineeName;
        c.texts[CertificateField::Detail] = person ? n.nomineeDetail : decided.agency.nameForSentences();
        // A year-end review's certificate names the title recognised, and its year.
        c.texts[CertificateField::Achievement] = n.isTitle
            ? QStringLiteral("Đã đạt danh hiệu “%1” %2").arg(n.form.name, decided.annualPeriod)
            : QStringLiteral("Đã có thành tích xuất sắc trong %1").arg(decided.campaign.name);
        c.texts[CertificateField::Decision] = decision;
        c.texts[CertificateField::PlaceDate] = placeDate;
        c.texts[CertificateField::SignerName] = decided.signer.fullName;
        out.push_back(std::move(c));
    }
    return out;
}

Result<std::vector<Certificate>> load(Database& database, qint64 campaignId)
{
    Result<Paperwork::Input> decided = Paperwork::loadDecided(database, campaignId);
    if (!decided)
        return decided.error();
    if (decided.value().decision.number.trimmed().isEmpty())
        return Error { CertificateTextText::tr("Chưa in được Giấy khen: trường «Số quyết định» đang trống. Hãy ghi số, ngày ký của "
                                               "quyết định khen thưởng trước."),
            {} };
    if (!decided.value().decision.signedOn)
        return Error { CertificateTextText::tr("Chưa in được Giấy khen: trường «Ngày ký quyết định» đang trống."), {} };
    return certificatesOf(decided.value());
}

Certificate sample()
{
    Certificate c;
    c.recipient = QStringLiteral("Nguyễn Văn Mẫu");
    c.texts = { { CertificateField::Recipient, QStringLiteral("Ông Nguyễn Văn Mẫu") },
        { CertificateField::Detail, QStringLiteral("Chuyên viên Văn phòng Sở") },
        { CertificateField::Achievement, QStringLiteral("Đã có thành tích xuất sắc trong Đợt thi đua") },
        { CertificateField::Decision, QStringLiteral("Quyết định số 15/QĐ-SKHCN") },
        { CertificateField::PlaceDate, QStringLiteral("Lai Châu, ngày 05 tháng 12 năm 2026") },
        { CertificateField::SignerName, QStringLiteral("Trần Văn Tuấn") } };
    return c;
}

} // namespace CertificateText
