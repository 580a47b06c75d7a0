#include "tests/support/Catch.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/Golden.h"
#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TextCompare.h"

#include "core/cli/CommandLine.h"
#include "core/documents/FinalReport.h"
#include "core/storage/FinalReportRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitReportRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/templates/BuiltInTemplate.h"

#include <QDir>
#include <QFile>

namespace {

Proposal proposal(qint64 formId, Nominee::Kind kind, ProposalState state)
{
    static qint64 next = 0;
    Proposal p;
    p.id = ++next;
    p.awardFormId = formId;
    p.nominee = { kind, p.id };
    p.state = state;
    return p;
}

// The cells of the document's ruled table whose second header cell is `title`, row by row.
std::vector<QStringList> tableCells(const doc::Document& document, const QString& title)
{
    for (const doc::Block& block : document.body) {
        const auto* table = std::get_if<doc::Table>(&block);
        if (!table || table->rows.empty() || table->rows[0].size() < 2)
            continue;
        auto cellText = [](const doc::Cell& cell) {
            QStringList parts;
            for (const doc::CellBlock& b : cell.blocks)
                if (const auto* p = std::get_if<doc::Paragraph>(&b))
                    parts << p->text();
            return parts.join(QLatin1Char(' '));
        };
        if (cellText(table->rows[0][1]) != title)
            continue;
        std::vector<QStringList> rows;
        for (const auto& row : table->rows) {
            QStringList cells;
            for (const doc::Cell& cell : row)
                cells << cellText(cell);
            rows.push_back(cells);
        }
        return rows;
    }
    FAIL("no table titled " << title.toStdString());
    return {};
}

// A season at its end: eight units, two of which reported (one late); Giấy khen decided for two
// people and a unit; a provincial Bằng khen forwarded; one proposal still a draft.
struct SeasonEnd {
    FreshDatabase fresh;
    qint64 campaignId = 0;
    std::vector<Unit> units;

    SeasonEnd()
    {
        Database& db = *fresh.db;
        campaignId = BuiltInTemplate::install(db).value();
        units = UnitRepository(db).all().value();
        const auto people = PersonRepository(db).all().value();
        UnitReportRepository reports(db);
        REQUIRE_OK(reports.setCampaignDeadline(campaignId, QDate(2026, 11, 30)));
        std::vector<UnitReport> all = reports.forCampaign(campaignId).value();
        all[0].receivedOn = QDate(2026, 11, 28);
        all[0].documentNumber = QStringLiteral("12/BC-VP");
        all[0].documentDate = QDate(2026, 11, 27);
        all[0].summary = QStringLiteral("Hoàn thành 100% nhiệm vụ, có 2 sáng kiến được công nhận.");
        all[0].initiatives = 2;
        all[0].models = 1;
        all[0].peopleCommended = 3;
        all[1].receivedOn = QDate(2026, 12, 2); // two days late
        all[1].initiatives = 1;
        all[1].models = 0;
        all[1].peopleCommended = 4;
        REQUIRE_OK(reports.save(all[0]));
        REQUIRE_OK(reports.save(all[1]));

        const qint64 giayKhen = awardFormOf(db, AwardLevel::Agency);
        const qint64 bangKhen = awardFormOf(db, AwardLevel::Province);
        for (int i = 0; i < 2; ++i) {
            concludeAllMet(db, campaignId, { Nominee::Kind::Person, people[size_t(i)].id });
            proposeThrough(db, campaignId, { Nominee::Kind::Person, people[size_t(i)].id }, giayKhen, people[size_t(i)].unitId,
                QStringLiteral("Hoàn thành xuất sắc."), ProposalState::Decided);
        }
        concludeAllMet(db, campaignId, { Nominee::Kind::Unit, units[0].id });
        proposeThrough(db, campaignId, { Nominee::Kind::Unit, units[0].id }, giayKhen, units[0].id, QStringLiteral("Tập thể xuất sắc."),
            ProposalState::Decided);
        concludeAllMet(db, campaignId, { Nominee::Kind::Person, people[2].id });
        const qint64 forwarded = proposeThrough(db, campaignId, { Nominee::Kind::Person, people[2].id }, bangKhen, people[2].unitId,
            QStringLiteral("Tiêu biểu."), ProposalState::Reviewed);
        REQUIRE_OK(ProposalRepository(db).move(forwarded, ProposalState::Forwarded, {}, {}));
        concludeAllMet(db, campaignId, { Nominee::Kind::Person, people[3].id });
        proposeThrough(db, campaignId, { Nominee::Kind::Person, people[3].id }, giayKhen, people[3].unitId, QStringLiteral("Nháp."),
            ProposalState::Draft);
    }
};

} // namespace

