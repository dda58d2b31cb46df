// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <functional>
#include <memory>

#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

class QThread;

// A thread of its own that runs jobs one at a time, in the order given, and hands what each
// job returns (a delivery: emit a signal, run a callback) back to the thread that made the
// worker, in the same order. For work that must not block the GUI thread yet has to happen
// in sequence: the audit journal's writes, the snapshot files.
//
// Deliveries come on the owner's event loop, or at once from flush() and deliver(). A
// delivery may enqueue, flush, or destroy the worker's owner (and so the worker).
class SerialWorker : public QObject
{
    Q_OBJECT

public:
    /// What a job asks to be done on the owner's thread once it has run; may be empty.
    using Delivery = std::function<void()>;
    /// Runs on the worker's thread.
    using Job = std::function<Delivery()>;

    /// Starts the thread, named `threadName` for debuggers.
    explicit SerialWorker(const QString &threadName, QObject *parent = nullptr);
    /// Runs the jobs still waiting (a closing console loses no write), then stops the thread;
    /// deliveries not made by then are dropped.
    ~SerialWorker() override;

    /// Queues `job` and returns its ticket: 1 for the first job, then one more for each.
    quint64 enqueue(Job job);
    /// The ticket of the last job given; 0 before the first.
    quint64 lastTicket() const;
    /// Blocks until the job with `ticket` and every job before it has run.
    void waitFor(quint64 ticket);
    /// Blocks until every job given so far has run, then makes their deliveries.
    void flush();
    /// Makes the deliveries of the jobs that have run, oldest first. Called again from within
    /// a delivery, it returns at once: the outer call goes on with the rest, in order.
    void deliver();

private:
    void run();

    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    QWaitCondition m_wake; // a job arrived, or time to stop
    QWaitCondition m_ran; // a job has run
    std::deque<Job> m_waiting;
    std::deque<Delivery> m_deliveries;
    quint64 m_lastGiven = 0;
    quint64 m_lastRun = 0;
    bool m_isStopping = false;
    bool m_isDelivering = false; // touched on the owner's thread only
};
