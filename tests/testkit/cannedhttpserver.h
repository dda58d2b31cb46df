// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

// A loopback HTTP/1.1 server that answers requests with canned responses, in order, and
// records what it received byte for byte. For what the sandbox cannot be made to do:
// check request headers, answer with the wrong content type, redirect, send
// x-should-retry, or return another account than the one asked for.
class CannedHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        /// The value of a header (case-insensitive name); empty when absent.
        QByteArray header(QByteArrayView name) const;
        bool hasHeader(QByteArrayView name) const;
    };

    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool isHeld = false; // kept back until releaseHeld(): an answer that arrives late, on cue
    };

    explicit CannedHttpServer(QObject *parent = nullptr);

    /// http://127.0.0.1:PORT
    QUrl baseUrl() const;
    /// Queues a response; when the queue is empty, requests get a 500 saying so.
    void enqueue(const Response &response);
    /// Answers with a function of the request instead of the queue; nullopt closes the
    /// connection without an answer (a request whose outcome the client cannot know).
    void setHandler(std::function<std::optional<Response>(const Request &)> handler);
    const QList<Request> &requests() const { return m_requests; }
    /// Answers held back so far.
    int heldCount() const { return int(m_held.size()); }
    /// Sends every held answer, oldest first.
    void releaseHeld();

Q_SIGNALS:
    void requestReceived();

private:
    void handleNewConnection();
    void handleReadyRead(QTcpSocket *socket);
    static void respond(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    QList<Response> m_responses;
    std::function<std::optional<Response>(const Request &)> m_handler;
    QList<Request> m_requests;
    QList<std::pair<QPointer<QTcpSocket>, Response>> m_held;
};
