#include "core/lists/UnitTemplate.h"

#include "core/common/DateText.h"
#include "core/lists/ImportColumns.h"
#include "core/domain/Labels.h"
#include "core/storage/AnnualCatalogueRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitReportRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/YearRecordRepository.h"

#include <QCoreApplication>
#include <QDir>

#include <map>

namespace UnitTemplate {

namespace {

struct UnitTemplateText {
    Q_DECLARE_TR_FUNCTIONS(UnitTemplate)
};

constexpr int IdentitySearchRows = 12;
constexpr int SpareRows = 30; // empty lines under a proposal list, for people the unit adds

} // namespace

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Proposals:
        return UnitTemplateText::tr("Đề nghị khen thưởng");
    case Kind::ReportFigures:
        return UnitTemplateText::tr("Số liệu báo cáo tổng kết");
    case Kind::Registrations:
        return UnitTemplateText::tr("Đăng ký thi đua");
    }
    return {};
}

QString code(Kind kind)
{
    switch (kind) {
    case Kind::Proposals:
        return QStringLiteral("proposals");
    case Kind::ReportFigures:
        return QStringLiteral("report-figures");
    case Kind::Registrations:
        return QStringLiteral("registrations");
    }
    return {};
}

bool isYearly(Kind kind) { return kind == Kind::Registrations; }

std::optional<Kind> fromCode(const QString& text)
{
    for (Kind kind : AllKinds)
        if (code(kind) == text)
            return kind;
    return std::nullopt;
}

QString campaignNumberLabel() { return UnitTemplateText::tr("Số đợt:"); }
QString yearLabel() { return UnitTemplateText::tr("Năm đăng ký:"); }
QString unitCodeLabel() { return UnitTemplateText::tr("Mã đơn vị:"); }
QString kindLineLabel() { return UnitTemplateText::tr("Mẫu:"); }

QString suggestedFileName(Kind kind, const QString& unitName)
{
    QString name = QStringLiteral("%1 - %2.xlsx").arg(kindLabel(kind), unitName);
    for (QChar forbidden : QStringLiteral("\\/:*?\"<>|"))
        name.replace(forbidden, QLatin1Char('-'));
    return name;
}

