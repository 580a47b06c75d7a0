#pragma once
// The proposals of a campaign as a table, with names resolved and what still blocks each one;
// a proxy filters by state, award form, unit and text.

#include "core/domain/Proposal.h"
#include "core/rules/CouncilRules.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

struct ProposalRow {
    Proposal proposal;
    QString nomineeName;
    qint64 nomineeUnitId = 0; // the unit itself, or the person's unit
    QString proposingUnitName;
    QString awardFormName;
    QStringList blockers; // eligibility rules that fail now
    std::optional<qint64> blockingCriterion; // the required criterion not yet met, first in the plan's order
};

class ProposalTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, NomineeColumn, ProposingUnitColumn, AwardColumn, StateColumn, VoteColumn, BlockersColumn, ColumnCount };
    static constexpr int StateRole = Qt::UserRole + 1;
    static constexpr int AwardFormRole = Qt::UserRole + 2;
    static constexpr int UnitRole = Qt::UserRole + 3;
    static constexpr int SearchRole = Qt::UserRole + 4;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<ProposalRow> rows, const CouncilRules::Rule& rule);
    const ProposalRow* rowAt(int row) const;
    QModelIndex indexOf(qint64 proposalId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ProposalRow> m_rows;
    CouncilRules::Rule m_rule;
};

class ProposalFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilters(int state, qint64 awardFormId, qint64 unitId, const QString& text); // -1 / 0 / 0 / "": any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_state = -1;
    qint64 m_awardFormId = 0;
    qint64 m_unitId = 0;
    QStringList m_words;
};
