// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxfaultinjector.h"
#include "sandbox/sandboxhttpserver.h"
#include "sandbox/sandboxseeder.h"
#include "sandbox/sandboxstore.h"

using namespace Qt::StringLiterals;

namespace
{

std::optional<SandboxKind> kindOfId(const QString &id)
{
    const QByteArray utf8 = id.toUtf8();
    for (const SandboxKind kind : { SandboxKind::ExpressCustomer, SandboxKind::Organization }) {
        if (isValidSandboxId(kind, utf8))
            return kind;
    }
    return std::nullopt;
}

// The body the API's users endpoint takes, so that the hooks go through its validation.
QByteArray userBody(const QString &userId)
{
    return QJsonDocument(QJsonObject { { QLatin1StringView("userId"), userId } }).toJson(QJsonDocument::Compact);
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(std::make_unique<SandboxStore>(options.seed))
    , m_faults(std::make_unique<SandboxFaultInjector>(options.seed))
    , m_api(std::make_unique<SandboxApi>(*m_store, options))
{
    m_store->reset(SandboxKind::ExpressCustomer,
        SandboxSeeder::generate(SandboxKind::ExpressCustomer, options.customers, options.seed, options.hostileNames));
    if (options.organizationsEnabled) {
        m_store->reset(SandboxKind::Organization,
            SandboxSeeder::generate(
                SandboxKind::Organization, options.organizations, options.seed, options.hostileNames));
    }
    m_faults->setFaults(options.faults);
    m_http = new SandboxHttpServer(*m_api, *m_faults, m_requestCount, this);
}

SandboxServer::~SandboxServer()
{
    // The HTTP server's pending timers and sockets refer to the API and the fault
    // injector: it goes first.
    delete m_http;
}

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 actualPort = m_http->listenLowDelay(address, port);
    if (actualPort == 0)
        return 0;
    QUrl url;
    url.setScheme(u"http"_s);
    // A wildcard address is reachable on loopback; that is the address a client should use.
    const bool wildcard
        = address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
    url.setHost(wildcard ? u"127.0.0.1"_s : address.toString());
    url.setPort(actualPort);
    m_baseUrl = url;
    return actualPort;
}

QUrl SandboxServer::baseUrl() const
{
    return m_baseUrl;
}

void SandboxServer::setFaults(const SandboxFaults &faults)
{
    m_faults->setFaults(faults);
}

SandboxFaults SandboxServer::faults() const
{
    return m_faults->faults();
}

QStringList SandboxServer::accountIds(SandboxKind kind) const
{
    return m_store->ids(kind);
}

int SandboxServer::accountCount(SandboxKind kind) const
{
    return int(m_store->count(kind));
}

std::optional<bool> SandboxServer::isActive(const QString &id) const
{
    const std::optional<SandboxKind> kind = kindOfId(id);
    if (!kind)
        return std::nullopt;
    return m_store->isActive(*kind, id.toLatin1());
}

bool SandboxServer::setActive(const QString &id, bool active)
{
    const std::optional<SandboxKind> kind = kindOfId(id);
    return kind && !m_store->setActive(*kind, id.toLatin1(), active, QDateTime::currentSecsSinceEpoch()).isEmpty();
}

QByteArray SandboxServer::accountJson(const QString &id) const
{
    const std::optional<SandboxKind> kind = kindOfId(id);
    return kind ? m_store->accountJson(*kind, id.toLatin1()) : QByteArray();
}

QString SandboxServer::createAccount(SandboxKind kind, const QString &name)
{
    if (name.isEmpty() || (kind == SandboxKind::Organization && !m_options.organizationsEnabled))
        return {};
    SandboxAccount account;
    account.name = name.toUtf8();
    account.createdByUserId = SandboxApi::dashboardUserId();
    QByteArray id;
    m_store->create(kind, std::move(account), QDateTime::currentSecsSinceEpoch(), &id);
    return QString::fromLatin1(id);
}

bool SandboxServer::removeAccount(const QString &id)
{
    const std::optional<SandboxKind> kind = kindOfId(id);
    return kind && m_store->remove(*kind, id.toLatin1());
}

int SandboxServer::updateAccount(const QString &id, const QByteArray &patchJson)
{
    const std::optional<SandboxKind> kind = kindOfId(id);
    if (!kind)
        return 400;
    if (*kind == SandboxKind::Organization && !m_options.organizationsEnabled)
        return 404;
    return m_api->update(*kind, id.toLatin1(), patchJson).status;
}

int SandboxServer::addUser(const QString &customerId, const QString &userId)
{
    if (!isValidSandboxId(SandboxKind::ExpressCustomer, customerId.toUtf8()))
        return 400;
    return m_api->changeMembership(customerId.toLatin1(), userBody(userId), true).status;
}

int SandboxServer::removeUser(const QString &customerId, const QString &userId)
{
    if (!isValidSandboxId(SandboxKind::ExpressCustomer, customerId.toUtf8()))
        return 400;
    return m_api->changeMembership(customerId.toLatin1(), userBody(userId), false).status;
}

std::optional<bool> SandboxServer::isMember(const QString &customerId, const QString &userId) const
{
    return m_store->isMember(SandboxKind::ExpressCustomer, customerId.toUtf8(), userId.toUtf8());
}

quint64 SandboxServer::requestCount() const
{
    return m_requestCount.load(std::memory_order_relaxed);
}

SandboxFaultCounts SandboxServer::faultCounts() const
{
    return m_faults->counts();
}

QString SandboxServer::apiKeyId() const
{
    return QString::fromLatin1(m_api->apiKeyId());
}
