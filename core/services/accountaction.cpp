// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountaction.h"

#include <QTimer>
#include <QUuid>

#include "core/api/apiclient.h"
#include "core/domain/pagereader.h"
#include "core/services/actionscheduler.h"

AccountAction::AccountAction(ApiClient *client, const AuditRecorder *recorder, ActionScheduler *scheduler,
    const AccountChange &change, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_recorder(recorder)
    , m_scheduler(scheduler)
    , m_change(change)
    , m_settings(settings)
    , m_actionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

AccountAction::~AccountAction()
{
    // An action whose answer nobody will read still has an intent on record: say so, so
    // that no intent is left without an outcome. (The journal writes what it was given
    // before it closes.)
    const bool isIntentPending = m_phase == Phase::Recording;
    if (m_phase == Phase::Finished || (!m_isRecorded && !isIntentPending) || !m_recorder)
        return;
    AuditRecorder::Ending ending;
    ending.error.kind = ApiError::Kind::Cancelled;
    ending.error.message = m_isRecorded ? tr("The console closed before the server answered.")
                                        : tr("The console closed before the request was sent.");
    ending.wasUncertain = m_wasSent;
    m_recorder->recordOutcome(m_change, m_actionId, ending);
}

void AccountAction::start()
{
    if (m_phase != Phase::Created)
        return;
    if (m_change.hasExpectation())
        verify();
    else
        record();
}

bool AccountAction::endsWithoutClient()
{
    if (m_client)
        return false;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("The connection was closed before the request was sent.");
    finish(ActionResult::Outcome::Failed, error, 0, 0);
    return true;
}

void AccountAction::verify()
{
    m_phase = Phase::Verifying;
    if (endsWithoutClient())
        return;
    readServer(&AccountAction::handleVerified);
}

void AccountAction::readServer(ReadHandler handler)
{
    ApiCall *call = m_client->retrieve(m_change.accountId());
    connect(call, &ApiCall::finished, this, [this, call, handler] {
        ApiError error = call->error();
        bool isRead = false;
        if (call->isSuccess()) {
            if (const std::optional<AccountBatch> account = readAccount(call, &error)) {
                report(*account);
                isRead = true;
            }
        } else if (error.kind == ApiError::Kind::Authentication) {
            Q_EMIT authenticationFailed();
        }
        (this->*handler)(call, isRead, error);
    });
}

void AccountAction::handleVerified(ApiCall *call, bool isRead, const ApiError &error)
{
    if (isRead) {
        if (!m_change.expectsIn(*m_lastReported)) {
            ApiError conflict;
            conflict.kind = ApiError::Kind::Conflict;
            conflict.message = m_change.expectationMismatch(*m_lastReported);
            finish(ActionResult::Outcome::Conflict, conflict, call->httpStatus(), call->attempts());
            return;
        }
        record();
        return;
    }
    // Nothing was sent: the change cannot be judged against a state the console cannot read.
    finish(ActionResult::Outcome::Failed, error, call->httpStatus(), call->attempts());
}

void AccountAction::record()
{
    if (!m_recorder || !m_recorder->isRecording()) {
        send();
        return;
    }
    // The intent is on disk before the request exists: a crash from here on leaves a
    // record of what may have been done. The journal syncs it on its own thread; the
    // request leaves when it says the record is written.
    m_phase = Phase::Recording;
    QPointer<AuditJournal> journal = m_recorder->journal();
    m_recorder->recordIntent(m_change, m_actionId, this, [this](bool written, const QString &problem) {
        if (m_phase != Phase::Recording)
            return;
        if (!written) {
            ApiError error;
            error.kind = ApiError::Kind::NotRecorded;
            error.message = problem;
            finish(ActionResult::Outcome::Failed, error, 0, 0);
            return;
        }
        m_isRecorded = true;
        send();
    });
    // A journal that goes before it confirms: the request must not leave unrecorded.
    connect(journal, &QObject::destroyed, this, [this] {
        if (m_phase != Phase::Recording)
            return;
        ApiError error;
        error.kind = ApiError::Kind::NotRecorded;
        error.message = tr("The audit journal was closed before the action was recorded.");
        finish(ActionResult::Outcome::Failed, error, 0, 0);
    });
}

void AccountAction::send()
{
    m_phase = Phase::Sending;
    if (endsWithoutClient())
        return;
    m_wasSent = true;
    Q_EMIT sending();
    ApiCall *call = m_client->send(m_change);
    connect(call, &ApiCall::finished, this, [this, call] { handleAnswer(call); });
}

bool AccountAction::isOutcomeUncertain(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Connection:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::InvalidResponse:
    case ApiError::Kind::ResponseTooLarge:
    case ApiError::Kind::Server: // a 5xx may come after the work was done
        return true;
    case ApiError::Kind::InvalidId:
    case ApiError::Kind::InsecureTransport:
    case ApiError::Kind::UntrustedServer: // the handshake failed before the request went out
    case ApiError::Kind::NotRecorded:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Authentication: // a check would be refused as well
        return false;
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::PermissionDenied:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::UnprocessableEntity:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::UnexpectedStatus:
        break;
    }
    // A clear refusal of the last try says nothing of the earlier ones: one of them may
    // have been acted on before its connection died.
    return error.attempts > 1;
}

