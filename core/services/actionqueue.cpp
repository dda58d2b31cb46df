// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionqueue.h"

#include <utility>

#include "core/api/apiclient.h"
#include "core/domain/accountid.h"
#include "core/domain/redaction.h"

ActionQueue::ActionQueue(ApiClient *client, AccountKind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_recorder(client)
{
    m_actionSettings.reconcileTries = defaultReconcileTries;
    m_actionSettings.reconcileDelay = defaultReconcileDelay;
    m_scheduler.setStarter([this](const QString &accountId) { return startNext(accountId); });
    connect(&m_scheduler, &ActionScheduler::pumped, this, &ActionQueue::announceIdleIfSo);
    connect(client, &ApiClient::rateLimited, &m_scheduler, &ActionScheduler::noteRateLimited);
}

ActionQueue::~ActionQueue()
{
    // Each running action journals that it was left unfinished; it needs the recorder,
    // which goes before QObject deletes the children.
    for (AccountState &state : m_accounts)
        delete std::exchange(state.running, nullptr);
}

void ActionQueue::setReconcileTries(int tries, std::chrono::milliseconds firstDelay)
{
    m_actionSettings.reconcileTries = qMax(1, tries);
    m_actionSettings.reconcileDelay = qMax(std::chrono::milliseconds(0), firstDelay);
}

void ActionQueue::setNameLookup(std::function<QString(const QString &)> lookup)
{
    m_recorder.setNameLookup(std::move(lookup));
}

std::optional<bool> ActionQueue::wantedState(const QString &accountId) const
{
    const auto it = m_accounts.constFind(accountId);
    if (it == m_accounts.cend())
        return std::nullopt;
    const AccountChange *newest
        = !it->waiting.empty() ? &it->waiting.back().change : (it->running ? &it->running->change() : nullptr);
    if (!newest || newest->type() != AccountChange::Type::SetActive)
        return std::nullopt;
    return newest->wantedActive();
}

PendingAction ActionQueue::pendingAction(const QString &accountId) const
{
    const auto it = m_accounts.constFind(accountId);
    if (it == m_accounts.cend())
        return PendingAction::None;
    if (!it->waiting.empty())
        return it->waiting.back().change.pendingAction();
    return it->running ? it->running->change().pendingAction() : PendingAction::None;
}

quint64 ActionQueue::request(const QString &accountId, bool wantedActive, const QString &reason)
{
    const std::optional<AccountId> id = AccountId::parse(m_kind, accountId);
    if (id) {
        AccountChange change = AccountChange::setActive(*id, wantedActive);
        change.setReason(reason);
        return request(change);
    }
    const quint64 ticket = ++m_nextTicket;
    ActionResult result;
    result.ticket = ticket;
    result.accountId = accountId;
    result.wantedActive = wantedActive;
    result.error.kind = ApiError::Kind::InvalidId;
    const QString shown = m_client ? Redaction::redact(accountId, m_client->settings().apiKey) : accountId;
    result.error.message = tr("\"%1\" is not a valid account id.").arg(shown.left(64));
    // Later, as for every other result: the caller does not know the ticket yet.
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT actionFinished(result); }, Qt::QueuedConnection);
    return ticket;
}

quint64 ActionQueue::request(const AccountChange &change)
{
    const quint64 ticket = ++m_nextTicket;
    const Waiting asked { ticket, change };
    if (!change.isValid() || change.kind() != m_kind) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidId;
        error.message = tr("This change is not for an account of this list.");
        QMetaObject::invokeMethod(
            this, [this, asked, error] { finishUnsent(asked, ActionResult::Outcome::Failed, std::nullopt, error); },
            Qt::QueuedConnection);
        return ticket;
    }
    const QString accountId = change.accountId().toString();
    AccountState &state = m_accounts[accountId];
    std::optional<Waiting> superseded;
    if (!state.waiting.empty() && state.waiting.back().change.coalescesWith(change)) {
        superseded = std::move(state.waiting.back());
        state.waiting.pop_back();
    }
    const bool joinsRunning = state.waiting.empty() && state.running && state.running->change().coalescesWith(change)
        && state.running->change().wantedActive() == change.wantedActive();
    if (joinsRunning) {
        // The running action is already making this state: share its result.
        state.tickets.append(ticket);
    } else {
        state.waiting.push_back(asked);
        if (!state.running && !state.isInLine) {
            state.isInLine = true;
            m_scheduler.enqueue(accountId);
        }
    }
    // `state` may dangle once signals run: receivers may make requests of their own.
    if (superseded)
        finishUnsent(*superseded, ActionResult::Outcome::Superseded, std::nullopt);
    Q_EMIT accountChanged(accountId);
    m_scheduler.pump();
    return ticket;
}

