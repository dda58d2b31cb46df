// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <QHostAddress>
#include <QtHttpServer/QAbstractHttpServer>

#include "sandbox/sandboxadmin.h"

class SandboxFaultInjector;
class QHttpServerResponder;

// The transport: takes requests from QAbstractHttpServer, lets the fault injector decide
// their fate, asks SandboxApi for the answer and writes it, now or after the injected
// latency. QHttpServer's router is not used: every path goes through handleRequest so
// that faults, 404 and 405 apply uniformly, and handleRequest is where the socket is
// available for aborts and deferred answers. The admin endpoints (/_sandbox/...) are
// answered first, at once and without faults.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SandboxHttpServer(const SandboxApi &api, SandboxFaultInjector &faults, std::atomic<quint64> &requestCount,
        QObject *parent = nullptr);

    /// Listens on `address`:`port` with TCP_NODELAY sockets; the port, or 0 on failure.
    quint16 listenLowDelay(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void writeResponse(QHttpServerResponder &responder, const SandboxResponse &response);

    const SandboxApi &m_api;
    SandboxFaultInjector &m_faults;
    std::atomic<quint64> &m_requestCount;
    SandboxAdmin m_admin;
};
