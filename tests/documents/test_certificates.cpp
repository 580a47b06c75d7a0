#include "tests/support/Catch.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"

#include "core/certificates/CertificateLayoutRepository.h"
#include "core/certificates/CertificatePrinter.h"
#include "core/certificates/CertificateText.h"
#include "core/cli/CommandLine.h"
#include "core/storage/AwardDecisionRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QDir>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

constexpr double MmPerPoint = 25.4 / 72;

// Two people and a unit granted the Director's Giấy khen.
struct Decided {
    FreshDatabase fresh;
    qint64 campaignId = 0;
    std::vector<Person> people;

    Decided()
    {
        Database& db = *fresh.db;
        campaignId = BuiltInTemplate::install(db).value();
        people = PersonRepository(db).all().value();
        const Unit unit = UnitRepository(db).all().value().front();
        const qint64 giayKhen = awardFormOf(db, AwardLevel::Agency);
        for (const Nominee& nominee : { Nominee { Nominee::Kind::Person, people[0].id }, Nominee { Nominee::Kind::Person, people[1].id },
                 Nominee { Nominee::Kind::Unit, unit.id } }) {
            concludeAllMet(db, campaignId, nominee);
            proposeThrough(db, campaignId, nominee, giayKhen, unit.id, QStringLiteral("Hoàn thành xuất sắc."), ProposalState::Decided);
        }
    }
};

struct Word {
    QString text;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0; // mm
};

// The words of each page as pdftotext -bbox reports them, in millimetres from the top-left.
std::vector<std::vector<Word>> wordsOf(const QString& pdf)
{
    QXmlStreamReader xml(runTool(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), pdf, QStringLiteral("-") }));
    std::vector<std::vector<Word>> pages;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("page"))
            pages.emplace_back();
        else if (xml.name() == QLatin1String("word") && !pages.empty()) {
            const auto at = xml.attributes();
            Word w;
            w.xMin = at.value(QStringLiteral("xMin")).toDouble() * MmPerPoint;
            w.yMin = at.value(QStringLiteral("yMin")).toDouble() * MmPerPoint;
            w.xMax = at.value(QStringLiteral("xMax")).toDouble() * MmPerPoint;
            w.yMax = at.value(QStringLiteral("yMax")).toDouble() * MmPerPoint;
            w.text = xml.readElementText();
            pages.back().push_back(w);
        }
    }
    return pages;
}

} // namespace

TEST_CASE("certificates print each field within half a millimetre of its layout after the printer's nudge")
{
    Decided season;
    Database& db = *season.fresh.db;
    CHECK(CertificateText::load(db, season.campaignId).error().message.contains(QStringLiteral("«Số quyết định»")));
    REQUIRE_OK(AwardDecisionRepository(db).save({ season.campaignId, QStringLiteral("15"), QDate(2026, 12, 5) }));
    Result<std::vector<CertificateText::Certificate>> certificates = CertificateText::load(db, season.campaignId);
    REQUIRE_OK(certificates);
    REQUIRE(certificates.value().size() == 3);
    CHECK(certificates.value()[0].texts.at(CertificateField::Decision) == QStringLiteral("Quyết định số 15/QĐ-SKHCN"));
    CHECK(certificates.value()[0].texts.at(CertificateField::PlaceDate) == QStringLiteral("Lai Châu, ngày 05 tháng 12 năm 2026"));

    const CertificateLayout layout = CertificateLayout::standard();
    const PrinterNudge nudge { 1.5, -2.0 };
    const QString pdf = season.fresh.folder.file(QStringLiteral("giấy khen.pdf"));
    REQUIRE_OK(CertificatePrinter::writePdf(pdf, layout, nudge, certificates.value()));
    const auto pages = wordsOf(pdf);
    REQUIRE(pages.size() == 3);
    int checked = 0;
    for (size_t page = 0; page < pages.size(); ++page) {
        const CertificateText::Certificate& certificate = certificates.value()[page];
        for (const FieldPlacement& field : layout.fields) {
            for (const CertificateText::PlacedLine& line : CertificateText::place(layout, field, certificate.texts.at(field.field), nudge)) {
                const QStringList words = line.text.split(QLatin1Char(' '));
                // The line's first and last words, found on the page at its baseline.
                auto find = [&](const QString& text) -> const Word* {
                    for (const Word& w : pages[page])
                        if (w.text == text && w.yMin < line.baselineMm && w.yMax > line.baselineMm)
                            return &w;
                    return nullptr;
                };
                const Word* first = find(words.first());
                const Word* last = find(words.last());
                INFO(line.text.toStdString());
                REQUIRE(first);
                REQUIRE(last);
                CHECK(std::abs(first->xMin - line.xMm) < 0.5);
                CHECK(std::abs(last->xMax - (line.xMm + line.widthMm)) < 0.5);
                if (field.centred) // centred on the box after the nudge
                    CHECK(std::abs((first->xMin + last->xMax) / 2 - (field.xMm + nudge.xMm + field.widthMm / 2)) < 0.5);
                // pdftotext's box runs from the font's ascent above the baseline to its descent below.
                CHECK(std::abs(first->yMax - (line.baselineMm + line.descentMm)) < 0.5);
                CHECK(std::abs(first->yMin - (line.baselineMm - line.ascentMm)) < 0.5);
                ++checked;
            }
        }
    }
    CHECK(checked >= 18);
}

