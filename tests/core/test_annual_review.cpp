#include "tests/support/AnnualSeason.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/certificates/CertificateText.h"
#include "core/documents/DocumentModel.h"
#include "core/documents/Paperwork.h"
#include "core/season/AnnualReview.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AnnualReviewRepository.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/AwardDecisionRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/YearRecordRepository.h"

#include <map>
#include <set>

using A = AnnualTitle;

namespace {

struct Review {
    FreshDatabase fresh;
    Database& db = *fresh.db;
    AnnualSeason season = buildAnnualSeason(db);
    static constexpr int Year = AnnualSeason::Year;

    Review()
    {
        AgencyRepository agencies(db);
        REQUIRE_OK(agencies.save({ QStringLiteral("UBND TỈNH LAI CHÂU"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
            QStringLiteral("SKHCN"), QStringLiteral("Lai Châu"), QStringLiteral("Sở Khoa học và Công nghệ") }));
        REQUIRE_OK(agencies.addSigner({ 0, QStringLiteral("Trần Văn Tuấn"), QStringLiteral("GIÁM ĐỐC"), QString() }));
    }

    QString nameOf(const Nominee& nominee) const
    {
        if (nominee.kind == Nominee::Kind::Person)
            return season.names.value(nominee.id).section(QLatin1Char(' '), -1);
        return nominee.id == season.office ? QStringLiteral("Văn phòng") : QStringLiteral("?");
    }

    // The review's list: given name (or "Văn phòng") → titles, with each proposal.
    std::map<std::pair<QString, A>, Proposal> list(qint64 campaignId) const
    {
        Result<std::vector<ReviewEntry>> entries = AnnualReviewRepository(db).entries(campaignId);
        Result<std::vector<Proposal>> proposals = ProposalRepository(db).forCampaign(campaignId);
        REQUIRE_OK(entries);
        REQUIRE_OK(proposals);
        std::map<qint64, A> titleOf;
        for (const ReviewEntry& e : entries.value())
            titleOf[e.proposalId] = e.title;
        std::map<std::pair<QString, A>, Proposal> out;
        for (const Proposal& p : proposals.value()) {
            REQUIRE(titleOf.count(p.id));
            out[{ nameOf(p.nominee), titleOf[p.id] }] = p;
        }
        return out;
    }
};

std::set<std::pair<QString, A>> expectedList()
{
    std::set<std::pair<QString, A>> out;
    const auto add = [&](const QString& name, std::initializer_list<A> titles) {
        for (A t : titles)
            out.insert({ name, t });
    };
    const auto fighterMerit = { A::AdvancedWorker, A::GrassrootsEmulationFighter, A::ProvinceMerit };
    // An and Oanh are due the Bằng khen too, but are proposed for CSTĐ cấp tỉnh the same year.
    add(QStringLiteral("An"), { A::AdvancedWorker, A::GrassrootsEmulationFighter, A::ProvinceEmulationFighter });
    for (const char* name : { "Bình", "Chi", "Khánh", "Lan" })
        add(QString::fromUtf8(name), fighterMerit);
    add(QStringLiteral("Oanh"),
        { A::AdvancedWorker, A::GrassrootsEmulationFighter, A::ProvinceEmulationFighter, A::NationalEmulationFighter });
    for (const char* name : { "Dũng", "Phúc", "Quân", "Sơn", "Tâm", "Uyên" })
        add(QString::fromUtf8(name), { A::AdvancedWorker });
    add(QStringLiteral("Văn phòng"), { A::AdvancedCollective, A::ExcellentCollective, A::ProvinceFlag, A::GovernmentFlag });
    return out;
}

// Takes a proposal through the council's vote to the Director's decision (or upward).
Status decide(Database& db, qint64 id, const CouncilVote& vote, ProposalState to = ProposalState::Decided)
{
    ProposalRepository proposals(db);
    if (Status s = proposals.recordVote(id, vote, QStringLiteral("Văn thư")); !s)
        return s;
    if (Status s = proposals.move(id, ProposalState::Reviewed, {}, {}); !s)
        return s;
    return proposals.move(id, to, {}, {});
}

} // namespace

TEST_CASE("the year-end review lists every title each person and unit meets, as the units' proposals, once")
{
    Review r;
    Result<AnnualReview::Outcome> first = AnnualReview::prepare(r.db, Review::Year, QStringLiteral("Văn thư"));
    REQUIRE_OK(first);
    CHECK(first.value().opened);
    CHECK(first.value().added == 29);
    CHECK(first.value().heldBack
        == QStringList { QStringLiteral("Nguyễn Văn An — Bằng khen của Chủ tịch UBND tỉnh"), QStringLiteral("Lý Thị Oanh — Bằng khen của Chủ tịch UBND tỉnh") });
    CHECK(first.value().listed == 0);

    const auto list = r.list(first.value().campaignId);
    std::set<std::pair<QString, A>> listed;
    for (const auto& [key, proposal] : list) {
        listed.insert(key);
        CHECK(proposal.state == ProposalState::Submitted);
    }
    CHECK(listed == expectedList());

    // The review is the year's regular movement, over the period, signed by the agency's signer.
    Result<Campaign> campaign = CampaignRepository(r.db).load(first.value().campaignId);
    REQUIRE_OK(campaign);
    CHECK(campaign.value().kind == CampaignKind::Regular);
    CHECK(campaign.value().name == QStringLiteral("Phong trào thi đua thường xuyên năm 2026"));
    CHECK(campaign.value().startDate == QDate(2026, 1, 1));
    CHECK(campaign.value().endDate == QDate(2026, 12, 31));
    CHECK(campaign.value().signerId != 0);
    CHECK(campaign.value().awards.size() == 9);

    // Each line says what earns it; a person proposed from the unit they worked in that year.
    const Proposal& chi = list.at({ QStringLiteral("Chi"), A::GrassrootsEmulationFighter });
    CHECK(chi.summary == QStringLiteral("Hoàn thành tốt nhiệm vụ năm 2026; có 1 sáng kiến được công nhận năm 2026"));
    CHECK(list.at({ QStringLiteral("An"), A::AdvancedWorker }).summary == QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2026"));
    // A higher title shows the standards it rests on, with their years.
    const QString anProvince = list.at({ QStringLiteral("An"), A::ProvinceEmulationFighter }).summary;
    INFO(anProvince.toStdString());
    CHECK(anProvince.contains(QStringLiteral("3 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (từ năm 2024 đến năm 2026)")));
    CHECK(anProvince.contains(QStringLiteral("phạm vi ảnh hưởng cấp tỉnh trở lên")));
    const QString excellent = list.at({ QStringLiteral("Văn phòng"), A::ExcellentCollective }).summary;
    INFO(excellent.toStdString());
    CHECK(excellent.contains(QStringLiteral("4/4 thành viên đạt danh hiệu Lao động tiên tiến")));
    CHECK(list.at({ QStringLiteral("Văn phòng"), A::AdvancedCollective }).proposingUnitId == r.season.office);

    // The titles became award forms at their level, with their bonus.
    Result<std::vector<AwardForm>> forms = AwardFormRepository(r.db).all();
    REQUIRE_OK(forms);
    std::map<QString, AwardForm> formByName;
    for (const AwardForm& f : forms.value())
        formByName[f.name] = f;
    CHECK(formByName.at(QStringLiteral("Lao động tiên tiến")).level == AwardLevel::Agency);
    CHECK(formByName.at(QStringLiteral("Lao động tiên tiến")).bonusPerson == 0.3);
    CHECK(formByName.at(QStringLiteral("Chiến sĩ thi đua cấp tỉnh")).level == AwardLevel::Province);
    CHECK(formByName.at(QStringLiteral("Cờ thi đua của Chính phủ")).level == AwardLevel::Government);
    CHECK(formByName.at(QStringLiteral("Tập thể lao động tiên tiến")).bonusUnit == 0.8);

    // Again: nothing new, nothing doubled.
    Result<AnnualReview::Outcome> again = AnnualReview::prepare(r.db, Review::Year, QStringLiteral("Văn thư"));
    REQUIRE_OK(again);
    CHECK_FALSE(again.value().opened);
    CHECK(again.value().campaignId == first.value().campaignId);
    CHECK(again.value().added == 0);
    CHECK(again.value().listed == 29);
    CHECK(again.value().noLongerEligible.isEmpty());
    CHECK(r.list(first.value().campaignId).size() == 29);

    // A rating lowered after the list was drawn: the proposal stays, and the review says so.
    YearRecordRepository records(r.db);
    std::vector<PersonYear> years = records.personYears(Review::Year).value();
    auto dung = std::find_if(years.begin(), years.end(), [&](const PersonYear& y) { return y.personId == r.season[QStringLiteral("Dũng")]; });
    REQUIRE(dung != years.end());
    dung->rating = TaskRating::Completed;
    REQUIRE_OK(records.savePersonYears({ *dung }));
    Result<AnnualReview::Outcome> third = AnnualReview::prepare(r.db, Review::Year, QStringLiteral("Văn thư"));
    REQUIRE_OK(third);
    CHECK(third.value().noLongerEligible == QStringList { QStringLiteral("Phạm Văn Dũng — Lao động tiên tiến") });
}

TEST_CASE("the clerk adds a nominee the rules leave out only with a reason, and takes one off with a reason")
{
    Review r;
    Result<AnnualReview::Outcome> prepared = AnnualReview::prepare(r.db, Review::Year, {});
    REQUIRE_OK(prepared);
    const Nominee ha { Nominee::Kind::Person, r.season[QStringLiteral("Hà")] };
    const Result<qint64> noReason = AnnualReview::addByHand(r.db, Review::Year, ha, A::AdvancedWorker, QStringLiteral("  "), {});
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().message.contains(QStringLiteral("«Lý do»")));
    const Result<qint64> collective
        = AnnualReview::addByHand(r.db, Review::Year, ha, A::AdvancedCollective, QStringLiteral("Thử"), {});
    REQUIRE_FALSE(collective);
    CHECK(collective.error().message.contains(QStringLiteral("dành cho tập thể")));
    CHECK(r.list(prepared.value().campaignId).size() == 29);

    const QString why = QStringLiteral("Kỷ luật khiển trách đã được xóa theo Quyết định số 12/QĐ-SKHCN");
    Result<qint64> added = AnnualReview::addByHand(r.db, Review::Year, ha, A::AdvancedWorker, why, QStringLiteral("Văn thư"));
    REQUIRE_OK(added);
    Result<std::vector<ReviewEntry>> entries = AnnualReviewRepository(r.db).entries(prepared.value().campaignId);
    REQUIRE_OK(entries);
    const auto entry = std::find_if(entries.value().begin(), entries.value().end(),
        [&](const ReviewEntry& e) { return e.proposalId == added.value(); });
    REQUIRE(entry != entries.value().end());
    CHECK(entry->addedByClerk);
    CHECK(entry->reason == why);
    // The proposal's history says it too, where the proposals page shows it.
    CHECK(ProposalRepository(r.db).history(added.value()).value().back().reason == QStringLiteral("Đề nghị ngoài tiêu chuẩn: ") + why);
    // Twice for the same title is refused (an open proposal exists).
    CHECK_FALSE(AnnualReview::addByHand(r.db, Review::Year, ha, A::AdvancedWorker, why, {}));

    // Off the list before the council: "Không khen" with its reason, kept in the history.
    ProposalRepository proposals(r.db);
    const qint64 dung = r.list(prepared.value().campaignId).at({ QStringLiteral("Dũng"), A::AdvancedWorker }).id;
    CHECK_FALSE(proposals.move(dung, ProposalState::Rejected, {}, {}));
    REQUIRE_OK(proposals.move(dung, ProposalState::Rejected, {}, QStringLiteral("Chuyển công tác tháng 11/2026")));
    CHECK(proposals.history(dung).value().back().reason == QStringLiteral("Chuyển công tác tháng 11/2026"));
    // The next drawing of the list does not bring it back.
    Result<AnnualReview::Outcome> again = AnnualReview::prepare(r.db, Review::Year, {});
    REQUIRE_OK(again);
    CHECK(again.value().added == 0);
}

TEST_CASE("the council's base: a share of those present or of every member, as the review's rule says")
{
    Review r;
    Result<AnnualReview::Outcome> prepared = AnnualReview::prepare(r.db, Review::Year, {});
    REQUIRE_OK(prepared);
    const auto list = r.list(prepared.value().campaignId);
    // 4 of 6 present (66,7 %) but 4 of 9 members (44,4 %).
    const CouncilVote vote { 9, 6, 4 };
    CHECK(CouncilRules::passes(vote, CouncilRules::Rule(50, CouncilBase::Present)));
    CHECK_FALSE(CouncilRules::passes(vote, CouncilRules::Rule(50, CouncilBase::Members)));
    CHECK(CouncilRules::describe(vote, CouncilRules::Rule(50, CouncilBase::Members)).contains(QStringLiteral("9 thành viên hội đồng")));

    Campaign campaign = CampaignRepository(r.db).load(prepared.value().campaignId).value();
    campaign.councilVoteBase = CouncilBase::Members;
    campaign.councilSecretBallot = true;
    REQUIRE_OK(CampaignRepository(r.db).update(campaign));
    const Campaign reread = CampaignRepository(r.db).load(campaign.id).value();
    CHECK(reread.councilVoteBase == CouncilBase::Members);
    CHECK(reread.councilSecretBallot);

    const Status refused = decide(r.db, list.at({ QStringLiteral("Phúc"), A::AdvancedWorker }).id, vote);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("chưa thông qua")));
    REQUIRE_OK(decide(r.db, list.at({ QStringLiteral("Quân"), A::AdvancedWorker }).id, { 9, 6, 5 })); // 5 of 9
}

