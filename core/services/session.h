// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>

#include "core/api/apierror.h"
#include "core/api/connectionsettings.h"
#include "core/domain/accountkind.h"
#include "core/services/auditjournal.h"
#include "core/services/environment.h"
#include "core/services/snapshotstore.h"

class AccountDirectory;
class ApiClient;
class QTimer;

// Everything that belongs to one connection: the ApiClient (the one QNetworkAccessManager),
// a directory per account kind with its store, pager and action queue, and the binding to
// the audit journal. A new key is applied to all of it at once. The window observes a
// session and never builds one; switching servers is swapping sessions (SessionHost).
//
// Members are destroyed in reverse order of declaration: the directories (whose queues
// journal what they leave unfinished) go before the client they send through.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(const ConnectionSettings &settings, const Environment &environment, QObject *parent = nullptr);
    ~Session() override;

    /// Asks the server at `settings` for one page of customers with its key, once and
    /// within 15 s, as "Test connection" does. `done` runs on `context`'s thread with
    /// nullopt when the key was accepted, or what failed. The probe belongs to `context`;
    /// deleting the returned object abandons it (`done` is then never called).
    static QObject *probe(
        ConnectionSettings settings, QObject *context, std::function<void(const std::optional<ApiError> &)> done);

    ApiClient *client() const { return m_client.get(); }
    const Environment &environment() const { return m_environment; }
    /// The directory of one kind (owned by the session).
    AccountDirectory *directory(AccountKind kind) const;
    /// Both directories, customers first.
    const QList<AccountDirectory *> &directories() const { return m_directories; }

    /// Records every change in `journal` (not owned; nullptr stops recording), and tells it the key to scrub.
    void setAuditJournal(AuditJournal *journal);
    AuditJournal *auditJournal() const { return m_journal.data(); }
    /// Uses `apiKey` from now on: for every request and as a secret the journal scrubs.
    void setApiKey(const QString &apiKey);

    /// Keeps an encrypted snapshot of each kind in `directory` (SnapshotStore) and shows it
    /// at once: the snapshot is read now, and the first reload of each kind revalidates it.
    /// Call before the first load. An empty directory keeps none.
    void setSnapshotDirectory(const QString &directory);
    /// True when this session keeps snapshots.
    bool keepsSnapshots() const { return m_snapshots != nullptr; }
    /// Deletes this connection's snapshots; later saves write them again.
    void forgetSnapshots();
    /// Waits until every snapshot given to the store is written (tests, closing).
    void flushSnapshots();
    /// How long after the last confirmed change a snapshot is written (default 2 s).
    void setSnapshotSaveDelay(int milliseconds);

    /// Loads every kind from the server.
    void loadAll();
    /// Stops every listing under way.
    void cancelLoading();
    /// True when no change is under way or waiting on any directory.
    bool isIdle() const;

Q_SIGNALS:
    /// Some request was answered 401: the key is wrong or was revoked.
    void authenticationRequired();
    /// setApiKey() replaced the key.
    void apiKeyChanged(const QString &apiKey);
    /// The snapshot of `kind` could not be used (cut short, tampered with, another key or
    /// version, unreadable) and the accounts are listed from the server instead.
    void snapshotDiscarded(AccountKind kind, SnapshotStore::Reason reason);
    /// A snapshot of `kind` could not be written.
    void snapshotSaveFailed(AccountKind kind, const QString &error);
    /// A snapshot of `kind` taken at `asOfMs` is on disk.
    void snapshotSaved(AccountKind kind, qint64 asOfMs);

private:
    Environment m_environment;
    std::unique_ptr<ApiClient> m_client;
    QList<AccountDirectory *> m_directories; // owned; deleted before m_client
    QPointer<AuditJournal> m_journal;
    QString m_snapshotDirectory;
    std::unique_ptr<SnapshotStore> m_snapshots; // writes what is waiting when deleted, before the directories go
    QList<QTimer *> m_snapshotTimers; // one per kind, in allAccountKinds order
    int m_snapshotSaveDelayMs = SnapshotStore::defaultSaveDelayMs;

    void openSnapshotStore();
    void saveSnapshotSoon(AccountDirectory *directory);
    void saveSnapshot(AccountKind kind);
};

// Owns the session the console shows, and replaces it when the person switches servers:
// observers move to the new session on sessionChanged(), then the old one is deleted.
class SessionHost : public QObject
{
    Q_OBJECT

public:
    explicit SessionHost(QObject *parent = nullptr);
    ~SessionHost() override;

    /// The current session; nullptr before the first open().
    Session *current() const { return m_current.get(); }
    /// The journal every session records in (not owned).
    void setAuditJournal(AuditJournal *journal);
    /// Where sessions keep their snapshots; empty keeps none. The built-in sandbox never
    /// keeps one (its data is made up at each start). Applies to sessions opened later.
    void setSnapshotDirectory(const QString &directory) { m_snapshotDirectory = directory; }
    QString snapshotDirectory() const { return m_snapshotDirectory; }
    /// Opens a session on `settings` and makes it current; the previous one goes after
    /// sessionChanged() has been delivered.
    Session *open(const ConnectionSettings &settings, const Environment &environment);

Q_SIGNALS:
    /// `session` is current now; `previous` (may be nullptr) is deleted once this returns.
    void sessionChanged(Session *session, Session *previous);

private:
    std::unique_ptr<Session> m_current;
    QPointer<AuditJournal> m_journal;
    QString m_snapshotDirectory;
};
