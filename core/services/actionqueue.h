// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/domain/accountbatch.h"
#include "core/domain/accountkind.h"
#include "core/services/auditjournal.h"

class ApiCall;

/// What became of one request made to an ActionQueue; every request gets exactly one.
struct ActionResult
{
    enum class Outcome
    {
        Succeeded, // the server reports the wanted state after the action
        Failed, // it does not, or could not be asked (serverActive is then nullopt)
        Unchanged, // nothing sent: when its turn came the server had just reported the wanted state
        Superseded, // nothing sent: a newer request for the same account replaced it first
    };

    quint64 ticket = 0; // what ActionQueue::request() returned
    QString accountId;
    bool wantedActive = false;
    Outcome outcome = Outcome::Failed;
    QString actionId; // the id (also in the audit journal) of the action that decided it; empty when none
    bool wasCoalesced = false; // folded into an action already under way for the same state
    bool wasReconciled = false; // the action's outcome was unknown; the account was retrieved to settle it
    std::optional<bool> serverActive; // the state the server reported last, when it reported one
    ApiError error; // why it failed (Failed only)
    int httpStatus = 0; // of the action's last response; 0 when none
    int attempts = 0; // tries of the action, retries included

    /// True for Succeeded and Unchanged: the account has the wanted state.
    bool isDone() const { return outcome == Outcome::Succeeded || outcome == Outcome::Unchanged; }
};

// Runs deactivate/reactivate requests for the accounts of one kind.
//
// - One action per account at a time, in the order asked. While one is under way, later
//   requests for that account wait, and coalesce: only the newest wanted state is kept
//   (older waiting requests end as Superseded), and a request for the state the running
//   action is already making joins that action and shares its result. When a running
//   action ends and the server's reported state is what the waiting request wants,
//   nothing is sent (Unchanged). So a burst of opposite clicks sends at most two requests.
// - A global limit on actions under way (default 4), for bulk use; accounts wait for a
//   slot in the order they were asked for.
// - After any 429 (seen through ApiClient::rateLimited, retried or not), no new request
//   leaves until the server's Retry-After has passed (rateLimitPause() when it names none).
// - Unknown outcomes (timeout, dropped connection, unreadable answer, 5xx, or a failure
//   after retries, any of which the server may have acted on) are reconciled: the account
//   is retrieved, and the action's result is what the server then says. Nothing else
//   runs on that account before. A check that fails is tried again a few times.
// - Generations: every change the queue makes to an account's known state bumps a
//   counter. A read sent earlier (a refresh, a list page) whose answer arrives later
//   must not overwrite what an action has reported since: isReadCurrent() says so.
// - With an AuditJournal, each action's intent is written and synced before its request
//   leaves (an intent that cannot be written stops the action: Kind::NotRecorded), and
//   its outcome when it ends. The journal writes on a thread of its own: the GUI thread
//   never waits for the disk, and the request leaves when the journal confirms its intent.
class ActionQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMaxConcurrent = 4;
    static constexpr std::chrono::milliseconds defaultRateLimitPause { 1000 };
    // Checks at 0, 0.5, 1.5, 3.5, 7.5 and 15.5 s, each with its own retries: an account is
    // left unknown only when the server stays unreachable for that long.
    static constexpr int defaultReconcileTries = 6;
    static constexpr std::chrono::milliseconds defaultReconcileDelay { 500 };

    ActionQueue(ApiClient *client, AccountKind kind, QObject *parent = nullptr);
    /// Actions still under way get an "unknown" outcome record in the journal.
    ~ActionQueue() override;

    /// The kind of every account handled here.
    AccountKind kind() const { return m_kind; }
    /// Sets how many actions (with their checks) may be under way at once; at least 1.
    void setMaxConcurrent(int maxConcurrent);
    /// How many actions may be under way at once.
    int maxConcurrent() const { return m_maxConcurrent; }
    /// Sets the pause after a 429 whose answer names no wait (Retry-After, retry-after-ms).
    void setRateLimitPause(std::chrono::milliseconds pause);
    /// The pause after a 429 that names no wait.
    std::chrono::milliseconds rateLimitPause() const { return m_rateLimitPause; }
    /// Sets how often an unknown outcome is checked before giving up (at least 1), and the
    /// wait before the second check (doubled each time).
    void setReconcileTries(int tries, std::chrono::milliseconds firstDelay = defaultReconcileDelay);
    /// Records every action in `journal` (not owned; nullptr stops recording).
    void setAuditJournal(AuditJournal *journal);
    /// The journal actions are recorded in, or nullptr.
    AuditJournal *auditJournal() const { return m_journal.data(); }
    /// Supplies the account names written to the journal.
    void setNameLookup(std::function<QString(const QString &accountId)> lookup);

    /// Asks for an account to become active or inactive; returns the ticket its
    /// ActionResult will carry. The id must be a valid id of kind(); a malformed one ends
    /// as Failed with Kind::InvalidId, without a journal record.
    quint64 request(const QString &accountId, bool wantedActive, const QString &reason = {});

    /// True while an action on the account runs, is being checked, or waits.
    bool isBusy(const QString &accountId) const { return m_accounts.contains(accountId); }
    /// The newest wanted state while busy; nullopt otherwise.
    std::optional<bool> wantedState(const QString &accountId) const;
    /// Actions under way (each holding a slot).
    int runningCount() const { return m_running; }
    /// Accounts waiting for a slot (or for a pause to end).
    int waitingCount() const { return int(m_ready.size()); }
    /// True when nothing runs and nothing waits.
    bool isIdle() const { return m_accounts.isEmpty(); }
    /// True while new requests are held back after a 429.
    bool isPaused() const { return m_pauseTimer.isActive(); }
    /// Actions sent to the server since construction (checks not counted).
    quint64 sentCount() const { return m_sentCount; }

    /// The current generation: take it when sending a read that may write an account.
    quint64 generation() const { return m_generation; }
    /// The generation of the last change the queue (or noteWrite()) made to an account.
    quint64 generationOf(const QString &accountId) const { return m_accountGenerations.value(accountId, 0); }
    /// True when a read sent at `generationAtSend` may still write the account: no action
    /// runs or waits on it and none reported since.
    bool isReadCurrent(const QString &accountId, quint64 generationAtSend) const;
    /// Notes that the account was written from a read, so older reads yield to it.
    void noteWrite(const QString &accountId);