TEST_CASE("a title decided in the review enters the person's history, citing the decision; taken back, it leaves")
{
    Review r;
    Result<AnnualReview::Outcome> prepared = AnnualReview::prepare(r.db, Review::Year, {});
    REQUIRE_OK(prepared);
    const qint64 campaignId = prepared.value().campaignId;
    const auto list = r.list(campaignId);
    YearRecordRepository records(r.db);
    const std::size_t before = records.conferred(Review::Year).value().size();

    const qint64 an = list.at({ QStringLiteral("An"), A::GrassrootsEmulationFighter }).id;
    REQUIRE_OK(decide(r.db, an, { 9, 9, 9 }));
    REQUIRE_OK(decide(r.db, list.at({ QStringLiteral("An"), A::AdvancedWorker }).id, { 9, 9, 9 }));
    REQUIRE_OK(decide(r.db, list.at({ QStringLiteral("Văn phòng"), A::AdvancedCollective }).id, { 9, 9, 8 }));
    REQUIRE_OK(decide(r.db, list.at({ QStringLiteral("Oanh"), A::ProvinceEmulationFighter }).id, { 9, 9, 8 }, ProposalState::Forwarded));

    const auto held = [&](const Nominee& who, A title) -> std::optional<ConferredTitle> {
        for (const ConferredTitle& t : records.conferred(Review::Year).value())
            if (t.subject == who && t.title == title)
                return t;
        return std::nullopt;
    };
    const Nominee anPerson { Nominee::Kind::Person, r.season[QStringLiteral("An")] };
    REQUIRE(held(anPerson, A::GrassrootsEmulationFighter));
    CHECK(held(anPerson, A::GrassrootsEmulationFighter)->decision.isEmpty()); // no number yet
    CHECK(held({ Nominee::Kind::Unit, r.season.office }, A::AdvancedCollective));
    // Forwarded upward is not conferred yet: the province decides.
    const Nominee oanh { Nominee::Kind::Person, r.season[QStringLiteral("Oanh")] };
    CHECK_FALSE(held(oanh, A::ProvinceEmulationFighter));
    CHECK(records.conferred(Review::Year).value().size() == before + 3);

    // The Director's decision registered: the titles cite it.
    REQUIRE_OK(AwardDecisionRepository(r.db).save({ campaignId, QStringLiteral("215"), QDate(2026, 12, 28) }));
    CHECK(held(anPerson, A::GrassrootsEmulationFighter)->decision == QStringLiteral("Quyết định số 215/QĐ-SKHCN ngày 28/12/2026"));
    REQUIRE_OK(ProposalRepository(r.db).move(list.at({ QStringLiteral("Oanh"), A::ProvinceEmulationFighter }).id, ProposalState::Awarded, {}, {}));
    CHECK(held(oanh, A::ProvinceEmulationFighter));
    CHECK(held(oanh, A::ProvinceEmulationFighter)->decision.isEmpty()); // the province's, typed by hand later

    // Taken back: the title leaves the history with it.
    REQUIRE_OK(ProposalRepository(r.db).undoLastMove(an, QStringLiteral("Văn thư")));
    CHECK_FALSE(held(anPerson, A::GrassrootsEmulationFighter));
    CHECK(held(anPerson, A::AdvancedWorker));

    // A proposal added on the proposals page to the review (no list entry): its form names the title.
    Proposal plain;
    plain.campaignId = campaignId;
    plain.awardFormId = list.at({ QStringLiteral("An"), A::AdvancedWorker }).awardFormId;
    plain.nominee = { Nominee::Kind::Person, r.season[QStringLiteral("Hà")] };
    plain.proposingUnitId = r.season.science;
    plain.summary = QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2026");
    REQUIRE_OK(ProposalRepository(r.db).add(plain, {}));
    REQUIRE_OK(ProposalRepository(r.db).move(plain.id, ProposalState::Submitted, {}, {}));
    REQUIRE_OK(decide(r.db, plain.id, { 9, 9, 9 }));
    const std::optional<ConferredTitle> ha = held(plain.nominee, A::AdvancedWorker);
    REQUIRE(ha);
    CHECK(ha->decision == QStringLiteral("Quyết định số 215/QĐ-SKHCN ngày 28/12/2026"));
    // Drawing the list again counts it as listed: nothing proposed twice, nothing refused.
    Result<AnnualReview::Outcome> again = AnnualReview::prepare(r.db, Review::Year, {});
    REQUIRE_OK(again);
    CHECK(again.value().added == 0);
    CHECK(again.value().listed == 30);

    // Every step is in the change log, named by owner and year, the title in words.
    Result<std::vector<AuditEntry>> log = AuditRepository(r.db).find({ std::nullopt, std::nullopt, QStringLiteral("person_title"), {}, 5000 });
    REQUIRE_OK(log);
    const auto logged = [&](const QString& field, const QString& oldText, const QString& newText) {
        return std::any_of(log.value().begin(), log.value().end(), [&](const AuditEntry& e) {
            return e.subject == QStringLiteral("Nguyễn Văn An — năm 2026") && e.field == field && e.oldText == oldText && e.newText == newText;
        });
    };
    CHECK(logged(QStringLiteral("*"), {}, QStringLiteral("Chiến sĩ thi đua cơ sở"))); // added when decided
    CHECK(logged(QStringLiteral("decision"), {}, QStringLiteral("Quyết định số 215/QĐ-SKHCN ngày 28/12/2026")));
    CHECK(logged(QStringLiteral("*"), QStringLiteral("Chiến sĩ thi đua cơ sở"), {})); // taken back
}

