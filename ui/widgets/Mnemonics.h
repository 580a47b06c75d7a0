#pragma once
// Every button of a page reachable with Alt and a letter of its own text, as on a form where the
// clerk never reaches for the mouse: the letters already taken (the menu bar's, the labels') are
// left alone, each button without a key gets a free one, and its tooltip names it.

#include <QSet>

class QAbstractButton;
class QWidget;

namespace Mnemonics {

// The letters marked with '&' in the texts of the widgets under `root` (labels, buttons, group
// boxes, tabs) and of the menus of its menu bar, upper case.
QSet<QChar> taken(const QWidget* root);

// Gives each push button, check box and radio button under `page` that has neither a shortcut nor
// a mnemonic a free Alt+letter: a word's first letter if one is free, else any letter of its text
// (letters a to z only: Alt+Đ cannot be typed on every keyboard). `taken` grows with what is given.
void assign(QWidget* page, QSet<QChar>& taken);

// "Alt+L", or the button's shortcut; empty when it has none.
QString keyOf(const QAbstractButton* button);

} // namespace Mnemonics
