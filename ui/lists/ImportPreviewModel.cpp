#include "ui/lists/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

void ImportPreviewModel::show(const TextTable* table, std::vector<ImportColumns::Field> fields, ImportColumns::Mapping mapping, const ListImport::Plan* plan)
{
    beginResetModel();
    m_table = table;
    m_fields = std::move(fields);
    m_mapping = std::move(mapping);
    m_rows.clear();
    m_actions.clear();
    m_problems.clear();
    if (m_table && m_mapping.headerRow >= 0)
        m_rows = ImportColumns::dataRows(*m_table, m_mapping);
    if (plan) {
        for (const ListImport::Row& row : plan->rows)
            m_actions[row.row] = row.action;
        for (const ImportColumns::Problem& problem : plan->problems)
            m_problems[problem.row] << (problem.column.isEmpty() ? problem.message : tr("Cột %1: %2").arg(problem.column, problem.message));
    }
    endResetModel();
}

int ImportPreviewModel::modelRowOf(int sheetRow) const
{
    const auto found = std::lower_bound(m_rows.begin(), m_rows.end(), sheetRow - 1);
    return found != m_rows.end() && *found == sheetRow - 1 ? int(found - m_rows.begin()) : -1;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ImportPreviewModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : FirstFieldColumn + int(m_fields.size()); }

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_table)
        return {};
    const int tableRow = m_rows[size_t(index.row())];
    const int sheetRow = tableRow + 1;
    const auto problems = m_problems.find(sheetRow);
    const auto action = m_actions.find(sheetRow);
    if (role == Qt::DisplayRole) {
        if (index.column() == RowColumn)
            return sheetRow;
        if (index.column() == OutcomeColumn) {
            if (problems != m_problems.end())
                return tr("Lỗi");
            if (action == m_actions.end())
                return tr("Không ghi"); // a template's line left blank: not proposed
            switch (action->second) {
            case ListImport::Action::Add:
                return tr("Thêm mới");
            case ListImport::Action::Update:
                return tr("Cập nhật");
            case ListImport::Action::AlreadyThere:
                return tr("Đã có, bỏ qua");
            }
            return QString();
        }
        const size_t field = size_t(index.column() - FirstFieldColumn);
        return ImportColumns::cell(m_table->rows[size_t(tableRow)], field < m_mapping.columns.size() ? m_mapping.columns[field] : -1).left(300);
    }
    if (role == Qt::ToolTipRole && problems != m_problems.end())
        return problems->second.join(QLatin1Char('\n'));
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        if (problems != m_problems.end())
            return QBrush(QColor(0xB7, 0x1C, 0x1C));
        if (action != m_actions.end() && action->second == ListImport::Action::AlreadyThere)
            return QBrush(QColor(0x75, 0x75, 0x75));
    }
    if (role == Qt::BackgroundRole && problems != m_problems.end())
        return QBrush(QColor(0xFD, 0xEC, 0xEA));
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == RowColumn)
        return tr("Dòng");
    if (section == OutcomeColumn)
        return tr("Kết quả");
    const size_t field = size_t(section - FirstFieldColumn);
    return field < m_fields.size() ? m_fields[field].label : QString();
}
