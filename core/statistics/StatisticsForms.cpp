#include "core/statistics/StatisticsForms.h"

#include "core/common/TextFolding.h"
#include "core/statistics/AwardCounts.h"
#include "core/storage/AnnualCatalogueRepository.h"
#include "core/storage/AnnualReviewRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/YearRecordRepository.h"

#include <QHash>

#include <functional>
#include <map>

namespace Statistics {

namespace {

QString folded(const QString& text) { return foldForSearch(text); }

bool containsAny(const QString& text, std::initializer_list<const char*> words)
{
    for (const char* word : words)
        if (text.contains(QLatin1String(word)))
            return true;
    return false;
}

} // namespace

QString formNumber(Form form) { return QStringLiteral("%1.N/BNV-TĐKT").arg(formCode(form)); }

QString formCode(Form form)
{
    switch (form) {
    case Form::Movements:
        return QStringLiteral("0601");
    case Form::StateAwards:
        return QStringLiteral("0602");
    case Form::ProvinceAwards:
        return QStringLiteral("0603");
    }
    return {};
}

std::optional<Form> formFromCode(const QString& code)
{
    for (Form form : AllForms)
        if (code == formCode(form) || code == formNumber(form))
            return form;
    return std::nullopt;
}

QString formTitle(Form form)
{
    switch (form) {
    case Form::Movements:
        return QStringLiteral("Số phong trào thi đua");
    case Form::StateAwards:
        return QStringLiteral("Số lượng khen thưởng cấp Nhà nước");
    case Form::ProvinceAwards:
        return QStringLiteral("Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể trung ương và tỉnh, thành phố trực thuộc trung ương");
    }
    return {};
}

AwardClass classify(const AwardForm& form)
{
    const QString name = folded(form.name);
    switch (form.level) {
    case AwardLevel::State:
    case AwardLevel::Government:
        if (containsAny(name, { "huan chuong", "huy chuong" }))
            return AwardClass::OrderOrMedal;
        if (name.contains(QLatin1String("co thi dua")))
            return AwardClass::GovernmentFlag;
        if (name.contains(QLatin1String("bang khen")))
            return AwardClass::PrimeMinisterMerit;
        if (name.contains(QLatin1String("chien si thi dua")))
            return AwardClass::NationalFighter;
        return AwardClass::OtherState;
    case AwardLevel::Province:
        if (name.contains(QLatin1String("co thi dua")))
            return AwardClass::ProvinceFlag;
        if (name.contains(QLatin1String("chien si thi dua")))
            return AwardClass::ProvinceFighter;
        if (containsAny(name, { "huy hieu", "ky niem chuong" }))
            return AwardClass::ProvinceBadge;
        return AwardClass::ProvinceMerit;
    case AwardLevel::Agency:
        break;
    }
    return AwardClass::NotReported;
}

AwardClass classify(AnnualTitle title)
{
    switch (title) {
    case AnnualTitle::NationalEmulationFighter:
        return AwardClass::NationalFighter;
    case AnnualTitle::GovernmentFlag:
        return AwardClass::GovernmentFlag;
    case AnnualTitle::ProvinceMerit:
        return AwardClass::ProvinceMerit;
    case AnnualTitle::ProvinceEmulationFighter:
        return AwardClass::ProvinceFighter;
    case AnnualTitle::ProvinceFlag:
        return AwardClass::ProvinceFlag;
    default:
        return AwardClass::NotReported; // LĐTT, CSTĐCS, TTLĐTT, TTLĐXS: in no 06xx form
    }
}

Subject subjectOfPosition(const QString& position)
{
    const QString p = folded(position).simplified();
    // Heads of units inside the agency first: "Giám đốc Trung tâm" leads a unit, not the agency.
    if (containsAny(p, { "truong phong", "chanh van phong", "chanh thanh tra", "truong ban", "giam doc trung tam", "truong khoa",
            "to truong", "truong tram", "truong chi cuc", "chi cuc truong" }))
        return Subject::OtherLeader;
    if (p.startsWith(QLatin1String("giam doc")) || p.startsWith(QLatin1String("pho giam doc")))
        return Subject::DepartmentLeader;
    return Subject::Worker;
}

Result<Sources> load(Database& database, int year)
{
    Sources sources;
    sources.year = year;
    Result<EvaluationPeriod> period = AnnualCatalogueRepository(database).period();
    if (!period)
        return period.error();
    sources.first = period.value().firstDay(year);
    sources.last = period.value().lastDay(year);
    const auto inPeriod = [&](QDate day) { return day >= sources.first && day <= sources.last; };

    CampaignRepository campaigns(database);
    Result<std::vector<CampaignSummary>> list = campaigns.list();
    Result<std::vector<AwardForm>> forms = AwardFormRepository(database).all();
    Result<std::vector<Person>> people = PersonRepository(database).all();
    YearRecordRepository records(database);
    Result<std::vector<ConferredTitle>> conferred = records.conferred(year);
    Result<std::vector<PersonYear>> ratings = records.personYears(year);
    Result<std::vector<Registration>> registrations = records.registrations(year);
    Result<std::map<qint64, int>> reviews = AnnualReviewRepository(database).reviews();
    for (const Error* error : { list.errorIf(), forms.errorIf(), people.errorIf(), conferred.errorIf(), ratings.errorIf(),
             registrations.errorIf(), reviews.errorIf() })
        if (error)
            return *error;
    QHash<qint64, const AwardForm*> formById;
    for (const AwardForm& form : forms.value())
        formById.insert(form.id, &form);
    QHash<qint64, QString> positionOf;
    for (const Person& person : people.value())
        positionOf.insert(person.id, person.position);
    const auto subjectOf = [&](const Nominee& nominee) {
        return nominee.kind == Nominee::Kind::Unit ? Subject::Collective : subjectOfPosition(positionOf.value(nominee.id));
    };

    bool regularCampaign = false;
    for (const CampaignSummary& summary : list.value()) {
        Result<Campaign> campaign = campaigns.load(summary.id);
        if (!campaign)
            return campaign.error();
        const Campaign& c = campaign.value();
        const bool regular = c.kind == CampaignKind::Regular;
        // Launched: its plan has its number (a campaign still being drafted is no movement yet).
        if (inPeriod(c.startDate) && !c.documentNumber.trimmed().isEmpty()) {
            sources.movements.push_back({ c.name, regular, c.startDate, c.endDate });
            regularCampaign = regularCampaign || regular;
        }
        if (!inPeriod(c.endDate.value_or(c.startDate)))
            continue; // its awards belong to the period it ends in
        if (reviews.value().count(c.id))
            continue; // a year-end review's titles are counted below, as conferred
        Result<std::vector<Proposal>> proposals = ProposalRepository(database).forCampaign(c.id);
        if (!proposals)
            return proposals.error();
        for (const Proposal& p : proposals.value())
            if (const AwardForm* form = formById.value(p.awardFormId); form && isGranted(p.state))
                sources.awards.push_back({ classify(*form), subjectOf(p.nominee), regular ? Method::Regular : Method::Thematic });
    }
    // The annual movement, when the year has its records and no campaign of the agency stands for it.
    if (!regularCampaign && (!ratings.value().empty() || !registrations.value().empty()))
        sources.movements.push_back({ QStringLiteral("Phong trào thi đua thường xuyên %1").arg(period.value().documentLabel(year)), true,
            sources.first, sources.last });
    for (const ConferredTitle& title : conferred.value())
        sources.awards.push_back({ classify(title.title), subjectOf(title.subject), Method::Regular });
    return sources;
}

const FormRow* FormTable::row(const QString& code) const
{
    for (const FormRow& r : rows)
        if (r.code == code)
            return &r;
    return nullptr;
}

namespace {

// 0601.N: every movement is the agency's, launched within it (column 4, row 05).
FormTable movements(const Sources& sources)
{
    FormTable table;
    table.form = Form::Movements;
    table.countUnit = QStringLiteral("phong trào");
    table.columnGroup = QStringLiteral("Số phong trào thi đua chia theo cấp chủ trì phát động");
    table.columns = { QStringLiteral("Tổng số"), QStringLiteral("Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)"),
        QStringLiteral("Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương"), QStringLiteral("Cơ quan, tổ chức, đơn vị") };
    const auto count = [&](const std::function<bool(const Movement&)>& which) {
        int n = 0;
        for (const Movement& m : sources.movements)
            n += which(m) ? 1 : 0;
        return std::vector<int> { n, 0, 0, n };
    };
    const auto years = [](const Movement& m) {
        return m.end ? double(m.start.daysTo(*m.end) + 1) / 365.0 : 0.0; // no end: closes with an event, under a year
    };
    const auto any = [](const Movement&) { return true; };
    const auto none = [](const Movement&) { return false; };
    table.rows = {
        { QStringLiteral("Tổng số"), QStringLiteral("01"), {}, count(any), 0 },
        { QStringLiteral("1. Chia theo phạm vi tổ chức thi đua"), {}, {}, {}, 0 },
        { QStringLiteral("Toàn quốc"), QStringLiteral("02"), {}, count(none), 1 },
        { QStringLiteral("Bộ, ban, ngành, đoàn thể, địa phương"), QStringLiteral("03"), {}, count(none), 1 },
        { QStringLiteral("Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức"), QStringLiteral("04"), {}, count(none), 1 },
        { QStringLiteral("Cơ quan, tổ chức, đơn vị"), QStringLiteral("05"), {}, count(any), 1 },
        { QStringLiteral("2. Chia theo thời hạn thi đua"), {}, {}, {}, 0 },
        { QStringLiteral("Dưới 1 năm"), QStringLiteral("06"), {}, count([&](const Movement& m) { return years(m) < 0.999; }), 1 },
        { QStringLiteral("1 năm"), QStringLiteral("07"), {}, count([&](const Movement& m) { return years(m) >= 0.999 && years(m) <= 1.003; }), 1 },
        { QStringLiteral("Từ 1 đến dưới 3 năm"), QStringLiteral("08"), {}, count([&](const Movement& m) { return years(m) > 1.003 && years(m) < 3; }), 1 },
        { QStringLiteral("Từ 3 đến dưới 5 năm"), QStringLiteral("09"), {}, count([&](const Movement& m) { return years(m) >= 3 && years(m) < 5; }), 1 },
        { QStringLiteral("Từ 5 năm trở lên"), QStringLiteral("10"), {}, count([&](const Movement& m) { return years(m) >= 5; }), 1 },
        { QStringLiteral("3. Chia theo phương thức tổ chức"), {}, {}, {}, 0 },
        { QStringLiteral("Thi đua theo chuyên đề"), QStringLiteral("11"), {}, count([](const Movement& m) { return !m.regular; }), 1 },
        { QStringLiteral("Thi đua thường xuyên hàng năm"), QStringLiteral("12"), {}, count([](const Movement& m) { return m.regular; }), 1 },
    };
    return table;
}

// The rows 0602.N and 0603.N share: by subject, then by method, under the total.
struct AwardRowsSpec {
    std::vector<std::optional<AwardClass>> columns; // the class of each of columns 2…; none: a column no record falls in
};

std::vector<int> countAwards(const Sources& sources, const AwardRowsSpec& spec, const std::function<bool(const Award&)>& which)
{
    std::vector<int> values(spec.columns.size() + 1, 0);
    for (const Award& a : sources.awards)
        for (size_t c = 0; c < spec.columns.size(); ++c)
            if (spec.columns[c] == a.award && which(a)) {
                ++values[c + 1];
                ++values[0];
            }
    return values;
}

// The subject and method rows, their codes from `firstCode` on.
void appendSubjectsAndMethods(FormTable& table, const Sources& sources, const AwardRowsSpec& spec, int firstCode, const QString& subjectsHeading,
    const QString& methodsHeading)
{
    int code = firstCode;
    const auto next = [&] { return QStringLiteral("%1").arg(code++, 2, 10, QLatin1Char('0')); };
    const auto subject = [&](Subject s) { return countAwards(sources, spec, [s](const Award& a) { return a.subject == s; }); };
    const auto method = [&](Method m) { return countAwards(sources, spec, [m](const Award& a) { return a.method == m; }); };
    const auto none = [&] { return countAwards(sources, spec, [](const Award&) { return false; }); };
    const QString collective = QStringLiteral("Tập thể"), person = QStringLiteral("Người");
    table.rows.push_back({ subjectsHeading, {}, {}, {}, 0 });
    table.rows.push_back({ QStringLiteral("Tập thể"), next(), collective, subject(Subject::Collective), 1 });
    table.rows.push_back({ QStringLiteral("Trong đó: Doanh nghiệp"), next(), QStringLiteral("Doanh nghiệp"), none(), 2 });
    table.rows.push_back({ QStringLiteral("Hộ gia đình"), next(), QStringLiteral("Hộ"), none(), 1 });
    table.rows.push_back({ QStringLiteral("Cá nhân"), next(), person,
        countAwards(sources, spec, [](const Award& a) { return a.subject != Subject::Collective; }), 1 });
    table.rows.push_back({ QStringLiteral("Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên"), next(), person, subject(Subject::TopLeader), 2 });
    table.rows.push_back({ QStringLiteral("Lãnh đạo cấp vụ, sở, ngành và tương đương"), next(), person, subject(Subject::DepartmentLeader), 2 });
    table.rows.push_back({ QStringLiteral("Doanh nhân"), next(), person, subject(Subject::Entrepreneur), 2 });
    table.rows.push_back({ QStringLiteral("Các cấp lãnh đạo khác từ phó phòng trở lên"), next(), person, subject(Subject::OtherLeader), 2 });
    table.rows.push_back({ QStringLiteral("Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu"), next(), person,
        subject(Subject::Worker), 2 });
    table.rows.push_back({ methodsHeading, {}, {}, {}, 0 });
    const std::pair<QString, Method> methods[] = { { QStringLiteral("Thường xuyên"), Method::Regular }, { QStringLiteral("Chuyên đề"), Method::Thematic },
        { QStringLiteral("Đột xuất"), Method::Sudden }, { QStringLiteral("Đối ngoại"), Method::Foreign }, { QStringLiteral("Cống hiến"), Method::Dedication },
        { QStringLiteral("Niên hạn"), Method::Seniority }, { QStringLiteral("Kháng chiến"), Method::Resistance } };
    for (const auto& [label, m] : methods)
        table.rows.push_back({ label, next(), {}, method(m), 1 });
}

FormTable stateAwards(const Sources& sources)
{
    FormTable table;
    table.form = Form::StateAwards;
    table.columnGroup = QStringLiteral("Chia ra");
    table.columns = { QStringLiteral("Tổng số"), QStringLiteral("Các loại huân chương, huy chương"), QStringLiteral("Giải thưởng Hồ Chí Minh"), QStringLiteral("Giải thưởng Nhà nước"),
        QStringLiteral("Danh hiệu vinh dự nhà nước"), QStringLiteral("Cờ thi đua của Chính phủ"), QStringLiteral("Bằng khen của Thủ tướng Chính phủ"),
        QStringLiteral("Chiến sĩ thi đua toàn quốc"), QStringLiteral("Các hình thức khen thưởng khác") };
    // No record tells the prizes and honorary titles apart from other State forms: those count as other forms.
    const AwardRowsSpec counted { { AwardClass::OrderOrMedal, std::nullopt, std::nullopt, std::nullopt, AwardClass::GovernmentFlag,
        AwardClass::PrimeMinisterMerit, AwardClass::NationalFighter, AwardClass::OtherState } };
    const auto all = countAwards(sources, counted, [](const Award&) { return true; });
    table.rows.push_back({ QStringLiteral("Tổng số"), QStringLiteral("01"), {}, all, 0 });
    table.rows.push_back({ QStringLiteral("1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng"), {}, {}, {}, 0 });
    table.rows.push_back({ QStringLiteral("Bộ, ban, ngành, đoàn thể Trung ương"), QStringLiteral("02"), {}, std::vector<int>(all.size(), 0), 1 });
    table.rows.push_back({ QStringLiteral("Tỉnh, thành phố trực thuộc Trung ương"), QStringLiteral("03"), {}, all, 1 });
    appendSubjectsAndMethods(table, sources, counted, 4, QStringLiteral("2. Chia theo đối tượng"),
        QStringLiteral("3. Chia theo phương thức khen thưởng"));
    return table;
}

FormTable provinceAwards(const Sources& sources)
{
    FormTable table;
    table.form = Form::ProvinceAwards;
    table.columnGroup = QStringLiteral("Chia ra");
    table.columns = { QStringLiteral("Tổng số"), QStringLiteral("Bằng khen"), QStringLiteral("Chiến sĩ thi đua cấp bộ, cấp tỉnh"),
        QStringLiteral("Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương"),
        QStringLiteral("Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh") };
    const AwardRowsSpec spec { { AwardClass::ProvinceMerit, AwardClass::ProvinceFighter, AwardClass::ProvinceFlag, AwardClass::ProvinceBadge } };
    table.rows.push_back({ QStringLiteral("Tổng số"), QStringLiteral("01"), {}, countAwards(sources, spec, [](const Award&) { return true; }), 0 });
    appendSubjectsAndMethods(table, sources, spec, 2, QStringLiteral("Chia theo đối tượng"),
        QStringLiteral("Chia theo phương thức khen thưởng"));
    return table;
}

} // namespace

FormTable build(Form form, const Sources& sources)
{
    switch (form) {
    case Form::Movements:
        return movements(sources);
    case Form::StateAwards:
        return stateAwards(sources);
    case Form::ProvinceAwards:
        return provinceAwards(sources);
    }
    return {};
}

} // namespace Statistics
