#pragma once
// The rows of a file being imported as the clerk sees them before anything is written: the sheet's
// row number, what will happen to it (added, already there, an error) and the cells of the mapped
// columns.

#include "core/lists/ListImport.h"

#include <QAbstractTableModel>

#include <map>

class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RowColumn, OutcomeColumn, FirstFieldColumn };

    using QAbstractTableModel::QAbstractTableModel;

    // The table, its mapping and the plan made from them (kept by the caller while shown).
    void show(const TextTable* table, std::vector<ImportColumns::Field> fields, ImportColumns::Mapping mapping, const ListImport::Plan* plan);
    // The model row showing the sheet's row; -1 when it is not shown.
    int modelRowOf(int sheetRow) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const TextTable* m_table = nullptr;
    std::vector<ImportColumns::Field> m_fields;
    ImportColumns::Mapping m_mapping;
    std::vector<int> m_rows; // indexes into the table's rows: the non-blank data rows
    std::map<int, ListImport::Action> m_actions; // sheet row → what happens
    std::map<int, QStringList> m_problems; // sheet row → its problems
};
