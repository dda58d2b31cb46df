// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxfaultinjector.h"

#include <QMutexLocker>

namespace
{
constexpr qint64 rateWindowMs = 1000;
}

SandboxFaultInjector::SandboxFaultInjector(quint64 seed)
    : m_random(seed ^ 0xbb67ae8584caa73bULL)
{
    m_clock.start();
}

void SandboxFaultInjector::setFaults(const SandboxFaults &faults)
{
    const QMutexLocker locker(&m_mutex);
    m_faults = faults;
}

SandboxFaults SandboxFaultInjector::faults() const
{
    const QMutexLocker locker(&m_mutex);
    return m_faults;
}

SandboxFaultCounts SandboxFaultInjector::counts() const
{
    const QMutexLocker locker(&m_mutex);
    return m_counts;
}

SandboxFaultInjector::Decision SandboxFaultInjector::decide()
{
    const QMutexLocker locker(&m_mutex);
    Decision decision;
    decision.delayMs = qMax(0, m_faults.latencyMs);
    if (m_faults.jitterMs > 0)
        decision.delayMs += int(m_random.below(quint64(m_faults.jitterMs) + 1));

    // The rate limit is a sliding window over the requests it let through in the last
    // second, so Retry-After says exactly when the next request will be admitted.
    if (m_faults.rateLimitPerSecond > 0) {
        const qint64 now = m_clock.elapsed();
        while (!m_recentRequests.empty() && m_recentRequests.front() <= now - rateWindowMs)
            m_recentRequests.pop_front();
        if (qsizetype(m_recentRequests.size()) >= m_faults.rateLimitPerSecond) {
            decision.fault = Fault::RateLimited;
            decision.retryAfterMs = qMax<qint64>(1, m_recentRequests.front() + rateWindowMs - now);
            ++m_counts.rateLimited;
            return decision;
        }
        m_recentRequests.push_back(now);
    } else {
        m_recentRequests.clear();
    }

    if (m_faults.dropRate > 0 && m_random.chance(m_faults.dropRate)) {
        decision.fault = Fault::Drop;
        // A connection that dies mid-request leaves the client unsure whether the server
        // acted on it; half of the dropped requests did, as on a real network.
        decision.processDropped = m_random.chance(0.5);
        ++m_counts.dropped;
        if (decision.processDropped)
            ++m_counts.droppedAfterActing;
        return decision;
    }
    if (m_faults.serverErrorRate > 0 && m_random.chance(m_faults.serverErrorRate)) {
        decision.fault = m_random.chance(0.5) ? Fault::InternalServerError : Fault::ServiceUnavailable;
        ++(decision.fault == Fault::InternalServerError ? m_counts.internalServerError : m_counts.serviceUnavailable);
        return decision;
    }
    return decision;
}