namespace {

// What the templates of one campaign are made from, read once for any number of units.
struct Sources {
    Campaign campaign; // a campaign's template
    int year = 0; // a yearly template
    std::vector<AnnualTitleDefinition> titles; // Kind::Registrations
    std::vector<Registration> registrations; // Kind::Registrations: the year's
    std::vector<Unit> units;
    std::vector<Person> people; // Kind::Proposals, Kind::Registrations
    std::vector<AwardForm> forms; // Kind::Proposals
    std::vector<UnitReport> reports; // Kind::ReportFigures: one per unit, in the units' order
};

Result<Sources> load(Database& database, Kind kind, qint64 scope)
{
    Sources sources;
    Result<std::vector<Unit>> units = UnitRepository(database).all();
    if (!units)
        return units.error();
    sources.units = units.value();
    if (isYearly(kind)) {
        sources.year = int(scope);
        Result<std::vector<Person>> people = PersonRepository(database).all();
        Result<std::vector<AnnualTitleDefinition>> titles = AnnualCatalogueRepository(database).titles();
        Result<std::vector<Registration>> registrations = YearRecordRepository(database).registrations(sources.year);
        for (const Error* error : { people.errorIf(), titles.errorIf(), registrations.errorIf() })
            if (error)
                return *error;
        sources.people = people.value();
        sources.titles = titles.value();
        sources.registrations = registrations.value();
        return sources;
    }
    Result<Campaign> campaign = CampaignRepository(database).load(scope);
    if (!campaign)
        return campaign.error();
    sources.campaign = campaign.value();
    if (kind == Kind::Proposals) {
        Result<std::vector<Person>> people = PersonRepository(database).all();
        Result<std::vector<AwardForm>> forms = AwardFormRepository(database).all();
        if (!people || !forms)
            return !people ? people.error() : forms.error();
        sources.people = people.value();
        sources.forms = forms.value();
    } else {
        Result<std::vector<UnitReport>> reports = UnitReportRepository(database).forCampaign(scope, sources.units);
        if (!reports)
            return reports.error();
        sources.reports = reports.value();
    }
    return sources;
}

// A unit's registration: the unit and its people, each with the title registered (a list to
// choose from, the catalogue's names), filled in with what is registered already.
XlsxWriter::Sheet registrationSheet(const Sources& sources, const Unit& unit)
{
    XlsxWriter::Sheet sheet;
    sheet.name = kindLabel(Kind::Registrations);
    sheet.preamble = { { UnitTemplateText::tr("ĐĂNG KÝ THI ĐUA NĂM %1").arg(sources.year) }, { yearLabel(), QString::number(sources.year) },
        { UnitTemplateText::tr("Đơn vị:"), unit.name }, { unitCodeLabel(), unit.code }, { kindLineLabel(), kindLabel(Kind::Registrations) },
        { UnitTemplateText::tr("Hướng dẫn:"),
            UnitTemplateText::tr("Chọn danh hiệu đăng ký (cột E) cho đơn vị (dòng «Tập thể») và cho từng người; để trống nếu không đăng ký. "
                                 "Người chưa có trong danh sách: báo Văn phòng thêm. Không sửa các dòng 2–5.") },
        {} };
    sheet.header = { UnitTemplateText::tr("TT"), UnitTemplateText::tr("Tập thể / cá nhân"), UnitTemplateText::tr("Chức vụ"),
        UnitTemplateText::tr("Năm sinh"), UnitTemplateText::tr("Danh hiệu đăng ký") };
    sheet.columnWidths = { 12, 30, 24, 10, 40 };
    sheet.numericColumns = { true, false, false, true };
    auto registered = [&](const Nominee& subject) {
        for (const Registration& r : sources.registrations)
            if (r.subject == subject)
                for (const AnnualTitleDefinition& t : sources.titles)
                    if (t.title == r.title)
                        return t.name;
        return QString();
    };
    int n = 0;
    sheet.rows.push_back({ QString::number(++n), unit.name, UnitTemplateText::tr("Tập thể"), QString(),
        registered({ Nominee::Kind::Unit, unit.id }) });
    for (const Person& p : sources.people)
        if (p.unitId == unit.id)
            sheet.rows.push_back({ QString::number(++n), p.fullName, p.position, p.birthYear ? QString::number(*p.birthYear) : QString(),
                registered({ Nominee::Kind::Person, p.id }) });
    QStringList titleNames;
    for (const AnnualTitleDefinition& t : sources.titles)
        titleNames << t.name;
    sheet.choices = { { 4, titleNames, int(sheet.rows.size()) } };
    return sheet;
}

Result<XlsxWriter::Sheet> sheetFor(const Sources& sources, Kind kind, qint64 unitId)
{
    const auto unit = std::find_if(sources.units.begin(), sources.units.end(), [&](const Unit& u) { return u.id == unitId; });
    if (unit == sources.units.end())
        return Error { UnitTemplateText::tr("Không tìm thấy đơn vị số %1.").arg(unitId), {} };

    if (kind == Kind::Registrations)
        return registrationSheet(sources, *unit);
    XlsxWriter::Sheet sheet;
    sheet.name = kindLabel(kind);
    const QString instructions = kind == Kind::Proposals
        ? UnitTemplateText::tr("Chọn hình thức khen thưởng (cột E) cho tập thể, cá nhân được đề nghị và ghi tóm tắt thành tích (cột F); "
                               "để trống cột E nếu không đề nghị. Người chưa có trong danh sách: thêm ở cuối. Không sửa các dòng 2–6.")
        : UnitTemplateText::tr("Ghi số, ngày văn bản báo cáo của đơn vị và các số liệu vào dòng dưới tiêu đề. Không sửa các dòng 2–6.");
    sheet.preamble = { { kind == Kind::Proposals ? UnitTemplateText::tr("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG") : UnitTemplateText::tr("SỐ LIỆU BÁO CÁO TỔNG KẾT") },
        { UnitTemplateText::tr("Đợt thi đua:"), sources.campaign.name }, { campaignNumberLabel(), QString::number(sources.campaign.id) },
        { UnitTemplateText::tr("Đơn vị:"), unit->name }, { unitCodeLabel(), unit->code }, { kindLineLabel(), kindLabel(kind) },
        { UnitTemplateText::tr("Hướng dẫn:"), instructions }, {} };

    if (kind == Kind::Proposals) {
        sheet.header = { UnitTemplateText::tr("TT"), UnitTemplateText::tr("Tập thể / cá nhân"), UnitTemplateText::tr("Chức vụ"), UnitTemplateText::tr("Năm sinh"),
            UnitTemplateText::tr("Hình thức khen thưởng"), UnitTemplateText::tr("Tóm tắt thành tích") };
        sheet.columnWidths = { 12, 30, 24, 10, 38, 60 }; // the first wide enough for the labels above the table
        sheet.numericColumns = { true, false, false, true };
        int n = 0;
        sheet.rows.push_back({ QString::number(++n), unit->name, UnitTemplateText::tr("Tập thể") });
        for (const Person& p : sources.people)
            if (p.unitId == unitId)
                sheet.rows.push_back({ QString::number(++n), p.fullName, p.position, p.birthYear ? QString::number(*p.birthYear) : QString() });
        QStringList formNames;
        for (const AwardForm& form : sources.forms)
            formNames << form.name;
        sheet.choices = { { 4, formNames, int(sheet.rows.size()) + SpareRows } };
        return sheet;
    }
    const UnitReport& report = sources.reports[size_t(unit - sources.units.begin())];
    sheet.header = { UnitTemplateText::tr("Số văn bản"), UnitTemplateText::tr("Ngày văn bản"), UnitTemplateText::tr("Số sáng kiến"),
        UnitTemplateText::tr("Số mô hình, cách làm hay"), UnitTemplateText::tr("Số cá nhân được đơn vị khen"), UnitTemplateText::tr("Tóm tắt kết quả") };
    sheet.columnWidths = { 16, 14, 12, 16, 16, 70 };
    sheet.numericColumns = { false, false, true, true, true };
    const bool heard = report.id != 0;
    sheet.rows.push_back({ report.documentNumber, dateText(report.documentDate), heard ? QString::number(report.initiatives) : QString(),
        heard ? QString::number(report.models) : QString(), heard ? QString::number(report.peopleCommended) : QString(), report.summary });
    return sheet;
}

} // namespace

