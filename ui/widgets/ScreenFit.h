#pragma once
// Windows sized from the screen they show on: the size the clerk last left a window of that kind
// at, else the size it would like, but never more than 90 % of the screen's free area (taskbar
// excluded), so every button stays reachable on a 1366x768 laptop and at 150 % scaling on
// 1920x1080. The size it is left at is remembered when it closes.

#include <QSize>

class QWidget;

void resizeForScreen(QWidget* window, QSize wanted);
