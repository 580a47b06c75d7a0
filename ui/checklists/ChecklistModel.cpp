#include "ui/checklists/ChecklistModel.h"

#include "core/domain/Labels.h"

#include <QBrush>
#include <QColor>

namespace {

// A criterion not yet concluded shows an empty cell.
QString stateText(AssessmentState state) { return state == AssessmentState::Pending ? QString() : assessmentStateLabel(state); }

// The criterion's first words on at most `maxLines` lines of about `lineLength` characters, so a
// column header says what it is about; the whole text is in its tooltip.
QString headerLines(const QString& text, int lineLength, int maxLines)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    int used = 0;
    for (const QString& word : words) {
        ++used;
        if (!line.isEmpty() && line.size() + 1 + word.size() > lineLength) {
            lines << line;
            line.clear();
            if (int(lines.size()) == maxLines)
                break;
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (int(lines.size()) < maxLines && !line.isEmpty()) {
        lines << line;
        line.clear();
    }
    const bool cut = int(lines.size()) == maxLines && (used < int(words.size()) || !line.isEmpty());
    if (cut && !lines.isEmpty())
        lines.last() += QStringLiteral("…");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void ChecklistModel::setChecklist(
    std::vector<ChecklistRow> rows, std::vector<PlanBlock> criteria, const std::vector<Assessment>& stored)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_criteria = std::move(criteria);
    m_cells.clear();
    std::map<std::pair<int, qint64>, int> rowOf; // (kind, id) → row
    for (int row = 0; row < int(m_rows.size()); ++row)
        rowOf[{ int(m_rows[size_t(row)].nominee.kind), m_rows[size_t(row)].nominee.id }] = row;
    std::map<qint64, int> columnOf;
    for (int i = 0; i < int(m_criteria.size()); ++i)
        columnOf[m_criteria[size_t(i)].id] = FirstCriterionColumn + i;
    for (const Assessment& a : stored) {
        const auto row = rowOf.find({ int(a.nominee.kind), a.nominee.id });
        const auto column = columnOf.find(a.criterionId);
        if (row != rowOf.end() && column != columnOf.end())
            m_cells[{ row->second, column->second }] = a;
    }
    endResetModel();
}

const PlanBlock* ChecklistModel::criterionAt(int column) const
{
    const int i = column - FirstCriterionColumn;
    return i >= 0 && i < int(m_criteria.size()) ? &m_criteria[size_t(i)] : nullptr;
}

const ChecklistRow* ChecklistModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

QModelIndex ChecklistModel::indexOf(const Nominee& nominee, qint64 criterionId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (!(m_rows[size_t(row)].nominee == nominee))
            continue;
        for (int i = 0; i < int(m_criteria.size()); ++i)
            if (m_criteria[size_t(i)].id == criterionId)
                return index(row, FirstCriterionColumn + i);
    }
    return {};
}

Assessment ChecklistModel::assessmentAt(const QModelIndex& index) const
{
    const PlanBlock* criterion = criterionAt(index.column());
    const ChecklistRow* row = rowAt(index.row());
    if (!criterion || !row)
        return {};
    const auto found = m_cells.find({ index.row(), index.column() });
    if (found != m_cells.end())
        return found->second;
    Assessment blank;
    blank.criterionId = criterion->id;
    blank.nominee = row->nominee;
    return blank;
}

void ChecklistModel::updateAssessment(const Assessment& assessment)
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (!(m_rows[size_t(row)].nominee == assessment.nominee))
            continue;
        for (int i = 0; i < int(m_criteria.size()); ++i) {
            if (m_criteria[size_t(i)].id != assessment.criterionId)
                continue;
            const int column = FirstCriterionColumn + i;
            m_cells[{ row, column }] = assessment;
            Q_EMIT dataChanged(index(row, ProgressColumn), index(row, column));
            Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
            return;
        }
    }
}

int ChecklistModel::metCount(int row) const
{
    int met = 0;
    for (int i = 0; i < int(m_criteria.size()); ++i) {
        const auto found = m_cells.find({ row, FirstCriterionColumn + i });
        met += found != m_cells.end() && found->second.conclusion == AssessmentState::Met ? 1 : 0;
    }
    return met;
}

int ChecklistModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstCriterionColumn + int(m_criteria.size());
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    const ChecklistRow* row = rowAt(index.row());
    if (!row || index.column() >= columnCount())
        return {};
    if (role == UnitIdRole)
        return row->unitId;
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole)
            return row->name;
        if (role == Qt::ToolTipRole)
            return row->unitName;
        return {};
    }
    if (index.column() == ProgressColumn) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1/%2").arg(metCount(index.row())).arg(m_criteria.size());
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    }
    const Assessment a = assessmentAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return stateText(a.conclusion);
    case StateRole:
        return int(a.conclusion);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (a.conclusion == AssessmentState::Met)
            return QBrush(QColor(0xd9, 0xf0, 0xd3));
        if (a.conclusion == AssessmentState::NotMet)
            return QBrush(QColor(0xf8, 0xd7, 0xd4));
        return {};
    case Qt::ToolTipRole: {
        QStringList lines { criterionAt(index.column())->text };
        lines << tr("Đơn vị tự đánh giá: %1").arg(a.selfAssessment == AssessmentState::Pending ? tr("chưa") : stateText(a.selfAssessment));
        if (!a.note.isEmpty())
            lines << tr("Ghi chú: %1").arg(a.note);
        if (!a.evidence.isEmpty())
            lines << tr("Minh chứng: %1").arg(a.evidence);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == NameColumn)
        return role == Qt::DisplayRole ? tr("Đơn vị, cá nhân") : QVariant();
    if (section == ProgressColumn)
        return role == Qt::DisplayRole ? tr("Đạt") : QVariant();
    const PlanBlock* criterion = criterionAt(section);
    if (!criterion)
        return {};
    if (role == Qt::ToolTipRole)
        return criterion->required ? tr("%1\n(bắt buộc)").arg(criterion->text) : criterion->text;
    if (role != Qt::DisplayRole)
        return {};
    int met = 0;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const auto found = m_cells.find({ row, section });
        met += found != m_cells.end() && found->second.conclusion == AssessmentState::Met ? 1 : 0;
    }
    return tr("%1. %2\n%3\n%4/%5 đạt")
        .arg(section - FirstCriterionColumn + 1)
        .arg(criterion->required ? tr("(bắt buộc)") : tr("(không bắt buộc)"))
        .arg(headerLines(criterion->text, HeaderLineLength, HeaderTextLines))
        .arg(met)
        .arg(m_rows.size());
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return criterionAt(index.column()) ? base | Qt::ItemIsEditable : base;
}
