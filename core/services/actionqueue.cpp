// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionqueue.h"

#include <utility>

#include <QUuid>

#include "core/api/apiclient.h"
#include "core/domain/accountid.h"
#include "core/domain/pagereader.h"
#include "core/services/auditjournal.h"

using namespace Qt::StringLiterals;

ActionQueue::ActionQueue(ApiClient *client, AccountKind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_environment(AuditJournal::environmentName(client->settings().baseUrl))
{
    m_pauseTimer.setSingleShot(true);
    // The server's Retry-After is exact; a coarse timer could end the pause early.
    m_pauseTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pauseTimer, &QTimer::timeout, this, &ActionQueue::handlePauseEnded);
    connect(client, &ApiClient::rateLimited, this, &ActionQueue::handleRateLimited);
}

ActionQueue::~ActionQueue()
{
    // An action whose answer nobody will read still has an intent on record: say so, so
    // that no intent is left without an outcome. (The journal writes what it was given
    // before it closes.)
    for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
        if (!it->isRunning || (!it->isRecorded && !it->isIntentPending))
            continue;
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        if (it->isRecorded) {
            error.message = tr("The console closed before the server answered.");
            writeJournal(*it, it.key(), false, ActionResult::Outcome::Failed, std::nullopt, error, 0, 0, true, false);
        } else {
            error.message = tr("The console closed before the request was sent.");
            writeJournal(*it, it.key(), false, ActionResult::Outcome::Failed, std::nullopt, error, 0, 0, false, false);
        }
    }
}

void ActionQueue::setMaxConcurrent(int maxConcurrent)
{
    m_maxConcurrent = qMax(1, maxConcurrent);
    pump();
}

void ActionQueue::setRateLimitPause(std::chrono::milliseconds pause)
{
    m_rateLimitPause = qMax(std::chrono::milliseconds(0), pause);
}

void ActionQueue::setReconcileTries(int tries, std::chrono::milliseconds firstDelay)
{
    m_reconcileTries = qMax(1, tries);
    m_reconcileDelay = qMax(std::chrono::milliseconds(0), firstDelay);
}

void ActionQueue::setAuditJournal(AuditJournal *journal)
{
    if (m_journal)
        disconnect(m_journal, &QObject::destroyed, this, nullptr);
    m_journal = journal;
    if (journal)
        connect(journal, &QObject::destroyed, this, &ActionQueue::handleJournalDestroyed);
}

void ActionQueue::handleJournalDestroyed()
{
    // Intents the journal took but never confirmed: their requests must not leave.
    QStringList waiting;
    for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
        if (it->isRunning && it->isIntentPending)
            waiting.append(it.key());
    }
    for (const QString &accountId : std::as_const(waiting)) {
        const auto it = m_accounts.find(accountId);
        if (it == m_accounts.end() || !it->isRunning || !it->isIntentPending)
            continue;
        handleIntentWritten(accountId, it->actionGeneration, false, tr("The audit journal was closed."));
    }
}

void ActionQueue::setNameLookup(std::function<QString(const QString &)> lookup)
{
    m_nameLookup = std::move(lookup);
}

std::optional<bool> ActionQueue::wantedState(const QString &accountId) const
{
    const auto it = m_accounts.constFind(accountId);
    if (it == m_accounts.cend())
        return std::nullopt;
    if (it->next)
        return it->next->wanted;
    if (it->isRunning)
        return it->wanted;
    return std::nullopt;
}

bool ActionQueue::isReadCurrent(const QString &accountId, quint64 generationAtSend) const
{
    return !isBusy(accountId) && generationOf(accountId) <= generationAtSend;
}

void ActionQueue::noteWrite(const QString &accountId)
{
    bump(accountId);
}

void ActionQueue::bump(const QString &accountId)
{
    m_accountGenerations.insert(accountId, ++m_generation);
}

