#pragma once
// One way to find a name in every picker, as the people page filters: without diacritics, any
// part of the name, the words in any order ("mai giang" finds "Giàng Thị Mai — Văn phòng").

#include <QSortFilterProxyModel>
#include <QStringList>

class QComboBox;

class FoldedWordsFilter final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

namespace FoldedSearch {
// An editable combo box whose typed text lists the matching items below it; choosing one selects it.
void install(QComboBox* box);
} // namespace FoldedSearch