TEST_CASE("award statistics count proposed and granted per form, collectives and individuals apart")
{
    const std::vector<AwardForm> forms { { 1, QStringLiteral("Giấy khen"), AwardLevel::Agency, {}, NomineeKind::Both, {}, {} },
        { 2, QStringLiteral("Bằng khen"), AwardLevel::Province, {}, NomineeKind::Both, {}, {} },
        { 3, QStringLiteral("Huân chương"), AwardLevel::State, {}, NomineeKind::Both, {}, {} } };
    using S = ProposalState;
    using K = Nominee::Kind;
    const std::vector<Proposal> proposals { proposal(1, K::Person, S::Decided), proposal(1, K::Person, S::Awarded),
        proposal(1, K::Unit, S::Decided), proposal(1, K::Person, S::Rejected), proposal(1, K::Person, S::Draft),
        proposal(1, K::Person, S::Submitted), proposal(1, K::Unit, S::Returned), proposal(2, K::Person, S::Forwarded),
        proposal(2, K::Unit, S::Awarded), proposal(2, K::Unit, S::Reviewed) };
    const auto rows = FinalReport::awardStatistics(proposals, forms);
    REQUIRE(rows.size() == 2); // no row for a form nobody was proposed for
    CHECK(rows[0] == FinalReport::AwardRow { QStringLiteral("Giấy khen"), 2, 4, 1, 2 });
    CHECK(rows[1] == FinalReport::AwardRow { QStringLiteral("Bằng khen"), 2, 1, 1, 0 });
    CHECK(FinalReport::totals(rows) == FinalReport::AwardRow { QStringLiteral("Tổng cộng"), 4, 5, 2, 2 });
}

TEST_CASE("the final report computes every figure from the units' reports and the proposals")
{
    SeasonEnd season;
    Database& db = *season.fresh.db;
    Result<FinalReport::Input> input = FinalReport::load(db, season.campaignId);
    REQUIRE_OK(input);
    const doc::Document document = FinalReport::build(input.value());
    const QString text = normalizedText(doc::plainText(document));
    CHECK(text.contains(QStringLiteral("Có 2/%1 đơn vị đã gửi báo cáo tổng kết (1 đơn vị nộp muộn); %2 đơn vị chưa gửi báo cáo.")
                            .arg(season.units.size())
                            .arg(season.units.size() - 2)));
    CHECK(text.contains(QStringLiteral("Các đơn vị đã đề nghị khen thưởng 01 tập thể và 03 cá nhân; đã được khen thưởng 01 tập thể và 02 cá nhân")));
    // A kind nobody was proposed for is left out of the sentence; nothing at all is said as such.
    FinalReport::Input individualsOnly = input.value();
    for (FinalReport::AwardRow& row : individualsOnly.awards)
        row.proposedUnits = row.grantedUnits = 0;
    CHECK(normalizedText(doc::plainText(FinalReport::build(individualsOnly)))
              .contains(QStringLiteral("Các đơn vị đã đề nghị khen thưởng 03 cá nhân; đã được khen thưởng 02 cá nhân, cụ thể:")));
    FinalReport::Input none = input.value();
    none.awards.clear();
    CHECK(normalizedText(doc::plainText(FinalReport::build(none)))
              .contains(QStringLiteral("Các đơn vị chưa đề nghị khen thưởng tập thể, cá nhân nào; chưa có tập thể, cá nhân nào được khen thưởng.")));

    // Highest level first: the provincial Bằng khen, then the Director's Giấy khen.
    const auto awards = tableCells(document, QStringLiteral("Hình thức khen thưởng"));
    REQUIRE(awards.size() == 4);
    CHECK(awards[1].join(QLatin1Char('|')) == QStringLiteral("1|Bằng khen của Chủ tịch UBND tỉnh|0|1|0|0"));
    CHECK(awards[2].join(QLatin1Char('|')) == QStringLiteral("2|Giấy khen của Giám đốc Sở|1|2|1|2"));
    CHECK(awards[3].join(QLatin1Char('|')) == QStringLiteral("|Tổng cộng|1|3|1|2"));

    const auto figures = tableCells(document, QStringLiteral("Đơn vị"));
    REQUIRE(figures.size() == 4); // header, two units that reported, total
    CHECK(figures[1].join(QLatin1Char('|')) == QStringLiteral("1|%1|28/11/2026|2|1|3").arg(season.units[0].name));
    CHECK(figures[2].join(QLatin1Char('|')) == QStringLiteral("2|%1|02/12/2026|1|0|4").arg(season.units[1].name));
    CHECK(figures[3].join(QLatin1Char('|')) == QStringLiteral("|Tổng cộng||3|1|7"));

    // Appendix II: every unit with its state.
    CHECK(text.contains(QStringLiteral("%1 30/11/2026 28/11/2026 12/BC-VP ngày 27/11/2026 Đã nộp").arg(season.units[0].name)));
    CHECK(text.contains(QStringLiteral("%1 30/11/2026 02/12/2026 Nộp muộn").arg(season.units[1].name)));
    CHECK(text.count(QStringLiteral("Chưa nộp")) == int(season.units.size()) - 2);
    // Appendix I: what was granted (decided here), not what was forwarded.
    CHECK(text.contains(QStringLiteral("Phụ lục I")));
    CHECK(text.contains(QStringLiteral("I. GIẤY KHEN CỦA GIÁM ĐỐC SỞ")));
    CHECK_FALSE(text.contains(QStringLiteral("II. BẰNG KHEN")));
}

