// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QList>
#include <QtHttpServer/QHttpServerRequest>

#include "sandbox/sandboxoptions.h"

class SandboxStore;

// One request as the API logic needs it, copied out of QHttpServerRequest so that the
// logic can be exercised (and benchmarked) without a socket.
struct SandboxRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Get;
    QByteArray path; // percent-encoded, as sent: "/v1/express/cus_..."
    QByteArray query; // percent-encoded, without '?'
    QByteArray authorization; // the Authorization header's value
    QByteArray body;
};

struct SandboxResponse
{
    int status = 200;
    QByteArray body; // always JSON
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
};

// The Avara API of /work/shared/avara-api.md over a SandboxStore: authentication,
// routing, validation, and the JSON of every answer. It knows nothing of sockets or
// faults; SandboxHttpServer puts it on the wire.
class SandboxApi
{
public:
    static constexpr int defaultPageSize = 100;
    static constexpr int maxPageSize = 100;
    static constexpr int maxMetadataPairs = 50;
    static constexpr int maxMetadataKeyLength = 100;
    static constexpr int maxMetadataValueLength = 1000;

    SandboxApi(SandboxStore &store, const SandboxOptions &options);

    /// The answer to one request.
    SandboxResponse handle(const SandboxRequest &request) const;

    /// True when an Authorization header value carries this server's key as Bearer.
    bool isAuthorized(QByteArrayView authorization) const;

    /// The UUID reported as createdByApiKeyId for accounts created through this API key.
    QByteArray apiKeyId() const { return m_apiKeyId; }

    /// The createdByUserId of accounts created "in the dashboard" (behind the API's back).
    static QByteArray dashboardUserId();

    /// A UUID derived from an API key, stable across runs.
    static QByteArray apiKeyIdFor(QByteArrayView apiKey);

    /// PATCH of a well-formed id: validates `body` and applies it; the account, or 400, 404 or 422.
    SandboxResponse update(SandboxKind kind, QByteArrayView id, const QByteArray &body) const;
    /// POST (`add`) or DELETE of /v1/express/{id}/users for a well-formed customer id.
    SandboxResponse changeMembership(QByteArrayView customerId, const QByteArray &body, bool add) const;

private:
    SandboxResponse list(SandboxKind kind, const SandboxRequest &request) const;
    SandboxResponse create(SandboxKind kind, const SandboxRequest &request) const;

    SandboxStore &m_store;
    QByteArray m_apiKey;
    QByteArray m_apiKeyId;
    bool m_organizationsEnabled;
};