Result<XlsxWriter::Sheet> build(Database& database, Kind kind, qint64 scope, qint64 unitId)
{
    Result<Sources> sources = load(database, kind, scope);
    if (!sources)
        return sources.error();
    return sheetFor(sources.value(), kind, unitId);
}

Result<std::vector<QString>> writeEach(Database& database, Kind kind, qint64 scope, const std::vector<qint64>& unitIds, const QString& folder)
{
    Result<Sources> sources = load(database, kind, scope);
    if (!sources)
        return sources.error();
    std::map<qint64, QString> unitName;
    for (const Unit& unit : sources.value().units)
        unitName[unit.id] = unit.name;
    std::vector<QString> written;
    for (qint64 unitId : unitIds) {
        Result<XlsxWriter::Sheet> sheet = sheetFor(sources.value(), kind, unitId);
        if (!sheet)
            return sheet.error();
        const QString path = QDir(folder).filePath(suggestedFileName(kind, unitName[unitId]));
        if (Status s = XlsxWriter::write({ sheet.value() }, path); !s)
            return s.error();
        written.push_back(path);
    }
    return written;
}

std::optional<Identity> identify(const TextTable& table)
{
    Identity identity;
    bool campaign = false, year = false, unit = false, kind = false;
    const int rows = std::min<int>(IdentitySearchRows, int(table.rows.size()));
    for (int r = 0; r < rows; ++r) {
        const QString label = ImportColumns::foldHeader(ImportColumns::cell(table.rows[size_t(r)], 0));
        const QString value = ImportColumns::cell(table.rows[size_t(r)], 1);
        if (label == ImportColumns::foldHeader(campaignNumberLabel())) {
            identity.campaignId = QStringView(value).split(QLatin1Char('.')).front().toLongLong(&campaign); // Excel may write "3.0"
        } else if (label == ImportColumns::foldHeader(yearLabel())) {
            identity.year = QStringView(value).split(QLatin1Char('.')).front().toInt(&year);
        } else if (label == ImportColumns::foldHeader(unitCodeLabel())) {
            identity.unitCode = value;
            unit = !value.isEmpty();
        } else if (label == ImportColumns::foldHeader(kindLineLabel())) {
            for (Kind k : AllKinds)
                if (ImportColumns::foldHeader(kindLabel(k)) == ImportColumns::foldHeader(value)) {
                    identity.kind = k;
                    kind = true;
                }
        } else {
            continue;
        }
        identity.lastIdentityRow = r;
    }
    if (!unit || !kind || !(isYearly(identity.kind) ? year : campaign))
        return std::nullopt;
    return identity;
}

} // namespace UnitTemplate
