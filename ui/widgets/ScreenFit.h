#pragma once
// Windows sized from the screen they show on: the size a window would like, but never more than
// 90 % of the screen's free area (taskbar excluded), so every button stays reachable on a
// 1366x768 laptop and at 150 % scaling on 1920x1080.

#include <QSize>

class QWidget;

void resizeForScreen(QWidget* window, QSize wanted);
