#pragma once
// Fills a unit filter combo box: "all units" (data 0) then each unit, keeping the unit chosen
// before when it still exists, without emitting change signals.

#include "core/domain/Unit.h"

#include <QComboBox>

#include <vector>

inline void fillUnitFilter(QComboBox* box, const std::vector<Unit>& units, const QString& allUnitsLabel)
{
    const QVariant chosen = box->currentData();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allUnitsLabel, qint64(0));
    for (const Unit& unit : units)
        box->addItem(unit.name, unit.id);
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
}