quint64 ActionQueue::request(const QString &accountId, bool wantedActive, const QString &reason)
{
    const quint64 ticket = ++m_nextTicket;
    const Waiting waiting { ticket, wantedActive, reason };
    if (!isValidAccountId(m_kind, QStringView(accountId))) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidId;
        QString shown = accountId;
        if (m_client->settings().apiKey.size() >= 4)
            shown.replace(m_client->settings().apiKey, u"[API key]"_s);
        error.message = tr("\"%1\" is not a valid account id.").arg(shown.left(64));
        // Later, as for every other result: the caller does not know the ticket yet.
        QMetaObject::invokeMethod(
            this,
            [this, accountId, waiting, error] {
                finishUnsent(accountId, waiting, ActionResult::Outcome::Failed, std::nullopt, error);
            },
            Qt::QueuedConnection);
        return ticket;
    }

    AccountState &state = m_accounts[accountId];
    std::optional<Waiting> superseded = std::move(state.next);
    state.next.reset();
    if (state.isRunning && state.wanted == wantedActive) {
        // The running action is already making this state: share its result.
        state.tickets.append(ticket);
    } else {
        state.next = waiting;
        if (!state.isRunning && !state.isWaitingForSlot) {
            state.isWaitingForSlot = true;
            m_ready.push_back(accountId);
        }
    }
    // `state` may dangle once signals run: receivers may make requests of their own.
    if (superseded)
        finishUnsent(accountId, *superseded, ActionResult::Outcome::Superseded, std::nullopt);
    Q_EMIT accountChanged(accountId);
    pump();
    return ticket;
}

void ActionQueue::pump()
{
    // Signals emitted while starting an action may call back into request() or pump();
    // the loop below sees whatever they changed, so a nested call has nothing to add.
    if (m_isPumping)
        return;
    m_isPumping = true;
    while (!isPaused() && m_running < m_maxConcurrent && !m_ready.empty()) {
        const QString accountId = m_ready.front();
        m_ready.pop_front();
        const auto it = m_accounts.find(accountId);
        if (it == m_accounts.end())
            continue;
        it->isWaitingForSlot = false;
        if (it->isRunning || !it->next)
            continue;
        const Waiting waiting = *it->next;
        it->next.reset();
        start(accountId, *it, waiting);
    }
    m_isPumping = false;
    if (std::exchange(m_isIdleOwed, false) && m_accounts.isEmpty())
        Q_EMIT idle();
}

void ActionQueue::start(const QString &accountId, AccountState &state, const Waiting &waiting)
{
    state.isRunning = true;
    state.isChecking = false;
    state.actionGeneration = ++m_nextActionGeneration;
    state.actionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    state.wanted = waiting.wanted;
    state.reason = waiting.reason;
    state.tickets = { waiting.ticket };
    state.cause = {};
    state.causeStatus = 0;
    state.causeAttempts = 0;
    state.checkTries = 0;
    state.isRecorded = false;
    ++m_running;
    bump(accountId);

    const quint64 generation = state.actionGeneration;
    if (m_journal) {
        // The intent is on disk before the request exists: a crash from here on leaves a
        // record of what may have been done. The journal syncs it on its own thread; the
        // request leaves when it says the record is written.
        state.isIntentPending = true;
        writeJournal(state, accountId, true, ActionResult::Outcome::Failed, std::nullopt, {}, 0, 0, false, false,
            [this, accountId, generation](bool written, const QString &problem) {
                handleIntentWritten(accountId, generation, written, problem);
            });
        return;
    }
    send(accountId, generation);
}

void ActionQueue::handleIntentWritten(
    const QString &accountId, quint64 actionGeneration, bool written, const QString &problem)
{
    const auto it = m_accounts.find(accountId);
    if (it == m_accounts.end() || !it->isRunning || it->actionGeneration != actionGeneration || !it->isIntentPending)
        return;
    it->isIntentPending = false;
    if (!written) {
        ApiError error;
        error.kind = ApiError::Kind::NotRecorded;
        error.message = problem;
        complete(accountId, ActionResult::Outcome::Failed, std::nullopt, error, 0, 0, false, false);
        return;
    }
    it->isRecorded = true;
    send(accountId, actionGeneration);
}