TEST_CASE("the final report's narrative is kept, and the document reads back as its golden text")
{
    SeasonEnd season;
    Database& db = *season.fresh.db;
    FinalReportRepository narratives(db);
    FinalReport::Narrative narrative = narratives.load(season.campaignId).value();
    CHECK(narrative.deployment.isEmpty());
    narrative.strengths = QStringLiteral("Các đơn vị hưởng ứng tích cực, nhiều sáng kiến được áp dụng.");
    narrative.shortcomings = QStringLiteral("Một số đơn vị gửi báo cáo chậm.");
    narrative.recommendations = QStringLiteral("Đề nghị Sở Nội vụ sớm thẩm định hồ sơ khen thưởng của Sở.");
    REQUIRE_OK(narratives.save(narrative));
    CHECK(narratives.load(season.campaignId).value() == narrative);

    Result<FinalReport::Input> input = FinalReport::load(db, season.campaignId);
    REQUIRE_OK(input);
    CHECK(input.value().issue == DocumentIssue::blankOn(QDate::currentDate())); // the report's own year, not the plan's
    input.value().issue = DocumentIssue::blankOn(QDate(2026, 12, 1)); // the day the golden text was made
    requireGolden(FinalReport::build(input.value()), QStringLiteral("bao-cao-tong-ket"), season.fresh.folder, 2026);

    // The reminder list names the units still to report and how late they are.
    const QString reminder = normalizedText(doc::plainText(FinalReport::reminder(input.value(), QDate(2026, 12, 3))));
    CHECK(reminder.contains(QStringLiteral("Đơn vị chưa gửi báo cáo tổng kết")));
    CHECK(reminder.contains(QStringLiteral("%1 30/11/2026 Quá hạn 3 ngày").arg(season.units[2].name)));
    CHECK_FALSE(reminder.contains(season.units[0].name + QStringLiteral(" 30/11/2026")));
}

TEST_CASE("thidua export final-report writes DOCX and PDF")
{
    SeasonEnd season;
    for (const QString& format : { QStringLiteral("docx"), QStringLiteral("pdf") }) {
        const QString output = season.fresh.folder.file(QStringLiteral("Thi đua 2026/Báo cáo tổng kết.%1").arg(format));
        QDir().mkpath(QFileInfo(output).absolutePath());
        QString out, err;
        QTextStream o(&out), e(&err);
        REQUIRE(CommandLine::run({ QStringLiteral("export"), QStringLiteral("final-report"), QStringLiteral("--db"), season.fresh.db->path(),
                                     QStringLiteral("--campaign"), QString::number(season.campaignId), QStringLiteral("--format"), format,
                                     QStringLiteral("--output"), output },
                    o, e)
            == 0);
        CHECK(QFileInfo(output).size() > 1000);
    }
    QString out, err;
    QTextStream o(&out), e(&err);
    CHECK(CommandLine::run({ QStringLiteral("export"), QStringLiteral("final-report"), QStringLiteral("--db"), season.fresh.db->path(),
                               QStringLiteral("--campaign"), QStringLiteral("999"), QStringLiteral("--format"), QStringLiteral("pdf"),
                               QStringLiteral("--output"), season.fresh.folder.file(QStringLiteral("x.pdf")) },
              o, e)
        == 2);
}
