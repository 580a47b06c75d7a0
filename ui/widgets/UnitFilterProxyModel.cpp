#include "ui/widgets/UnitFilterProxyModel.h"

void UnitFilterProxyModel::setUnitFilter(qint64 unitId)
{
    m_unitId = unitId;
    invalidateFilter();
}

bool UnitFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_unitId == 0)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(UnitIdRole).toLongLong() == m_unitId;
}
