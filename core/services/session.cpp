// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include <QTimer>

#include "core/api/apiclient.h"
#include "core/api/clock.h"
#include "core/models/accountstore.h"
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
        connect(directory, &AccountDirectory::rowsConfirmed, this, [this, directory] { saveSnapshotSoon(directory); });
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, kind] { saveSnapshot(kind); });
        m_snapshotTimers.append(timer);
    }
}

Session::~Session()
{
    // What changed in the last seconds is written before the rows go.
    for (qsizetype i = 0; i < m_snapshotTimers.size(); ++i) {
        if (m_snapshotTimers.at(i)->isActive())
            saveSnapshot(allAccountKinds[size_t(i)]);
    }
    m_snapshots.reset();
    qDeleteAll(m_directories);
}

void Session::setSnapshotDirectory(const QString &directory)
{
    m_snapshotDirectory = directory;
    openSnapshotStore();
    if (!m_snapshots)
        return;
    for (AccountDirectory *accounts : std::as_const(m_directories)) {
        if (accounts->store()->size() > 0 || accounts->isLoading())
            continue;
        accounts->beginRestoring();
        m_snapshots->load(accounts->kind());
    }
}

void Session::openSnapshotStore()
{
    m_snapshots.reset();
    if (m_snapshotDirectory.isEmpty())
        return;
    m_snapshots = std::make_unique<SnapshotStore>(
        m_client->settings().baseUrl, m_client->settings().apiKey, m_snapshotDirectory);
    // The session debounces (a copy of the rows per save would cost more than the write).
    m_snapshots->setSaveDelay(0);
    SnapshotStore *store = m_snapshots.get();
    connect(store, &SnapshotStore::loaded, this, [this](AccountKind kind, const AccountBatch &batch, qint64 asOfMs) {
        AccountDirectory *accounts = directory(kind);
        accounts->restoreSnapshot(batch, asOfMs);
    });
    connect(store, &SnapshotStore::unavailable, this, [this](AccountKind kind, SnapshotStore::Reason reason) {
        if (reason != SnapshotStore::Reason::NoSnapshot)
            Q_EMIT snapshotDiscarded(kind, reason);
        directory(kind)->finishRestoring();
    });
    connect(store, &SnapshotStore::saved, this, &Session::snapshotSaved);
    connect(store, &SnapshotStore::saveFailed, this, &Session::snapshotSaveFailed);
}

void Session::forgetSnapshots()
{
    for (QTimer *timer : std::as_const(m_snapshotTimers))
        timer->stop();
    if (m_snapshots)
        m_snapshots->forget();
}

void Session::flushSnapshots()
{
    for (qsizetype i = 0; i < m_snapshotTimers.size(); ++i) {
        if (m_snapshotTimers.at(i)->isActive()) {
            m_snapshotTimers.at(i)->stop();
            saveSnapshot(allAccountKinds[size_t(i)]);
        }
    }
    if (m_snapshots)
        m_snapshots->flush();
}

void Session::setSnapshotSaveDelay(int milliseconds)
{
    m_snapshotSaveDelayMs = qMax(0, milliseconds);
}

void Session::saveSnapshotSoon(AccountDirectory *accounts)
{
    // Only a complete list is worth keeping: an answer during the first listing would save
    // half of it, and the next start would take the rest for new accounts.
    if (!m_snapshots || accounts->isLoading() || !accounts->lastLoadedAt().isValid() || !accounts->isAvailable())
        return;
    const auto index = m_directories.indexOf(accounts);
    m_snapshotTimers.at(index)->start(m_snapshotSaveDelayMs);
}

void Session::saveSnapshot(AccountKind kind)
{
    AccountDirectory *accounts = directory(kind);
    if (!m_snapshots || accounts->isLoading())
        return;
    const AccountStore *store = accounts->store();
    m_snapshots->save(kind, store->liveRows(), m_client->clock().nowUtc().toMSecsSinceEpoch(),
        store->preferredSortColumn(), store->preferredSortOrder());
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
    // A snapshot belongs to a key: the old one's copy goes, the new one's starts afresh.
    if (m_snapshots) {
        m_snapshots->forget();
        openSnapshotStore();
    }
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
    if (environment.kind != Environment::Kind::Sandbox)
        m_current->setSnapshotDirectory(m_snapshotDirectory);
    Q_EMIT sessionChanged(m_current.get(), previous.get());
    return m_current.get();
}
