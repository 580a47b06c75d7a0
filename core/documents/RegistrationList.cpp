#include "core/documents/RegistrationList.h"

#include "core/common/TextFolding.h"
#include "core/documents/Decree30.h"
#include "core/domain/Labels.h"
#include "core/domain/PositionText.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AnnualCatalogueRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "core/storage/YearRecordRepository.h"

#include <QCoreApplication>
#include <QMultiHash>
#include <QSet>

#include <algorithm>
#include <QHash>
#include <QRegularExpression>

namespace RegistrationList {

namespace {

// Gives lupdate and QCoreApplication the context "RegistrationList" for this file's strings.
struct RegistrationListText {
    Q_DECLARE_TR_FUNCTIONS(RegistrationList)
};

doc::Paragraph heading(const QString& text)
{
    doc::Paragraph p = Decree30::body({ doc::Run { text, true, false, false, 0 } });
    p.keepWithNext = true;
    p.spaceBeforePt = 6;
    return p;
}

doc::Table lines(const std::vector<Line>& rows, bool people, bool withUnit)
{
    QStringList titles { QStringLiteral("TT"), people ? QStringLiteral("Họ và tên") : QStringLiteral("Tập thể") };
    std::vector<double> widths { 12, people ? 50.0 : 95.0 };
    if (people) {
        titles << QStringLiteral("Chức vụ");
        widths.push_back(withUnit ? 35 : 55);
    }
    if (withUnit && people) {
        titles << QStringLiteral("Đơn vị");
        widths.push_back(35);
    }
    titles << QStringLiteral("Danh hiệu đăng ký");
    double used = 0;
    for (double w : widths)
        used += w;
    widths.push_back(165 - used);
    doc::Table table = Decree30::dataTable(widths, titles);
    int n = 0;
    for (const Line& line : rows) {
        std::vector<doc::Cell> cells { Decree30::tableCell(QString::number(++n), doc::Align::Center), Decree30::tableCell(line.name) };
        if (people)
            cells.push_back(Decree30::tableCell(line.position));
        if (withUnit && people)
            cells.push_back(Decree30::tableCell(line.unitName));
        cells.push_back(Decree30::tableCell(line.title));
        table.rows.push_back(cells);
    }
    return table;
}

} // namespace

Result<Input> load(Database& database, int year, std::optional<qint64> unitId)
{
    Result<Agency> agency = AgencyRepository(database).load();
    Result<std::vector<Signer>> signers = AgencyRepository(database).signers();
    Result<std::vector<Unit>> units = UnitRepository(database).all();
    Result<std::vector<Person>> people = PersonRepository(database).all();
    Result<EvaluationPeriod> period = AnnualCatalogueRepository(database).period();
    Result<std::vector<AnnualTitleDefinition>> titles = AnnualCatalogueRepository(database).titles();
    Result<std::vector<Registration>> registrations = YearRecordRepository(database).registrations(year);
    for (const Error* error : { agency.errorIf(), signers.errorIf(), units.errorIf(), people.errorIf(), period.errorIf(), titles.errorIf(),
             registrations.errorIf() })
        if (error)
            return *error;
    Input input;
    input.agency = agency.value();
    if (!signers.value().empty())
        input.signer = signers.value().front();
    input.year = year;
    input.periodLabel = period.value().documentLabel(year);
    input.signedIn = QDate::currentDate();
    QHash<int, QString> titleName;
    QSet<int> conferredWithin; // by the agency's head: registered with the agency's council, not the province's
    for (const AnnualTitleDefinition& t : titles.value()) {
        titleName.insert(int(t.title), t.name);
        if (t.conferredByAgency)
            conferredWithin.insert(int(t.title));
    }
    QHash<qint64, const Unit*> unitById;
    for (const Unit& u : units.value())
        unitById.insert(u.id, &u);
    if (unitId) {
        const Unit* unit = unitById.value(*unitId);
        if (!unit)
            return Error { RegistrationListText::tr("Không tìm thấy đơn vị số %1.").arg(*unitId), {} };
        input.unit = *unit;
        // Its head: the person of the unit whose post heads it (Trưởng phòng, Chánh Văn phòng, Giám đốc Trung tâm…).
        for (const Person& p : people.value()) {
            const QString post = p.position.trimmed();
            const bool head = !post.startsWith(QStringLiteral("Phó"), Qt::CaseInsensitive)
                && (post.startsWith(QStringLiteral("Trưởng"), Qt::CaseInsensitive) || post.startsWith(QStringLiteral("Chánh"), Qt::CaseInsensitive)
                    || post.startsWith(QStringLiteral("Giám đốc"), Qt::CaseInsensitive));
            if (p.unitId == *unitId && head) {
                input.unitHead = Signer { 0, p.fullName, post.toUpper(), QString() };
                break;
            }
        }
    }
    // The year's titles by subject, read once: a list of thousands is not a product of two lists.
    QMultiHash<QPair<int, qint64>, AnnualTitle> registered;
    for (const Registration& r : registrations.value())
        registered.insert(qMakePair(int(r.subject.kind), r.subject.id), r.title);
    const auto titlesOf = [&](Nominee::Kind kind, qint64 id) {
        QList<AnnualTitle> titles = registered.values(qMakePair(int(kind), id));
        std::reverse(titles.begin(), titles.end()); // in the order registered
        if (!unitId) // the province's council hears of the titles it confers
            titles.removeIf([&](AnnualTitle t) { return conferredWithin.contains(int(t)); });
        return titles;
    };
    // In the lists' order: units as the agency lists them, people by unit and name.
    for (const Unit& u : units.value())
        if (!unitId || u.id == *unitId)
            for (AnnualTitle title : titlesOf(Nominee::Kind::Unit, u.id))
                input.collectives.push_back({ unitId ? u.name : positionAndUnit({}, u, input.agency.nameForSentences()), {}, {},
                    titleName.value(int(title), annualTitleLabel(title)) });
    for (const Person& p : people.value())
        if (!unitId || p.unitId == *unitId) {
            const Unit* unit = unitById.value(p.unitId);
            for (AnnualTitle title : titlesOf(Nominee::Kind::Person, p.id))
                input.individuals.push_back({ p.fullName, p.position, unit ? unit->name : QString(), titleName.value(int(title), annualTitleLabel(title)) });
        }
    return input;
}

doc::Document build(const Input& input)
{
    const bool unit = input.unit.has_value();
    // A unit writes under the agency: the agency above, the unit's name in bold.
    Agency issuer = input.agency;
    if (unit) {
        issuer.parentAuthority = input.agency.name;
        issuer.name = input.unit->name;
    }
    const QString who = unit ? input.unit->name : input.agency.nameForSentences();
    doc::Document document = Decree30::document(QStringLiteral("Bản đăng ký thi đua %1: %2").arg(input.periodLabel, who), issuer, QString(),
        Decree30::placeDateLine(input.agency.placeName, std::nullopt, std::nullopt, input.signedIn.year()), QStringLiteral("BẢN ĐĂNG KÝ THI ĐUA"),
        input.periodLabel.left(1).toUpper() + input.periodLabel.mid(1));
    const QString council = unit ? QStringLiteral("Hội đồng Thi đua - Khen thưởng %1").arg(input.agency.nameForSentences())
                                 : QStringLiteral("Hội đồng Thi đua - Khen thưởng tỉnh %1 (qua Sở Nội vụ)").arg(input.agency.placeName);
    for (doc::Block& block : Decree30::addressedTo({ council }))
        document.body.push_back(std::move(block));
    document.body.push_back(Decree30::body(QStringLiteral("Thực hiện phong trào thi đua thường xuyên %1, %2 đăng ký thi đua như sau:")
                                               .arg(input.periodLabel, who)));
    document.body.push_back(heading(QStringLiteral("1. Tập thể")));
    if (input.collectives.empty())
        document.body.push_back(Decree30::body(QStringLiteral("Không đăng ký danh hiệu tập thể.")));
    else
        document.body.push_back(lines(input.collectives, false, false));
    document.body.push_back(heading(QStringLiteral("2. Cá nhân")));
    if (input.individuals.empty())
        document.body.push_back(Decree30::body(QStringLiteral("Không có cá nhân đăng ký.")));
    else
        document.body.push_back(lines(input.individuals, true, !unit));
    doc::Paragraph total = Decree30::body(
        QStringLiteral("%1 cam kết thực hiện tốt các nội dung thi đua đã đăng ký./.").arg(unit ? QStringLiteral("Đơn vị") : QStringLiteral("Cơ quan")));
    total.keepWithNext = true;
    document.body.push_back(total);
    // A unit's head signs (by hand, under a blank name, when the unit's people name no head); the
    // agency's list, its signer.
    const Signer signer = !unit ? input.signer : input.unitHead.value_or(Signer { 0, QString(), QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ"), QString() });
    doc::Table signature = Decree30::signature({ QStringLiteral("Như trên"), QStringLiteral("Lưu: VT") }, signer);
    signature.keepWithPrevious = true;
    document.body.push_back(signature);
    return document;
}

QString suggestedFileName(const Input& input, bool docx)
{
    QString code = input.unit ? foldForSearch(input.unit->code).toUpper() : foldForSearch(input.agency.abbreviation).toUpper();
    code.remove(QRegularExpression(QStringLiteral("[^A-Z0-9]")));
    return QStringLiteral("Dang-ky-thi-dua-%1-%2.%3").arg(input.year).arg(code).arg(docx ? QStringLiteral("docx") : QStringLiteral("pdf"));
}

} // namespace RegistrationList
