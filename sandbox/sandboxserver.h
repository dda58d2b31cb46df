// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include "sandbox/sandboxoptions.h"

class SandboxApi;
class SandboxFaultInjector;
class SandboxHttpServer;
class SandboxStore;

// A local Avara API (see /work/shared/avara-api.md and sandbox/README.md): seeded
// accounts of both kinds, every endpoint, and injectable faults. It shares no code with
// core/, so each checks the other.
//
// The object belongs to the thread it was created on (listen() and destruction happen
// there); the methods marked thread-safe may be called from any thread.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Starts listening; the port, or 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /// http://127.0.0.1:PORT (or the address listened on), empty before listen() succeeded.
    QUrl baseUrl() const;

    // Thread-safe:
    /// Replaces the injected faults; applies from the next request on.
    void setFaults(const SandboxFaults &faults);
    /// The injected faults.
    SandboxFaults faults() const;
    /// Ids of `kind` in list order.
    QStringList accountIds(SandboxKind kind) const;
    /// The number of accounts of `kind`.
    int accountCount(SandboxKind kind) const;
    /// Whether the account is active on the server, or nothing for an unknown id.
    std::optional<bool> isActive(const QString &id) const;
    /// Sets the state behind the API's back (updatedAt becomes now if it changes); false for an unknown id.
    bool setActive(const QString &id, bool active);
    /// The JSON the API returns for the account, empty for an unknown id.
    QByteArray accountJson(const QString &id) const;
    /// Creates an active account as if in the dashboard (createdByUserId set); its id, or empty
    /// when `name` is empty or organizations are disabled.
    QString createAccount(SandboxKind kind, const QString &name);
    /// Applies a PATCH body to an account behind the API's back, as another client would: the
    /// API's validation, no faults, not counted. The status the API would answer (200, 400, 404, 422).
    int updateAccount(const QString &id, const QByteArray &patchJson);
    /// Deletes an account behind the API's back, as in the dashboard; false for an unknown id.
    bool removeAccount(const QString &id);
    /// Adds a user to an Express customer behind the API's back; the status the API would answer.
    int addUser(const QString &customerId, const QString &userId);
    /// Removes a user from an Express customer behind the API's back; the status the API would answer.
    int removeUser(const QString &customerId, const QString &userId);
    /// Whether `userId` is a known member of the customer (seeded members have no known ids),
    /// or nothing for an unknown customer.
    std::optional<bool> isMember(const QString &customerId, const QString &userId) const;
    /// The number of API requests received, faulted ones included (admin requests not).
    quint64 requestCount() const;
    /// The faults injected so far, by kind.
    SandboxFaultCounts faultCounts() const;
    /// The createdByApiKeyId of accounts created through the API with this server's key.
    QString apiKeyId() const;

private:
    const SandboxOptions m_options;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxFaultInjector> m_faults;
    std::unique_ptr<SandboxApi> m_api;
    std::atomic<quint64> m_requestCount { 0 };
    SandboxHttpServer *m_http = nullptr; // a child
    QUrl m_baseUrl;
};
