#include "ui/WholeFileCheck.h"

#include "core/storage/Database.h"

#include <QThread>

#include <memory>

WholeFileCheck::WholeFileCheck(QObject* parent)
    : QObject(parent)
{
}

WholeFileCheck::~WholeFileCheck() { wait(); }

bool WholeFileCheck::isRunning() const { return m_thread != nullptr; }

void WholeFileCheck::wait()
{
    if (m_thread)
        m_thread->wait();
}

void WholeFileCheck::start(const QString& path, int ticket)
{
    wait();
    auto outcome = std::make_shared<Status>();
    QThread* thread = QThread::create([path, outcome] { *outcome = Database::checkWhole(path); });
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread, ticket, outcome] {
        if (m_thread == thread)
            m_thread = nullptr;
        thread->deleteLater();
        Q_EMIT finished(ticket, *outcome);
    });
    thread->start(QThread::LowPriority);
}
