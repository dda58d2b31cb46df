// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxhttpserver.h"

#include <memory>

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxfaultinjector.h"
#include "sandbox/sandboxjsonwriter.h"
#include "sandbox/sandboxtcpserver.h"

namespace
{

using Fault = SandboxFaultInjector::Fault;

SandboxRequest toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest copy;
    copy.method = request.method();
    const QUrl url = request.url();
    copy.path = url.path(QUrl::FullyEncoded).toUtf8();
    copy.query = url.query(QUrl::FullyEncoded).toUtf8();
    // Header names are case-insensitive; QHttpServerRequest::value() in 6.4 is not
    // documented to be, so look for the header by hand.
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            copy.authorization = value.trimmed();
            break;
        }
    }
    copy.body = request.body();
    return copy;
}

SandboxResponse faultResponse(const SandboxFaultInjector::Decision &decision)
{
    switch (decision.fault) {
    case Fault::RateLimited: {
        // retry-after-ms is what the official SDKs prefer; Retry-After (whole seconds,
        // rounded up so that a client honouring it is never early) is the standard header.
        const QByteArray seconds = QByteArray::number((decision.retryAfterMs + 999) / 1000);
        return { 429, SandboxJsonWriter::errorBody(QByteArray("Rate limit exceeded; retry after " + seconds + " s.")),
            { { "Retry-After", seconds }, { "retry-after-ms", QByteArray::number(decision.retryAfterMs) } } };
    }
    case Fault::InternalServerError:
        return { 500, SandboxJsonWriter::errorBody("Internal server error (injected by the sandbox)."), {} };
    case Fault::ServiceUnavailable:
        return { 503, SandboxJsonWriter::errorBody("Service unavailable (injected by the sandbox)."), {} };
    case Fault::None:
    case Fault::Drop:
        break;
    }
    return {};
}

} // namespace

SandboxHttpServer::SandboxHttpServer(
    const SandboxApi &api, SandboxFaultInjector &faults, std::atomic<quint64> &requestCount, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_faults(faults)
    , m_requestCount(requestCount)
    , m_admin(api, faults, requestCount)
{ }

quint16 SandboxHttpServer::listenLowDelay(const QHostAddress &address, quint16 port)
{
    auto *tcpServer = new SandboxTcpServer(this);
    if (!tcpServer->listen(address, port)) {
        qWarning("avara-sandbox: cannot listen on %s:%u: %s", qPrintable(address.toString()), unsigned(port),
            qPrintable(tcpServer->errorString()));
        delete tcpServer;
        return 0;
    }
    bind(tcpServer);
    return tcpServer->serverPort();
}

void SandboxHttpServer::writeResponse(QHttpServerResponder &responder, const SandboxResponse &response)
{
    // Written piece by piece because QHttpServerResponder::write() in 6.4 takes its headers
    // as an initializer_list only; the socket buffers it all until control returns to the
    // event loop, so it still leaves in one segment.
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", "application/json");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A test changing faults must get through whatever faults are on.
    if (SandboxAdmin::isAdminPath(request.url().path(QUrl::FullyEncoded).toUtf8())) {
        QHttpServerResponder responder = makeResponder(request, socket);
        writeResponse(responder, m_admin.handle(toSandboxRequest(request)));
        return true;
    }
    m_requestCount.fetch_add(1, std::memory_order_relaxed);
    const SandboxFaultInjector::Decision decision = m_faults.decide();

    // QHttpServerRequest is reused for the connection's next request and deleted with the
    // socket, so everything needed later is copied out now. The QPointer tells a deferred
    // answer whether its socket (and with it the responder's request) still exists.
    const QPointer<QTcpSocket> guard(socket);
    if (decision.fault == Fault::Drop) {
        if (decision.processDropped)
            m_api.handle(toSandboxRequest(request));
        // QHttpServer has no notion of "close without answering"; aborting the socket is
        // the closest fault it can express: the client sees the connection reset.
        if (decision.delayMs == 0) {
            socket->abort();
        } else {
            QTimer::singleShot(decision.delayMs, this, [guard] {
                if (guard)
                    guard->abort();
            });
        }
        return true;
    }

    const SandboxResponse response
        = decision.fault == Fault::None ? m_api.handle(toSandboxRequest(request)) : faultResponse(decision);
    if (decision.delayMs == 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        writeResponse(responder, response);
        return true;
    }
    // The request has taken effect now; only its answer is late, as with a slow network.
    // A client that times out meanwhile has an unknown outcome to reconcile. QHttpServer 6.4
    // keeps no per-connection queue of answers, so a client that pipelines could get
    // delayed answers out of order; QNAM and the official SDKs do not pipeline.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QTimer::singleShot(decision.delayMs, this, [guard, responder, response] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            writeResponse(*responder, response);
    });
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest answers everything. Kept correct all the same.
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, { 404, SandboxJsonWriter::errorBody("Not found: no such endpoint."), {} });
}