TEST_CASE("the review's paperwork recognises the year's titles: Tờ trình, Biên bản, Quyết định công nhận with its list and bonus")
{
    Review r;
    Result<AnnualReview::Outcome> prepared = AnnualReview::prepare(r.db, Review::Year, {});
    REQUIRE_OK(prepared);
    const qint64 campaignId = prepared.value().campaignId;
    const auto list = r.list(campaignId);
    REQUIRE_OK(AwardFormRepository(r.db).saveBaseSalary({ QDate(2024, 7, 1), 2340000 }));
    for (const auto& key : { std::pair { QStringLiteral("An"), A::AdvancedWorker }, std::pair { QStringLiteral("Bình"), A::AdvancedWorker },
             std::pair { QStringLiteral("An"), A::GrassrootsEmulationFighter },
             std::pair { QStringLiteral("Văn phòng"), A::AdvancedCollective } })
        REQUIRE_OK(decide(r.db, list.at(key).id, { 9, 9, 9 }));
    REQUIRE_OK(decide(r.db, list.at({ QStringLiteral("Oanh"), A::ProvinceEmulationFighter }).id, { 9, 9, 9 }, ProposalState::Forwarded));
    REQUIRE_OK(decide(r.db, list.at({ QStringLiteral("Khánh"), A::ProvinceMerit }).id, { 9, 9, 9 }, ProposalState::Forwarded));
    REQUIRE_OK(decide(r.db, list.at({ QStringLiteral("An"), A::ProvinceEmulationFighter }).id, { 9, 9, 9 }, ProposalState::Forwarded));

    Result<Paperwork::Input> decided = Paperwork::loadDecided(r.db, campaignId);
    REQUIRE_OK(decided);
    const QString decision = doc::plainText(Paperwork::decision(decided.value()));
    CHECK(decision.contains(QStringLiteral("Về việc công nhận danh hiệu thi đua năm 2026")));
    // An is CSTĐCS and LĐTT: two titles, one person.
    CHECK(decision.contains(QStringLiteral("Công nhận danh hiệu thi đua năm 2026 cho 01 tập thể và 02 cá nhân (có danh sách kèm theo), cụ thể như sau:")));
    // Collectives first, the higher title before the lower.
    CHECK(decision.contains(QStringLiteral("- Danh hiệu “Tập thể lao động tiên tiến”: 01 tập thể;\n"
                                           "- Danh hiệu “Chiến sĩ thi đua cơ sở”: 01 cá nhân;\n"
                                           "- Danh hiệu “Lao động tiên tiến”: 02 cá nhân.")));
    // Điều 2: each title its own bonus (TTLĐTT 0,8; CSTĐCS 1; LĐTT 0,3 of 2.340.000 đồng, rounded up
    // to ten thousand as AwardMoney does).
    CHECK(decision.contains(QStringLiteral("Mỗi tập thể đạt danh hiệu “Tập thể lao động tiên tiến” được thưởng 1.880.000 đồng "
                                           "(0,8 lần mức lương cơ sở); mỗi cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở” được thưởng "
                                           "2.340.000 đồng (1 lần mức lương cơ sở); mỗi cá nhân đạt danh hiệu “Lao động tiên tiến” được "
                                           "thưởng 710.000 đồng (0,3 lần mức lương cơ sở); tổng cộng 5.640.000 đồng")));
    CHECK(decision.contains(QStringLiteral("Các tập thể, cá nhân được công nhận danh hiệu thi đua năm 2026")));
    CHECK(decision.contains(QStringLiteral("DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”")));
    CHECK_FALSE(decision.contains(QStringLiteral("Chiến sĩ thi đua cấp tỉnh"))); // the province's
    // The certificates name the title and its year.
    bool grassroots = false;
    for (const CertificateText::Certificate& c : CertificateText::certificatesOf(decided.value()))
        grassroots = grassroots || c.texts.at(CertificateField::Achievement) == QStringLiteral("Đã đạt danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026");
    CHECK(grassroots);

    // The Tờ trình upward names the title and the award apart.
    Result<std::vector<Paperwork::Input>> groups = Paperwork::load(r.db, campaignId);
    REQUIRE_OK(groups);
    const auto province = std::find_if(groups.value().begin(), groups.value().end(),
        [](const Paperwork::Input& g) { return g.nominations.front().form.level == AwardLevel::Province; });
    REQUIRE(province != groups.value().end());
    const QString submission = doc::plainText(Paperwork::submission(*province));
    CHECK(submission.contains(QStringLiteral("Về việc đề nghị tặng danh hiệu thi đua và hình thức khen thưởng năm 2026")));
    // Each person counted once, each title with its own count.
    CHECK(submission.contains(QStringLiteral("tặng danh hiệu thi đua và hình thức khen thưởng năm 2026 cho 03 cá nhân đạt tiêu chuẩn")));
    CHECK(submission.contains(QStringLiteral("- Danh hiệu “Chiến sĩ thi đua cấp tỉnh”: 02 cá nhân;\n- Bằng khen của Chủ tịch UBND tỉnh: 01 cá nhân.")));
    const QString provinceList = doc::plainText(Paperwork::list(*province));
    CHECK(provinceList.contains(QStringLiteral("Đề nghị tặng danh hiệu thi đua và hình thức khen thưởng năm 2026")));

    // The minutes: the review's subject, the base and the secret ballot of the rule.
    Campaign campaign = CampaignRepository(r.db).load(campaignId).value();
    campaign.councilVoteBase = CouncilBase::Members;
    campaign.councilSecretBallot = true;
    REQUIRE_OK(CampaignRepository(r.db).update(campaign));
    Result<Paperwork::Input> voted = Paperwork::loadVoted(r.db, campaignId);
    REQUIRE_OK(voted);
    CouncilMeeting meeting;
    meeting.heldAt = QDateTime(QDate(2026, 12, 20), QTime(8, 0));
    meeting.chair = QStringLiteral("Đ/c Trần Văn Tuấn, Giám đốc Sở, Chủ tịch Hội đồng");
    meeting.secretary = QStringLiteral("Đ/c Lý Thị Oanh, Chánh Văn phòng, Thư ký");
    const QString minutes = doc::plainText(Paperwork::minutes(voted.value(), meeting, CouncilRules::ruleOf(campaign)));
    CHECK(minutes.contains(QStringLiteral("Họp Hội đồng Thi đua - Khen thưởng bình xét danh hiệu thi đua năm 2026")));
    CHECK(minutes.contains(QStringLiteral("trên 50 % tổng số thành viên Hội đồng")));
    CHECK(minutes.contains(QStringLiteral("thảo luận và bỏ phiếu kín")));
}