bool ActionQueue::startNext(const QString &accountId)
{
    const auto it = m_accounts.find(accountId);
    if (it == m_accounts.end())
        return false;
    it->isInLine = false;
    if (it->running || it->waiting.empty())
        return false;
    const Waiting next = std::move(it->waiting.front());
    it->waiting.pop_front();
    auto *action = new AccountAction(m_client, &m_recorder, &m_scheduler, next.change, m_actionSettings, this);
    it->running = action;
    it->tickets = { next.ticket };
    connect(action, &AccountAction::reported, this,
        [this, accountId](const AccountBatch &account) { Q_EMIT accountReported(accountId, account); });
    connect(action, &AccountAction::sending, this, [this] { ++m_sentCount; });
    connect(action, &AccountAction::authenticationFailed, this, &ActionQueue::authenticationFailed);
    connect(action, &AccountAction::finished, this,
        [this, action](const ActionResult &result) { handleActionFinished(action, result); });
    // May end at once (no journal, no client); `it` is not used after this.
    action->start();
    return true;
}

void ActionQueue::handleActionFinished(AccountAction *action, ActionResult result)
{
    const QString accountId = result.accountId;
    const auto it = m_accounts.find(accountId);
    if (it == m_accounts.end() || it->running != action)
        return;
    m_scheduler.release();
    it->running = nullptr;
    action->deleteLater();
    const QList<quint64> tickets = std::exchange(it->tickets, {});

    // The request that waited behind this action: nothing to send if the server has just
    // said the account is already as wanted.
    std::optional<Waiting> unchanged;
    if (!it->waiting.empty() && result.serverAccount) {
        const AccountChange &next = it->waiting.front().change;
        if (next.type() == AccountChange::Type::SetActive && next.isDoneIn(*result.serverAccount).value_or(false)) {
            unchanged = std::move(it->waiting.front());
            it->waiting.pop_front();
        }
    }
    if (!it->waiting.empty() && !it->isInLine) {
        it->isInLine = true;
        m_scheduler.enqueue(accountId);
    }
    if (it->waiting.empty() && !it->isInLine)
        m_accounts.erase(it);

    Q_EMIT accountChanged(accountId);
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        ActionResult shared = result;
        shared.ticket = tickets.at(i);
        shared.wasCoalesced = i > 0;
        Q_EMIT actionFinished(shared);
    }
    if (unchanged)
        finishUnsent(*unchanged, ActionResult::Outcome::Unchanged, result.serverAccount);
    m_scheduler.pump();
    if (m_accounts.isEmpty())
        m_isIdleOwed = true;
    announceIdleIfSo();
}

void ActionQueue::announceIdleIfSo()
{
    // An action that ends while the scheduler starts others announces idle once it is done.
    if (m_scheduler.isPumping() || !m_isIdleOwed)
        return;
    m_isIdleOwed = false;
    if (m_accounts.isEmpty())
        Q_EMIT idle();
}

void ActionQueue::finishUnsent(
    const Waiting &waiting, ActionResult::Outcome outcome, const std::optional<Account> &server, const ApiError &error)
{
    ActionResult result;
    result.ticket = waiting.ticket;
    result.accountId = waiting.change.accountId().toString();
    result.change = waiting.change;
    result.wantedActive = waiting.change.type() == AccountChange::Type::SetActive && waiting.change.wantedActive();
    result.outcome = outcome;
    result.serverAccount = server;
    if (server)
        result.serverActive = server->isActive;
    result.error = error;
    Q_EMIT actionFinished(result);
}
