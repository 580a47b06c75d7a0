#pragma once
// Plain text to plan blocks, the way a clerk's Word plan is written: one paragraph a line, a
// list item marked by its own number or dash ("1.", "1.1.", "a)", "-", "+", "•"), a căn cứ line
// starting "Căn cứ". The marker becomes the item's numbering, never part of its text. Used by
// the outline's paste and by the plan import.

#include "core/domain/PlanOutline.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace PlanText {

// What starts a line: the numbering it was written with and where its text begins.
struct Marker {
    NumberingStyle style = NumberingStyle::None; // None: no marker
    int depth = 0; // for decimal numbers: "1." is 1, "1.1." is 2, "1.2.3." is 3
    qsizetype textStart = 0;
};

Marker markerOf(const QString& line);
// The text without its marker (and the spaces after it).
QString withoutMarker(const QString& line);

// One block per non-empty line, in order. A line with tabs (a table's row copied from Word or
// Excel) becomes a table row; a line with a marker a list item; a "Căn cứ" line a citation; any
// other a paragraph.
std::vector<PlanBlock> blocksFrom(const QString& text);

// A table row's cells as the clerk types them: "STT | Họ và tên | Chức vụ".
QStringList cellsOf(const QString& row);
QString rowOf(const QStringList& cells);

} // namespace PlanText
