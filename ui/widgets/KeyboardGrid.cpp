#include "ui/widgets/KeyboardGrid.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>

void setUpKeyboardGrid(QTableView* view, QAbstractItemView::SelectionBehavior behavior)
{
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(behavior);
    view->setTabKeyNavigation(false); // Tab goes on to the details; the arrows and Enter move in the grid
    view->setEditTriggers(QAbstractItemView::NoEditTriggers); // keys and the details edit
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->verticalHeader()->hide();
}

bool moveByEnter(QTableView* view, const QKeyEvent* key)
{
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    const QModelIndex current = view->currentIndex();
    const int row = current.row() + ((key->modifiers() & Qt::ShiftModifier) ? -1 : 1);
    if (current.isValid() && row >= 0 && row < view->model()->rowCount())
        view->setCurrentIndex(view->model()->index(row, current.column()));
    return true;
}
