#pragma once
// Edits a table cell's long text in a word-wrapping editor instead of a one-line field. Text of
// several paragraphs pasted into the editor can go to whoever splits it (a row each) instead.

#include <QStyledItemDelegate>
#include <functional>

class MultiLineTextDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Called, after the editor has closed, with pasted text that holds more than one paragraph.
    void setParagraphsPasted(std::function<void(const QString&)> handler) { m_paragraphsPasted = std::move(handler); }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(
        QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    std::function<void(const QString&)> m_paragraphsPasted;
};
