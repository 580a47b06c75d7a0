#include "ui/widgets/DialogFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace DialogFolder {

namespace {
QString& lastChosen()
{
    static QString folder;
    return folder;
}
} // namespace

QString start()
{
    if (!lastChosen().isEmpty() && QFileInfo(lastChosen()).isDir())
        return lastChosen();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString suggest(const QString& fileName) { return QDir(start()).filePath(fileName); }

void remember(const QString& chosenPath)
{
    if (chosenPath.isEmpty())
        return;
    const QFileInfo chosen(chosenPath);
    lastChosen() = chosen.isDir() ? chosen.absoluteFilePath() : chosen.absolutePath();
}

} // namespace DialogFolder
