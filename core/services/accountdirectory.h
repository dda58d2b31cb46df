// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include "core/api/apierror.h"
#include "core/domain/accountbatch.h"
#include "core/domain/accountchange.h"
#include "core/domain/accountkind.h"
#include "core/models/changesummary.h"

class AccountStore;
class ActionQueue;
class ApiCall;
class ApiClient;
class AuditJournal;
class Pager;
struct ActionResult;

// All accounts of one kind as the UI sees them: the store, the pager that fills it and
// the activate/deactivate flow. The store changes only from server responses (pages,
// retrieve, deactivate, reactivate) and from the pending/failed flags set here.
//
// Toggling goes through an ActionQueue: actions on one account run one at a time and
// coalesce (the newest wanted state wins), the row is marked pending with the newest
// wanted state, and the row is replaced by the account the server returns. A failure
// clears the pending mark, sets the failed flag and leaves the last confirmed state. When
// the outcome is unknown (timeout, dropped connection, an unreadable answer, a 5xx) the
// account is retrieved first and the row shows what the server says; the action counts
// as done when the server's state is the one asked for.
//
// Reads never undo an action: a refresh answer, or a list page requested before an
// action on one of its accounts reported, does not overwrite what the action reported
// (the queue's generation numbers decide).
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
    /// The queue actions run through (owned), for bulk actions and per-action results.
    ActionQueue *actionQueue() const { return m_queue; }
    /// Records every deactivation and reactivation in `journal` (not owned; nullptr: none).
    void setAuditJournal(AuditJournal *journal);

    /// Loads every page; the rows loaded before are replaced when the first page arrives (and
    /// kept when the reload fails before it), then rows appear as pages arrive.
    void reload();
    /// Stops loading; loadFailed() reports Kind::Cancelled. Rows loaded so far stay.
    void cancelLoading();
    /// True while pages are being fetched.
    bool isLoading() const;
    /// False once the server said it has no resource of this kind (404 on the orgs list).
    bool isAvailable() const { return m_isAvailable; }
    /// When the last complete load finished; invalid before one did.
    QDateTime lastLoadedAt() const { return m_lastLoadedAt; }

    // Snapshots: a start can show the accounts a snapshot kept (every row stale), and the
    // next reload() then revalidates them in place instead of replacing them: each page
    // confirms or updates its rows, and when the listing ends the rows still stale are gone
    // and changes() says what changed since the snapshot (changesFound()).
    /// A snapshot is being read: reload() waits for finishRestoring(), so the listing
    /// revalidates the snapshot's rows instead of racing them.
    void beginRestoring();
    /// Shows the rows of `snapshot`, taken at `asOfMs`, until the server's list replaces
    /// them. Only into an empty directory that is not loading; false (nothing done) otherwise.
    bool restoreSnapshot(const AccountBatch &snapshot, qint64 asOfMs);
    /// The snapshot was restored or there was none: a reload() asked meanwhile starts now.
    void finishRestoring();
    /// When the snapshot on screen was taken; invalid when no row comes from one.
    QDateTime snapshotAsOf() const;
    /// True while some rows come from a snapshot the server has not confirmed.
    bool isShowingSnapshot() const;
    /// What changed between the snapshot and the server's list (empty before a revalidation ended).
    const ChangeSummary &changes() const;

    /// Asks the server to make an account active or inactive, with an optional reason for
    /// the audit journal. False, and nothing sent, when the id is malformed or not loaded.
    /// While an action on the account is under way the request waits its turn and
    /// coalesces with later ones (see ActionQueue).
    bool setActive(const QString &id, bool active, const QString &reason = {});
    /// As setActive(), returning the ActionQueue ticket the ActionResult will carry; 0 (and
    /// nothing sent) when the id is malformed or not loaded.
    quint64 requestActive(const QString &id, bool active, const QString &reason = {});
    /// Asks for any change of a loaded account; returns its ticket, or 0 (nothing sent)
    /// when the account is not loaded or of another kind.
    quint64 requestChange(const AccountChange &change);
    /// True while an action on `id` runs or waits (also across a reload).
    bool isActionPending(const QString &id) const;
    /// Fetches one account and stores it, whether it was loaded before or not, unless an
    /// action on it reports meanwhile (its answer is newer).
    void refresh(const QString &id);

    // Read generations: every change an action makes to what is known of an account bumps
    // a counter. A read sent earlier (a refresh, a list page) whose answer arrives later
    // must not overwrite what an action has reported since.
    /// The current generation: take it when sending a read that may write an account.
    quint64 generation() const { return m_generation; }
    /// The generation of the last change made to what is known of an account.
    quint64 generationOf(const QString &accountId) const { return m_accountGenerations.value(accountId, 0); }
    /// True when a read sent at `generationAtSend` may still write the account: no action
    /// runs or waits on it and none reported since.
    bool isReadCurrent(const QString &accountId, quint64 generationAtSend) const;
    /// Notes that the account was written from a read, so older reads yield to it.
    void noteWrite(const QString &accountId);

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
    /// A change other than activation (an edit, a user added or removed) was confirmed.
    void changeSucceeded(const QString &id, const AccountChange &change);
    /// A change other than activation failed, or was refused before sending (Conflict).
    void changeFailed(const QString &id, const AccountChange &change, const ApiError &error);
    /// refresh() found the account; it is in the store.
    void refreshed(const QString &id);
    void refreshFailed(const QString &id, const ApiError &error);
    /// Some request was answered 401: the key is wrong or was revoked.
    void authenticationRequired();
    /// The rows of a snapshot taken at `asOf` are shown (stale).
    void snapshotRestored(const QDateTime &asOf);
    /// A revalidation ended: `changes` says what the server changed since the snapshot
    /// (also AccountStore::changes()). Comes after loadFinished(), once compared off the GUI thread.
    void changesFound(const ChangeSummary &changes);
    /// Something the server confirmed changed the rows: a listing ended, or an action or a
    /// refresh reported an account. A cue to save a snapshot.
    void rowsConfirmed();

