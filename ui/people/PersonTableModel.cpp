#include "ui/people/PersonTableModel.h"

#include "core/common/TextFolding.h"
#include "core/domain/Labels.h"

void PersonTableModel::setPeople(std::vector<Person> people, std::map<qint64, QString> unitNames)
{
    beginResetModel();
    m_people = std::move(people);
    m_unitNames = std::move(unitNames);
    m_searchTexts.clear();
    m_searchTexts.reserve(m_people.size());
    for (const Person& person : m_people) {
        QStringList parts;
        for (int column = 0; column < ColumnCount; ++column)
            parts << displayText(person, column);
        m_searchTexts.push_back(foldForSearch(parts.join(QLatin1Char(' '))));
    }
    endResetModel();
}

const Person* PersonTableModel::personFromIndex(const QModelIndex& index) const
{
    return index.isValid() && index.row() < int(m_people.size()) ? &m_people[size_t(index.row())] : nullptr;
}

QModelIndex PersonTableModel::indexFromPersonId(qint64 id) const
{
    for (int row = 0; row < int(m_people.size()); ++row)
        if (m_people[size_t(row)].id == id)
            return index(row, 0);
    return {};
}

int PersonTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_people.size()); }

int PersonTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString PersonTableModel::displayText(const Person& person, int column) const
{
    switch (column) {
    case NameColumn:
        return person.isSample ? tr("%1 (mẫu)").arg(person.fullName) : person.fullName;
    case UnitColumn: {
        const auto found = m_unitNames.find(person.unitId);
        return found == m_unitNames.end() ? QString() : found->second;
    }
    case PositionColumn:
        return person.position;
    case CategoryColumn:
        return staffCategoryLabel(person.staffCategory);
    case GenderColumn:
        return genderLabel(person.gender);
    case BirthYearColumn:
        return person.birthYear ? QString::number(*person.birthYear) : QString();
    default:
        return {};
    }
}

QVariant PersonTableModel::data(const QModelIndex& index, int role) const
{
    const Person* person = personFromIndex(index);
    if (!person)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*person, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == BirthYearColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SearchTextRole:
        return m_searchTexts[size_t(index.row())];
    case UnitIdRole:
        return person->unitId;
    default:
        return {};
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Họ và tên");
    case UnitColumn:
        return tr("Đơn vị");
    case PositionColumn:
        return tr("Chức vụ");
    case CategoryColumn:
        return tr("Phân loại");
    case GenderColumn:
        return tr("Giới tính");
    case BirthYearColumn:
        return tr("Năm sinh");
    default:
        return {};
    }
}

void PersonFilterProxyModel::setSearchText(const QString& text)
{
    m_words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void PersonFilterProxyModel::setUnitFilter(qint64 unitId)
{
    m_unitId = unitId;
    invalidateFilter();
}

bool PersonFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_unitId != 0 && index.data(PersonTableModel::UnitIdRole).toLongLong() != m_unitId)
        return false;
    const QString haystack = index.data(PersonTableModel::SearchTextRole).toString();
    for (const QString& word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}
