// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedhttpserver.h"

#include <utility>

#include <QTcpSocket>

using namespace Qt::StringLiterals;

QByteArray CannedHttpServer::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool CannedHttpServer::Request::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

CannedHttpServer::CannedHttpServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &CannedHttpServer::handleNewConnection);
}

QUrl CannedHttpServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void CannedHttpServer::enqueue(const Response &response)
{
    m_responses.append(response);
}

void CannedHttpServer::setHandler(std::function<std::optional<Response>(const Request &)> handler)
{
    m_handler = std::move(handler);
}

void CannedHttpServer::handleNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void CannedHttpServer::handleReadyRead(QTcpSocket *socket)
{
    // Buffers in a dynamic property until a whole request (head and Content-Length body) is in.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    const qsizetype length = request.header("Content-Length").toLongLong();
    if (buffer.size() < headEnd + 4 + length) {
        socket->setProperty("buffer", buffer);
        return;
    }
    request.body = buffer.mid(headEnd + 4, length);
    socket->setProperty("buffer", QByteArray());
    m_requests.append(request);

    Response response;
    if (m_handler) {
        const std::optional<Response> answer = m_handler(request);
        if (!answer) {
            socket->abort();
            Q_EMIT requestReceived();
            return;
        }
        response = *answer;
    } else if (m_responses.isEmpty()) {
        response.status = 500;
        response.body = R"({"message": "CannedHttpServer: no response queued"})"_ba;
    } else {
        response = m_responses.takeFirst();
    }
    if (response.isHeld) {
        m_held.append({ QPointer<QTcpSocket>(socket), response });
        Q_EMIT requestReceived();
        return;
    }
    respond(socket, response);
    Q_EMIT requestReceived();
}

void CannedHttpServer::releaseHeld()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &[socket, response] : held) {
        if (socket)
            respond(socket, response);
    }
}

void CannedHttpServer::respond(QTcpSocket *socket, const Response &response)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(response.status) + " Canned\r\n";
    if (!response.contentType.isEmpty())
        raw += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        raw += name + ": " + value + "\r\n";
    raw += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    raw += response.body;
    socket->write(raw);
    socket->disconnectFromHost();
}