private:
    void handleBatchReady(const AccountBatch &batch);
    void handleLoadFinished();
    void handleLoadFailed(const ApiError &error);
    void handleUnavailable();
    void handleAccountReported(const QString &id, const AccountBatch &account);
    void handleAccountChanged(const QString &id);
    void handleActionFinished(const ActionResult &result);
    void handleRefreshFinished(ApiCall *call, const QString &id, quint64 generationAtSend);
    /// Stores an account the server reported (from an action, a check or a refresh).
    void storeReported(const QString &id, const AccountBatch &account);
    /// Empties the store once per reload, when the new list begins.
    void replaceRowsOnce();
    void showPending(const QString &id);
    void noteAuthentication(const ApiError &error);
    void bump(const QString &accountId);
    void compareWithSnapshot();

    ApiClient *m_client;
    AccountKind m_kind;
    AccountStore *m_store;
    Pager *m_pager;
    ActionQueue *m_queue;
    bool m_isAvailable = true;
    bool m_isReplacingRows = false; // reload() asked; the first page has not arrived
    QDateTime m_lastLoadedAt;
    quint64 m_pageGeneration = 0; // the queue's generation when the page in flight was requested
    QHash<QString, AccountBatch> m_reportedDuringLoad; // accounts reported since the listing started
    QHash<QString, quint64> m_accountGenerations;
    AccountBatch m_snapshot; // the rows restored, kept until the revalidation has compared them
    qint64 m_snapshotAsOfMs = 0;
    bool m_isRevalidating = false; // this listing confirms a snapshot's rows in place
    bool m_isRestoring = false; // between beginRestoring() and finishRestoring()
    bool m_isReloadWaiting = false; // reload() was asked while restoring
    QSet<QString> m_ownChanges; // accounts this console changed since the snapshot was restored
    QFutureWatcher<ChangeSummary> m_comparison;
    quint64 m_generation = 0;
};
