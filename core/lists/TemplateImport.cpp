#include "core/lists/TemplateImport.h"

#include "core/common/Settings.h"
#include "core/domain/Validation.h"
#include "core/lists/UnitTemplate.h"
#include "core/rules/Eligibility.h"
#include "core/domain/Labels.h"
#include "core/storage/AnnualCatalogueRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitReportRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/YearRecordRepository.h"

#include <QCoreApplication>

#include <map>

namespace TemplateImport {

namespace {

struct TemplateImportText {
    Q_DECLARE_TR_FUNCTIONS(TemplateImport)
};

using ImportColumns::Field;
using ImportColumns::RowReader;
using ListImport::Action;
using ListImport::Target;

using ImportColumns::nameKey;

UnitTemplate::Kind kindOf(Target target)
{
    switch (target) {
    case Target::ReportFigures:
        return UnitTemplate::Kind::ReportFigures;
    case Target::Registrations:
        return UnitTemplate::Kind::Registrations;
    default:
        return UnitTemplate::Kind::Proposals;
    }
}

} // namespace

ListImport::Target targetOf(UnitTemplate::Kind kind)
{
    switch (kind) {
    case UnitTemplate::Kind::ReportFigures:
        return Target::ReportFigures;
    case UnitTemplate::Kind::Registrations:
        return Target::Registrations;
    case UnitTemplate::Kind::Proposals:
        break;
    }
    return Target::Proposals;
}

Result<Scope> scopeOf(Database& database, Target target, const TextTable& table)
{
    const std::optional<UnitTemplate::Identity> identity = UnitTemplate::identify(table);
    const UnitTemplate::Kind expected = kindOf(target);
    if (!identity)
        return Error { TemplateImportText::tr("Tệp không phải mẫu «%1» của ThiDua: không thấy các dòng «%2», «%3», «%4» ở đầu tệp. "
                                              "Hãy dùng tệp tạo bằng Tệp → Tạo mẫu Excel cho đơn vị.")
                           .arg(UnitTemplate::kindLabel(expected),
                               UnitTemplate::isYearly(expected) ? UnitTemplate::yearLabel() : UnitTemplate::campaignNumberLabel(), UnitTemplate::unitCodeLabel(),
                               UnitTemplate::kindLineLabel()),
            {} };
    if (identity->kind != expected)
        return Error { TemplateImportText::tr("Tệp là mẫu «%1», không phải mẫu «%2».").arg(UnitTemplate::kindLabel(identity->kind), UnitTemplate::kindLabel(expected)),
            {} };
    Scope scope;
    scope.year = identity->year;
    Result<Campaign> campaign = UnitTemplate::isYearly(expected) ? Result<Campaign>(Campaign {}) : CampaignRepository(database).load(identity->campaignId);
    if (!campaign)
        return Error { TemplateImportText::tr("Mẫu ghi «%1 %2» nhưng tệp dữ liệu này không có đợt thi đua số %2.")
                           .arg(UnitTemplate::campaignNumberLabel())
                           .arg(identity->campaignId),
            {} };
    Result<std::vector<Unit>> units = UnitRepository(database).all();
    if (!units)
        return units.error();
    scope.campaign = campaign.value();
    for (const Unit& unit : units.value())
        if (unit.code.compare(identity->unitCode, Qt::CaseInsensitive) == 0) {
            scope.unit = unit;
            return scope;
        }
    return Error { TemplateImportText::tr("Mẫu ghi «%1 %2» nhưng cơ quan không có đơn vị mã «%2».").arg(UnitTemplate::unitCodeLabel(), identity->unitCode), {} };
}

namespace {

using PeopleByName = std::map<QString, std::vector<const Person*>>; // a unit's people by folded name

PeopleByName peopleOf(const std::vector<Person>& people, qint64 unitId)
{
    PeopleByName byName;
    for (const Person& p : people)
        if (p.unitId == unitId)
            byName[nameKey(p.fullName)].push_back(&p);
    return byName;
}

struct NamedNominee {
    Nominee nominee;
    QString name; // as stored
};

// The template's unit itself, or one of its people by the row's name (and birth year, when two
// share the name); a problem on the row when there is none, or more than one.
std::optional<NamedNominee> nomineeNamed(RowReader& reader, const Scope& scope, const PeopleByName& byName, const QString& name,
    const QString& yearText)
{
    if (name.isEmpty())
        return std::nullopt; // "để trống" already said
    if (nameKey(name) == nameKey(scope.unit.name))
        return NamedNominee { { Nominee::Kind::Unit, scope.unit.id }, scope.unit.name };
    const auto found = byName.find(nameKey(name));
    std::vector<const Person*> candidates = found == byName.end() ? std::vector<const Person*> {} : found->second;
    const int year = QStringView(yearText).split(QLatin1Char('.')).front().toInt();
    if (candidates.size() > 1 && year > 0)
        std::erase_if(candidates, [&](const Person* p) { return p->birthYear != year; });
    if (candidates.empty()) {
        reader.problem(QStringLiteral("nominee"),
            TemplateImportText::tr("không có cán bộ «%1» trong «%2»: thêm người này ở trang Đơn vị & cán bộ (hoặc nhập danh sách cán bộ) rồi nhập lại.")
                .arg(name, scope.unit.name));
        return std::nullopt;
    }
    if (candidates.size() > 1) {
        reader.problem(QStringLiteral("nominee"),
            TemplateImportText::tr("«%2» có %1 người tên «%3»; ghi năm sinh ở cột «Năm sinh» để phân biệt.").arg(candidates.size()).arg(scope.unit.name, name));
        return std::nullopt;
    }
    return NamedNominee { { Nominee::Kind::Person, candidates.front()->id }, candidates.front()->fullName };
}

Status planProposals(Database& database, ListImport::Plan& plan, const Scope& scope, const TextTable& table, const ImportColumns::Mapping& mapping,
    const std::vector<int>& dataRows)
{
    Result<std::vector<Person>> people = PersonRepository(database).all();
    Result<std::vector<AwardForm>> forms = AwardFormRepository(database).all();
    Result<std::vector<Proposal>> proposals = ProposalRepository(database).forCampaign(scope.campaign.id);
    for (const Error* error : { people.errorIf(), forms.errorIf(), proposals.errorIf() })
        if (error)
            return *error;
    const PeopleByName byName = peopleOf(people.value(), scope.unit.id);
    std::map<QString, const AwardForm*> formByName;
    QStringList formNames;
    for (const AwardForm& form : forms.value()) {
        formByName[nameKey(form.name)] = &form;
        formNames << form.name;
    }
    const std::vector<Field> fields = TemplateImport::fieldsOf(Target::Proposals);
    std::map<std::tuple<int, qint64, qint64>, int> inFile; // (kind, nominee, form) → row
    for (int index : dataRows) {
        RowReader reader(fields, table, mapping, index, plan.problems);
        const QString name = reader.text(QStringLiteral("nominee"), Limits::ShortText);
        const QString formText = reader.text(QStringLiteral("awardForm"), Limits::ShortText);
        const QString summary = reader.longText(QStringLiteral("summary"), Limits::LongText);
        const QString yearText = reader.text(QStringLiteral("birthYear"), 10);
        if (formText.isEmpty()) {
            if (!summary.isEmpty())
                reader.problem(QStringLiteral("awardForm"), TemplateImportText::tr("có tóm tắt thành tích nhưng chưa chọn hình thức khen thưởng."));
            continue; // not proposed
        }
        if (summary.isEmpty() && reader.clean())
            reader.problem(QStringLiteral("summary"), TemplateImportText::tr("chưa ghi tóm tắt thành tích cho đề nghị «%1».").arg(formText));
        ListImport::Row row;
        row.row = reader.rowNumber();
        Proposal& proposal = row.proposal;
        proposal.campaignId = scope.campaign.id;
        proposal.proposingUnitId = scope.unit.id;
        proposal.summary = summary;
        if (const std::optional<NamedNominee> nominee = nomineeNamed(reader, scope, byName, name, yearText)) {
            proposal.nominee = nominee->nominee;
            row.nomineeName = nominee->name;
        }
        const auto form = formByName.find(nameKey(formText));
        if (form == formByName.end())
            reader.problem(QStringLiteral("awardForm"),
                TemplateImportText::tr("«%1» không có trong danh mục hình thức khen thưởng (%2).").arg(formText, formNames.join(QStringLiteral("; "))));
        else
            proposal.awardFormId = form->second->id;
        if (!reader.clean())
            continue;
        if (const Eligibility::Failure failure = Eligibility::formAppliesToNominee(*form->second, proposal.nominee)) {
            reader.problem(QStringLiteral("awardForm"), *failure);
            continue;
        }
        const std::tuple<int, qint64, qint64> key { int(proposal.nominee.kind), proposal.nominee.id, proposal.awardFormId };
        if (const auto twin = inFile.find(key); twin != inFile.end()) {
            reader.problem(QStringLiteral("nominee"), TemplateImportText::tr("trùng với dòng %1 (cùng người, cùng hình thức).").arg(twin->second));
            continue;
        }
        inFile.emplace(key, row.row);
        const bool there = std::any_of(proposals.value().begin(), proposals.value().end(),
            [&](const Proposal& p) { return p.nominee == proposal.nominee && p.awardFormId == proposal.awardFormId; });
        row.action = there ? Action::AlreadyThere : Action::Add;
        plan.rows.push_back(std::move(row));
    }
    return {};
}

Status planFigures(Database& database, ListImport::Plan& plan, const Scope& scope, const TextTable& table, const ImportColumns::Mapping& mapping,
    const std::vector<int>& dataRows)
{
    Result<std::vector<UnitReport>> reports = UnitReportRepository(database).forCampaign(scope.campaign.id, { scope.unit });
    if (!reports)
        return reports.error();
    const UnitReport& stored = reports.value().front();
    const std::vector<Field> fields = TemplateImport::fieldsOf(Target::ReportFigures);
    bool first = true;
    for (int index : dataRows) {
        RowReader reader(fields, table, mapping, index, plan.problems);
        if (!first) {
            reader.problem(QStringLiteral("initiatives"), TemplateImportText::tr("mẫu số liệu chỉ có một dòng dưới tiêu đề; xóa dòng này."));
            continue;
        }
        first = false;
        ListImport::Row row;
        row.row = reader.rowNumber();
        UnitReport& report = row.report;
        report = stored;
        report.documentNumber = reader.text(QStringLiteral("documentNumber"), Limits::ShortText);
        report.documentDate = reader.date(QStringLiteral("documentDate"));
        report.initiatives = reader.count(QStringLiteral("initiatives"));
        report.models = reader.count(QStringLiteral("models"));
        report.peopleCommended = reader.count(QStringLiteral("peopleCommended"));
        report.summary = reader.longText(QStringLiteral("summary"), Limits::LongText);
        if (!report.receivedOn)
            report.receivedOn = QDate::currentDate();
        if (!reader.clean())
            continue;
        const bool same = stored.id != 0 && stored.documentNumber == report.documentNumber && stored.documentDate == report.documentDate
            && stored.initiatives == report.initiatives && stored.models == report.models && stored.peopleCommended == report.peopleCommended
            && stored.summary == report.summary;
        row.action = stored.id == 0 ? Action::Add : same ? Action::AlreadyThere : Action::Update;
        plan.rows.push_back(std::move(row));
    }
    return {};
}

Status planRegistrations(Database& database, ListImport::Plan& plan, const Scope& scope, const TextTable& table,
    const ImportColumns::Mapping& mapping, const std::vector<int>& dataRows)
{
    Result<std::vector<Person>> people = PersonRepository(database).all();
    Result<std::vector<AnnualTitleDefinition>> titles = AnnualCatalogueRepository(database).titles();
    Result<std::vector<Registration>> registered = YearRecordRepository(database).registrations(scope.year);
    for (const Error* error : { people.errorIf(), titles.errorIf(), registered.errorIf() })
        if (error)
            return *error;
    const PeopleByName byName = peopleOf(people.value(), scope.unit.id);
    // A title by the catalogue's name, its abbreviation, or the Law's name.
    std::map<QString, AnnualTitle> titleByName;
    QStringList titleNames;
    for (const AnnualTitleDefinition& t : titles.value()) {
        for (const QString& name : { t.name, t.abbreviation, annualTitleLabel(t.title) })
            if (!name.isEmpty())
                titleByName.emplace(nameKey(name), t.title);
        titleNames << t.name;
    }
    const std::vector<Field> fields = TemplateImport::fieldsOf(Target::Registrations);
    std::map<std::pair<int, qint64>, int> inFile; // subject → row
    for (int index : dataRows) {
        RowReader reader(fields, table, mapping, index, plan.problems);
        const QString name = reader.text(QStringLiteral("nominee"), Limits::ShortText);
        const QString titleText = reader.text(QStringLiteral("title"), Limits::ShortText);
        const QString yearText = reader.text(QStringLiteral("birthYear"), 10);
        if (titleText.isEmpty())
            continue; // not registering
        ListImport::Row row;
        row.row = reader.rowNumber();
        Registration& registration = row.registration;
        registration.year = scope.year;
        registration.registeredOn = QDate::currentDate();
        if (const std::optional<NamedNominee> nominee = nomineeNamed(reader, scope, byName, name, yearText)) {
            registration.subject = nominee->nominee;
            row.nomineeName = nominee->name;
        }
        const auto title = titleByName.find(nameKey(titleText));
        if (title == titleByName.end())
            reader.problem(QStringLiteral("title"),
                TemplateImportText::tr("«%1» không có trong danh mục danh hiệu (%2).").arg(titleText, titleNames.join(QStringLiteral("; "))));
        else
            registration.title = title->second;
        if (!reader.clean())
            continue;
        if (annualTitleSubject(registration.title) != registration.subject.kind) {
            reader.problem(QStringLiteral("title"), registration.subject.kind == Nominee::Kind::Unit
                    ? TemplateImportText::tr("«%1» là danh hiệu cho cá nhân, không đăng ký cho tập thể.").arg(titleText)
                    : TemplateImportText::tr("«%1» là danh hiệu cho tập thể, không đăng ký cho cá nhân.").arg(titleText));
            continue;
        }
        const std::pair<int, qint64> key { int(registration.subject.kind), registration.subject.id };
        if (const auto twin = inFile.find(key); twin != inFile.end()) {
            reader.problem(QStringLiteral("nominee"), TemplateImportText::tr("trùng với dòng %1: mỗi tập thể, cá nhân đăng ký một danh hiệu.").arg(twin->second));
            continue;
        }
        inFile.emplace(key, row.row);
        std::vector<AnnualTitle> before;
        for (const Registration& r : registered.value())
            if (r.subject == registration.subject)
                before.push_back(r.title);
        row.action = before.empty() ? Action::Add
            : before == std::vector<AnnualTitle> { registration.title } ? Action::AlreadyThere
                                                                      : Action::Update;
        plan.rows.push_back(std::move(row));
    }
    return {};
}

} // namespace

std::vector<ImportColumns::Field> fieldsOf(ListImport::Target target)
{
    if (target == Target::Registrations)
        return { { QStringLiteral("nominee"), TemplateImportText::tr("Tập thể / cá nhân"), { QStringLiteral("Họ và tên"), QStringLiteral("Họ tên") }, true },
            { QStringLiteral("birthYear"), TemplateImportText::tr("Năm sinh"), {}, false },
            { QStringLiteral("title"), TemplateImportText::tr("Danh hiệu đăng ký"), { QStringLiteral("Danh hiệu") }, true, true } };
    if (target == Target::Proposals)
        return { { QStringLiteral("nominee"), TemplateImportText::tr("Tập thể / cá nhân"), { QStringLiteral("Họ và tên"), QStringLiteral("Họ tên") }, true },
            { QStringLiteral("birthYear"), TemplateImportText::tr("Năm sinh"), {}, false },
            { QStringLiteral("awardForm"), TemplateImportText::tr("Hình thức khen thưởng"), { QStringLiteral("Hình thức") }, true, true },
            { QStringLiteral("summary"), TemplateImportText::tr("Tóm tắt thành tích"), { QStringLiteral("Thành tích") }, true, true } };
    return { { QStringLiteral("documentNumber"), TemplateImportText::tr("Số văn bản"), {}, false },
        { QStringLiteral("documentDate"), TemplateImportText::tr("Ngày văn bản"), {}, false },
        { QStringLiteral("initiatives"), TemplateImportText::tr("Số sáng kiến"), {}, true },
        { QStringLiteral("models"), TemplateImportText::tr("Số mô hình, cách làm hay"), {}, true },
        { QStringLiteral("peopleCommended"), TemplateImportText::tr("Số cá nhân được đơn vị khen"), {}, true },
        { QStringLiteral("summary"), TemplateImportText::tr("Tóm tắt kết quả"), {}, false } };
}

bool isTemplate(ListImport::Target target)
{
    return target == Target::Proposals || target == Target::ReportFigures || target == Target::Registrations;
}

Status plan(Database& database, ListImport::Plan& plan, const Scope& scope, const TextTable& table, const ImportColumns::Mapping& mapping,
    const std::vector<int>& dataRows)
{
    if (plan.target == Target::Registrations) {
        plan.scope = TemplateImportText::tr("Đăng ký thi đua năm %1 — đơn vị «%2»").arg(scope.year).arg(scope.unit.name);
        return planRegistrations(database, plan, scope, table, mapping, dataRows);
    }
    plan.scope = TemplateImportText::tr("Đợt «%1» — đơn vị «%2»").arg(scope.campaign.name, scope.unit.name);
    return plan.target == Target::Proposals ? planProposals(database, plan, scope, table, mapping, dataRows)
                                            : planFigures(database, plan, scope, table, mapping, dataRows);
}

Status write(Database& database, const ListImport::Row& row, ListImport::Target target)
{
    if (target == Target::Registrations) {
        const Registration& r = row.registration;
        return YearRecordRepository(database).setRegistrations(r.subject, r.year, { r.title }, r.registeredOn);
    }
    if (target == Target::Proposals) {
        Proposal proposal = row.proposal;
        Result<qint64> added = ProposalRepository(database).add(proposal, Settings::currentUserName());
        return added ? Status() : Status(added.error());
    }
    UnitReport report = row.report;
    return UnitReportRepository(database).save(report);
}

} // namespace TemplateImport