TEST_CASE("a long text is set smaller, then on more lines, never cut")
{
    const CertificateLayout layout = CertificateLayout::standard();
    const FieldPlacement& achievement = layout.fields[2];
    const QString shortText = QStringLiteral("Đã có thành tích xuất sắc");
    const auto one = CertificateText::place(layout, achievement, shortText, {});
    REQUIRE(one.size() == 1);
    CHECK(one[0].font.pointSizeF() == Approx(achievement.sizePt));
    const QString longText = QStringLiteral("Đã có thành tích xuất sắc trong Đợt thi đua Lập thành tích chào mừng Đại hội đại biểu toàn "
                                            "quốc lần thứ XIV của Đảng và kỷ niệm các ngày lễ lớn của đất nước trong năm 2026");
    const auto lines = CertificateText::place(layout, achievement, longText, {});
    REQUIRE(lines.size() >= 2);
    QStringList joined;
    for (const auto& line : lines) {
        CHECK(line.widthMm <= achievement.widthMm + 0.01);
        CHECK(line.font.pointSizeF() == Approx(achievement.sizePt * 0.8));
        joined << line.text;
    }
    CHECK(joined.join(QLatin1Char(' ')) == longText); // every word kept
    CHECK(lines[1].baselineMm > lines[0].baselineMm);
}

TEST_CASE("a layout whose field falls off the blank is refused, naming the field; layouts are kept")
{
    FreshDatabase fresh;
    CertificateLayoutRepository layouts(*fresh.db);
    REQUIRE(layouts.all().value().size() == 1); // the standard one, offered before any is saved
    CertificateLayout layout = layouts.all().value().front();
    layout.fields[0].xMm = 200; // 200 + 200 mm wide on a 297 mm blank
    const Status refused = layouts.save(layout);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Người (tập thể) được khen")));
    CHECK(layout.id == 0);

    layout = CertificateLayout::standard();
    layout.name = QStringLiteral("Phôi Sở năm 2026");
    layout.scanPath = QStringLiteral("/tmp/Tài liệu/phôi quét.png");
    layout.fields[5].baselineMm = 205.5;
    REQUIRE_OK(layouts.save(layout));
    REQUIRE(layout.id > 0);
    const auto stored = layouts.all().value();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front() == layout);

    // A nudge that pushes the lowest field off the bottom is refused before anything prints.
    const QString pdf = fresh.folder.file(QStringLiteral("lệch.pdf"));
    const Status pushed = CertificatePrinter::writePdf(pdf, layout, { 0, 6 }, { CertificateText::sample() });
    REQUIRE_FALSE(pushed);
    CHECK(pushed.error().message.contains(QStringLiteral("Họ tên người ký")));
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(CertificatePrinter::writePdf(pdf, layout, {}, {}).error().message.contains(QStringLiteral("Không có Giấy khen")));
}

TEST_CASE("the calibration page draws its frame 10 mm inside the blank, moved by the nudge")
{
    TestFolder folder;
    const CertificateLayout layout = CertificateLayout::standard();
    const QString pdf = folder.file(QStringLiteral("căn chỉnh.pdf"));
    REQUIRE_OK(CertificatePrinter::writeCalibrationPdf(pdf, layout, { 2, 3 }));
    const QString info = runTool(QStringLiteral("pdfinfo"), { pdf });
    // 297 × 210 mm = 841.89 × 595.28 pt
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595(\\.\\d+)? pts"))));
    const auto pages = wordsOf(pdf);
    REQUIRE(pages.size() == 1);
    // The ruler's "50" sits just right of the 50 mm tick (plus the nudge of 2 mm).
    const auto fifty = std::find_if(pages[0].begin(), pages[0].end(), [](const Word& w) { return w.text == QLatin1String("50"); });
    REQUIRE(fifty != pages[0].end());
    CHECK(std::abs(fifty->xMin - (50 + 0.8 + 2)) < 0.5);
}

TEST_CASE("the command line writes the decision's certificates as a PDF, and refuses DOCX")
{
    Decided season;
    Database& db = *season.fresh.db;
    const QString pdf = season.fresh.folder.file(QStringLiteral("Thi đua 2026/giấy khen.pdf"));
    QDir().mkpath(QFileInfo(pdf).absolutePath());
    auto run = [&](const QString& format) {
        QString out, err;
        QTextStream o(&out), e(&err);
        return CommandLine::run({ QStringLiteral("export"), QStringLiteral("paperwork"), QStringLiteral("--db"), db.path(),
                                    QStringLiteral("--campaign"), QString::number(season.campaignId), QStringLiteral("--kind"),
                                    QStringLiteral("giay-khen"), QStringLiteral("--nudge-x"), QStringLiteral("-1.5"), QStringLiteral("--format"),
                                    format, QStringLiteral("--output"), pdf },
            o, e);
    };
    CHECK(run(QStringLiteral("pdf")) != 0); // no decision number yet
    CHECK_FALSE(QFileInfo::exists(pdf));
    REQUIRE_OK(AwardDecisionRepository(db).save({ season.campaignId, QStringLiteral("15"), QDate(2026, 12, 5) }));
    CHECK(run(QStringLiteral("docx")) != 0);
    REQUIRE(run(QStringLiteral("pdf")) == 0);
    const auto pages = wordsOf(pdf);
    REQUIRE(pages.size() == 3);
    const QString firstPage = [&] {
        QStringList words;
        for (const Word& w : pages[0])
            words << w.text;
        return words.join(QLatin1Char(' '));
    }();
    CHECK(firstPage.contains(season.people[0].fullName));
    CHECK(firstPage.contains(QStringLiteral("15/QĐ-SKHCN")));
}
