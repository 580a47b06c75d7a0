#include "ui/widgets/MultiLineTextDelegate.h"

#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace {

// A paragraph's editor that hands pasted text of several paragraphs on instead of joining them.
class ParagraphEdit final : public QPlainTextEdit {
public:
    ParagraphEdit(QWidget* parent, std::function<void(const QString&)> handler, std::function<void(QWidget*)> close)
        : QPlainTextEdit(parent)
        , m_handler(std::move(handler))
        , m_close(std::move(close))
    {
        setTabChangesFocus(true);
    }

protected:
    void insertFromMimeData(const QMimeData* source) override
    {
        const QString text = source->hasText() ? source->text() : QString();
        int paragraphs = 0;
        for (const QString& line : text.split(QRegularExpression(QStringLiteral("[\\r\\n\\x{2029}]+"))))
            paragraphs += line.trimmed().isEmpty() ? 0 : 1;
        if (!m_handler || paragraphs < 2)
            return QPlainTextEdit::insertFromMimeData(source);
        m_close(this); // what was typed is kept, then the pasted paragraphs follow as rows of their own
        QTimer::singleShot(0, [handler = m_handler, text] { handler(text); });
    }

private:
    std::function<void(const QString&)> m_handler;
    std::function<void(QWidget*)> m_close;
};

} // namespace

QWidget* MultiLineTextDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* self = const_cast<MultiLineTextDelegate*>(this);
    return new ParagraphEdit(parent, m_paragraphsPasted, [self](QWidget* editor) {
        Q_EMIT self->commitData(editor);
        Q_EMIT self->closeEditor(editor, QAbstractItemDelegate::NoHint);
    });
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

void MultiLineTextDelegate::updateEditorGeometry(
    QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), 120));
    editor->setGeometry(rect);
}
