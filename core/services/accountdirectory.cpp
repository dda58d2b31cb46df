// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdirectory.h"

#include <memory>

#include <QPromise>
#include <QThreadPool>

#include "core/api/apiclient.h"
#include "core/api/clock.h"
#include "core/domain/accountid.h"
#include "core/domain/pagereader.h"
#include "core/models/accountstore.h"
#include "core/services/actionqueue.h"
#include "core/services/pager.h"

AccountDirectory::AccountDirectory(ApiClient *client, AccountKind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_store(new AccountStore(kind, this))
    , m_pager(new Pager(client, kind, this))
    , m_queue(new ActionQueue(client, kind, this))
{
    connect(m_pager, &Pager::batchReady, this, &AccountDirectory::handleBatchReady);
    connect(m_pager, &Pager::finished, this, &AccountDirectory::handleLoadFinished);
    connect(m_pager, &Pager::failed, this, &AccountDirectory::handleLoadFailed);
    connect(m_pager, &Pager::unavailable, this, &AccountDirectory::handleUnavailable);
    connect(m_queue, &ActionQueue::accountReported, this, &AccountDirectory::handleAccountReported);
    connect(m_queue, &ActionQueue::accountChanged, this, &AccountDirectory::handleAccountChanged);
    connect(m_queue, &ActionQueue::actionFinished, this, &AccountDirectory::handleActionFinished);
    connect(m_queue, &ActionQueue::authenticationFailed, this, &AccountDirectory::authenticationRequired);
    connect(&m_snapshotCopy, &QFutureWatcher<AccountBatch>::finished, this, &AccountDirectory::takeSnapshotCopy);
    connect(&m_comparison, &QFutureWatcher<ChangeSummary>::finished, this, [this] {
        if (!m_comparison.future().isResultReadyAt(0))
            return;
        m_store->setChanges(m_comparison.future().result());
        Q_EMIT changesFound(m_store->changes());
    });
    m_queue->setNameLookup([this](const QString &id) {
        const qsizetype row = m_store->rowOf(id);
        return row < 0 ? QString() : m_store->name(row);
    });
}

AccountDirectory::~AccountDirectory()
{
    // The queue journals what it leaves unfinished and looks names up in the store: it
    // goes while the store is still there.
    delete m_queue;
}

void AccountDirectory::bump(const QString &accountId)
{
    m_accountGenerations.insert(accountId, ++m_generation);
}

bool AccountDirectory::isReadCurrent(const QString &accountId, quint64 generationAtSend) const
{
    return !m_queue->isBusy(accountId) && generationOf(accountId) <= generationAtSend;
}

void AccountDirectory::noteWrite(const QString &accountId)
{
    bump(accountId);
}

void AccountDirectory::setAuditJournal(AuditJournal *journal)
{
    m_queue->setAuditJournal(journal);
}

void AccountDirectory::beginRestoring()
{
    m_isRestoring = true;
}

void AccountDirectory::finishRestoring()
{
    m_isRestoring = false;
    if (std::exchange(m_isReloadWaiting, false))
        reload();
}

void AccountDirectory::restoreSnapshot(const AccountBatch &snapshot, qint64 asOfMs)
{
    const auto canRestore = [this] { return m_store->size() == 0 && !m_pager->isRunning(); };
    if (!canRestore() || snapshot.kind() != m_kind) {
        finishRestoring();
        return;
    }
    // A pool thread indexes the snapshot for the store, which takes its rows as they are, and
    // sorts it as the view sorts (AccountStore::preferredSortColumn()); then it copies it for
    // the comparison after the revalidation, so that the store's first write need not copy
    // 100,000 rows on the GUI thread.
    auto source = std::make_shared<const AccountBatch>(snapshot);
    auto preparing = std::make_shared<QPromise<std::shared_ptr<AccountStore>>>();
    auto copying = std::make_shared<QPromise<AccountBatch>>();
    m_preparedRows.disconnect(this);
    m_preparedRows.setFuture(preparing->future());
    m_snapshotCopy.setFuture(copying->future());
    m_isCopyingSnapshot = true;
    connect(
        &m_preparedRows, &QFutureWatcher<std::shared_ptr<AccountStore>>::finished, this, [this, canRestore, asOfMs] {
            if (!m_preparedRows.future().isResultReadyAt(0))
                return;
            const std::shared_ptr<AccountStore> prepared = m_preparedRows.future().result();
            if (canRestore()) {
                m_snapshotAsOfMs = asOfMs;
                m_ownChanges.clear();
                m_store->adoptRows(*prepared);
                Q_EMIT snapshotRestored(snapshotAsOf());
            } else {
                dropSnapshotCopy();
            }
            finishRestoring();
        });
    // One pool thread, the preparation first: the copy (50 ms at 100,000 rows) is not needed
    // before the revalidation ends, and beside the preparation it would take a core from it.
    QThreadPool::globalInstance()->start([source, preparing, copying, sortColumn = m_store->preferredSortColumn(),
                                             sortOrder = m_store->preferredSortOrder()] {
        preparing->start();
        preparing->addResult(std::shared_ptr<AccountStore>(AccountStore::preparedFrom(*source, sortColumn, sortOrder)));
        preparing->finish();
        copying->start();
        AccountBatch copy = *source;
        copy.detach();
        copying->addResult(std::move(copy));
        copying->finish();
    });
}

void AccountDirectory::takeSnapshotCopy()
{
    if (!m_isCopyingSnapshot)
        return;
    // Waits only when a revalidation ends before the copy (50 ms at 100,000 rows) is made.
    m_snapshotCopy.waitForFinished();
    if (m_snapshotCopy.future().isResultReadyAt(0))
        m_snapshot = m_snapshotCopy.future().result();
    dropSnapshotCopy();
}

void AccountDirectory::dropSnapshotCopy()
{
    // The future would keep its 100,000 rows alive; an empty one lets them go.
    m_isCopyingSnapshot = false;
    m_snapshotCopy.setFuture(QFuture<AccountBatch>());
}

QDateTime AccountDirectory::snapshotAsOf() const
{
    return m_snapshotAsOfMs > 0 ? QDateTime::fromMSecsSinceEpoch(m_snapshotAsOfMs, Qt::UTC) : QDateTime();
}

bool AccountDirectory::isShowingSnapshot() const
{
    return m_store->staleCount() > 0;
}

const ChangeSummary &AccountDirectory::changes() const
{
    return m_store->changes();
}

void AccountDirectory::reload()
{
    if (m_isRestoring) {
        m_isReloadWaiting = true;
        return;
    }
    // A snapshot's rows are revalidated where they are: the selection, the sort and the
    // scroll stay, and only what really changed repaints.
    m_isRevalidating = m_store->staleCount() > 0;
    // The rows stay until the first page arrives: a reload that fails at once (a revoked
    // key, a server down) leaves the last complete list on screen, not an empty table.
    m_isReplacingRows = !m_isRevalidating;
    m_isAvailable = true;
    m_reportedDuringLoad.clear();
    // The first page is requested by start(), after this.
    m_pageGeneration = m_generation;
    Q_EMIT loadStarted();
    m_pager->start();
}

void AccountDirectory::cancelLoading()
{
    m_isReloadWaiting = false;
    m_pager->cancel();
}

bool AccountDirectory::isLoading() const
{
    return m_pager->isRunning() || m_isReloadWaiting;
}

void AccountDirectory::replaceRowsOnce()
{
    if (!m_isReplacingRows)
        return;
    m_isReplacingRows = false;
    m_store->clear();
}

void AccountDirectory::handleBatchReady(const AccountBatch &batch)
{
    replaceRowsOnce();
    m_store->append(batch);
    if (!m_queue->isIdle() || !m_reportedDuringLoad.isEmpty()) {
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const QString id = batch.string(batch.record(i).id);
            if (m_queue->isBusy(id)) {
                // An action sent before this page is still under way: its row shows it, and
                // its answer, not the page, will say the new state.
                showPending(id);
            } else if (generationOf(id) > m_pageGeneration) {
                // An action reported after this page was asked for: the page may predate it.
                const auto reported = m_reportedDuringLoad.constFind(id);
                if (reported != m_reportedDuringLoad.cend())
                    m_store->upsert(*reported, 0);
            }
        }
    }
    // The pager asks for the next page as soon as this returns.
    m_pageGeneration = m_generation;
    Q_EMIT loadProgress(m_pager->loadedCount());
}

