#include "ui/widgets/FoldedSearch.h"

#include "core/common/TextFolding.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

void FoldedWordsFilter::setSearchText(const QString& text)
{
    m_words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool FoldedWordsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QString folded = foldForSearch(sourceModel()->index(sourceRow, 0, sourceParent).data().toString());
    return std::all_of(m_words.begin(), m_words.end(), [&](const QString& word) { return folded.contains(word); });
}

namespace FoldedSearch {

void install(QComboBox* box)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    auto* filter = new FoldedWordsFilter(box);
    filter->setSourceModel(box->model());
    auto* completer = new QCompleter(filter, box);
    // The filter chooses the rows; the completer only shows them.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    box->setCompleter(completer);
    QObject::connect(box->lineEdit(), &QLineEdit::textEdited, filter, [filter, completer](const QString& text) {
        filter->setSearchText(text);
        if (filter->rowCount() > 0)
            completer->complete();
    });
}

} // namespace FoldedSearch
