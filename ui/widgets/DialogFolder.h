#pragma once
// Where file dialogs open: the folder the clerk last chose in any of them during this run, else
// Documents (never the bare profile folder, where Windows keeps AppData and the like).

#include <QString>

namespace DialogFolder {

QString start();
// start() joined with a suggested file name.
QString suggest(const QString& fileName);
// The folder of a chosen file (or the chosen folder itself) becomes start(); empty is ignored.
void remember(const QString& chosenPath);

} // namespace DialogFolder