void AccountAction::handleAnswer(ApiCall *call)
{
    ApiError error = call->error();
    if (call->isSuccess()) {
        const AccountChange::Answer answer = m_change.readAnswer(call->body());
        if (answer.account) {
            report(*answer.account);
            if (m_change.isDoneIn(*m_lastReported).value_or(false)) {
                finish(ActionResult::Outcome::Succeeded, {}, call->httpStatus(), call->attempts());
            } else {
                ApiError contradiction;
                contradiction.kind = ApiError::Kind::InvalidResponse;
                contradiction.httpStatus = call->httpStatus();
                contradiction.attempts = call->attempts();
                if (m_change.type() == AccountChange::Type::SetActive)
                    contradiction.message = m_lastReported->isActive
                        ? tr("The server answered, but the account is still active.")
                        : tr("The server answered, but the account is still inactive.");
                else
                    contradiction.message = tr("The server answered, but the account does not show the change.");
                finish(ActionResult::Outcome::Failed, contradiction, call->httpStatus(), call->attempts());
            }
            return;
        }
        if (!m_change.answerCarriesAccount() && answer.problem.isEmpty()) {
            m_causeStatus = call->httpStatus();
            m_causeAttempts = call->attempts();
            refresh();
            return;
        }
        if (!m_change.answerCarriesAccount() && !answer.isAccepted && !answer.problem.isEmpty()
            && call->body().contains("\"success\"")) {
            // A clear "success": false: the server says it did nothing.
            ApiError refused;
            refused.kind = ApiError::Kind::Conflict;
            refused.httpStatus = call->httpStatus();
            refused.attempts = call->attempts();
            refused.message = answer.problem;
            finish(ActionResult::Outcome::Failed, refused, call->httpStatus(), call->attempts());
            return;
        }
        // A 2xx the console cannot read: the server probably acted, so ask it.
        error.kind = ApiError::Kind::InvalidResponse;
        error.httpStatus = call->httpStatus();
        error.attempts = call->attempts();
        error.message = answer.problem;
        error.retryable = false;
    }
    if (error.kind == ApiError::Kind::Authentication)
        Q_EMIT authenticationFailed();
    if (isOutcomeUncertain(error)) {
        m_cause = error;
        m_causeStatus = call->httpStatus();
        m_causeAttempts = call->attempts();
        check();
        return;
    }
    finish(ActionResult::Outcome::Failed, error, call->httpStatus(), call->attempts());
}

void AccountAction::refresh()
{
    m_phase = Phase::Refreshing;
    if (!m_client) {
        finish(ActionResult::Outcome::Succeeded, {}, m_causeStatus, m_causeAttempts);
        return;
    }
    readServer(&AccountAction::handleRefreshed);
}

void AccountAction::handleRefreshed(ApiCall *, bool, const ApiError &)
{
    // The server said it did the change; a failed read only leaves the row's count older.
    finish(ActionResult::Outcome::Succeeded, {}, m_causeStatus, m_causeAttempts);
}

