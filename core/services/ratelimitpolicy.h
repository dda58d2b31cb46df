// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include "core/api/apierror.h"

// What the console does about 429 beyond one call. A single call already waits and
// retries as the official SDKs do (RetryPolicy); across calls, two rules, both here:
// - after any 429 no new action leaves until the server's wait has passed (or
//   defaultPause() when it named none), so a bulk action does not hammer a limit;
// - an action refused with 429 after all its retries goes back in line a bounded number
//   of times, because 429 means "not now", not "no".
class RateLimitPolicy
{
public:
    static constexpr std::chrono::milliseconds defaultPause { 1000 };
    static constexpr int defaultMaxTriesInLine = 8;

    /// How long to hold new actions back after a 429 that asked for `retryAfterMs` (0: none named).
    std::chrono::milliseconds pauseFor(qint64 retryAfterMs) const
    {
        return retryAfterMs > 0 ? std::chrono::milliseconds(retryAfterMs) : m_pause;
    }
    /// True when an action that failed with `error`, and went back in line `triesInLine`
    /// times already, should go back in line again.
    bool shouldTryAgainLater(const ApiError &error, int triesInLine) const
    {
        return error.kind == ApiError::Kind::RateLimited && triesInLine < m_maxTriesInLine;
    }

    void setPause(std::chrono::milliseconds pause)
    {
        m_pause = pause.count() < 0 ? std::chrono::milliseconds(0) : pause;
    }
    std::chrono::milliseconds pause() const { return m_pause; }
    void setMaxTriesInLine(int tries) { m_maxTriesInLine = tries; }
    int maxTriesInLine() const { return m_maxTriesInLine; }

private:
    std::chrono::milliseconds m_pause = defaultPause;
    int m_maxTriesInLine = defaultMaxTriesInLine;
};
