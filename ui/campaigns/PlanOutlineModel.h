#pragma once
// The plan outline as a tree for the editor: each row is a section, shown with the number it
// will carry in the document. Read-only; the editor changes the outline and resets the model.

#include "core/domain/PlanOutline.h"
#include "core/domain/PlanOutlineEditing.h"

#include <QAbstractItemModel>

#include <vector>

class PlanOutlineModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    using QAbstractItemModel::QAbstractItemModel;

    void setOutline(const std::vector<PlanSection>& sections, const HeadingStyles& styles);
    SectionPath pathFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromPath(const SectionPath& path) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        SectionPath path;
        int parentNode; // -1 for top-level sections
        std::vector<int> children;
    };
    void addNodes(const std::vector<PlanSection>& sections, const SectionPath& parentPath, int parentNode);
    const std::vector<int>& childrenOf(const QModelIndex& parent) const;

    std::vector<PlanSection> m_sections;
    HeadingStyles m_styles;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
};