void ActionQueue::send(const QString &accountId, quint64 actionGeneration)
{
    const auto it = m_accounts.constFind(accountId);
    if (it == m_accounts.cend())
        return;
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        error.message = tr("The connection was closed before the request was sent.");
        complete(accountId, ActionResult::Outcome::Failed, std::nullopt, error, 0, 0, false, false);
        return;
    }
    ++m_sentCount;
    ApiCall *call = m_client->setActive(m_kind, accountId, it->wanted);
    connect(call, &ApiCall::finished, this,
        [this, call, accountId, actionGeneration] { handleActionFinished(call, accountId, actionGeneration); });
}

bool ActionQueue::isOutcomeUncertain(const ApiError &error)
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

std::optional<AccountBatch> ActionQueue::readAccount(ApiCall *call, const QString &accountId, ApiError *error) const
{
    AccountReadResult result = PageReader::readAccount(m_kind, call->body());
    QString problem;
    if (!result.ok())
        problem = result.error->message;
    else if (result.batch.text(result.batch.record(0).id) != accountId.toUtf8())
        problem = tr("The server answered with account %1 instead of %2.")
                      .arg(result.batch.string(result.batch.record(0).id).left(64), accountId);
    if (problem.isEmpty())
        return std::move(result.batch);
    error->kind = ApiError::Kind::InvalidResponse;
    error->httpStatus = call->httpStatus();
    error->attempts = call->attempts();
    error->message = problem;
    error->retryable = false;
    return std::nullopt;
}

void ActionQueue::handleActionFinished(ApiCall *call, const QString &accountId, quint64 actionGeneration)
{
    auto it = m_accounts.find(accountId);
    if (it == m_accounts.end() || !it->isRunning || it->actionGeneration != actionGeneration)
        return; // an answer for an action that is no longer the account's
    const bool wanted = it->wanted;
    ApiError error = call->error();
    if (call->isSuccess()) {
        if (const std::optional<AccountBatch> account = readAccount(call, accountId, &error)) {
            const bool isActive = account->record(0).isActive();
            bump(accountId);
            Q_EMIT accountReported(accountId, *account);
            if (isActive == wanted) {
                complete(accountId, ActionResult::Outcome::Succeeded, isActive, {}, call->httpStatus(),
                    call->attempts(), false, false);
            } else {
                ApiError contradiction;
                contradiction.kind = ApiError::Kind::InvalidResponse;
                contradiction.httpStatus = call->httpStatus();
                contradiction.attempts = call->attempts();
                contradiction.message = isActive ? tr("The server answered, but the account is still active.")
                                                 : tr("The server answered, but the account is still inactive.");
                complete(accountId, ActionResult::Outcome::Failed, isActive, contradiction, call->httpStatus(),
                    call->attempts(), false, false);
            }
            return;
        }
        // A 2xx the console cannot read: the server probably acted, so ask it.
    }
    if (error.kind == ApiError::Kind::Authentication)
        Q_EMIT authenticationFailed();
    it = m_accounts.find(accountId);
    if (it == m_accounts.end() || it->actionGeneration != actionGeneration)
        return;
    if (isOutcomeUncertain(error)) {
        it->isChecking = true;
        it->cause = error;
        it->causeStatus = call->httpStatus();
        it->causeAttempts = call->attempts();
        sendCheck(accountId, actionGeneration);
        return;
    }
    complete(accountId, ActionResult::Outcome::Failed, std::nullopt, error, call->httpStatus(), call->attempts(), false,
        false);
}

void ActionQueue::sendCheck(const QString &accountId, quint64 actionGeneration)
{
    const auto it = m_accounts.find(accountId);
    if (it == m_accounts.end() || !it->isChecking || it->actionGeneration != actionGeneration)
        return;
    if (isPaused()) {
        m_heldChecks.append({ accountId, actionGeneration });
        return;
    }
    ++it->checkTries;
    ApiCall *call = m_client->retrieve(m_kind, accountId);
    connect(call, &ApiCall::finished, this,
        [this, call, accountId, actionGeneration] { handleCheckFinished(call, accountId, actionGeneration); });
}

