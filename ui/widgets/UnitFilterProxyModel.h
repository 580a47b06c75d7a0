#pragma once
// Shows only the rows of one unit (0: every unit), read from a source model's UnitIdRole in column 0.

#include <QSortFilterProxyModel>

class UnitFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    static constexpr int UnitIdRole = Qt::UserRole + 1; // the row's unit, as the source gives it

    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setUnitFilter(qint64 unitId); // 0: every unit

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    qint64 m_unitId = 0;
};
