// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <functional>

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "core/services/ratelimitpolicy.h"

// Slots and order for the actions of one queue: at most maxConcurrent() run at once,
// accounts get a slot in the order they asked, and after a 429 nothing new starts until
// the pause the RateLimitPolicy names has passed. It knows keys (account ids), not what
// runs: the queue's starter takes a key and says whether it started something.
class ActionScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMaxConcurrent = 4;

    /// Starts the action of `key`; true when it took a slot.
    using Starter = std::function<bool(const QString &key)>;

    explicit ActionScheduler(QObject *parent = nullptr);

    void setStarter(Starter starter) { m_starter = std::move(starter); }
    /// Sets how many actions may run at once; at least 1.
    void setMaxConcurrent(int maxConcurrent);
    int maxConcurrent() const { return m_maxConcurrent; }
    /// The rules after a 429.
    RateLimitPolicy &rateLimitPolicy() { return m_policy; }
    const RateLimitPolicy &rateLimitPolicy() const { return m_policy; }

    /// Puts `key` in line for a slot (once; a key already in line keeps its place).
    void enqueue(const QString &key);
    /// A running action ended: its slot is free.
    void release();
    /// Starts what waits, as far as slots and the pause allow.
    void pump();
    /// Runs `work` now, or when the pause ends (the reconciliation reads of running actions,
    /// which already hold a slot).
    void runWhenNotPaused(QObject *context, std::function<void()> work);
    /// Holds new actions back as the policy says for a 429 that asked for `retryAfterMs`.
    void noteRateLimited(qint64 retryAfterMs);

    int runningCount() const { return m_running; }
    int waitingCount() const { return int(m_ready.size()); }
    bool isPaused() const { return m_pauseTimer.isActive(); }
    bool isInLine(const QString &key) const;
    /// True while pump() is starting actions.
    bool isPumping() const { return m_isPumping; }

Q_SIGNALS:
    /// pump() finished a pass (signals emitted while starting are delivered by then).
    void pumped();

private:
    void handlePauseEnded();

    Starter m_starter;
    RateLimitPolicy m_policy;
    int m_maxConcurrent = defaultMaxConcurrent;
    int m_running = 0;
    std::deque<QString> m_ready;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_held;
    bool m_isPumping = false;
    QTimer m_pauseTimer;
    QDeadlineTimer m_pauseEnd;
};
