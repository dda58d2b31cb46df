// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QObject>
#include <QString>
#include <QUrl>

#include "core/api/apicall.h"
#include "core/api/apierror.h"
#include "core/api/connectionsettings.h"
#include "core/api/endpoints.h"
#include "core/domain/accountchange.h"
#include "core/domain/accountid.h"
#include "core/domain/accountkind.h"

class Clock;
class QNetworkAccessManager;

// The console's one way to the Avara API: the only QNetworkAccessManager, the key, the
// headers, the official SDKs' retry behaviour, id validation before any URL is built, a
// cap on response size. Every method returns an ApiCall that finishes exactly once.
//
// Redirects are not followed: the Authorization header must never reach a host that
// checkBaseUrl() has not seen, and the API does not redirect. TLS errors are never
// ignored.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~ApiClient() override;

    /// The settings calls are made with (the key as last set).
    const ConnectionSettings &settings() const { return m_settings; }
    /// Replaces the key for calls made from now on (after a 401 the user types a new one).
    void setApiKey(const QString &apiKey);
    /// Replaces the clock used for Retry-After dates; the clock must outlive the client. nullptr restores the system
    /// clock.
    void setClock(const Clock *clock);
    /// The clock in use, for stamps that should agree with retry decisions.
    const Clock &clock() const { return *m_clock; }
    /// Replaces the source of backoff jitter (values in [0, 1]); tests make it constant.
    void setRandomSource(std::function<double()> random01);

    /// nullopt when an API key may be sent to `url`: https anywhere, http only to this
    /// computer (127.0.0.0/8, ::1, localhost). Otherwise an InsecureTransport error saying why.
    static std::optional<ApiError> checkBaseUrl(const QUrl &url);

    /// GET one page of accounts. `limit` is sent as given (the API accepts 1 to 100).
    ApiCall *listPage(AccountKind kind, const QString &cursor, int limit = 100);
    /// GET one account.
    ApiCall *retrieve(AccountKind kind, const QString &id);
    /// POST .../deactivate.
    ApiCall *deactivate(AccountKind kind, const QString &id);
    /// POST .../reactivate.
    ApiCall *reactivate(AccountKind kind, const QString &id);
    /// deactivate() or reactivate(), whichever makes the account `active`.
    ApiCall *setActive(AccountKind kind, const QString &id, bool active);
    /// GET one account by its checked id.
    ApiCall *retrieve(const AccountId &id);
    /// The request that makes `change` (its id was checked when it was made).
    ApiCall *send(const AccountChange &change);

Q_SIGNALS:
    /// Some call was answered 429 (see ApiCall::rateLimited); lets queues pause new requests.
    void rateLimited(qint64 retryAfterMs);

private:
    ApiCall *makeCall(
        const QByteArray &verb, const QUrl &url, std::optional<ApiError> refusal, const QByteArray &body = {});
    ApiCall *makeAccountCall(AccountKind kind, const QString &id, Endpoints::Action action);

    ConnectionSettings m_settings;
    std::optional<ApiError> m_baseUrlError;
    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    std::function<double()> m_random01;
};
