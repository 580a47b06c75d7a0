// Reading the nomination paperwork's inputs from the store: the proposals grouped by who decides,
// each group's routing (who sends, to whom, who signs), its Tờ trình's number, the council meeting,
// the Director's decision and its reward.
#include "core/documents/PaperworkWords.h"

#include "core/domain/AwardMoney.h"
#include "core/domain/PositionText.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AnnualCatalogueRepository.h"
#include "core/storage/AnnualReviewRepository.h"
#include "core/storage/AwardDecisionRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/CouncilMeetingRepository.h"
#include "core/storage/DocumentIssueRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/SubmissionRouteRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/WordingRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace Paperwork {

using namespace detail;

namespace {

struct PaperworkText {
    Q_DECLARE_TR_FUNCTIONS(Paperwork)
};

// "Kính gửi: A; B." as the clerk wrote it (or its default): one addressee each, without the
// words "Kính gửi" and the punctuation the layout adds again.
QStringList addresseesIn(const QString& text)
{
    QString list = text.trimmed();
    list.remove(QRegularExpression(QStringLiteral("^Kính gửi\\s*:?\\s*"), QRegularExpression::CaseInsensitiveOption));
    QStringList out;
    for (QString one : list.split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts)) {
        one = one.trimmed();
        one.remove(QRegularExpression(QStringLiteral("^-\\s*")));
        one.remove(QRegularExpression(QStringLiteral("[.;]+$")));
        if (!one.isEmpty())
            out << one.trimmed();
    }
    return out;
}

// The Office's head: a signer of that title, else the person of the Office holding it; a blank
// name (to sign by hand) when neither is recorded.
Signer officeHead(const std::vector<Signer>& signers, const std::vector<Person>& people, const Unit& office)
{
    const QString title = QStringLiteral("Chánh %1").arg(office.name);
    for (const Signer& s : signers)
        if (s.position.compare(title, Qt::CaseInsensitive) == 0 && s.signingPrefix.isEmpty())
            return s;
    for (const Person& p : people)
        if (p.unitId == office.id && p.position.compare(title, Qt::CaseInsensitive) == 0)
            return Signer { 0, p.fullName, title.toUpper(), {} };
    return Signer { 0, {}, title.toUpper(), {} };
}

// The route of the agency's rule for the level: who sends, who signs; to whom, from the wording.
Routing routingOf(const Input& input, const SubmissionRoute& route, const std::vector<Signer>& signers,
    const std::vector<Unit>& units, const std::vector<Person>& people)
{
    Routing routing { input.agency, agencyInSentence(input.agency), {}, input.signer };
    routing.addressees = decidedWithin(input)
        ? QStringList { addressee(input) }
        : addresseesIn(input.wording.filled(WordingKey::SubmissionAddressee, wordingValues(input)));
    const auto office
        = std::find_if(units.begin(), units.end(), [](const Unit& u) { return u.kind == UnitKind::Office; });
    if (route.sender == SubmissionRoute::Sender::Office && office != units.end()) {
        routing.sender
            = Agency { input.agency.name, office->name.toUpper(), office->code, input.agency.placeName, office->name };
        routing.senderInText = QStringLiteral("%1 %2").arg(office->name, agencyInSentence(input.agency));
        routing.signer = officeHead(signers, people, *office);
    }
    for (const Signer& s : signers)
        if (route.signerId != 0 && s.id == route.signerId)
            routing.signer = s;
    return routing;
}

// Điều 2's amounts: "Kèm theo Giấy khen, mỗi tập thể được thưởng 1.410.000 đồng (0,6 lần mức lương
// cơ sở), mỗi cá nhân được thưởng 710.000 đồng (0,3 lần …); tổng cộng 2.830.000 đồng." — empty when
// no base salary applies on the decision's day.
QString rewardOf(const Input& input, const std::vector<BaseSalary>& salaries)
{
    if (input.nominations.empty())
        return {};
    const std::optional<qint64> base
        = AwardMoney::baseSalaryOn(salaries, input.decision.signedOn.value_or(QDate::currentDate()));
    if (!base)
        return {};
    const AwardForm& form = input.nominations.front().form;
    QStringList each;
    qint64 total = 0;
    if (isReview(input)) { // each title with its own amount
        for (const auto& [groupForm, nominations] : byForm(input))
            for (Nominee::Kind kind : { Nominee::Kind::Unit, Nominee::Kind::Person }) {
                const int count = countOf(nominations, kind);
                if (count == 0)
                    continue;
                const double multiple = AwardMoney::multipleOf(groupForm, kind);
                const qint64 amount = AwardMoney::amount(multiple, *base);
                total += amount * count;
                each << QStringLiteral("mỗi %1 đạt %2 được thưởng %3 (%4 lần mức lương cơ sở)")
                            .arg(kind == Nominee::Kind::Unit ? QStringLiteral("tập thể") : QStringLiteral("cá nhân"),
                                honourOf(*nominations.front()), AwardMoney::dong(amount), AwardMoney::multipleText(multiple));
            }
        return QStringLiteral("%1; tổng cộng %2 (mức lương cơ sở %3).")
            .arg(upperFirst(each.join(QStringLiteral("; "))), AwardMoney::dong(total), AwardMoney::dong(*base));
    }
    for (Nominee::Kind kind : { Nominee::Kind::Unit, Nominee::Kind::Person }) {
        int count = 0;
        for (const Nomination& n : input.nominations)
            if (n.proposal.nominee.kind == kind) {
                ++count;
                total += AwardMoney::amount(AwardMoney::multipleOf(n.form, kind), *base);
            }
        if (count == 0)
            continue;
        const double multiple = AwardMoney::multipleOf(form, kind);
        each << QStringLiteral("mỗi %1 được thưởng %2 (%3 lần mức lương cơ sở)")
                    .arg(kind == Nominee::Kind::Unit ? QStringLiteral("tập thể") : QStringLiteral("cá nhân"),
                        AwardMoney::dong(AwardMoney::amount(multiple, *base)), AwardMoney::multipleText(multiple));
    }
    return QStringLiteral("Kèm theo %1, %2; tổng cộng %3 (mức lương cơ sở %4).")
        .arg(form.name, each.join(QStringLiteral(", ")), AwardMoney::dong(total), AwardMoney::dong(*base));
}

} // namespace

