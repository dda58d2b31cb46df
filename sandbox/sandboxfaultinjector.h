// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>

#include <QElapsedTimer>
#include <QMutex>

#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxrandom.h"

// Decides, request by request, which fault (if any) the server injects. The fault
// settings may be changed from any thread; decide() runs on the server's thread only.
class SandboxFaultInjector
{
public:
    enum class Fault
    {
        None,
        Drop,
        RateLimited,
        InternalServerError,
        ServiceUnavailable
    };

    struct Decision
    {
        Fault fault = Fault::None;
        int delayMs = 0; // before the answer (or the abort) goes out
        qint64 retryAfterMs = 0; // for RateLimited
        bool processDropped = false; // for Drop: the request takes effect before the connection dies
    };

    explicit SandboxFaultInjector(quint64 seed);

    void setFaults(const SandboxFaults &faults);
    SandboxFaults faults() const;
    /// The faults decide() has chosen so far.
    SandboxFaultCounts counts() const;

    /// The fate of the request arriving now.
    Decision decide();

private:
    mutable QMutex m_mutex;
    SandboxFaults m_faults;
    SandboxFaultCounts m_counts;
    SandboxRandom m_random;
    QElapsedTimer m_clock;
    std::deque<qint64> m_recentRequests; // arrival times (ms) inside the rate window, oldest first
};
