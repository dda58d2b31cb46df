// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "core/api/apiclient.h"
#include "core/services/accountdirectory.h"
#include "core/services/actionqueue.h"
#include "core/services/auditjournal.h"

Session::Session(const ConnectionSettings &settings, const Environment &environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_client(std::make_unique<ApiClient>(settings))
{
    for (AccountKind kind : allAccountKinds) {
        auto *directory = new AccountDirectory(m_client.get(), kind);
        m_directories.append(directory);
        connect(directory, &AccountDirectory::authenticationRequired, this, &Session::authenticationRequired);
    }
}

Session::~Session()
{
    qDeleteAll(m_directories);
}

QObject *Session::probe(
    ConnectionSettings settings, QObject *context, std::function<void(const std::optional<ApiError> &)> done)
{
    // Once, and not for long: the person is waiting for an answer, not for retries.
    settings.maxRetries = 0;
    settings.timeout = std::chrono::seconds(15);
    auto *client = new ApiClient(settings, context);
    ApiCall *call = client->listPage(AccountKind::ExpressCustomer, QString(), 1);
    QObject::connect(call, &ApiCall::finished, client, [client, call, done = std::move(done)] {
        if (call->isSuccess())
            done(std::nullopt);
        else
            done(call->error());
        client->deleteLater();
    });
    return client;
}

AccountDirectory *Session::directory(AccountKind kind) const
{
    for (AccountDirectory *directory : m_directories) {
        if (directory->kind() == kind)
            return directory;
    }
    return nullptr;
}

void Session::setAuditJournal(AuditJournal *journal)
{
    m_journal = journal;
    if (journal)
        journal->addSecret(m_client->settings().apiKey);
    for (AccountDirectory *directory : std::as_const(m_directories))
        directory->setAuditJournal(journal);
}

void Session::setApiKey(const QString &apiKey)
{
    m_client->setApiKey(apiKey);
    if (m_journal)
        m_journal->addSecret(apiKey);
    Q_EMIT apiKeyChanged(apiKey);
}

void Session::loadAll()
{
    for (AccountDirectory *directory : std::as_const(m_directories))
        directory->reload();
}

void Session::cancelLoading()
{
    for (AccountDirectory *directory : std::as_const(m_directories))
        directory->cancelLoading();
}

bool Session::isIdle() const
{
    for (AccountDirectory *directory : m_directories) {
        if (!directory->actionQueue()->isIdle())
            return false;
    }
    return true;
}

SessionHost::SessionHost(QObject *parent)
    : QObject(parent)
{ }

SessionHost::~SessionHost() = default;

void SessionHost::setAuditJournal(AuditJournal *journal)
{
    m_journal = journal;
    if (m_current)
        m_current->setAuditJournal(journal);
}

Session *SessionHost::open(const ConnectionSettings &settings, const Environment &environment)
{
    std::unique_ptr<Session> previous = std::move(m_current);
    m_current = std::make_unique<Session>(settings, environment);
    m_current->setAuditJournal(m_journal);
    Q_EMIT sessionChanged(m_current.get(), previous.get());
    return m_current.get();
}
