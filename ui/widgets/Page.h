#pragma once
// What MainWindow needs from each page of the navigation.

#include "core/season/SeasonSteps.h"

#include <QWidget>

class Database;
class QUndoStack;

class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Called with the newly opened database, or nullptr when none is open. Pages reload.
    virtual void setDatabase(Database* database) = 0;
    // Asks about unsaved edits; false when the user cancels leaving the page or the file.
    virtual bool confirmLeave() { return true; }
    // Tệp → Lưu (Ctrl+S): saves the page's forms holding changes; false, with the reason shown, when refused.
    virtual bool saveEdits() { return true; }
    virtual QUndoStack* undoStack() { return nullptr; }

Q_SIGNALS:
    // Data other pages show has changed (units renamed, signers added…).
    void dataChanged();
    // The next step is done on another page (an empty page's banner): MainWindow opens it.
    void placeRequested(SeasonStep::Place place);
};
