#include "tests/support/Season.h"

#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include "core/storage/AssessmentRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/WordingRepository.h"

void concludeAllMet(Database& db, qint64 campaignId, const Nominee& nominee)
{
    const SectionBinding binding
        = nominee.kind == Nominee::Kind::Unit ? SectionBinding::UnitCriteria : SectionBinding::IndividualCriteria;
    for (const PlanBlock& criterion : CampaignRepository(db).criteria(campaignId, binding).value()) {
        Assessment a;
        a.criterionId = criterion.id;
        a.nominee = nominee;
        a.conclusion = AssessmentState::Met;
        REQUIRE_OK(AssessmentRepository(db).save(a));
    }
}

qint64 awardFormOf(Database& db, AwardLevel level)
{
    for (const AwardForm& form : AwardFormRepository(db).all().value())
        if (form.level == level)
            return form.id;
    FAIL("no award form of that level");
    return 0;
}

qint64 proposeThrough(Database& db, qint64 campaignId, const Nominee& nominee, qint64 awardFormId,
    qint64 proposingUnitId, const QString& summary, ProposalState until)
{
    Proposal p;
    p.campaignId = campaignId;
    p.awardFormId = awardFormId;
    p.nominee = nominee;
    p.proposingUnitId = proposingUnitId;
    p.summary = summary;
    ProposalRepository proposals(db);
    REQUIRE_OK(proposals.add(p, {}));
    if (until == ProposalState::Draft)
        return p.id;
    for (ProposalState step : { ProposalState::Submitted, ProposalState::Reviewed, ProposalState::Decided, ProposalState::Awarded }) {
        if (step == ProposalState::Reviewed)
            REQUIRE_OK(proposals.recordVote(p.id, { 9, 9, 8 }, QStringLiteral("Văn thư")));
        REQUIRE_OK(proposals.move(p.id, step, {}, {}));
        if (step == until)
            break;
    }
    return p.id;
}

void citeProvinceDecisions(Database& db)
{
    WordingRepository wordings(db);
    REQUIRE_OK(wordings.save(WordingKey::ProvinceRules,
        QStringLiteral("Căn cứ Quyết định số 15/2024/QĐ-UBND ngày 20 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh {tỉnh} ban hành Quy chế "
                       "công tác thi đua, khen thưởng trên địa bàn tỉnh {tỉnh};")));
    QString basis = Wording::defaultText(WordingKey::DecisionLegalBasis);
    basis.replace(QStringLiteral("Căn cứ Quyết định số …/…/QĐ-UBND ngày … tháng … năm …"),
        QStringLiteral("Căn cứ Quyết định số 08/2023/QĐ-UBND ngày 10 tháng 3 năm 2023"));
    REQUIRE_OK(wordings.save(WordingKey::DecisionLegalBasis, basis));
}

