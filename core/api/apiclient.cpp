// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include "core/api/clock.h"
#include "core/domain/accountid.h"
#include "core/domain/redaction.h"

using namespace Qt::StringLiterals;

ApiClient::ApiClient(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_baseUrlError(checkBaseUrl(settings.baseUrl))
    , m_network(new QNetworkAccessManager(this))
    , m_clock(&Clock::system())
    , m_random01([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_network->setAutoDeleteReplies(true);
    m_network->setTransferTimeout(int(settings.timeout.count()));
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient()
{
    // Calls are children too; deleting them first lets each abort its reply while the
    // manager still exists.
    const auto calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

void ApiClient::setApiKey(const QString &apiKey)
{
    m_settings.apiKey = apiKey;
}

void ApiClient::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
}

void ApiClient::setRandomSource(std::function<double()> random01)
{
    m_random01 = std::move(random01);
}

std::optional<ApiError> ApiClient::checkBaseUrl(const QUrl &url)
{
    const auto refuse = [](const QString &message) {
        ApiError error;
        error.kind = ApiError::Kind::InsecureTransport;
        error.message = message;
        return error;
    };
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return refuse(tr("The server address \"%1\" is not a complete https:// address.")
                          .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    if (!url.userInfo().isEmpty())
        return refuse(tr("The server address must not contain a user name or password."));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return std::nullopt;
    if (scheme == u"http"_s) {
        // Only a server on this computer may see the key in clear text: nothing else is on the path.
        const QString host = url.host().toLower();
        const QHostAddress address(host);
        if (host == u"localhost"_s || (!address.isNull() && address.isLoopback()))
            return std::nullopt;
        return refuse(tr("Refusing to send the API key unencrypted to %1: use https://, or http:// only for a "
                         "server on this computer.")
                          .arg(url.host()));
    }
    return refuse(tr("The server address must start with https:// (it starts with %1://).").arg(url.scheme()));
}

ApiCall *ApiClient::makeCall(
    const QByteArray &verb, const QUrl &url, std::optional<ApiError> refusal, const QByteArray &body)
{
    if (!refusal && m_baseUrlError)
        refusal = m_baseUrlError;
    ApiCall::Context context { m_network, m_settings, m_clock, m_random01 };
    auto *call = new ApiCall(std::move(context), verb, url, body, std::move(refusal), this);
    connect(call, &ApiCall::finished, call, &QObject::deleteLater);
    connect(call, &ApiCall::rateLimited, this, &ApiClient::rateLimited);
    return call;
}

ApiCall *ApiClient::makeAccountCall(AccountKind kind, const QString &id, Endpoints::Action action)
{
    const QByteArray verb = action == Endpoints::Action::None ? "GET"_ba : "POST"_ba;
    // The id is checked before it can become part of a path: no "..", "/", "?" or "#" can
    // reach the server, and nothing is sent for a malformed id.
    if (!isValidAccountId(kind, QStringView(id))) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidId;
        // A key pasted where an id belongs must not come back on screen in the error.
        QString shown = Redaction::redact(id, m_settings.apiKey);
        if (shown.size() > 48)
            shown = shown.left(45) + u"..."_s;
        error.message = tr("\"%1\" is not a valid %2 id.")
                            .arg(shown, kind == AccountKind::ExpressCustomer ? tr("customer") : tr("organization"));
        return makeCall(verb, QUrl(), std::move(error));
    }
    return makeCall(verb, Endpoints::accountUrl(m_settings.baseUrl, kind, id, action), std::nullopt);
}

ApiCall *ApiClient::listPage(AccountKind kind, const QString &cursor, int limit)
{
    return makeCall("GET"_ba, Endpoints::listUrl(m_settings.baseUrl, kind, cursor, limit), std::nullopt);
}

ApiCall *ApiClient::retrieve(AccountKind kind, const QString &id)
{
    return makeAccountCall(kind, id, Endpoints::Action::None);
}

ApiCall *ApiClient::deactivate(AccountKind kind, const QString &id)
{
    return makeAccountCall(kind, id, Endpoints::Action::Deactivate);
}

ApiCall *ApiClient::reactivate(AccountKind kind, const QString &id)
{
    return makeAccountCall(kind, id, Endpoints::Action::Reactivate);
}

ApiCall *ApiClient::setActive(AccountKind kind, const QString &id, bool active)
{
    return active ? reactivate(kind, id) : deactivate(kind, id);
}

ApiCall *ApiClient::retrieve(const AccountId &id)
{
    return makeCall("GET"_ba, Endpoints::accountUrl(m_settings.baseUrl, id.kind(), id.toString()), std::nullopt);
}

ApiCall *ApiClient::send(const AccountChange &change)
{
    const AccountChange::Request request = change.request();
    const AccountId &id = change.accountId();
    return makeCall(request.verb, Endpoints::accountUrl(m_settings.baseUrl, id.kind(), id.toString(), request.subPath),
        std::nullopt, request.body);
}