void AccountDirectory::handleLoadFinished()
{
    replaceRowsOnce(); // a server with no accounts at all
    m_reportedDuringLoad.clear();
    m_lastLoadedAt = m_client->clock().nowUtc();
    const bool wasRevalidating = std::exchange(m_isRevalidating, false);
    if (wasRevalidating)
        m_store->markStaleGone();
    Q_EMIT loadFinished();
    Q_EMIT rowsConfirmed();
    if (wasRevalidating)
        compareWithSnapshot();
}

void AccountDirectory::compareWithSnapshot()
{
    // About 30 ms at 100,000 accounts: off the GUI thread, on copies (which share the rows
    // until the store writes). The snapshot is not needed after this.
    takeSnapshotCopy();
    auto promise = std::make_shared<QPromise<ChangeSummary>>();
    m_comparison.setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, before = std::exchange(m_snapshot, AccountBatch(m_kind)), after = m_store->liveRows(),
            sinceMs = m_snapshotAsOfMs, own = m_ownChanges] {
            promise->start();
            ChangeSummary summary = ChangeSummary::compare(before, after, sinceMs);
            summary.forget(own);
            promise->addResult(std::move(summary));
            promise->finish();
        });
    m_snapshotAsOfMs = 0;
    m_ownChanges.clear();
}

void AccountDirectory::handleLoadFailed(const ApiError &error)
{
    // A revalidation that fails keeps the snapshot's rows, still stale; the next reload tries again.
    m_isRevalidating = false;
    m_isReplacingRows = false;
    m_reportedDuringLoad.clear();
    noteAuthentication(error);
    Q_EMIT loadFailed(error);
}

