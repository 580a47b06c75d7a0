#include "ui/widgets/MultiLineTextDelegate.h"

#include <QPlainTextEdit>

QWidget* MultiLineTextDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    return editor;
}

void MultiLineTextDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<QPlainTextEdit*>(editor)->setPlainText(index.data(Qt::EditRole).toString());
}

void MultiLineTextDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    // A paragraph is one block of the document: line breaks typed by habit become spaces.
    QString text = static_cast<QPlainTextEdit*>(editor)->toPlainText();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    model->setData(index, text.simplified(), Qt::EditRole);
}

void MultiLineTextDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), 120));
    editor->setGeometry(rect);
}
