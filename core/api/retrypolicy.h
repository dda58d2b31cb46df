// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>

#include <QByteArrayView>
#include <QDateTime>

// When and how long to wait before trying a request again, exactly as the official
// Avara SDKs do (see "How the official SDKs retry" in avara-api.md), so a console user
// gets no worse behaviour than a script written against the SDK. Pure functions: the
// clock and the random number are arguments, so every delay can be tested exactly.
namespace RetryPolicy
{
using std::chrono::milliseconds;

inline constexpr int defaultMaxRetries = 2;
inline constexpr milliseconds defaultTimeout { 60'000 };
inline constexpr milliseconds initialRetryDelay { 500 };
inline constexpr milliseconds maxRetryDelay { 8'000 };
/// A server-requested wait is obeyed only up to this; beyond it the backoff is used.
inline constexpr milliseconds maxServerRequestedDelay { 60'000 };

/// Whether a failed attempt is retried. `httpStatus` is nullopt for a connection failure
/// or a timeout (always retried); otherwise 408, 409, 429 and >= 500 are, unless the
/// response's `x-should-retry` header says "true" or "false", which wins.
bool shouldRetry(std::optional<int> httpStatus, QByteArrayView xShouldRetryHeader = {});

/// The wait the server asked for: `retry-after-ms` (milliseconds), else `retry-after` as
/// seconds, else `retry-after` as an HTTP date relative to `now`. nullopt when neither
/// header says anything readable. The value may be out of range: retryDelay() decides.
std::optional<milliseconds> serverRequestedDelay(
    QByteArrayView retryAfterMsHeader, QByteArrayView retryAfterHeader, const QDateTime &now);

/// How long to wait before the next try, when `retriesSoFar` retries have already been
/// made: the server's requested wait when it is more than 0 and at most 60 s, otherwise
/// min(0.5 s * 2^retriesSoFar, 8 s) * (1 - 0.25 * random01).
milliseconds retryDelay(int retriesSoFar, QByteArrayView retryAfterMsHeader, QByteArrayView retryAfterHeader,
    const QDateTime &now, double random01);

/// The exponential backoff alone (no server hint), rounded to the nearest millisecond.
milliseconds backoffDelay(int retriesSoFar, double random01);

/// An HTTP date in the IMF-fixdate form every HTTP/1.1 sender must use
/// ("Sun, 06 Nov 1994 08:49:37 GMT"); nullopt for anything else.
std::optional<QDateTime> parseHttpDate(QByteArrayView text);
} // namespace RetryPolicy
