#pragma once
// Turns a position into the label the national format uses: "I.", "1.", "a)", "-".

#include "core/domain/PlanOutline.h"

#include <QString>

// index is 1-based. Letters follow Vietnamese legal usage: a, b, c, d, đ, e, g, h, i, k…
QString numberLabel(NumberingStyle style, int index);
// "5.2." from the parent's "5." (or "I." → "I.2."); the plain index when the parent has no number.
QString decimalLabel(const QString& parentLabel, int index);