void AccountDirectory::handleUnavailable()
{
    if (std::exchange(m_isRevalidating, false)) {
        // The server has no such resource any more: nothing of the snapshot stands.
        dropSnapshotCopy();
        m_snapshot = AccountBatch(m_kind);
        m_snapshotAsOfMs = 0;
        m_store->clear();
    }
    replaceRowsOnce();
    m_reportedDuringLoad.clear();
    m_isAvailable = false;
    Q_EMIT unavailable();
}

bool AccountDirectory::setActive(const QString &id, bool active, const QString &reason)
{
    return requestActive(id, active, reason) != 0;
}

quint64 AccountDirectory::requestActive(const QString &id, bool active, const QString &reason)
{
    const std::optional<AccountId> accountId = AccountId::parse(m_kind, id);
    if (!accountId)
        return 0;
    AccountChange change = AccountChange::setActive(*accountId, active);
    change.setReason(reason);
    return requestChange(change);
}

quint64 AccountDirectory::requestChange(const AccountChange &change)
{
    if (!change.isValid() || change.kind() != m_kind)
        return 0;
    const qsizetype row = m_store->rowOf(change.accountId().toString());
    if (row < 0)
        return 0;
    m_store->setFailed(row, false);
    return m_queue->request(change);
}

bool AccountDirectory::isActionPending(const QString &id) const
{
    return m_queue->isBusy(id);
}

void AccountDirectory::showPending(const QString &id)
{
    const qsizetype row = m_store->rowOf(id);
    if (row < 0)
        return;
    const PendingAction action = m_queue->pendingAction(id);
    if (m_store->pendingAction(row) != action)
        m_store->setPendingAction(row, action);
}

void AccountDirectory::storeReported(const QString &id, const AccountBatch &account)
{
    // Kept while a listing runs, for its page in case that page was asked for earlier.
    if (m_pager->isRunning())
        m_reportedDuringLoad.insert(id, account);
    // Shown at once, even before its page (a looked-up id, an action across a reload); the
    // page then replaces the row in place.
    m_store->upsert(account, 0);
}

void AccountDirectory::handleAccountReported(const QString &id, const AccountBatch &account)
{
    bump(id);
    if (m_snapshotAsOfMs > 0)
        m_ownChanges.insert(id);
    storeReported(id, account);
    Q_EMIT rowsConfirmed();
}

void AccountDirectory::handleAccountChanged(const QString &id)
{
    bump(id);
    showPending(id);
}

void AccountDirectory::handleActionFinished(const ActionResult &result)
{
    // Requests folded into another's action, replaced before they were sent, or needing
    // nothing: the action that decided them reports for them.
    if (result.wasCoalesced || result.outcome == ActionResult::Outcome::Superseded
        || result.outcome == ActionResult::Outcome::Unchanged)
        return;
    // Refused before sending because someone changed the account: the row shows the
    // server's account (reported), and the person decides again; not a failure of the row.
    const bool succeeded = result.outcome == ActionResult::Outcome::Succeeded;
    const qsizetype row = m_store->rowOf(result.accountId);
    if (row >= 0)
        m_store->setFailed(row, !succeeded && result.outcome != ActionResult::Outcome::Conflict);
    if (result.change.isValid() && result.change.type() != AccountChange::Type::SetActive) {
        if (succeeded)
            Q_EMIT changeSucceeded(result.accountId, result.change);
        else
            Q_EMIT changeFailed(result.accountId, result.change, result.error);
        return;
    }
    if (succeeded)
        Q_EMIT actionSucceeded(result.accountId, result.serverActive.value_or(result.wantedActive));
    else
        Q_EMIT actionFailed(result.accountId, result.wantedActive, result.error);
}

void AccountDirectory::refresh(const QString &id)
{
    const quint64 generation = m_generation;
    ApiCall *call = m_client->retrieve(m_kind, id);
    connect(
        call, &ApiCall::finished, this, [this, call, id, generation] { handleRefreshFinished(call, id, generation); });
}

void AccountDirectory::handleRefreshFinished(ApiCall *call, const QString &id, quint64 generationAtSend)
{
    ApiError error = call->error();
    if (call->isSuccess()) {
        const AccountReadResult result = PageReader::readAccount(m_kind, call->body());
        if (result.ok() && result.batch.text(result.batch.record(0).id) == id.toUtf8()) {
            // An action that reported (or runs) since this was asked knows better.
            if (isReadCurrent(id, generationAtSend)) {
                noteWrite(id);
                storeReported(id, result.batch);
                Q_EMIT rowsConfirmed();
            }
            Q_EMIT refreshed(id);
            return;
        }
        error.kind = ApiError::Kind::InvalidResponse;
        error.httpStatus = call->httpStatus();
        error.attempts = call->attempts();
        error.retryable = false;
        error.message = result.ok() ? tr("The server answered with account %1 instead of %2.")
                                          .arg(result.batch.string(result.batch.record(0).id).left(64), id)
                                    : result.error->message;
    }
    noteAuthentication(error);
    Q_EMIT refreshFailed(id, error);
}

void AccountDirectory::noteAuthentication(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Authentication)
        Q_EMIT authenticationRequired();
}
