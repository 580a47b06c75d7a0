#pragma once
// The checklist grid of a campaign: one row per unit or person, one column per criterion, each
// cell the office's conclusion (the unit's self-assessment in the tooltip), with progress per
// row and per column.

#include "core/domain/Assessment.h"
#include "core/domain/PlanOutline.h"

#include "ui/widgets/UnitFilterProxyModel.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

struct ChecklistRow {
    Nominee nominee;
    QString name;
    QString unitName;
    qint64 unitId = 0;
};

class ChecklistModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ProgressColumn, FirstCriterionColumn };
    static constexpr int UnitIdRole = UnitFilterProxyModel::UnitIdRole;
    static constexpr int StateRole = Qt::UserRole + 2; // AssessmentState as int
    // A criterion's header: its number, whether it is required, its first words, and how many met.
    static constexpr int HeaderLineLength = 18;
    static constexpr int HeaderTextLines = 3;

    using QAbstractTableModel::QAbstractTableModel;

    void setChecklist(std::vector<ChecklistRow> rows, std::vector<PlanBlock> criteria, const std::vector<Assessment>& stored);
    // The cell's assessment (a blank one for a cell never assessed); nullptr outside the grid.
    Assessment assessmentAt(const QModelIndex& index) const;
    // Puts an assessment in the grid after it was stored.
    void updateAssessment(const Assessment& assessment);
    const PlanBlock* criterionAt(int column) const;
    const ChecklistRow* rowAt(int row) const;
    QModelIndex indexOf(const Nominee& nominee, qint64 criterionId) const; // invalid when not in the grid
    int metCount(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    std::vector<ChecklistRow> m_rows;
    std::vector<PlanBlock> m_criteria;
    // (row, criterion column) → assessment
    std::map<std::pair<int, int>, Assessment> m_cells;
};