Result<std::vector<Input>> load(Database& database, qint64 campaignId, const std::vector<qint64>& proposalIds)
{
    Result<Campaign> campaign = CampaignRepository(database).load(campaignId);
    AgencyRepository agencies(database);
    Result<Agency> agency = agencies.load();
    Result<std::vector<Signer>> signers = agencies.signers();
    Result<std::vector<AwardForm>> forms = AwardFormRepository(database).all();
    Result<std::vector<Proposal>> proposals = ProposalRepository(database).forCampaign(campaignId);
    Result<std::vector<Unit>> units = UnitRepository(database).all();
    Result<std::vector<Person>> people = PersonRepository(database).all();
    Result<Wording> wording = WordingRepository(database).load();
    Result<std::optional<CouncilMeeting>> meeting = CouncilMeetingRepository(database).latest(campaignId);
    Result<std::vector<SubmissionRoute>> routes = SubmissionRouteRepository(database).all();
    AnnualReviewRepository reviews(database);
    Result<std::optional<int>> reviewYear = reviews.yearOf(campaignId);
    Result<std::vector<ReviewEntry>> entries = reviews.entries(campaignId);
    Result<EvaluationPeriod> period = AnnualCatalogueRepository(database).period();
    for (const Error* error :
        { campaign.errorIf(), agency.errorIf(), signers.errorIf(), forms.errorIf(), proposals.errorIf(),
            units.errorIf(), people.errorIf(), wording.errorIf(), meeting.errorIf(), routes.errorIf(),
            reviewYear.errorIf(), entries.errorIf(), period.errorIf() })
        if (error)
            return *error;
    // The year-end review names its titles as titles (Bằng khen stays an award form).
    const QString annualPeriod = reviewYear.value() ? period.value().documentLabel(*reviewYear.value()) : QString();
    std::map<qint64, AnnualTitle> titleOf;
    for (const ReviewEntry& entry : entries.value())
        titleOf[entry.proposalId] = entry.title;
    Signer signer;
    for (const Signer& s : signers.value())
        if (s.id == campaign.value().signerId)
            signer = s;
    if (signer.id == 0)
        return Error { PaperworkText::tr(
                           "Đợt thi đua «%1» chưa chọn người ký. Hãy chọn ở thẻ «Thông tin chung, ban hành».")
                           .arg(campaign.value().name),
            {} };
    std::map<qint64, const Unit*> unitById;
    for (const Unit& u : units.value())
        unitById[u.id] = &u;
    std::map<qint64, const Person*> personById;
    for (const Person& p : people.value())
        personById[p.id] = &p;
    std::map<qint64, AwardForm> formById;
    for (const AwardForm& f : forms.value())
        formById[f.id] = f;

    std::map<QString, Input> byDecider;
    std::vector<QString> order;
    for (const Proposal& p : proposals.value()) {
        const bool chosen = proposalIds.empty()
            ? (p.state == ProposalState::Reviewed || p.state == ProposalState::Decided
                || p.state == ProposalState::Forwarded || p.state == ProposalState::Awarded)
            : std::find(proposalIds.begin(), proposalIds.end(), p.id) != proposalIds.end();
        if (!chosen)
            continue;
        Nomination n;
        n.proposal = p;
        n.form = formById[p.awardFormId];
        n.isTitle = titleOf.count(p.id) && titleOf[p.id] != AnnualTitle::ProvinceMerit;
        if (p.nominee.kind == Nominee::Kind::Unit) {
            // A collective by its full name: "Văn phòng Sở Khoa học và Công nghệ", "Phòng …, Sở …".
            n.nomineeName = unitById.count(p.nominee.id)
                ? positionAndUnit({}, *unitById[p.nominee.id], agency.value().nameForSentences())
                : QString();
        } else if (personById.count(p.nominee.id)) {
            const Person* person = personById[p.nominee.id];
            n.nomineeName = person->fullName;
            n.honorific = person->gender == Gender::Female ? QStringLiteral("Bà") : QStringLiteral("Ông");
            n.nomineeDetail = unitById.count(person->unitId)
                ? positionAndUnit(person->position, *unitById[person->unitId], agency.value().nameForSentences())
                : person->position;
        }
        const QString decider = n.form.decidedBy;
        if (!byDecider.count(decider)) {
            order.push_back(decider);
            byDecider[decider] = Input { agency.value(), signer, campaign.value(), {}, {}, wording.value(),
                DocumentIssue::blankOn(QDate::currentDate()), {}, {}, {}, annualPeriod };
        }
        byDecider[decider].nominations.push_back(std::move(n));
    }
    if (order.empty())
        return Error { PaperworkText::tr(
                           "Không có đề nghị nào để lập hồ sơ: danh sách đề nghị (đã qua Hội đồng xét) đang trống."),
            {} };
    std::vector<Input> out;
    for (const QString& decider : order) {
        Input input = std::move(byDecider[decider]);
        // By level; a review's titles within it collectives first, the higher title before the lower.
        static const AnnualTitle Rank[] = { AnnualTitle::GovernmentFlag, AnnualTitle::ProvinceFlag, AnnualTitle::ExcellentCollective,
            AnnualTitle::AdvancedCollective, AnnualTitle::NationalEmulationFighter, AnnualTitle::ProvinceEmulationFighter,
            AnnualTitle::ProvinceMerit, AnnualTitle::GrassrootsEmulationFighter, AnnualTitle::AdvancedWorker };
        const auto rank = [&](const Nomination& n) {
            const auto title = titleOf.find(n.proposal.id);
            return title == titleOf.end() ? 0 : int(std::find(std::begin(Rank), std::end(Rank), title->second) - std::begin(Rank));
        };
        std::stable_sort(input.nominations.begin(), input.nominations.end(), [&](const Nomination& a, const Nomination& b) {
            return std::pair(int(a.form.level), rank(a)) < std::pair(int(b.form.level), rank(b));
        });
        const AwardLevel level = input.nominations.front().form.level;
        const auto route = std::find_if(routes.value().begin(), routes.value().end(),
            [level](const SubmissionRoute& r) { return r.level == level; });
        input.routing = routingOf(input, route != routes.value().end() ? *route : SubmissionRoute::defaultFor(level),
            signers.value(), units.value(), people.value());
        Result<DocumentIssue> issue = DocumentIssueRepository(database).load(
            campaignId, DocumentIssueRepository::Kind::Submission, decider, QDate::currentDate());
        if (!issue)
            return issue.error();
        input.issue = issue.value();
        if (meeting && meeting.value())
            input.councilMetOn = meeting.value()->heldAt.date();
        out.push_back(std::move(input));
    }
    return out;
}

