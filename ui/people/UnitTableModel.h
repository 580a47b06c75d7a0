#pragma once
// The agency's units as a table: name, code, kind, number of people.

#include "core/domain/Unit.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

class UnitTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, CodeColumn, KindColumn, PeopleColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setUnits(std::vector<Unit> units, std::map<qint64, int> peopleCount);
    const std::vector<Unit>& units() const { return m_units; }
    const Unit* unitFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromUnitId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Unit> m_units;
    std::map<qint64, int> m_peopleCount;
};
