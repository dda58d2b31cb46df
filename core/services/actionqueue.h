// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/api/apierror.h"
#include "core/domain/accountbatch.h"
#include "core/domain/accountchange.h"
#include "core/domain/accountkind.h"
#include "core/services/accountaction.h"
#include "core/services/actionresult.h"
#include "core/services/actionscheduler.h"
#include "core/services/auditrecorder.h"

class ApiClient;
class AuditJournal;

// Runs the changes asked for the accounts of one kind.
//
// - One action per account at a time, in the order asked. Set-active changes coalesce
//   while they wait (AccountChange::coalescesWith): only the newest wanted state is kept
//   (older waiting requests end as Superseded), and a request for the state the running
//   action is already making joins that action and shares its result. When an action
//   ends and the server's account already shows what the next waiting change asks,
//   nothing is sent (Unchanged). So a burst of opposite clicks sends at most two requests.
// - Slots, their order and the pause after a 429 are the ActionScheduler's; each running
//   change is an AccountAction (its phases: verify, record, send, refresh or check); the
//   journal records are the AuditRecorder's.
class ActionQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMaxConcurrent = ActionScheduler::defaultMaxConcurrent;
    static constexpr std::chrono::milliseconds defaultRateLimitPause = RateLimitPolicy::defaultPause;
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
    void setMaxConcurrent(int maxConcurrent) { m_scheduler.setMaxConcurrent(maxConcurrent); }
    /// How many actions may be under way at once.
    int maxConcurrent() const { return m_scheduler.maxConcurrent(); }
    /// Sets the pause after a 429 whose answer names no wait (Retry-After, retry-after-ms).
    void setRateLimitPause(std::chrono::milliseconds pause) { m_scheduler.rateLimitPolicy().setPause(pause); }
    /// The pause after a 429 that names no wait.
    std::chrono::milliseconds rateLimitPause() const { return m_scheduler.rateLimitPolicy().pause(); }
    /// The rules after a 429 (also what bulk actions follow).
    const RateLimitPolicy &rateLimitPolicy() const { return m_scheduler.rateLimitPolicy(); }
    /// Sets how often an unknown outcome is checked before giving up (at least 1), and the
    /// wait before the second check (doubled each time).
    void setReconcileTries(int tries, std::chrono::milliseconds firstDelay = defaultReconcileDelay);
    /// Records every action in `journal` (not owned; nullptr stops recording).
    void setAuditJournal(AuditJournal *journal) { m_recorder.setJournal(journal); }
    /// The journal actions are recorded in, or nullptr.
    AuditJournal *auditJournal() const { return m_recorder.journal(); }
    /// Supplies the account names written to the journal.
    void setNameLookup(std::function<QString(const QString &accountId)> lookup);

    /// Asks for `change`; returns the ticket its ActionResult will carry.
    quint64 request(const AccountChange &change);
    /// Asks for an account to become active or inactive. The id must be a valid id of
    /// kind(); a malformed one ends as Failed with Kind::InvalidId, without a journal record.
    quint64 request(const QString &accountId, bool wantedActive, const QString &reason = {});

    /// True while an action on the account runs, is being checked, or waits.
    bool isBusy(const QString &accountId) const { return m_accounts.contains(accountId); }
    /// The newest wanted state while a set-active change is the newest asked; nullopt otherwise.
    std::optional<bool> wantedState(const QString &accountId) const;
    /// What the newest change asked for the account is (None when not busy).
    PendingAction pendingAction(const QString &accountId) const;
    /// Actions under way (each holding a slot).
    int runningCount() const { return m_scheduler.runningCount(); }
    /// Accounts waiting for a slot (or for a pause to end).
    int waitingCount() const { return m_scheduler.waitingCount(); }
    /// True when nothing runs and nothing waits.
    bool isIdle() const { return m_accounts.isEmpty(); }
    /// True while new requests are held back after a 429.
    bool isPaused() const { return m_scheduler.isPaused(); }
    /// Actions sent to the server since construction (checks not counted).
    quint64 sentCount() const { return m_sentCount; }

Q_SIGNALS:
    /// An account became busy, stopped being busy, or its newest wanted change changed.
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
        AccountChange change;
    };

    // A busy account: its running action (with the tickets it answers) and what waits
    // behind it, in order. Removed when nothing runs or waits.
    struct AccountState
    {
        AccountAction *running = nullptr; // owned
        QList<quint64> tickets; // the running action's own request first, then those that joined it
        std::deque<Waiting> waiting;
        bool isInLine = false; // waits for a slot in the scheduler
    };

    bool startNext(const QString &accountId);
    void handleActionFinished(AccountAction *action, ActionResult result);
    void finishUnsent(const Waiting &waiting, ActionResult::Outcome outcome, const std::optional<Account> &server,
        const ApiError &error = {});
    void announceIdleIfSo();

    QPointer<ApiClient> m_client; // the destructor may outlive it
    AccountKind m_kind;
    ActionScheduler m_scheduler;
    AuditRecorder m_recorder;
    AccountAction::Settings m_actionSettings;
    QHash<QString, AccountState> m_accounts; // busy accounts only
    quint64 m_nextTicket = 0;
    quint64 m_sentCount = 0;
    bool m_isIdleOwed = false; // the queue emptied while the scheduler was starting actions
};
