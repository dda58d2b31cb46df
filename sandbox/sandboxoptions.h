// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QtGlobal>

// The value types a SandboxServer is configured with. They live apart from the server so
// the sandbox's internals can use them without depending on the server class.

/// The two account kinds the sandbox serves: /v1/express and /v1/orgs.
enum class SandboxKind
{
    ExpressCustomer,
    Organization
};
Q_DECLARE_METATYPE(SandboxKind)

/// Faults injected into every endpoint; all off by default.
struct SandboxFaults
{
    int latencyMs = 0; // added to every response (and to every dropped connection)
    int jitterMs = 0; // plus a uniform 0..jitterMs on top of latencyMs
    double serverErrorRate = 0.0; // share of requests answered 500 or 503 (half each)
    int rateLimitPerSecond = 0; // 0 = off; above it requests are answered 429
    double dropRate = 0.0; // share of connections aborted before any response
};

/// How many faults a server has injected since it started (admin requests never count).
struct SandboxFaultCounts
{
    quint64 dropped = 0; // connections aborted without an answer, both kinds below
    quint64 droppedAfterActing = 0; // of those, requests acted on before the abort
    quint64 rateLimited = 0; // 429
    quint64 internalServerError = 0; // 500
    quint64 serviceUnavailable = 0; // 503
};

/// Everything a SandboxServer is created with.
struct SandboxOptions
{
    QByteArray apiKey = "sandbox-key";
    int customers = 0;
    int organizations = 0;
    quint64 seed = 1;
    bool organizationsEnabled = true;
    bool hostileNames = false;
    SandboxFaults faults;
};

Q_DECLARE_METATYPE(SandboxFaults)
