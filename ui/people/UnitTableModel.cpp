#include "ui/people/UnitTableModel.h"

#include "core/domain/Labels.h"

void UnitTableModel::setUnits(std::vector<Unit> units, std::map<qint64, int> peopleCount)
{
    beginResetModel();
    m_units = std::move(units);
    m_peopleCount = std::move(peopleCount);
    endResetModel();
}

const Unit* UnitTableModel::unitFromIndex(const QModelIndex& index) const
{
    return index.isValid() && index.row() < int(m_units.size()) ? &m_units[size_t(index.row())] : nullptr;
}

QModelIndex UnitTableModel::indexFromUnitId(qint64 id) const
{
    for (int row = 0; row < int(m_units.size()); ++row)
        if (m_units[size_t(row)].id == id)
            return index(row, 0);
    return {};
}

int UnitTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_units.size()); }

int UnitTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant UnitTableModel::data(const QModelIndex& index, int role) const
{
    const Unit* unit = unitFromIndex(index);
    if (!unit)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return unit->isSample ? tr("%1 (mẫu)").arg(unit->name) : unit->name;
        case CodeColumn:
            return unit->code;
        case KindColumn:
            return unitKindLabel(unit->kind);
        case PeopleColumn: {
            const auto found = m_peopleCount.find(unit->id);
            return found == m_peopleCount.end() ? 0 : found->second;
        }
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == PeopleColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && unit->isSample)
        return tr("Dữ liệu mẫu: có thể xóa một lần bằng nút «Xóa dữ liệu mẫu».");
    return {};
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Tên đơn vị");
    case CodeColumn:
        return tr("Mã");
    case KindColumn:
        return tr("Loại");
    case PeopleColumn:
        return tr("Số người");
    default:
        return {};
    }
}
