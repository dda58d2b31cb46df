// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QString>
#include <QUrl>

#include "core/api/retrypolicy.h"

/// Where and how to reach the Avara API.
struct ConnectionSettings
{
    QUrl baseUrl;
    QString apiKey;
    int maxRetries = RetryPolicy::defaultMaxRetries; // 0 disables retries
    // Per try, counted while no data flows (QNetworkRequest's transfer timeout), like the
    // Python SDK's read timeout.
    std::chrono::milliseconds timeout = RetryPolicy::defaultTimeout;
    qint64 maxResponseBytes = 32 * 1024 * 1024;
};
