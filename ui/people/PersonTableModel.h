#pragma once
// The agency's people as a table, with a proxy that filters by unit and by diacritic-free text.

#include "core/domain/Person.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <map>
#include <vector>

class PersonTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, UnitColumn, PositionColumn, CategoryColumn, GenderColumn, BirthYearColumn, ColumnCount };
    static constexpr int SearchTextRole = Qt::UserRole + 1; // all columns, folded for search
    static constexpr int UnitIdRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setPeople(std::vector<Person> people, std::map<qint64, QString> unitNames);
    const Person* personFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromPersonId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Person& person, int column) const;

    std::vector<Person> m_people;
    std::map<qint64, QString> m_unitNames;
    std::vector<QString> m_searchTexts; // folded once per load, not once per keystroke
};

class PersonFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString& text); // every word must appear, diacritics optional
    void setUnitFilter(qint64 unitId); // 0: all units

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    qint64 m_unitId = 0;
};
