// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>

#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxoptions.h"

class SandboxFaultInjector;

// The sandbox's own endpoints under /_sandbox/, for tests that run the server in another
// process and must change its faults or read its counters over HTTP:
//
//   GET /_sandbox/faults   the faults in force
//   PUT /_sandbox/faults   replaces them: {"latencyMs", "jitterMs", "serverErrorRate",
//                          "rateLimitPerSecond", "dropRate"}; a missing field is 0 (off)
//   GET /_sandbox/stats    {"requests", "adminRequests", "faults": {"dropped",
//                          "droppedAfterActing", "rateLimited", "internalServerError",
//                          "serviceUnavailable"}}
//
// They need the same Bearer key as the API, are never subject to faults or latency, and
// are not counted as API requests. Not part of the Avara API.
class SandboxAdmin
{
public:
    SandboxAdmin(const SandboxApi &api, SandboxFaultInjector &faults, const std::atomic<quint64> &requestCount);

    /// True for a path the admin endpoints own (everything under /_sandbox/).
    static bool isAdminPath(QByteArrayView path);
    /// The answer to one admin request.
    SandboxResponse handle(const SandboxRequest &request);
    /// Admin requests answered so far.
    quint64 requestCount() const { return m_adminRequests.load(std::memory_order_relaxed); }

    /// The JSON form of a fault setting.
    static QByteArray faultsJson(const SandboxFaults &faults);
    /// Reads a PUT body; nullopt with `failure` set (400 or 422) when it is not a valid setting.
    static std::optional<SandboxFaults> parseFaults(const QByteArray &body, SandboxResponse *failure);

private:
    const SandboxApi &m_api;
    SandboxFaultInjector &m_faults;
    const std::atomic<quint64> &m_requestCount;
    std::atomic<quint64> m_adminRequests { 0 };
};
