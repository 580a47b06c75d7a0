#include "core/lists/ListExport.h"

#include "core/common/DateText.h"
#include "core/documents/Paperwork.h"
#include "core/documents/writers/CsvWriter.h"
#include "core/domain/Labels.h"
#include "core/rules/ProposalWorkflow.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AwardDecisionRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitRepository.h"

#include <QCoreApplication>

#include <map>

namespace ListExport {

namespace {

struct ListExportText {
    Q_DECLARE_TR_FUNCTIONS(ListExport)
};

const std::vector<std::pair<List, QString>> Codes { { List::Units, QStringLiteral("units") }, { List::People, QStringLiteral("people") },
    { List::Assessments, QStringLiteral("assessments") }, { List::Proposals, QStringLiteral("proposals") },
    { List::Awards, QStringLiteral("awards") } };

// A criterion not yet concluded is a blank cell.
QString conclusionText(AssessmentState state) { return state == AssessmentState::Pending ? QString() : assessmentStateLabel(state); }

Result<XlsxWriter::Sheet> units(Database& db)
{
    Result<std::vector<Unit>> all = UnitRepository(db).all();
    if (!all)
        return all.error();
    XlsxWriter::Sheet sheet { label(List::Units), { ListExportText::tr("TT"), ListExportText::tr("Mã"), ListExportText::tr("Tên đơn vị"), ListExportText::tr("Loại") },
        {}, { 6, 10, 50, 24 }, { true } };
    int n = 0;
    for (const Unit& u : all.value())
        sheet.rows.push_back({ QString::number(++n), u.code, u.name, unitKindLabel(u.kind) });
    return sheet;
}

Result<XlsxWriter::Sheet> people(Database& db)
{
    Result<std::vector<Person>> all = PersonRepository(db).all();
    Result<std::vector<Unit>> unitList = UnitRepository(db).all();
    if (!all || !unitList)
        return !all ? all.error() : unitList.error();
    std::map<qint64, QString> unitName;
    for (const Unit& u : unitList.value())
        unitName[u.id] = u.name;
    XlsxWriter::Sheet sheet { label(List::People),
        { ListExportText::tr("TT"), ListExportText::tr("Họ và tên"), ListExportText::tr("Đơn vị"), ListExportText::tr("Chức vụ"),
            ListExportText::tr("Ngạch"), ListExportText::tr("Giới tính"), ListExportText::tr("Năm sinh") },
        {}, { 6, 28, 40, 24, 18, 10, 10 }, { true, false, false, false, false, false, true } };
    int n = 0;
    for (const Person& p : all.value())
        sheet.rows.push_back({ QString::number(++n), p.fullName, unitName[p.unitId], p.position, staffCategoryLabel(p.staffCategory),
            genderLabel(p.gender), p.birthYear ? QString::number(*p.birthYear) : QString() });
    return sheet;
}

Result<XlsxWriter::Sheet> assessments(Database& db, qint64 campaignId)
{
    CampaignRepository campaigns(db);
    Result<std::vector<PlanBlock>> unitCriteria = campaigns.criteria(campaignId, SectionBinding::UnitCriteria);
    Result<std::vector<PlanBlock>> personCriteria = campaigns.criteria(campaignId, SectionBinding::IndividualCriteria);
    Result<std::vector<Assessment>> cells = AssessmentRepository(db).forCampaign(campaignId);
    Result<std::vector<Unit>> unitList = UnitRepository(db).all();
    Result<std::vector<Person>> personList = PersonRepository(db).all();
    for (const Error* error : { unitCriteria.errorIf(), personCriteria.errorIf(), cells.errorIf(), unitList.errorIf(), personList.errorIf() })
        if (error)
            return *error;
    std::map<std::tuple<int, qint64, qint64>, AssessmentState> conclusion; // (kind, nominee, criterion)
    for (const Assessment& a : cells.value())
        conclusion[{ int(a.nominee.kind), a.nominee.id, a.criterionId }] = a.conclusion;
    std::map<qint64, QString> unitName;
    for (const Unit& u : unitList.value())
        unitName[u.id] = u.name;
    XlsxWriter::Sheet sheet { label(List::Assessments), { ListExportText::tr("TT"), ListExportText::tr("Tập thể / cá nhân"), ListExportText::tr("Đơn vị") }, {},
        { 6, 30, 36 }, { true } };
    const size_t criteria = std::max(unitCriteria.value().size(), personCriteria.value().size());
    for (size_t i = 0; i < criteria; ++i) {
        sheet.header << ListExportText::tr("Tiêu chí %1").arg(i + 1);
        sheet.columnWidths.push_back(12);
    }
    int n = 0;
    auto addRow = [&](Nominee::Kind kind, qint64 id, const QString& name, const QString& unit, const std::vector<PlanBlock>& list) {
        QStringList row { QString::number(++n), name, unit };
        for (const PlanBlock& criterion : list) {
            const auto found = conclusion.find({ int(kind), id, criterion.id });
            row << (found == conclusion.end() ? QString() : conclusionText(found->second));
        }
        sheet.rows.push_back(row);
    };
    for (const Unit& u : unitList.value())
        addRow(Nominee::Kind::Unit, u.id, u.name, u.name, unitCriteria.value());
    for (const Person& p : personList.value())
        addRow(Nominee::Kind::Person, p.id, p.fullName, unitName[p.unitId], personCriteria.value());
    return sheet;
}

// Proposals (every state) or awards (decided or awarded) of the campaign, through the paperwork's
// names and details so both read as the documents do.
Result<XlsxWriter::Sheet> proposals(Database& db, qint64 campaignId, bool grantedOnly)
{
    Result<std::vector<Proposal>> all = ProposalRepository(db).forCampaign(campaignId);
    if (!all)
        return all.error();
    std::vector<qint64> ids;
    for (const Proposal& p : all.value())
        if (!grantedOnly || p.state == ProposalState::Decided || p.state == ProposalState::Awarded)
            ids.push_back(p.id);
    XlsxWriter::Sheet sheet;
    sheet.name = label(grantedOnly ? List::Awards : List::Proposals);
    sheet.header = { ListExportText::tr("TT"), ListExportText::tr("Tập thể / cá nhân"), ListExportText::tr("Chức vụ, đơn vị"),
        ListExportText::tr("Hình thức khen thưởng"), grantedOnly ? ListExportText::tr("Quyết định") : ListExportText::tr("Trạng thái"),
        ListExportText::tr("Tóm tắt thành tích") };
    sheet.columnWidths = { 6, 30, 40, 34, 22, 50 };
    sheet.numericColumns = { true };
    if (ids.empty())
        return sheet;
    Result<std::vector<Paperwork::Input>> groups = Paperwork::load(db, campaignId, ids);
    if (!groups)
        return groups.error();
    Result<AwardDecision> decision = AwardDecisionRepository(db).load(campaignId);
    int n = 0;
    for (const Paperwork::Input& group : groups.value())
        for (const Paperwork::Nomination& nomination : group.nominations) {
            QString fourth = ProposalWorkflow::stateLabel(nomination.proposal.state);
            if (grantedOnly)
                fourth = nomination.form.level == AwardLevel::Agency && decision && decision.value().isIssued()
                    ? ListExportText::tr("Số %1 ngày %2").arg(decision.value().number, dateText(decision.value().signedOn))
                    : nomination.form.decidedBy;
            sheet.rows.push_back({ QString::number(++n), nomination.nomineeName, nomination.nomineeDetail, nomination.form.name, fourth,
                nomination.proposal.summary });
        }
    return sheet;
}

} // namespace

QString code(List list)
{
    for (const auto& [l, c] : Codes)
        if (l == list)
            return c;
    return {};
}

std::optional<List> fromCode(const QString& text)
{
    for (const auto& [l, c] : Codes)
        if (c == text)
            return l;
    return std::nullopt;
}

QString label(List list)
{
    switch (list) {
    case List::Units:
        return ListExportText::tr("Đơn vị");
    case List::People:
        return ListExportText::tr("Cán bộ");
    case List::Assessments:
        return ListExportText::tr("Đánh giá tiêu chí");
    case List::Proposals:
        return ListExportText::tr("Đề nghị khen thưởng");
    case List::Awards:
        return ListExportText::tr("Được khen thưởng");
    }
    return {};
}

bool needsCampaign(List list) { return list != List::Units && list != List::People; }

Result<XlsxWriter::Sheet> build(Database& database, List list, qint64 campaignId)
{
    if (needsCampaign(list) && CampaignRepository(database).load(campaignId).errorIf())
        return Error { ListExportText::tr("Danh sách «%1» cần một đợt thi đua: không tìm thấy đợt số %2.").arg(label(list)).arg(campaignId), {} };
    switch (list) {
    case List::Units:
        return units(database);
    case List::People:
        return people(database);
    case List::Assessments:
        return assessments(database, campaignId);
    case List::Proposals:
        return proposals(database, campaignId, false);
    case List::Awards:
        return proposals(database, campaignId, true);
    }
    return Error { {}, {} };
}

Status write(const XlsxWriter::Sheet& table, Format format, const QString& path, std::optional<QChar> csvSeparator)
{
    return format == Format::Xlsx ? XlsxWriter::write({ table }, path)
                                  : CsvWriter::write(table, path, csvSeparator.value_or(CsvWriter::systemSeparator()));
}

} // namespace ListExport
