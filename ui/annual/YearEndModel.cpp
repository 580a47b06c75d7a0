#include "ui/annual/YearEndModel.h"

#include "core/domain/Labels.h"
#include "core/rules/AnnualExplain.h"

#include <QBrush>
#include <QColor>

void YearEndModel::show(const AnnualData* data, const Annual::Eligibility* rules, const std::vector<Unit>& units, int year, bool people)
{
    beginResetModel();
    m_data = data;
    m_rules = rules;
    m_year = year;
    m_people = people;
    m_columns.clear();
    m_rows.clear();
    m_unitNames.clear();
    m_personNames.clear();
    m_personYears.clear();
    m_unitYears.clear();
    for (const Unit& unit : units)
        m_unitNames.insert(unit.id, unit.name);
    if (people)
        m_columns = { { Field::Name, {} }, { Field::Unit, {} }, { Field::Registered, {} }, { Field::Rating, {} }, { Field::Discipline, {} },
            { Field::UnderReview, {} } };
    else
        m_columns = { { Field::Name, {} }, { Field::Registered, {} }, { Field::Rating, {} }, { Field::LeadsCluster, {} } };
    for (AnnualTitle title : AllAnnualTitles)
        if ((annualTitleSubject(title) == Nominee::Kind::Person) == people)
            m_columns.push_back({ Field::Title, title });
    if (data) {
        for (const Person& person : data->people)
            m_personNames.insert(person.id, person.fullName);
        indexYear();
        if (people)
            for (const Person& person : data->people) {
                const PersonYear* record = m_personYears.value(person.id);
                m_rows.push_back({ { Nominee::Kind::Person, person.id }, person.fullName, record ? record->unitId : person.unitId });
            }
        else
            for (const Unit& unit : units)
                m_rows.push_back({ { Nominee::Kind::Unit, unit.id }, unit.name, unit.id });
    }
    endResetModel();
    refreshVerdicts(rules);
}

void YearEndModel::refreshVerdicts(const Annual::Eligibility* rules)
{
    m_rules = rules;
    m_verdicts.assign(m_rows.size(), {});
    if (m_rules)
        for (size_t row = 0; row < m_rows.size(); ++row) {
            const Nominee& subject = m_rows[row].subject;
            m_verdicts[row] = subject.kind == Nominee::Kind::Person ? m_rules->personTitles(subject.id, m_year)
                                                                    : m_rules->unitTitles(subject.id, m_year);
        }
    indexYear(); // the records may have been read again: point at the new ones
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void YearEndModel::indexYear()
{
    m_personYears.clear();
    m_unitYears.clear();
    m_registered.clear();
    if (!m_data)
        return;
    for (const PersonYear& record : m_data->personYears)
        if (record.year == m_year)
            m_personYears.insert(record.personId, &record);
    for (const UnitYear& record : m_data->unitYears)
        if (record.year == m_year)
            m_unitYears.insert(record.unitId, &record);
    for (const Registration& r : m_data->registrations)
        if (r.year == m_year)
            m_registered.insert(qMakePair(int(r.subject.kind), r.subject.id), r.title);
}

std::optional<AnnualTitle> YearEndModel::registeredAt(int row) const
{
    const Nominee subject = subjectAt(row);
    const auto found = m_registered.constFind(qMakePair(int(subject.kind), subject.id));
    return found == m_registered.cend() ? std::nullopt : std::optional<AnnualTitle>(*found);
}

Nominee YearEndModel::subjectAt(int row) const { return row >= 0 && row < rowCount() ? m_rows[size_t(row)].subject : Nominee {}; }
QString YearEndModel::nameAt(int row) const { return row >= 0 && row < rowCount() ? m_rows[size_t(row)].name : QString(); }
QString YearEndModel::personName(qint64 personId) const { return m_personNames.value(personId); }

std::optional<PersonYear> YearEndModel::personYearAt(int row) const
{
    const PersonYear* record = m_people ? m_personYears.value(subjectAt(row).id) : nullptr;
    return record ? std::optional<PersonYear>(*record) : std::nullopt;
}

std::optional<UnitYear> YearEndModel::unitYearAt(int row) const
{
    const UnitYear* record = m_people ? nullptr : m_unitYears.value(subjectAt(row).id);
    return record ? std::optional<UnitYear>(*record) : std::nullopt;
}

YearEndModel::Field YearEndModel::fieldAt(int column) const
{
    return column >= 0 && column < columnCount() ? m_columns[size_t(column)].field : Field::Name;
}

std::optional<AnnualTitle> YearEndModel::titleAt(int column) const
{
    return column >= 0 && column < columnCount() ? m_columns[size_t(column)].title : std::nullopt;
}

int YearEndModel::columnOf(Field field) const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].field == field)
            return int(i);
    return -1;
}

