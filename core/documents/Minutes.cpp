#include "core/common/DateText.h"
#include "core/documents/Decree30.h"
#include "core/documents/Paperwork.h"
#include "core/rules/CouncilRules.h"
#include "core/storage/CouncilMeetingRepository.h"

#include <QCoreApplication>

// The council's minutes (Biên bản), apart from the rest of the paperwork: the meeting, the rule a
// vote passes by, each proposal's vote, and the check that the votes agree with the meeting.
namespace Paperwork {

namespace {
struct MinutesText {
    Q_DECLARE_TR_FUNCTIONS(Paperwork)
};
} // namespace

doc::Document minutes(const Input& input, const CouncilMeeting& meeting, const CouncilRules::Rule& rule)
{
    const QDate day = meeting.heldAt.date();
    doc::Document document = Decree30::document(
        QStringLiteral("Biên bản họp Hội đồng Thi đua - Khen thưởng: %1").arg(input.campaign.name), input.agency,
        // Numbered at registration like any outgoing record: "Số:      /BB-SKHCN".
        Decree30::numberLine(QString(), QStringLiteral("BB"), input.agency.abbreviation),
        Decree30::placeDateLine(input.agency.placeName, day.day(), day.month(), day.year()),
        QStringLiteral("BIÊN BẢN"),
        input.annualPeriod.isEmpty()
            ? QStringLiteral("Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng trong %1").arg(input.campaign.name)
            : QStringLiteral("Họp Hội đồng Thi đua - Khen thưởng bình xét danh hiệu thi đua %1").arg(input.annualPeriod));
    const QTime time = meeting.heldAt.time();
    document.body.push_back(Decree30::body(QStringLiteral("Thời gian: %1 giờ %2 phút, ngày %3.")
                                               .arg(time.hour())
                                               .arg(time.minute(), 2, 10, QLatin1Char('0'))
                                               .arg(dateText(day))));
    if (!meeting.place.isEmpty())
        document.body.push_back(Decree30::body(QStringLiteral("Địa điểm: %1.").arg(meeting.place)));
    document.body.push_back(Decree30::body(QStringLiteral("Chủ trì cuộc họp: %1.").arg(meeting.chair)));
    document.body.push_back(Decree30::body(QStringLiteral("Thư ký cuộc họp: %1.").arg(meeting.secretary)));
    document.body.push_back(Decree30::body(meeting.absentees.isEmpty()
            ? QStringLiteral("Có %1 thành viên Hội đồng tham dự:").arg(meeting.attendees.size())
            : QStringLiteral("Có %1 thành viên Hội đồng tham dự (vắng: %2):")
                  .arg(meeting.attendees.size())
                  .arg(meeting.absentees.join(QStringLiteral(", ")))));
    for (int i = 0; i < meeting.attendees.size(); ++i)
        document.body.push_back(Decree30::body(QStringLiteral("%1. %2").arg(i + 1).arg(meeting.attendees[i])));
    // The council's size and the rule a vote passes by, so each result below can be checked.
    int members = 0;
    for (const Nomination& n : input.nominations)
        if (n.proposal.vote)
            members = std::max(members, n.proposal.vote->members);
    if (members > 0)
        document.body.push_back(
            Decree30::body(QStringLiteral("Hội đồng có %1 thành viên. Một đề nghị đạt khi số phiếu đồng ý trên %2 %3.")
                               .arg(members)
                               .arg(Decree30::percentText(rule.thresholdPercent),
                                   rule.base == CouncilBase::Members ? QStringLiteral("tổng số thành viên Hội đồng")
                                                                    : QStringLiteral("số thành viên có mặt"))));
    document.body.push_back(Decree30::body(
        QStringLiteral("Hội đồng đã nghe báo cáo tóm tắt thành tích của các tập thể, cá nhân được đề nghị, thảo luận "
                       "và %1. Kết quả như sau:")
            .arg(rule.secretBallot ? QStringLiteral("bỏ phiếu kín") : QStringLiteral("bỏ phiếu"))));
    doc::Table table;
    table.ruled = true;
    table.headerRows = 1;
    table.columnWidthsMm = { 11, 52, 46, 22, 16, 18 };
    table.rows.push_back({ Decree30::tableCell(QStringLiteral("TT"), doc::Align::Center, true),
        Decree30::tableCell(QStringLiteral("Tập thể, cá nhân"), doc::Align::Center, true),
        Decree30::tableCell(input.annualPeriod.isEmpty() ? QStringLiteral("Hình thức khen thưởng")
                                                         : QStringLiteral("Danh hiệu, hình thức khen thưởng"),
            doc::Align::Center, true),
        // The share as the rule counts it: of those present, or of every member.
        Decree30::tableCell(rule.base == CouncilBase::Members ? QStringLiteral("Đồng ý / thành viên Hội đồng")
                                                               : QStringLiteral("Đồng ý / có mặt"),
            doc::Align::Center, true),
        Decree30::tableCell(QStringLiteral("Tỷ lệ"), doc::Align::Center, true),
        Decree30::tableCell(QStringLiteral("Kết quả"), doc::Align::Center, true) });
    // Collectives first, then individuals, each by the award's level (the order of the lists).
    std::vector<const Nomination*> ordered;
    for (Nominee::Kind kind : { Nominee::Kind::Unit, Nominee::Kind::Person })
        for (const Nomination& n : input.nominations)
            if (n.proposal.nominee.kind == kind)
                ordered.push_back(&n);
    int number = 0;
    for (const Nomination* nomination : ordered) {
        const Nomination& n = *nomination;
        const std::optional<CouncilVote>& vote = n.proposal.vote;
        const int base = !vote ? 0 : rule.base == CouncilBase::Members ? vote->members : vote->present;
        const QString ratio = base > 0 ? Decree30::percentText(100.0 * vote->votesFor / base) : QString();
        table.rows.push_back({ Decree30::tableCell(QString::number(++number), doc::Align::Center),
            Decree30::tableCell(n.nomineeDetail.isEmpty()
                    ? n.nomineeName
                    : QStringLiteral("%1 (%2)").arg(n.nomineeName, n.nomineeDetail)),
            Decree30::tableCell(n.form.name),
            Decree30::tableCell(
                vote ? QStringLiteral("%1/%2").arg(vote->votesFor).arg(base) : QString(), doc::Align::Center),
            Decree30::tableCell(ratio, doc::Align::Center),
            Decree30::tableCell(!vote                               ? QStringLiteral("Chưa bỏ phiếu")
                    : CouncilRules::passes(*vote, rule) ? QStringLiteral("Đạt")
                                                                    : QStringLiteral("Không đạt"),
                doc::Align::Center) });
    }
    document.body.push_back(table);
    document.body.push_back(
        Decree30::body(QStringLiteral("Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và nhất trí "
                                      "thông qua.")));
    const QString ended = meeting.endedAt ? QStringLiteral("%1 giờ %2 phút")
                                                .arg(meeting.endedAt->hour())
                                                .arg(meeting.endedAt->minute(), 2, 10, QLatin1Char('0'))
                                          : QStringLiteral("%1 giờ %1 phút").arg(Decree30::BlankGap);
    document.body.push_back(Decree30::body(QStringLiteral("Cuộc họp kết thúc lúc %1 cùng ngày.").arg(ended)));
    // The chair and the secretary sign with the names written before the first comma.
    auto nameOf = [](const QString& line) {
        return line.section(QLatin1Char(','), 0, 0).remove(QStringLiteral("Đ/c")).trimmed();
    };
    document.body.push_back(Decree30::signaturePair({ QStringLiteral("THƯ KÝ"), {}, nameOf(meeting.secretary) },
        { QStringLiteral("CHỦ TỊCH HỘI ĐỒNG"), {}, nameOf(meeting.chair) }));
    return document;
}

Result<doc::Document> loadMinutes(Database& database, qint64 campaignId)
{
    Result<std::optional<CouncilMeeting>> meeting = CouncilMeetingRepository(database).latest(campaignId);
    if (!meeting)
        return meeting.error();
    if (!meeting.value())
        return Error {
            MinutesText::tr("Chưa ghi thông tin cuộc họp Hội đồng (thời gian, chủ trì, thư ký, thành viên có mặt)."), {}
        };
    Result<Input> input = loadVoted(database, campaignId);
    if (!input)
        return input.error();
    // Every vote counts the members the meeting lists as present, or the minutes contradict themselves.
    QStringList disagreeing;
    for (const Nomination& n : input.value().nominations)
        if (n.proposal.vote)
            if (const QString why = CouncilRules::disagreement(*n.proposal.vote, *meeting.value()); !why.isEmpty())
                disagreeing << QStringLiteral("%1 (%2)").arg(n.nomineeName, why);
    if (!disagreeing.isEmpty()) {
        constexpr int Named = 3;
        QString named = QStringList(disagreeing.mid(0, Named)).join(QStringLiteral("; "));
        if (disagreeing.size() > Named)
            named += MinutesText::tr(" và %1 đề nghị khác").arg(disagreeing.size() - Named);
        return Error { MinutesText::tr(
                           "Chưa lập được Biên bản: số thành viên có mặt khi bỏ phiếu phải đúng số thành viên dự họp "
                           "(%1 người theo cuộc họp ngày %2). Khác ở: %3. Hãy sửa kết quả bỏ phiếu của các đề nghị này "
                           "hoặc danh sách thành viên có mặt của cuộc họp.")
                           .arg(meeting.value()->attendees.size())
                           .arg(meeting.value()->heldAt.date().toString(QStringLiteral("dd/MM/yyyy")), named),
            {} };
    }
    return minutes(input.value(), *meeting.value(), CouncilRules::ruleOf(input.value().campaign));
}

} // namespace Paperwork
