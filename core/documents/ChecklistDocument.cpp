#include "core/documents/ChecklistDocument.h"

#include "core/common/TextFolding.h"
#include "core/documents/Decree30.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>

namespace ChecklistDocument {

namespace {

struct ChecklistDocumentText {
    Q_DECLARE_TR_FUNCTIONS(ChecklistDocument)
};

constexpr double CellSize = 12;

// Document words are Vietnamese literals whatever the interface language.
QString stateWord(AssessmentState state)
{
    switch (state) {
    case AssessmentState::Met:
        return QStringLiteral("Đạt");
    case AssessmentState::NotMet:
        return QStringLiteral("Chưa đạt");
    case AssessmentState::Pending:
        return {};
    }
    return {};
}

doc::Paragraph heading(const QString& text)
{
    doc::Paragraph p = Decree30::body({ doc::Run { text, true, false, false, 0 } });
    p.keepWithNext = true;
    p.spaceBeforePt = 6;
    return p;
}

class Lookup {
public:
    explicit Lookup(const std::vector<Assessment>& assessments)
    {
        for (const Assessment& a : assessments)
            m_cells[{ a.criterionId, int(a.nominee.kind), a.nominee.id }] = &a;
    }
    const Assessment* find(qint64 criterionId, const Nominee& nominee) const
    {
        const auto found = m_cells.find({ criterionId, int(nominee.kind), nominee.id });
        return found == m_cells.end() ? nullptr : found->second;
    }

private:
    std::map<std::tuple<qint64, int, qint64>, const Assessment*> m_cells;
};

doc::Table unitTable(const Input& input, const Lookup& lookup)
{
    doc::Table table;
    table.ruled = true;
    table.headerRows = 1;
    table.columnWidthsMm = { 11, 84, 22, 22, 26 };
    table.rows.push_back({ Decree30::tableCell(QStringLiteral("TT"), doc::Align::Center, true), Decree30::tableCell(QStringLiteral("Tiêu chí"), doc::Align::Center, true),
        Decree30::tableCell(QStringLiteral("Đơn vị tự đánh giá"), doc::Align::Center, true), Decree30::tableCell(QStringLiteral("Kết luận"), doc::Align::Center, true),
        Decree30::tableCell(QStringLiteral("Ghi chú, minh chứng"), doc::Align::Center, true) });
    const Nominee unit { Nominee::Kind::Unit, input.unit.id };
    for (size_t i = 0; i < input.unitCriteria.size(); ++i) {
        const PlanBlock& criterion = input.unitCriteria[i];
        const Assessment* a = lookup.find(criterion.id, unit);
        QStringList notes;
        if (a && !a->note.isEmpty())
            notes << a->note;
        if (a && !a->evidence.isEmpty())
            notes << a->evidence;
        table.rows.push_back({ Decree30::tableCell(QString::number(i + 1), doc::Align::Center), Decree30::tableCell(criterion.text, doc::Align::Justify),
            Decree30::tableCell(a ? stateWord(a->selfAssessment) : QString(), doc::Align::Center),
            Decree30::tableCell(a ? stateWord(a->conclusion) : QString(), doc::Align::Center, true), Decree30::tableCell(notes.join(QStringLiteral("; "))) });
    }
    return table;
}

doc::Table peopleTable(const Input& input, const Lookup& lookup)
{
    doc::Table table;
    table.ruled = true;
    table.headerRows = 1;
    const int criteria = int(input.personCriteria.size());
    const double stateWidth = criteria > 0 ? std::min(22.0, 90.0 / criteria) : 0;
    table.columnWidthsMm = { 11, 50, 165 - 11 - 50 - stateWidth * criteria };
    std::vector<doc::Cell> header { Decree30::tableCell(QStringLiteral("TT"), doc::Align::Center, true),
        Decree30::tableCell(QStringLiteral("Họ và tên"), doc::Align::Center, true), Decree30::tableCell(QStringLiteral("Chức vụ"), doc::Align::Center, true) };
    for (int i = 0; i < criteria; ++i) {
        table.columnWidthsMm.push_back(stateWidth);
        header.push_back(Decree30::tableCell(criteria == 1 ? QStringLiteral("Kết luận") : QStringLiteral("TC %1").arg(i + 1), doc::Align::Center, true));
    }
    table.rows.push_back(header);
    int number = 0;
    for (const Person& person : input.people) {
        std::vector<doc::Cell> row { Decree30::tableCell(QString::number(++number), doc::Align::Center), Decree30::tableCell(person.fullName), Decree30::tableCell(person.position) };
        for (const PlanBlock& criterion : input.personCriteria) {
            const Assessment* a = lookup.find(criterion.id, { Nominee::Kind::Person, person.id });
            row.push_back(Decree30::tableCell(a ? stateWord(a->conclusion) : QString(), doc::Align::Center));
        }
        table.rows.push_back(row);
    }
    return table;
}

} // namespace

doc::Document build(const Input& input)
{
    doc::Document document = Decree30::document(QStringLiteral("Phiếu đánh giá tiêu chí thi đua: %1").arg(input.unit.name),
        input.agency, QString(), Decree30::placeDateLine(input.agency.placeName, std::nullopt, std::nullopt, input.year),
        QStringLiteral("PHIẾU ĐÁNH GIÁ TIÊU CHÍ THI ĐUA"), input.campaign.name);
    document.body.push_back(Decree30::body({ doc::Run { QStringLiteral("Đơn vị: "), false, false, false, 0 },
        doc::Run { input.unit.name, true, false, false, 0 } }));
    const Lookup lookup(input.assessments);
    document.body.push_back(heading(QStringLiteral("I. ĐÁNH GIÁ TẬP THỂ")));
    document.body.push_back(unitTable(input, lookup));
    document.body.push_back(heading(QStringLiteral("II. ĐÁNH GIÁ CÁ NHÂN")));
    if (!input.personCriteria.empty()) {
        QStringList list;
        for (size_t i = 0; i < input.personCriteria.size(); ++i)
            list << (input.personCriteria.size() == 1 ? input.personCriteria[i].text
                                                      : QStringLiteral("TC %1: %2").arg(i + 1).arg(input.personCriteria[i].text));
        doc::Paragraph criteria = Decree30::body(list.join(QLatin1Char(' ')), true);
        criteria.sizePt = CellSize;
        document.body.push_back(criteria);
    }
    document.body.push_back(peopleTable(input, lookup));
    const QString named = QStringLiteral("(Ký, ghi rõ họ tên)");
    document.body.push_back(Decree30::signaturePair({ QStringLiteral("ĐẠI DIỆN ĐƠN VỊ"), named, {} }, { QStringLiteral("VĂN PHÒNG"), named, {} }));
    return document;
}

Result<doc::Document> load(Database& database, qint64 campaignId, qint64 unitId)
{
    Input input;
    input.year = QDate::currentDate().year();
    Result<Agency> agency = AgencyRepository(database).load();
    Result<Campaign> campaign = CampaignRepository(database).load(campaignId);
    Result<std::vector<Unit>> units = UnitRepository(database).all();
    Result<std::vector<Person>> people = PersonRepository(database).all();
    Result<std::vector<Assessment>> assessments = AssessmentRepository(database).forCampaign(campaignId);
    if (!agency || !campaign || !units || !people || !assessments)
        return !agency ? agency.error() : !campaign ? campaign.error() : !units ? units.error() : !people ? people.error() : assessments.error();
    input.agency = agency.value();
    input.campaign = campaign.value();
    const auto unit = std::find_if(units.value().begin(), units.value().end(), [&](const Unit& u) { return u.id == unitId; });
    if (unit == units.value().end())
        return Error { ChecklistDocumentText::tr("Không tìm thấy đơn vị số %1.").arg(unitId), {} };
    input.unit = *unit;
    CampaignRepository campaigns(database);
    Result<std::vector<PlanBlock>> unitCriteria = campaigns.criteria(campaignId, SectionBinding::UnitCriteria);
    Result<std::vector<PlanBlock>> personCriteria = campaigns.criteria(campaignId, SectionBinding::IndividualCriteria);
    if (!unitCriteria || !personCriteria)
        return !unitCriteria ? unitCriteria.error() : personCriteria.error();
    input.unitCriteria = std::move(unitCriteria.value());
    input.personCriteria = std::move(personCriteria.value());
    for (const Person& p : people.value())
        if (p.unitId == unitId)
            input.people.push_back(p);
    input.assessments = std::move(assessments.value());
    return build(input);
}

QString suggestedFileName(const Unit& unit, int year, bool docx)
{
    QString code = foldForSearch(unit.code).toUpper();
    code.remove(QRegularExpression(QStringLiteral("[^A-Z0-9]")));
    return QStringLiteral("Phieu-danh-gia-%1-%2.%3").arg(code).arg(year).arg(docx ? QStringLiteral("docx") : QStringLiteral("pdf"));
}

} // namespace ChecklistDocument
