#include "ui/campaigns/PlanOutlineModel.h"

#include <QFont>
#include <QPalette>

void PlanOutlineModel::setOutline(const std::vector<PlanSection>& sections, const HeadingStyles& styles)
{
    beginResetModel();
    m_sections = sections;
    m_styles = styles;
    m_nodes.clear();
    m_topLevel.clear();
    addNodes(m_sections, {}, -1);
    endResetModel();
}

void PlanOutlineModel::addNodes(const std::vector<PlanSection>& sections, const SectionPath& parentPath, int parentNode)
{
    for (int row = 0; row < int(sections.size()); ++row) {
        const int node = int(m_nodes.size());
        const SectionPath path = SectionPath(parentPath) << row; // a copy: m_nodes grows below
        m_nodes.push_back({ path, parentNode, {} });
        (parentNode < 0 ? m_topLevel : m_nodes[size_t(parentNode)].children).push_back(node);
        addNodes(sections[size_t(row)].children, path, node);
    }
}

const std::vector<int>& PlanOutlineModel::childrenOf(const QModelIndex& parent) const
{
    return parent.isValid() ? m_nodes[size_t(parent.internalId())].children : m_topLevel;
}

SectionPath PlanOutlineModel::pathFromIndex(const QModelIndex& index) const
{
    return index.isValid() ? m_nodes[size_t(index.internalId())].path : SectionPath {};
}

QModelIndex PlanOutlineModel::indexFromPath(const SectionPath& path) const
{
    QModelIndex current;
    for (int row : path) {
        current = index(row, 0, current);
        if (!current.isValid())
            return {};
    }
    return current;
}

QModelIndex PlanOutlineModel::index(int row, int column, const QModelIndex& parent) const
{
    const std::vector<int>& children = childrenOf(parent);
    if (column != 0 || row < 0 || row >= int(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex PlanOutlineModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[size_t(child.internalId())].parentNode;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes[size_t(parentNode)].path.last(), 0, quintptr(parentNode));
}

int PlanOutlineModel::rowCount(const QModelIndex& parent) const
{
    return parent.column() > 0 ? 0 : int(childrenOf(parent).size());
}

int PlanOutlineModel::columnCount(const QModelIndex&) const { return 1; }

QVariant PlanOutlineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const SectionPath& path = m_nodes[size_t(index.internalId())].path;
    const PlanSection* section = sectionAt(m_sections, path);
    if (!section)
        return {};
    const bool untitled = section->heading.trimmed().isEmpty();
    switch (role) {
    case Qt::DisplayRole: {
        if (untitled) {
            const QString first = section->blocks.empty() ? QString() : section->blocks.front().text;
            return tr("(không tiêu đề) %1").arg(first.left(50) + (first.size() > 50 ? QStringLiteral("…") : QString()));
        }
        const QString number = sectionNumber(m_sections, path, m_styles);
        return number.isEmpty() ? section->heading : number + QLatin1Char(' ') + section->heading;
    }
    case Qt::ToolTipRole:
        return section->heading;
    case Qt::FontRole: {
        QFont font;
        font.setBold(path.size() == 1 && !untitled);
        font.setItalic(untitled);
        return font;
    }
    default:
        return {};
    }
}
