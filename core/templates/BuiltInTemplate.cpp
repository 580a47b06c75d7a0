#include "core/templates/BuiltInTemplate.h"

#include "core/storage/AgencyRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EnumCodes.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/UnitRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace {

// Gives lupdate and QCoreApplication the context "BuiltInTemplate" for this file's strings.
struct BuiltInTemplateText {
    Q_DECLARE_TR_FUNCTIONS(BuiltInTemplate)
};

QString str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

std::optional<int> optionalInt(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

PlanSection sectionFromJson(const QJsonObject& o)
{
    PlanSection section;
    section.heading = str(o, "heading");
    section.numbered = o.value(QLatin1String("numbered")).toBool(true);
    section.itemStyle = enumFromCode(str(o, "itemStyle"), NumberingStyle::Dash);
    section.binding = enumFromCode(str(o, "binding"), SectionBinding::Text);
    for (const QJsonValue& b : o.value(QLatin1String("blocks")).toArray()) {
        const QJsonObject block = b.toObject();
        section.blocks.push_back(
            { 0, enumFromCode(str(block, "kind"), BlockKind::Paragraph), str(block, "text"),
                block.value(QLatin1String("required")).toBool(false) });
    }
    for (const QJsonValue& child : o.value(QLatin1String("children")).toArray())
        section.children.push_back(sectionFromJson(child.toObject()));
    return section;
}

Result<QJsonObject> readTemplate()
{
    QFile file(QStringLiteral(":/templates/builtin-template.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error { BuiltInTemplateText::tr("Thiếu mẫu dữ liệu có sẵn trong chương trình."), file.errorString() };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error { BuiltInTemplateText::tr("Mẫu dữ liệu có sẵn bị lỗi."), parseError.errorString() };
    return doc.object();
}

template <typename T> Status failed(const Result<T>& r) { return r ? Status() : Status(r.error()); }

} // namespace

namespace BuiltInTemplate {

Result<bool> isEmptyDatabase(Database& database)
{
    SqlQuery query(database, QStringLiteral("SELECT (SELECT count(*) FROM agency) + (SELECT count(*) FROM campaign)"));
    if (Status s = query.exec(BuiltInTemplateText::tr("kiểm tra dữ liệu")); !s)
        return s.error();
    return query.next() && query.value(0).toInt() == 0;
}

Result<qint64> install(Database& database)
{
    Result<QJsonObject> loaded = readTemplate();
    if (!loaded)
        return loaded.error();
    const QJsonObject root = loaded.value();
    qint64 campaignId = 0;

    Status s = database.transact([&]() -> Status {
        const QJsonObject a = root.value(QLatin1String("agency")).toObject();
        AgencyRepository agencies(database);
        if (Status done = agencies.save({ str(a, "parentAuthority"), str(a, "name"), str(a, "abbreviation"),
                str(a, "placeName"), str(a, "nameInText") });
            !done)
            return done;

        std::map<QString, qint64> signerIds;
        for (const QJsonValue& v : root.value(QLatin1String("signers")).toArray()) {
            const QJsonObject o = v.toObject();
            Result<qint64> id = agencies.addSigner({ 0, str(o, "fullName"), str(o, "position"), str(o, "signingPrefix") });
            if (!id)
                return id.error();
            signerIds[str(o, "fullName")] = id.value();
        }

        std::map<QString, qint64> awardIds;
        AwardFormRepository awards(database);
        for (const QJsonValue& v : root.value(QLatin1String("awardForms")).toArray()) {
            const QJsonObject o = v.toObject();
            Result<qint64> id = awards.add({ 0, str(o, "name"), enumFromCode(str(o, "level"), AwardLevel::Agency),
                str(o, "decidedBy"), enumFromCode(str(o, "nominees"), NomineeKind::Both), {}, {} });
            if (!id)
                return id.error();
            awardIds[str(o, "name")] = id.value();
        }

        std::map<QString, qint64> unitIds;
        UnitRepository units(database);
        for (const QJsonValue& v : root.value(QLatin1String("units")).toArray()) {
            const QJsonObject o = v.toObject();
            Result<qint64> id = units.add({ 0, str(o, "name"), str(o, "code"),
                enumFromCode(str(o, "kind"), UnitKind::Division), true });
            if (!id)
                return id.error();
            unitIds[str(o, "code")] = id.value();
        }

        PersonRepository people(database);
        for (const QJsonValue& v : root.value(QLatin1String("people")).toArray()) {
            const QJsonObject o = v.toObject();
            Person person;
            person.fullName = str(o, "fullName");
            person.unitId = unitIds[str(o, "unitCode")];
            person.position = str(o, "position");
            person.staffCategory = enumFromCode(str(o, "staffCategory"), StaffCategory::CivilServant);
            person.gender = enumFromCode(str(o, "gender"), Gender::Male);
            person.birthYear = optionalInt(o, "birthYear");
            person.isSample = true;
            if (Status done = failed(people.add(person)); !done)
                return done;
        }

        const QJsonObject c = root.value(QLatin1String("campaign")).toObject();
        Campaign campaign;
        campaign.name = str(c, "name");
        campaign.summary = str(c, "summary");
        campaign.kind = enumFromCode(str(c, "kind"), CampaignKind::Periodic);
        campaign.startDate = QDate::fromString(str(c, "startDate"), Qt::ISODate);
        if (!str(c, "endDate").isEmpty())
            campaign.endDate = QDate::fromString(str(c, "endDate"), Qt::ISODate);
        campaign.documentNumber = str(c, "documentNumber");
        campaign.issueDay = optionalInt(c, "issueDay");
        campaign.issueMonth = optionalInt(c, "issueMonth");
        campaign.issueYear = c.value(QLatin1String("issueYear")).toInt();
        campaign.signerId = signerIds[str(c, "signer")];
        for (const QJsonValue& v : c.value(QLatin1String("recipients")).toArray())
            campaign.recipients << v.toString();
        campaign.headingStyles.clear();
        for (const QJsonValue& v : c.value(QLatin1String("headingStyles")).toArray())
            campaign.headingStyles << enumFromCode(v.toString(), NumberingStyle::Arabic);
        for (const QJsonValue& v : c.value(QLatin1String("awardForms")).toArray())
            campaign.awards.push_back({ awardIds[v.toString()], {} });
        for (const QJsonValue& v : c.value(QLatin1String("sections")).toArray())
            campaign.sections.push_back(sectionFromJson(v.toObject()));
        Result<qint64> id = CampaignRepository(database).add(campaign);
        if (!id)
            return id.error();
        campaignId = id.value();
        return {};
    });
    if (!s)
        return s.error();
    return campaignId;
}

} // namespace BuiltInTemplate

namespace BuiltInTemplate {

// Headings and recipients are document text, Vietnamese whatever the interface language.
Campaign blankCampaign(const QDate& today, const Agency& agency)
{
    auto section = [](const QString& heading, SectionBinding binding = SectionBinding::Text,
                       NumberingStyle items = NumberingStyle::None) {
        PlanSection s;
        s.heading = heading;
        s.binding = binding;
        s.itemStyle = items;
        return s;
    };
    Campaign c;
    c.name = QStringLiteral("Đợt thi đua mới");
    c.summary = QStringLiteral("Triển khai Đợt thi đua …");
    c.startDate = today;
    c.issueYear = today.year();
    c.issueMonth = today.month();
    const QString own = agency.nameForSentences();
    c.recipients = own.isEmpty() ? QStringList { QStringLiteral("Lưu: VT") }
                                 : QStringList { QStringLiteral("Các phòng, đơn vị thuộc %1").arg(own), QStringLiteral("Lưu: VT") };
    PlanSection basis = section({}, SectionBinding::Text, NumberingStyle::None);
    basis.numbered = false;
    PlanSection criteria = section(QStringLiteral("TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG"));
    PlanSection criteriaList = section(QStringLiteral("Tiêu chí thi đua"));
    criteriaList.children = { section(QStringLiteral("Đối với các phòng, đơn vị"), SectionBinding::UnitCriteria, NumberingStyle::Dash),
        section(QStringLiteral("Đối với cá nhân"), SectionBinding::IndividualCriteria, NumberingStyle::Dash) };
    PlanSection awards = section(QStringLiteral("Hình thức và tiêu chuẩn khen thưởng"));
    awards.children = { section(QStringLiteral("Hình thức khen thưởng"), SectionBinding::AwardForms, NumberingStyle::Dash),
        section(QStringLiteral("Tiêu chuẩn khen thưởng"), SectionBinding::Text, NumberingStyle::None) };
    criteria.children = { criteriaList, awards };
    PlanSection timeline = section(QStringLiteral("THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN"));
    timeline.children = { section(QStringLiteral("Thời gian thực hiện"), SectionBinding::Text, NumberingStyle::None),
        section(QStringLiteral("Trách nhiệm thực hiện"), SectionBinding::Text, NumberingStyle::Dash) };
    c.sections = { basis, section(QStringLiteral("MỤC ĐÍCH, YÊU CẦU")), section(QStringLiteral("NỘI DUNG THI ĐUA")), criteria,
        section(QStringLiteral("GIẢI PHÁP THỰC HIỆN")), timeline };
    return c;
}

} // namespace BuiltInTemplate