void ActionQueue::handleCheckFinished(ApiCall *call, const QString &accountId, quint64 actionGeneration)
{
    auto it = m_accounts.find(accountId);
    if (it == m_accounts.end() || !it->isChecking || it->actionGeneration != actionGeneration)
        return;
    ApiError error = call->error();
    if (call->isSuccess()) {
        if (const std::optional<AccountBatch> account = readAccount(call, accountId, &error)) {
            const bool isActive = account->record(0).isActive();
            bump(accountId);
            Q_EMIT accountReported(accountId, *account);
            it = m_accounts.find(accountId);
            if (it == m_accounts.end() || it->actionGeneration != actionGeneration)
                return;
            const bool done = isActive == it->wanted;
            complete(accountId, done ? ActionResult::Outcome::Succeeded : ActionResult::Outcome::Failed, isActive,
                done ? ApiError() : it->cause, it->causeStatus, it->causeAttempts, true, true);
            return;
        }
        // The answer cannot be read (or is another account): asking again will not help.
        complete(accountId, ActionResult::Outcome::Failed, std::nullopt, it->cause, it->causeStatus, it->causeAttempts,
            true, false);
        return;
    }
    if (error.kind == ApiError::Kind::Authentication)
        Q_EMIT authenticationFailed();
    it = m_accounts.find(accountId);
    if (it == m_accounts.end() || it->actionGeneration != actionGeneration)
        return;
    const bool mayHelp
        = error.isOutcomeUnknown() || error.kind == ApiError::Kind::Server || error.kind == ApiError::Kind::RateLimited;
    if (mayHelp && it->checkTries < m_reconcileTries) {
        // Each check already made its own retries; wait longer before the next round.
        const auto delay = m_reconcileDelay * (1 << qMin(it->checkTries - 1, 10));
        QTimer::singleShot(
            delay, this, [this, accountId, actionGeneration] { sendCheck(accountId, actionGeneration); });
        return;
    }
    complete(accountId, ActionResult::Outcome::Failed, std::nullopt, it->cause, it->causeStatus, it->causeAttempts,
        true, false);
}

void ActionQueue::complete(const QString &accountId, ActionResult::Outcome outcome, std::optional<bool> serverActive,
    const ApiError &error, int httpStatus, int attempts, bool wasUncertain, bool wasReconciled)
{
    const auto it = m_accounts.find(accountId);
    if (it == m_accounts.end() || !it->isRunning)
        return;
    --m_running;
    bump(accountId);
    const AccountState action = *it;

    QList<ActionResult> results;
    results.reserve(action.tickets.size());
    for (qsizetype i = 0; i < action.tickets.size(); ++i) {
        ActionResult result;
        result.ticket = action.tickets.at(i);
        result.accountId = accountId;
        result.wantedActive = action.wanted;
        result.outcome = outcome;
        result.actionId = action.actionId;
        result.wasCoalesced = i > 0;
        result.wasReconciled = wasReconciled;
        result.serverActive = serverActive;
        if (outcome == ActionResult::Outcome::Failed)
            result.error = error;
        result.httpStatus = httpStatus;
        result.attempts = attempts;
        results.append(result);
    }
    it->isRunning = false;
    it->isChecking = false;
    it->isRecorded = false;
    it->isIntentPending = false;
    it->tickets.clear();

    // The request that waited behind this action: nothing to send if the server has just
    // said the account is already as wanted.
    std::optional<Waiting> unchanged;
    if (it->next) {
        if (serverActive && *serverActive == it->next->wanted) {
            unchanged = std::move(it->next);
            it->next.reset();
        } else if (!it->isWaitingForSlot) {
            it->isWaitingForSlot = true;
            m_ready.push_back(accountId);
        }
    }
    if (!it->next && !it->isWaitingForSlot)
        m_accounts.erase(it);

    // Handed to the journal, which writes it on its own thread: the row is updated and
    // repainted without waiting for the disk.
    if (action.isRecorded) {
        writeJournal(action, accountId, false, outcome, serverActive, error, httpStatus, attempts, wasUncertain,
            wasReconciled, [](bool written, const QString &problem) {
                if (!written)
                    qWarning("ActionQueue: the outcome of an action could not be journalled: %s", qPrintable(problem));
            });
    }
    Q_EMIT accountChanged(accountId);
    for (const ActionResult &result : std::as_const(results))
        Q_EMIT actionFinished(result);
    if (unchanged)
        finishUnsent(accountId, *unchanged, ActionResult::Outcome::Unchanged, serverActive);
    pump();
    if (m_accounts.isEmpty()) {
        if (m_isPumping)
            m_isIdleOwed = true;
        else
            Q_EMIT idle();
    }
}

