#pragma once
// A table that only shows rows — the form under it edits the one chosen: whole rows chosen one at
// a time, Tab leaving it, long texts cut (their tooltip holds them whole), the last column filling
// the width.

#include <QStringList>

class QTableWidget;
class QWidget;

QTableWidget* readOnlyTable(const QStringList& headers, QWidget* parent);
// Fills a row with texts, each cell's tooltip its whole text.
void setRowTexts(QTableWidget* table, int row, const QStringList& texts);
