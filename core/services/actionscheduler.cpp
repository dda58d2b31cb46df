// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionscheduler.h"

#include <algorithm>
#include <utility>

ActionScheduler::ActionScheduler(QObject *parent)
    : QObject(parent)
{
    m_pauseTimer.setSingleShot(true);
    // The server's Retry-After is exact; a coarse timer could end the pause early.
    m_pauseTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pauseTimer, &QTimer::timeout, this, &ActionScheduler::handlePauseEnded);
}

void ActionScheduler::setMaxConcurrent(int maxConcurrent)
{
    m_maxConcurrent = qMax(1, maxConcurrent);
    pump();
}

bool ActionScheduler::isInLine(const QString &key) const
{
    return std::find(m_ready.cbegin(), m_ready.cend(), key) != m_ready.cend();
}

void ActionScheduler::enqueue(const QString &key)
{
    m_ready.push_back(key);
}

void ActionScheduler::release()
{
    --m_running;
}

void ActionScheduler::pump()
{
    // Starting an action emits signals whose receivers may ask for more (or end an
    // action at once); the loop below sees whatever they changed, so a nested call has
    // nothing to add.
    if (m_isPumping)
        return;
    m_isPumping = true;
    while (!isPaused() && m_running < m_maxConcurrent && !m_ready.empty()) {
        const QString key = m_ready.front();
        m_ready.pop_front();
        // Counted before it starts: an action may end (and release) inside the starter.
        ++m_running;
        if (!m_starter || !m_starter(key))
            --m_running;
    }
    m_isPumping = false;
    Q_EMIT pumped();
}

void ActionScheduler::runWhenNotPaused(QObject *context, std::function<void()> work)
{
    if (!isPaused()) {
        work();
        return;
    }
    m_held.append({ QPointer<QObject>(context), std::move(work) });
}

void ActionScheduler::noteRateLimited(qint64 retryAfterMs)
{
    const std::chrono::milliseconds wait = m_policy.pauseFor(retryAfterMs);
    if (wait.count() <= 0)
        return;
    const QDeadlineTimer end(wait, Qt::PreciseTimer);
    if (isPaused() && end.deadlineNSecs() <= m_pauseEnd.deadlineNSecs())
        return;
    m_pauseEnd = end;
    m_pauseTimer.start(wait);
}

void ActionScheduler::handlePauseEnded()
{
    // Held reads first: each belongs to an action that already holds a slot.
    const auto held = std::exchange(m_held, {});
    for (const auto &[context, work] : held) {
        if (context)
            work();
    }
    pump();
}