Result<Input> loadVoted(Database& database, qint64 campaignId)
{
    Result<std::vector<Proposal>> proposals = ProposalRepository(database).forCampaign(campaignId);
    if (!proposals)
        return proposals.error();
    std::vector<qint64> voted;
    for (const Proposal& p : proposals.value())
        if (p.vote)
            voted.push_back(p.id);
    if (voted.empty())
        return Error { PaperworkText::tr("Chưa có đề nghị nào được Hội đồng bỏ phiếu trong đợt này."), {} };
    Result<std::vector<Input>> groups = load(database, campaignId, voted);
    if (!groups)
        return groups.error();
    Input all = groups.value().front();
    all.nominations.clear();
    for (const Input& group : groups.value())
        all.nominations.insert(all.nominations.end(), group.nominations.begin(), group.nominations.end());
    return all;
}

Result<Input> loadDecided(Database& database, qint64 campaignId)
{
    Result<std::vector<Proposal>> proposals = ProposalRepository(database).forCampaign(campaignId);
    if (!proposals)
        return proposals.error();
    std::vector<qint64> decided;
    for (const Proposal& p : proposals.value())
        if (p.state == ProposalState::Decided || p.state == ProposalState::Awarded)
            decided.push_back(p.id);
    if (decided.empty())
        return Error { PaperworkText::tr("Chưa có đề nghị nào được Giám đốc quyết định khen trong đợt này."), {} };
    Result<std::vector<Input>> groups = load(database, campaignId, decided);
    if (!groups)
        return groups.error();
    Result<AwardDecision> recorded = AwardDecisionRepository(database).load(campaignId);
    if (!recorded)
        return recorded.error();
    Result<std::vector<BaseSalary>> salaries = AwardFormRepository(database).baseSalaries();
    if (!salaries)
        return salaries.error();
    for (Input& group : groups.value())
        if (!group.nominations.empty() && group.nominations.front().form.level == AwardLevel::Agency) {
            group.decision = recorded.value();
            group.reward = rewardOf(group, salaries.value());
            return std::move(group);
        }
    return Error { PaperworkText::tr("Chưa có đề nghị nào được Giám đốc quyết định khen trong đợt này."), {} };
}

} // namespace Paperwork
