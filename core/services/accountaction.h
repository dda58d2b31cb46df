// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>

#include "core/api/apierror.h"
#include "core/domain/accountbatch.h"
#include "core/domain/accountchange.h"
#include "core/services/actionresult.h"
#include "core/services/auditrecorder.h"

class ActionScheduler;
class ApiCall;
class ApiClient;

// One change on its way to the server, through explicit phases:
//
//   Verifying  (only for a change with an expectation: an edit, an undo) the account is
//              read; if the server's account is no longer what the change was made against,
//              nothing is sent and the action ends as Conflict
//   Recording  the intent is written to the audit journal and synced; the request leaves
//              only once it is on disk (if it cannot be written, nothing is sent)
//   Sending    the change's request, with the SDKs' retries
//   Refreshing (changes whose answer carries no account: users) the account is read so
//              the row shows the server's count
//   Checking   the outcome is unknown (timeout, dropped connection, unreadable answer,
//              5xx): the account is read until it says, and the change judges it
//   Finished   finished() has been emitted; the outcome is in the journal
//
// Every server report of the account is passed on (reported()) before finished().
class AccountAction : public QObject
{
    Q_OBJECT

public:
    enum class Phase
    {
        Created,
        Verifying,
        Recording,
        Sending,
        Refreshing,
        Checking,
        Finished
    };

    struct Settings
    {
        int reconcileTries = 6;
        std::chrono::milliseconds reconcileDelay { 500 };
    };

    AccountAction(ApiClient *client, const AuditRecorder *recorder, ActionScheduler *scheduler,
        const AccountChange &change, const Settings &settings, QObject *parent = nullptr);
    /// An action still under way gets an "unknown" outcome record in the journal.
    ~AccountAction() override;

    const AccountChange &change() const { return m_change; }
    const QString &actionId() const { return m_actionId; }
    Phase phase() const { return m_phase; }
    /// True once the request may have reached the server.
    bool wasSent() const { return m_wasSent; }

    /// Runs the phases; finished() follows exactly once.
    void start();

Q_SIGNALS:
    /// The server reported the account (an answer, a verification, a refresh or a check).
    void reported(const AccountBatch &account);
    /// The request is about to leave.
    void sending();
    /// The action ended; `result` has no ticket (the queue adds those).
    void finished(const ActionResult &result);
    /// A request was answered 401.
    void authenticationFailed();

private:
    /// What to do once the account has been read: `isRead` when it was (and reported), else `error` says why.
    using ReadHandler = void (AccountAction::*)(ApiCall *call, bool isRead, const ApiError &error);

    /// Ends the action (nothing sent) when its client is gone; true when it did.
    bool endsWithoutClient();
    void verify();
    void handleVerified(ApiCall *call, bool isRead, const ApiError &error);
    void record();
    void send();
    void handleAnswer(ApiCall *call);
    void refresh();
    void handleRefreshed(ApiCall *call, bool isRead, const ApiError &error);
    void check();
    void handleChecked(ApiCall *call, bool isRead, const ApiError &error);
    /// GETs the account, reports it when it can be read, then calls `handler`.
    void readServer(ReadHandler handler);
    /// Reads a one-account answer of a GET; nullopt with `error` filled when it cannot be used.
    std::optional<AccountBatch> readAccount(ApiCall *call, ApiError *error) const;
    void report(const AccountBatch &account);
    void finish(ActionResult::Outcome outcome, const ApiError &error, int httpStatus, int attempts,
        bool wasUncertain = false, bool wasReconciled = false);
    static bool isOutcomeUncertain(const ApiError &error);

    QPointer<ApiClient> m_client; // the action may outlive it while the window closes
    const AuditRecorder *m_recorder;
    ActionScheduler *m_scheduler;
    AccountChange m_change;
    Settings m_settings;
    QString m_actionId;
    Phase m_phase = Phase::Created;
    bool m_isRecorded = false;
    bool m_wasSent = false;
    int m_checkTries = 0;
    ApiError m_cause; // why the outcome is unknown, while checking
    int m_causeStatus = 0;
    int m_causeAttempts = 0;
    std::optional<Account> m_lastReported;
};