void AccountAction::check()
{
    m_phase = Phase::Checking;
    // Checks wait out a pause after a 429 like new actions do; this one keeps its slot.
    m_scheduler->runWhenNotPaused(this, [this] {
        if (m_phase != Phase::Checking)
            return;
        if (!m_client) {
            finish(ActionResult::Outcome::Failed, m_cause, m_causeStatus, m_causeAttempts, true, false);
            return;
        }
        ++m_checkTries;
        readServer(&AccountAction::handleChecked);
    });
}

void AccountAction::handleChecked(ApiCall *call, bool isRead, const ApiError &error)
{
    if (isRead) {
        const std::optional<bool> done = m_change.isDoneIn(*m_lastReported);
        if (!done) {
            // The account cannot tell (a user change whose count moved otherwise).
            finish(ActionResult::Outcome::Failed, m_cause, m_causeStatus, m_causeAttempts, true, false);
            return;
        }
        finish(*done ? ActionResult::Outcome::Succeeded : ActionResult::Outcome::Failed, *done ? ApiError() : m_cause,
            m_causeStatus, m_causeAttempts, true, true);
        return;
    }
    if (call->isSuccess()) {
        // The answer cannot be read (or is another account): asking again will not help.
        finish(ActionResult::Outcome::Failed, m_cause, m_causeStatus, m_causeAttempts, true, false);
        return;
    }
    const bool mayHelp
        = error.isOutcomeUnknown() || error.kind == ApiError::Kind::Server || error.kind == ApiError::Kind::RateLimited;
    if (mayHelp && m_checkTries < m_settings.reconcileTries) {
        // Each check already made its own retries; wait longer before the next round.
        const auto delay = m_settings.reconcileDelay * (1 << qMin(m_checkTries - 1, 10));
        QTimer::singleShot(delay, this, &AccountAction::check);
        return;
    }
    finish(ActionResult::Outcome::Failed, m_cause, m_causeStatus, m_causeAttempts, true, false);
}

std::optional<AccountBatch> AccountAction::readAccount(ApiCall *call, ApiError *error) const
{
    AccountReadResult result = PageReader::readAccount(m_change.kind(), call->body());
    QString problem;
    if (!result.ok())
        problem = result.error->message;
    else if (result.batch.text(result.batch.record(0).id) != m_change.accountId().toString().toUtf8())
        problem = tr("The server answered with account %1 instead of %2.")
                      .arg(result.batch.string(result.batch.record(0).id).left(64), m_change.accountId().toString());
    if (problem.isEmpty())
        return std::move(result.batch);
    error->kind = ApiError::Kind::InvalidResponse;
    error->httpStatus = call->httpStatus();
    error->attempts = call->attempts();
    error->message = problem;
    error->retryable = false;
    return std::nullopt;
}

void AccountAction::report(const AccountBatch &account)
{
    m_lastReported = account.account(0);
    Q_EMIT reported(account);
}

void AccountAction::finish(ActionResult::Outcome outcome, const ApiError &error, int httpStatus, int attempts,
    bool wasUncertain, bool wasReconciled)
{
    if (m_phase == Phase::Finished)
        return;
    m_phase = Phase::Finished;
    ActionResult result;
    result.accountId = m_change.accountId().toString();
    result.change = m_change;
    result.wantedActive = m_change.type() == AccountChange::Type::SetActive && m_change.wantedActive();
    result.outcome = outcome;
    result.actionId = m_actionId;
    result.wasReconciled = wasReconciled;
    result.serverAccount = m_lastReported;
    if (m_lastReported)
        result.serverActive = m_lastReported->isActive;
    if (outcome != ActionResult::Outcome::Succeeded)
        result.error = error;
    result.httpStatus = httpStatus;
    result.attempts = attempts;

    // Handed to the journal, which writes it on its own thread: the row is updated and
    // repainted without waiting for the disk.
    if (m_isRecorded && m_recorder) {
        AuditRecorder::Ending ending;
        ending.outcome = outcome;
        ending.wasUncertain = wasUncertain;
        ending.wasReconciled = wasReconciled;
        ending.serverActive = result.serverActive;
        ending.error = error;
        ending.httpStatus = httpStatus;
        ending.attempts = attempts;
        m_recorder->recordOutcome(m_change, m_actionId, ending, nullptr, [](bool written, const QString &problem) {
            if (!written)
                qWarning("AccountAction: the outcome of an action could not be journalled: %s", qPrintable(problem));
        });
    }
    Q_EMIT finished(result);
}
