#include "ui/proposals/ProposalTableModel.h"

#include "core/common/TextFolding.h"
#include "core/rules/CouncilRules.h"
#include "core/rules/ProposalWorkflow.h"

#include <QBrush>
#include <QColor>

void ProposalTableModel::setRows(std::vector<ProposalRow> rows, const CouncilRules::Rule& rule)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rule = rule;
    endResetModel();
}

const ProposalRow* ProposalTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

QModelIndex ProposalTableModel::indexOf(qint64 proposalId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[size_t(row)].proposal.id == proposalId)
            return index(row, 0);
    return {};
}

int ProposalTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ProposalTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProposalTableModel::data(const QModelIndex& index, int role) const
{
    const ProposalRow* row = rowAt(index.row());
    if (!row)
        return {};
    const Proposal& p = row->proposal;
    switch (role) {
    case StateRole:
        return int(p.state);
    case AwardFormRole:
        return p.awardFormId;
    case UnitRole:
        return row->nomineeUnitId;
    case SearchRole:
        return foldForSearch(QStringList { row->nomineeName, row->proposingUnitName, row->awardFormName, p.summary }.join(QLatin1Char(' ')));
    case Qt::ToolTipRole:
        switch (index.column()) {
        case BlockersColumn:
            return row->blockers.join(QLatin1Char('\n'));
        case NomineeColumn: // names cut short in a narrow column are read whole here
            return QStringLiteral("%1\n%2").arg(row->nomineeName, p.summary);
        case ProposingUnitColumn:
            return row->proposingUnitName;
        default:
            return p.summary;
        }
    case Qt::ForegroundRole:
        return index.column() == BlockersColumn && !row->blockers.isEmpty() ? QBrush(QColor(0xa4, 0, 0)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return p.id;
        case NomineeColumn:
            return row->nomineeName;
        case ProposingUnitColumn:
            return row->proposingUnitName;
        case AwardColumn:
            return row->awardFormName;
        case StateColumn:
            return ProposalWorkflow::stateLabel(p.state);
        case VoteColumn:
            return p.vote ? QStringLiteral("%1/%2 — %3")
                                .arg(p.vote->votesFor)
                                .arg(p.vote->present)
                                .arg(CouncilRules::passes(*p.vote, m_rule) ? tr("đạt") : tr("không đạt"))
                          : QString();
        case BlockersColumn:
            return row->blockers.isEmpty() || !ProposalWorkflow::isOpen(p.state) ? QString() : row->blockers.first();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ProposalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Số");
    case NomineeColumn:
        return tr("Đối tượng");
    case ProposingUnitColumn:
        return tr("Đơn vị đề nghị");
    case AwardColumn:
        return tr("Hình thức");
    case StateColumn:
        return tr("Trạng thái");
    case VoteColumn:
        return tr("Hội đồng");
    case BlockersColumn:
        return tr("Còn vướng");
    default:
        return {};
    }
}

void ProposalFilterProxyModel::setFilters(int state, qint64 awardFormId, qint64 unitId, const QString& text)
{
    m_state = state;
    m_awardFormId = awardFormId;
    m_unitId = unitId;
    m_words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ProposalFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state >= 0 && index.data(ProposalTableModel::StateRole).toInt() != m_state)
        return false;
    if (m_awardFormId && index.data(ProposalTableModel::AwardFormRole).toLongLong() != m_awardFormId)
        return false;
    if (m_unitId && index.data(ProposalTableModel::UnitRole).toLongLong() != m_unitId)
        return false;
    const QString haystack = index.data(ProposalTableModel::SearchRole).toString();
    return std::all_of(m_words.begin(), m_words.end(), [&](const QString& w) { return haystack.contains(w); });
}
