#pragma once
// A grid worked from the keyboard as a spreadsheet: one cell or row chosen, Tab leaving it for
// the details beside it, keys (not double clicks) editing, Enter going down a column (Shift+Enter up).

#include <QAbstractItemView>

class QKeyEvent;
class QTableView;

// Sets the view up so; rows one line of text high.
void setUpKeyboardGrid(QTableView* view, QAbstractItemView::SelectionBehavior behavior);
// Enter or Shift+Enter: moves the current cell a row down or up and returns true; false for another key.
bool moveByEnter(QTableView* view, const QKeyEvent* key);