TEST_CASE("the review removes or rewrites only the titles it wrote; deleting the review takes its titles with it")
{
    Review r;
    Result<AnnualReview::Outcome> prepared = AnnualReview::prepare(r.db, Review::Year, {});
    REQUIRE_OK(prepared);
    const qint64 campaignId = prepared.value().campaignId;
    const auto list = r.list(campaignId);
    YearRecordRepository records(r.db);
    const auto titles = [&](const Nominee& who, A title) {
        std::vector<ConferredTitle> out;
        for (const ConferredTitle& t : records.conferred(Review::Year).value())
            if (t.subject == who && t.title == title)
                out.push_back(t);
        return out;
    };
    // Bình's LĐTT was typed by hand from its decision before the review decided it.
    const Nominee binh { Nominee::Kind::Person, r.season[QStringLiteral("Bình")] };
    REQUIRE_OK(records.addConferred({ 0, binh, Review::Year, A::AdvancedWorker, QStringLiteral("Quyết định số 7/QĐ-SKHCN") }));
    const qint64 binhWorker = list.at({ QStringLiteral("Bình"), A::AdvancedWorker }).id;
    REQUIRE_OK(decide(r.db, binhWorker, { 9, 9, 9 }));
    REQUIRE(titles(binh, A::AdvancedWorker).size() == 1);
    REQUIRE_OK(AwardDecisionRepository(r.db).save({ campaignId, QStringLiteral("215"), QDate(2026, 12, 28) }));
    CHECK(titles(binh, A::AdvancedWorker).front().decision == QStringLiteral("Quyết định số 7/QĐ-SKHCN")); // not rewritten
    REQUIRE_OK(ProposalRepository(r.db).undoLastMove(binhWorker, {}));
    CHECK(titles(binh, A::AdvancedWorker).size() == 1); // not removed: the review did not write it

    // The review's own titles go with its campaign.
    const Nominee an { Nominee::Kind::Person, r.season[QStringLiteral("An")] };
    REQUIRE_OK(decide(r.db, list.at({ QStringLiteral("An"), A::AdvancedWorker }).id, { 9, 9, 9 }));
    REQUIRE(titles(an, A::AdvancedWorker).size() == 1);
    REQUIRE_OK(CampaignRepository(r.db).remove(campaignId));
    CHECK(titles(an, A::AdvancedWorker).empty());
    CHECK(titles(binh, A::AdvancedWorker).size() == 1);
    CHECK_FALSE(AnnualReviewRepository(r.db).campaignOf(Review::Year).value());
}

