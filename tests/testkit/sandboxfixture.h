// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "core/api/apiclient.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

// An in-process sandbox on 127.0.0.1 with a free port, and ApiClients that talk to it.
// The server lives on the test's thread: requests and answers interleave in its event loop.
class SandboxFixture
{
public:
    explicit SandboxFixture(const SandboxOptions &options);
    ~SandboxFixture();

    SandboxFixture(const SandboxFixture &) = delete;
    SandboxFixture &operator=(const SandboxFixture &) = delete;

    /// True when the server listens.
    bool isListening() const { return !m_server->baseUrl().isEmpty(); }
    SandboxServer &server() const { return *m_server; }
    QUrl baseUrl() const { return m_server->baseUrl(); }
    /// Settings for this server with its key. Retries as in the SDKs, but a 10 s timeout:
    /// a sandbox that does not answer in 10 s is broken, and a test should say so sooner.
    ConnectionSettings settings() const;
    /// A client for this server (owned by the caller); its backoff jitter is fixed at the
    /// shortest wait (random 1.0), so retries take 375 ms, 750 ms, ...
    std::unique_ptr<ApiClient> makeClient(const ConnectionSettings &settings) const;
    std::unique_ptr<ApiClient> makeClient() const { return makeClient(settings()); }

    /// The sandbox kind for a console kind.
    static SandboxKind sandboxKind(AccountKind kind);

private:
    SandboxOptions m_options;
    std::unique_ptr<SandboxServer> m_server;
};
