// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdirectory.h"

#include "core/api/apiclient.h"
#include "core/api/clock.h"
#include "core/domain/accountid.h"
#include "core/domain/pagereader.h"
#include "core/models/accountstore.h"
#include "core/services/pager.h"

AccountDirectory::AccountDirectory(ApiClient *client, AccountKind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_store(new AccountStore(kind, this))
    , m_pager(new Pager(client, kind, this))
{
    connect(m_pager, &Pager::batchReady, this, &AccountDirectory::handleBatchReady);
    connect(m_pager, &Pager::finished, this, &AccountDirectory::handleLoadFinished);
    connect(m_pager, &Pager::failed, this, &AccountDirectory::handleLoadFailed);
    connect(m_pager, &Pager::unavailable, this, &AccountDirectory::handleUnavailable);
}

AccountDirectory::~AccountDirectory() = default;

void AccountDirectory::reload()
{
    m_store->clear();
    m_isAvailable = true;
    Q_EMIT loadStarted();
    m_pager->start();
}

void AccountDirectory::cancelLoading()
{
    m_pager->cancel();
}

bool AccountDirectory::isLoading() const
{
    return m_pager->isRunning();
}

void AccountDirectory::handleBatchReady(const AccountBatch &batch)
{
    const qsizetype before = m_store->size();
    m_store->append(batch);
    // An action sent before a reload is still under way: its row shows it again.
    if (!m_actions.isEmpty() && m_store->size() > before) {
        for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
            const qsizetype row = m_store->rowOf(it.key());
            if (row >= before && !m_store->isPending(row))
                m_store->setPendingAction(row, it.value() ? PendingAction::Reactivate : PendingAction::Deactivate);
        }
    }
    Q_EMIT loadProgress(m_pager->loadedCount());
}

void AccountDirectory::handleLoadFinished()
{
    m_lastLoadedAt = m_client->clock().nowUtc();
    Q_EMIT loadFinished();
}

void AccountDirectory::handleLoadFailed(const ApiError &error)
{
    noteAuthentication(error);
    Q_EMIT loadFailed(error);
}

void AccountDirectory::handleUnavailable()
{
    m_isAvailable = false;
    Q_EMIT unavailable();
}

bool AccountDirectory::setActive(const QString &id, bool active)
{
    if (!isValidAccountId(m_kind, QStringView(id)) || m_actions.contains(id))
        return false;
    const qsizetype row = m_store->rowOf(id);
    if (row < 0 || m_store->isPending(row))
        return false;
    m_actions.insert(id, active);
    m_store->setFailed(row, false);
    m_store->setPendingAction(row, active ? PendingAction::Reactivate : PendingAction::Deactivate);
    ApiCall *call = m_client->setActive(m_kind, id, active);
    connect(call, &ApiCall::finished, this, [this, call, id, active] { handleActionFinished(call, id, active); });
    return true;
}

void AccountDirectory::refresh(const QString &id)
{
    ApiCall *call = m_client->retrieve(m_kind, id);
    connect(call, &ApiCall::finished, this, [this, call, id] { handleRefreshFinished(call, id); });
}

bool AccountDirectory::storeAccount(ApiCall *call, const QString &id, ApiError *error, bool *isActive)
{
    const AccountReadResult result = PageReader::readAccount(m_kind, call->body());
    QString problem;
    if (!result.ok())
        problem = result.error->message;
    else if (result.batch.text(result.batch.record(0).id) != id.toUtf8())
        problem = tr("The server answered with account %1 instead of %2.")
                      .arg(result.batch.string(result.batch.record(0).id).left(64), id);
    if (!problem.isEmpty()) {
        error->kind = ApiError::Kind::InvalidResponse;
        error->httpStatus = call->httpStatus();
        error->attempts = call->attempts();
        error->message = problem;
        error->retryable = false;
        return false;
    }
    m_store->upsert(result.batch, 0);
    *isActive = result.batch.record(0).isActive();
    return true;
}

void AccountDirectory::finishAction(const QString &id, bool failed)
{
    m_actions.remove(id);
    const qsizetype row = m_store->rowOf(id);
    if (row < 0)
        return;
    m_store->setPendingAction(row, PendingAction::None);
    m_store->setFailed(row, failed);
}

void AccountDirectory::handleActionFinished(ApiCall *call, const QString &id, bool wantedActive)
{
    ApiError error = call->error();
    if (call->isSuccess()) {
        bool isActive = false;
        if (storeAccount(call, id, &error, &isActive)) {
            finishAction(id, false);
            Q_EMIT actionSucceeded(id, isActive);
            return;
        }
        // A 2xx the console cannot read: the server probably acted, so ask it.
    }
    noteAuthentication(error);
    if (error.isOutcomeUnknown() || error.kind == ApiError::Kind::InvalidResponse) {
        ApiCall *check = m_client->retrieve(m_kind, id);
        connect(check, &ApiCall::finished, this,
            [this, check, id, wantedActive, error] { handleReconcileFinished(check, id, wantedActive, error); });
        return;
    }
    finishAction(id, true);
    Q_EMIT actionFailed(id, wantedActive, error);
}

void AccountDirectory::handleReconcileFinished(
    ApiCall *call, const QString &id, bool wantedActive, const ApiError &cause)
{
    bool isActive = false;
    ApiError readError;
    if (call->isSuccess() && storeAccount(call, id, &readError, &isActive)) {
        const bool done = isActive == wantedActive;
        finishAction(id, !done);
        if (done)
            Q_EMIT actionSucceeded(id, isActive);
        else
            Q_EMIT actionFailed(id, wantedActive, cause);
        return;
    }
    noteAuthentication(call->error());
    // Neither the action nor the check gave an answer: the row keeps its last confirmed state.
    finishAction(id, true);
    Q_EMIT actionFailed(id, wantedActive, cause);
}

void AccountDirectory::handleRefreshFinished(ApiCall *call, const QString &id)
{
    ApiError error = call->error();
    bool isActive = false;
    if (call->isSuccess() && storeAccount(call, id, &error, &isActive))
        return;
    noteAuthentication(error);
    Q_EMIT refreshFailed(id, error);
}

void AccountDirectory::noteAuthentication(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Authentication)
        Q_EMIT authenticationRequired();
}