Q_SIGNALS:
    /// An account became busy, stopped being busy, or its newest wanted state changed.
    void accountChanged(const QString &accountId);
    /// The server reported the account (from an action's answer or a check): the newest
    /// known state, to be stored.
    void accountReported(const QString &accountId, const AccountBatch &account);
    /// A request ended; see ActionResult.
    void actionFinished(const ActionResult &result);
    /// A request was answered 401.
    void authenticationFailed();
    /// Nothing runs or waits any more.
    void idle();

private:
    struct Waiting
    {
        quint64 ticket = 0;
        bool wanted = false;
        QString reason;
    };

    // Everything known about a busy account; removed when it is no longer busy.
    struct AccountState
    {
        bool isRunning = false;
        bool isWaitingForSlot = false;
        bool isChecking = false; // the running action's outcome is being reconciled
        bool isRecorded = false; // the running action's intent is in the journal
        bool isIntentPending = false; // given to the journal, not yet confirmed written
        quint64 actionGeneration = 0; // tells this action's answers from any other's
        QString actionId;
        bool wanted = false;
        QString reason;
        QList<quint64> tickets; // the action's own request first, then those that joined it
        ApiError cause; // why the outcome is unknown, while checking
        int causeStatus = 0;
        int causeAttempts = 0;
        int checkTries = 0;
        std::optional<Waiting> next;
    };

    void pump();
    void start(const QString &accountId, AccountState &state, const Waiting &waiting);
    void handleIntentWritten(const QString &accountId, quint64 actionGeneration, bool written, const QString &problem);
    void handleJournalDestroyed();
    void send(const QString &accountId, quint64 actionGeneration);
    void handleActionFinished(ApiCall *call, const QString &accountId, quint64 actionGeneration);
    void sendCheck(const QString &accountId, quint64 actionGeneration);
    void handleCheckFinished(ApiCall *call, const QString &accountId, quint64 actionGeneration);
    void handleRateLimited(qint64 retryAfterMs);
    void handlePauseEnded();
    /// Reads a one-account answer; the row, or nullopt with `error` (InvalidResponse) filled.
    std::optional<AccountBatch> readAccount(ApiCall *call, const QString &accountId, ApiError *error) const;
    void complete(const QString &accountId, ActionResult::Outcome outcome, std::optional<bool> serverActive,
        const ApiError &error, int httpStatus, int attempts, bool wasUncertain, bool wasReconciled);
    void finishUnsent(const QString &accountId, const Waiting &waiting, ActionResult::Outcome outcome,
        std::optional<bool> serverActive, const ApiError &error = {});
    void bump(const QString &accountId);
    void writeJournal(const AccountState &state, const QString &accountId, bool isIntent, ActionResult::Outcome outcome,
        std::optional<bool> serverActive, const ApiError &error, int httpStatus, int attempts, bool wasUncertain,
        bool wasReconciled, AuditJournal::WrittenCallback done = {});
    static bool isOutcomeUncertain(const ApiError &error);

    QPointer<ApiClient> m_client; // the destructor may outlive it
    AccountKind m_kind;
    QString m_environment; // host:port of the client's base URL, for the journal
    QPointer<AuditJournal> m_journal;
    std::function<QString(const QString &)> m_nameLookup;
    int m_maxConcurrent = defaultMaxConcurrent;
    std::chrono::milliseconds m_rateLimitPause = defaultRateLimitPause;
    int m_reconcileTries = defaultReconcileTries;
    std::chrono::milliseconds m_reconcileDelay = defaultReconcileDelay;

    QHash<QString, AccountState> m_accounts; // busy accounts only
    std::deque<QString> m_ready; // accounts with a waiting request and no running action, in order
    QList<std::pair<QString, quint64>> m_heldChecks; // checks held back by a pause
    QHash<QString, quint64> m_accountGenerations;
    quint64 m_generation = 0;
    quint64 m_nextTicket = 0;
    quint64 m_nextActionGeneration = 0;
    quint64 m_sentCount = 0;
    int m_running = 0;
    bool m_isPumping = false;
    bool m_isIdleOwed = false; // the queue emptied while pump() ran
    QTimer m_pauseTimer;
    QDeadlineTimer m_pauseEnd;
};

Q_DECLARE_METATYPE(ActionResult)