void ActionQueue::finishUnsent(const QString &accountId, const Waiting &waiting, ActionResult::Outcome outcome,
    std::optional<bool> serverActive, const ApiError &error)
{
    ActionResult result;
    result.ticket = waiting.ticket;
    result.accountId = accountId;
    result.wantedActive = waiting.wanted;
    result.outcome = outcome;
    result.serverActive = serverActive;
    result.error = error;
    Q_EMIT actionFinished(result);
}

void ActionQueue::handleRateLimited(qint64 retryAfterMs)
{
    const std::chrono::milliseconds wait
        = retryAfterMs > 0 ? std::chrono::milliseconds(retryAfterMs) : m_rateLimitPause;
    if (wait.count() <= 0)
        return;
    const QDeadlineTimer end(wait, Qt::PreciseTimer);
    if (isPaused() && end.deadlineNSecs() <= m_pauseEnd.deadlineNSecs())
        return;
    m_pauseEnd = end;
    m_pauseTimer.start(wait);
}

void ActionQueue::handlePauseEnded()
{
    // Checks first: each holds a slot and the account waits for it.
    const QList<std::pair<QString, quint64>> held = std::exchange(m_heldChecks, {});
    for (const auto &[accountId, actionGeneration] : held)
        sendCheck(accountId, actionGeneration);
    pump();
}

void ActionQueue::writeJournal(const AccountState &state, const QString &accountId, bool isIntent,
    ActionResult::Outcome outcome, std::optional<bool> serverActive, const ApiError &error, int httpStatus,
    int attempts, bool wasUncertain, bool wasReconciled, AuditJournal::WrittenCallback done)
{
    if (!m_journal)
        return;
    AuditRecord record;
    record.type = isIntent ? AuditRecord::Type::Intent : AuditRecord::Type::Outcome;
    record.actionId = state.actionId;
    record.environment = m_environment;
    record.action = state.wanted ? AuditRecord::Action::Reactivate : AuditRecord::Action::Deactivate;
    record.kind = m_kind;
    record.accountId = accountId;
    record.accountName = m_nameLookup ? m_nameLookup(accountId) : QString();
    record.reason = state.reason;
    if (!isIntent) {
        const bool succeeded = outcome == ActionResult::Outcome::Succeeded;
        if (!wasUncertain)
            record.outcome = succeeded ? AuditRecord::Outcome::Succeeded : AuditRecord::Outcome::Failed;
        else if (wasReconciled)
            record.outcome
                = succeeded ? AuditRecord::Outcome::UnknownThenSucceeded : AuditRecord::Outcome::UnknownThenFailed;
        else
            record.outcome = AuditRecord::Outcome::Unknown;
        record.httpStatus = httpStatus;
        record.attempts = attempts;
        record.serverActive = serverActive;
        if (!succeeded)
            record.error = error.message.isEmpty() ? error.summary() : error.message;
    }
    // The key in use now; the journal scrubs it (and any it saw before) from every field.
    if (m_client)
        m_journal->addSecret(m_client->settings().apiKey);
    m_journal->appendAsync(record, this, std::move(done));
}
