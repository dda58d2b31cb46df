// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

#include "sandbox/sandboxoptions.h"

class QObject;
class QThread;
class SandboxServer;

// Runs a SandboxServer on a thread of its own, for the console's --sandbox mode: the
// GUI thread stays free while the server seeds and serves, and the console's network
// code talks to it over loopback exactly as to the real API.
class SandboxThread
{
public:
    SandboxThread();
    /// Stops the server (on its thread) and joins the thread.
    ~SandboxThread();

    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    /// Seeds and starts a server on 127.0.0.1 with a free port; blocks until it listens.
    /// The base URL, or an empty URL on failure or when already started.
    QUrl start(const SandboxOptions &options);
    /// The running server, for its thread-safe methods; null before start().
    SandboxServer *server() const;

private:
    void stop();

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread; the server is created and deleted through it
    SandboxServer *m_server = nullptr;
};
