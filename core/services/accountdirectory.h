// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include "core/api/apierror.h"
#include "core/domain/accountkind.h"

class AccountBatch;
class AccountStore;
class ApiCall;
class ApiClient;
class Pager;

// All accounts of one kind as the UI sees them: the store, the pager that fills it and
// the activate/deactivate flow. The store changes only from server responses (pages,
// retrieve, deactivate, reactivate) and from the pending/failed flags set here.
//
// Toggling: the row is marked pending, the request sent (with the SDKs' retries), and
// the row replaced by the account the server returns. A failure clears the pending mark,
// sets the failed flag and leaves the last confirmed state. When the outcome is unknown
// (timeout, dropped connection, an unreadable answer) the account is retrieved first and
// the row shows what the server says; the action counts as done when the server's state
// is the one asked for.
class AccountDirectory : public QObject
{
    Q_OBJECT

public:
    AccountDirectory(ApiClient *client, AccountKind kind, QObject *parent = nullptr);
    ~AccountDirectory() override;

    /// The kind of every account here.
    AccountKind kind() const { return m_kind; }
    /// The rows, for models; owned by the directory.
    AccountStore *store() const { return m_store; }
    /// The client requests go through (not owned).
    ApiClient *client() const { return m_client; }

    /// Clears the store and loads every page; rows appear as pages arrive.
    void reload();
    /// Stops loading; loadFailed() reports Kind::Cancelled. Rows loaded so far stay.
    void cancelLoading();
    /// True while pages are being fetched.
    bool isLoading() const;
    /// False once the server said it has no resource of this kind (404 on the orgs list).
    bool isAvailable() const { return m_isAvailable; }
    /// When the last complete load finished; invalid before one did.
    QDateTime lastLoadedAt() const { return m_lastLoadedAt; }

    /// Asks the server to make an account active or inactive. False, and nothing sent,
    /// when the id is malformed, not loaded, or an action on it is already under way.
    bool setActive(const QString &id, bool active);
    /// True while an action on `id` waits for the server (also across a reload).
    bool isActionPending(const QString &id) const { return m_actions.contains(id); }
    /// Fetches one account and stores it, whether it was loaded before or not.
    void refresh(const QString &id);

Q_SIGNALS:
    void loadStarted();
    void loadProgress(qsizetype loaded);
    void loadFinished();
    void loadFailed(const ApiError &error);
    void unavailable();
    /// The server confirmed an action; `active` is the state it reports.
    void actionSucceeded(const QString &id, bool active);
    /// An action failed; the row shows the server's last known state.
    void actionFailed(const QString &id, bool wantedActive, const ApiError &error);
    void refreshFailed(const QString &id, const ApiError &error);
    /// Some request was answered 401: the key is wrong or was revoked.
    void authenticationRequired();

private:
    enum class AccountCheck
    {
        Stored,
        Unreadable
    };

    void handleBatchReady(const AccountBatch &batch);
    void handleLoadFinished();
    void handleLoadFailed(const ApiError &error);
    void handleUnavailable();
    void handleActionFinished(ApiCall *call, const QString &id, bool wantedActive);
    void handleReconcileFinished(ApiCall *call, const QString &id, bool wantedActive, const ApiError &cause);
    void handleRefreshFinished(ApiCall *call, const QString &id);
    /// Reads a one-account response and stores it when it is the account asked for;
    /// otherwise fills `error` (InvalidResponse) and leaves the store alone.
    bool storeAccount(ApiCall *call, const QString &id, ApiError *error, bool *isActive);
    void finishAction(const QString &id, bool failed);
    void noteAuthentication(const ApiError &error);

    ApiClient *m_client;
    AccountKind m_kind;
    AccountStore *m_store;
    Pager *m_pager;
    bool m_isAvailable = true;
    QDateTime m_lastLoadedAt;
    QHash<QString, bool> m_actions; // id -> wanted state, while an action waits for the server
};