int YearEndModel::rowOf(const Nominee& subject) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].subject == subject)
            return int(i);
    return -1;
}

std::vector<Annual::Verdict> YearEndModel::verdictsAt(int row) const
{
    return row >= 0 && size_t(row) < m_verdicts.size() ? m_verdicts[size_t(row)] : std::vector<Annual::Verdict> {};
}

const Annual::Verdict& YearEndModel::verdict(int row, int column) const
{
    const int first = columnOf(Field::Title);
    return m_verdicts[size_t(row)][size_t(column - first)];
}

int YearEndModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int YearEndModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_columns.size()); }

QVariant YearEndModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Row& row = m_rows[size_t(index.row())];
    if (role == UnitIdRole)
        return row.unitId;
    const Field field = fieldAt(index.column());
    const PersonYear* person = m_people ? m_personYears.value(row.subject.id) : nullptr;
    const UnitYear* unit = m_people ? nullptr : m_unitYears.value(row.subject.id);
    std::optional<TaskRating> rating;
    if (person)
        rating = person->rating;
    else if (unit)
        rating = unit->rating;
    if (field == Field::Title) {
        const bool hasVerdict = size_t(index.row()) < m_verdicts.size() && !m_verdicts[size_t(index.row())].empty();
        if (!hasVerdict)
            return {};
        const Annual::Verdict& v = verdict(index.row(), index.column());
        switch (role) {
        case Qt::DisplayRole:
            return v.eligible ? tr("✓ Đủ") : QStringLiteral("–");
        case Qt::ToolTipRole:
            return Annual::summary(v, m_data->period, [this](qint64 id) { return personName(id); });
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::BackgroundRole:
            return v.eligible ? QBrush(QColor(0xd1, 0xe7, 0xdd)) : QVariant();
        case EligibleRole:
            return v.eligible;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (field) {
        case Field::Name:
            return row.name;
        case Field::Unit:
            return m_unitNames.value(row.unitId);
        case Field::Registered: {
            const std::optional<AnnualTitle> registered = registeredAt(index.row());
            return registered ? annualTitleAbbreviation(*registered) : QString();
        }
        case Field::Rating:
            return rating ? taskRatingAbbreviation(*rating) : tr("(chưa)");
        case Field::Discipline:
            return person && person->discipline != Discipline::None ? disciplineLabel(person->discipline) : QString();
        case Field::UnderReview:
            return person && person->underReview ? tr("Đang xem xét") : QString();
        case Field::LeadsCluster:
            return unit && unit->leadsCluster ? tr("Dẫn đầu") : QString();
        case Field::Title:
            break;
        }
    }
    if (role == Qt::ToolTipRole && field == Field::Registered) {
        const std::optional<AnnualTitle> registered = registeredAt(index.row());
        return registered ? tr("Đăng ký đầu năm: %1").arg(annualTitleLabel(*registered)) : tr("Chưa đăng ký");
    }
    if (role == Qt::ToolTipRole && field == Field::Rating)
        return rating ? taskRatingLabel(*rating) : tr("Chưa xếp loại");
    if (role == Qt::ToolTipRole && (field == Field::Name || field == Field::Unit))
        return data(index, Qt::DisplayRole);
    if (role == Qt::ForegroundRole && field == Field::Rating && !rating)
        return QBrush(QColor(0x99, 0x99, 0x99));
    return {};
}

QVariant YearEndModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const Column& column = m_columns[size_t(section)];
    if (role == Qt::ToolTipRole && column.title)
        return annualTitleLabel(*column.title);
    if (role != Qt::DisplayRole)
        return {};
    switch (column.field) {
    case Field::Name:
        return m_people ? tr("Họ và tên") : tr("Phòng, đơn vị");
    case Field::Unit:
        return tr("Đơn vị");
    case Field::Registered:
        return tr("Đăng ký");
    case Field::Rating:
        return tr("Xếp loại");
    case Field::Discipline:
        return tr("Kỷ luật");
    case Field::UnderReview:
        return tr("Xem xét");
    case Field::LeadsCluster:
        return tr("Cụm, khối");
    case Field::Title: {
        int count = 0;
        const int first = columnOf(Field::Title);
        for (size_t row = 0; row < m_verdicts.size(); ++row)
            if (!m_verdicts[row].empty() && m_verdicts[row][size_t(section - first)].eligible)
                ++count;
        return tr("%1\n%2 đủ").arg(annualTitleAbbreviation(*column.title)).arg(count);
    }
    }
    return {};
}
