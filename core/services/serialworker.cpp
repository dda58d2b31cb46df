// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialworker.h"

#include <QPointer>
#include <QThread>

SerialWorker::SerialWorker(const QString &threadName, QObject *parent)
    : QObject(parent)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(threadName);
    m_thread->start();
}

SerialWorker::~SerialWorker()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_isStopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

quint64 SerialWorker::enqueue(Job job)
{
    const QMutexLocker lock(&m_mutex);
    m_waiting.push_back(std::move(job));
    m_wake.wakeAll();
    return ++m_lastGiven;
}

quint64 SerialWorker::lastTicket() const
{
    const QMutexLocker lock(&m_mutex);
    return m_lastGiven;
}

void SerialWorker::waitFor(quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    while (m_lastRun < ticket)
        m_ran.wait(&m_mutex);
}

void SerialWorker::flush()
{
    waitFor(lastTicket());
    deliver();
}

void SerialWorker::deliver()
{
    if (m_isDelivering)
        return;
    m_isDelivering = true;
    const QPointer<SerialWorker> self(this);
    for (;;) {
        Delivery delivery;
        {
            const QMutexLocker lock(&m_mutex);
            if (m_deliveries.empty())
                break;
            delivery = std::move(m_deliveries.front());
            m_deliveries.pop_front();
        }
        // Held here, not in the queue: a delivery that destroys this worker still runs to its end.
        delivery();
        if (!self)
            return;
    }
    m_isDelivering = false;
}

void SerialWorker::run()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (m_waiting.empty() && !m_isStopping)
            m_wake.wait(&m_mutex);
        if (m_waiting.empty())
            return;
        Job job = std::move(m_waiting.front());
        m_waiting.pop_front();
        lock.unlock();
        Delivery delivery = job();
        lock.relock();
        ++m_lastRun;
        if (delivery) {
            const bool wasEmpty = m_deliveries.empty();
            m_deliveries.push_back(std::move(delivery));
            // One queued call takes every delivery waiting when it runs.
            if (wasEmpty)
                QMetaObject::invokeMethod(this, &SerialWorker::deliver, Qt::QueuedConnection);
        }
        m_ran.wakeAll();
    }
}