TEST_CASE("a review that fails partway leaves nothing behind: no campaign, no proposal, no award form")
{
    Review r;
    const std::size_t formsBefore = AwardFormRepository(r.db).all().value().size();
    // The disk fills (as it were) after a few of the list's reasons are written.
    SqlQuery inject(r.db, QStringLiteral("CREATE TRIGGER injected_failure BEFORE INSERT ON annual_proposal "
                                         "WHEN (SELECT count(*) FROM annual_proposal) >= 5 BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
    REQUIRE_OK(inject.exec(QStringLiteral("gây lỗi")));
    const Result<AnnualReview::Outcome> failed = AnnualReview::prepare(r.db, Review::Year, {});
    REQUIRE_FALSE(failed);
    INFO(failed.error().message.toStdString());
    CHECK(QString(failed.error().message + failed.error().detail).contains(QStringLiteral("disk is full")));
    CHECK_FALSE(AnnualReviewRepository(r.db).campaignOf(Review::Year).value());
    CHECK(CampaignRepository(r.db).list().value().empty());
    CHECK(AwardFormRepository(r.db).all().value().size() == formsBefore);
    SqlQuery proposals(r.db, QStringLiteral("SELECT count(*) FROM proposal"));
    REQUIRE_OK(proposals.exec(QStringLiteral("đếm")));
    REQUIRE(proposals.next());
    CHECK(proposals.value(0).toInt() == 0);

    SqlQuery mend(r.db, QStringLiteral("DROP TRIGGER injected_failure"));
    REQUIRE_OK(mend.exec(QStringLiteral("gỡ lỗi")));
    Result<AnnualReview::Outcome> done = AnnualReview::prepare(r.db, Review::Year, {});
    REQUIRE_OK(done);
    CHECK(done.value().added == 29);
}
