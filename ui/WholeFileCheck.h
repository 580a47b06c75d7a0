#pragma once
// SQLite's full integrity check of a large database, run on a thread of its own so that the window
// keeps working (the open itself ran only quick_check). One check at a time; the object waits for
// a running check before it goes, so a file is never replaced under a reader.

#include "core/common/Result.h"

#include <QObject>
#include <QString>

class QThread;

class WholeFileCheck final : public QObject {
    Q_OBJECT
public:
    explicit WholeFileCheck(QObject* parent = nullptr);
    ~WholeFileCheck() override;

    // Starts checking the file at path (after any running check ends); `ticket` comes back with
    // the result so the caller can tell whether the file it asked about is still the one open.
    void start(const QString& path, int ticket);
    bool isRunning() const;
    void wait(); // until the running check, if any, has ended

Q_SIGNALS:
    void finished(int ticket, const Status& outcome);

private:
    QThread* m_thread = nullptr;
};
