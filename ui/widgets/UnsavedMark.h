#pragma once
// The one rule for a form's save button on every page: while the form holds changes not yet
// saved, the button says so ("Lưu báo cáo •"); once saved or reverted, it reads as before.

#include <QObject>
#include <QString>

#include <functional>

class QAbstractButton;
class QWidget;

class UnsavedMark final : public QObject {
    Q_OBJECT
public:
    // `modified` tells whether the form differs from what is stored.
    UnsavedMark(QAbstractButton* saveButton, std::function<bool()> modified);

    // Every field inside `form` (line and text edits, spin and date boxes, check and combo boxes)
    // updates the mark as it is edited.
    void watch(QWidget* form);
    void update();
    bool shown() const;

private:
    QAbstractButton* m_button;
    std::function<bool()> m_modified;
};
