// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkaction.h"

#include <QLocale>
#include <QSet>

#include "core/domain/accountid.h"
#include "core/models/accountstatus.h"
#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"
#include "core/services/actionqueue.h"

namespace
{
QList<AccountChange> setActiveChanges(
    AccountKind kind, const QStringList &accountIds, bool wantedActive, const QString &reason)
{
    QList<AccountChange> changes;
    changes.reserve(accountIds.size());
    for (const QString &text : accountIds) {
        const std::optional<AccountId> id = AccountId::parse(kind, text);
        if (!id)
            continue;
        AccountChange change = AccountChange::setActive(*id, wantedActive);
        change.setReason(reason);
        changes.append(change);
    }
    return changes;
}
// By BulkAction::Column.
constexpr const char *columnTitles[]
    = { QT_TRANSLATE_NOOP("BulkAction", "Account"), QT_TRANSLATE_NOOP("BulkAction", "ID"),
          QT_TRANSLATE_NOOP("BulkAction", "Users"), QT_TRANSLATE_NOOP("BulkAction", "Result") };
static_assert(std::size(columnTitles) == BulkAction::ColumnCount);
} // namespace

BulkAction::BulkAction(AccountDirectory *directory, const QList<AccountChange> &changes, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
{
    const AccountStore *store = directory->store();
    QSet<QString> seen;
    m_items.reserve(changes.size());
    bool allSetActive = !changes.isEmpty();
    for (const AccountChange &change : changes) {
        const QString &id = change.accountId().toString();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        allSetActive = allSetActive && change.type() == AccountChange::Type::SetActive
            && change.wantedActive() == changes.first().wantedActive();
        Item item;
        item.accountId = id;
        item.change = change;
        const qsizetype row = store->rowOf(id);
        if (row >= 0) {
            item.name = store->name(row);
            item.userCount = store->record(row).userCount;
        }
        m_items.append(item);
    }
    m_wantedActive = allSetActive && changes.first().wantedActive();
    m_reason = changes.isEmpty() ? QString() : changes.first().reason();
    m_counts[int(State::Waiting)] = m_items.size();
    connect(directory->actionQueue(), &ActionQueue::actionFinished, this, &BulkAction::handleActionFinished);
}

BulkAction::BulkAction(AccountDirectory *directory, const QStringList &accountIds, bool wantedActive,
    const QString &reason, QObject *parent)
    : BulkAction(directory, setActiveChanges(directory->kind(), accountIds, wantedActive, reason), parent)
{
    m_wantedActive = wantedActive;
    m_reason = reason;
    // A malformed id has no change to carry; it fails at once, without a request.
    QSet<QString> seen;
    for (const QString &id : accountIds) {
        if (AccountId::parse(directory->kind(), id) || seen.contains(id))
            continue;
        seen.insert(id);
        Item item;
        item.accountId = id;
        item.state = State::Failed;
        item.error.kind = ApiError::Kind::InvalidId;
        item.error.message = tr("This is not a valid account id.");
        m_items.append(item);
        ++m_counts[int(State::Failed)];
    }
}

bool BulkAction::isDeactivation() const
{
    for (const Item &item : m_items) {
        if (item.change.isValid()
            && (item.change.type() != AccountChange::Type::SetActive || item.change.wantedActive()))
            return false;
    }
    return !m_items.isEmpty();
}

QList<AccountChange> BulkAction::changedChanges() const
{
    QList<AccountChange> changes;
    for (const Item &item : m_items) {
        if (item.state == State::Changed)
            changes.append(item.change);
    }
    return changes;
}

BulkAction::~BulkAction() = default;

qsizetype BulkAction::count(State state) const
{
    return m_counts[int(state)];
}

qsizetype BulkAction::finishedCount() const
{
    return size() - count(State::Waiting) - count(State::Running);
}

QStringList BulkAction::idsIn(State state) const
{
    QStringList ids;
    for (const Item &item : m_items) {
        if (item.state == state)
            ids.append(item.accountId);
    }
    return ids;
}

void BulkAction::start()
{
    if (m_isStarted)
        return;
    m_isStarted = true;
    feed();
}

void BulkAction::cancel()
{
    if (!m_isStarted || m_isCancelled)
        return;
    m_isCancelled = true;
    for (qsizetype index = m_nextToFeed; index < m_items.size(); ++index) {
        if (m_items[index].state == State::Waiting)
            setState(index, State::Cancelled);
    }
    finishIfDone();
}

bool BulkAction::retryFailed()
{
    if (isRunning() || count(State::Failed) == 0)
        return false;
    m_isCancelled = false;
    m_nextToFeed = m_items.size();
    for (qsizetype index = 0; index < m_items.size(); ++index) {
        if (m_items[index].state == State::Failed) {
            m_items[index].rateLimitedTries = 0;
            setState(index, State::Waiting);
            m_nextToFeed = qMin(m_nextToFeed, index);
        }
    }
    feed();
    return true;
}

void BulkAction::feed()
{
    AccountDirectory *directory = m_directory.data();
    if (!directory) {
        cancel();
        return;
    }
    ActionQueue *queue = directory->actionQueue();
    const AccountStore *store = directory->store();
    // Enough to keep every slot of the queue busy, few enough that cancel() is prompt.
    const int window = 2 * queue->maxConcurrent();
    while (!m_isCancelled && m_inQueue < window && m_nextToFeed < m_items.size()) {
        const qsizetype index = m_nextToFeed++;
        Item &item = m_items[index];
        if (item.state != State::Waiting)
            continue;
        const qsizetype row = store->rowOf(item.accountId);
        if (row < 0) {
            ApiError error;
            error.kind = ApiError::Kind::NotFound;
            error.message = tr("The account is not loaded.");
            setState(index, State::Failed, error);
            continue;
        }
        // Judged by the last state the server reported: sending the request anyway would
        // succeed, and an undo would then "restore" an account this action never changed.
        // A stale row (a snapshot the server has not confirmed yet) decides nothing: the
        // request goes, and the server's answer says.
        if (!store->isPending(row) && !store->isStale(row)
            && item.change.isDoneIn(store->account(row)).value_or(false)) {
            setState(index, State::Unchanged);
            continue;
        }
        const quint64 ticket = directory->requestChange(item.change);
        item.ticket = ticket;
        m_indexOfTicket.insert(ticket, index);
        ++m_inQueue;
        setState(index, State::Running);
    }
    finishIfDone();
}

void BulkAction::handleActionFinished(const ActionResult &result)
{
    const auto found = m_indexOfTicket.constFind(result.ticket);
    if (found == m_indexOfTicket.cend())
        return;
    const qsizetype index = *found;
    m_indexOfTicket.erase(found);
    --m_inQueue;
    switch (result.outcome) {
    case ActionResult::Outcome::Succeeded:
        setState(index, State::Changed);
        break;
    case ActionResult::Outcome::Unchanged:
        setState(index, State::Unchanged);
        break;
    case ActionResult::Outcome::Superseded: {
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        error.message = tr("A newer request for this account replaced it before it was sent.");
        setState(index, State::Failed, error);
        break;
    }
    case ActionResult::Outcome::Conflict:
        setState(index, State::Failed, result.error);
        break;
    case ActionResult::Outcome::Failed:
        // A 429 says "not now", not "no": the account goes back in line, and the queue's
        // pause after the 429 spaces it out. Within reason: a server that keeps refusing fails it.
        if (!m_isCancelled && m_directory
            && m_directory->actionQueue()->rateLimitPolicy().shouldTryAgainLater(
                result.error, m_items[index].rateLimitedTries)) {
            ++m_items[index].rateLimitedTries;
            setState(index, State::Waiting);
            m_nextToFeed = qMin(m_nextToFeed, index);
            break;
        }
        setState(index, State::Failed, result.error);
        break;
    }
    feed();
}

void BulkAction::setState(qsizetype row, State state, const ApiError &error)
{
    Item &item = m_items[row];
    const bool wasFinished = item.state != State::Waiting && item.state != State::Running;
    --m_counts[int(item.state)];
    ++m_counts[int(state)];
    item.state = state;
    item.error = error;
    const bool isFinished = state != State::Waiting && state != State::Running;
    Q_EMIT dataChanged(index(int(row), ResultColumn), index(int(row), ResultColumn));
    if (isFinished && !wasFinished)
        Q_EMIT progressed(finishedCount(), size());
}

void BulkAction::finishIfDone()
{
    if (!m_isStarted || finishedCount() < size() || m_isFinishedOwed)
        return;
    // Later: start() may find every account already done, before the caller connected.
    m_isFinishedOwed = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_isFinishedOwed = false;
            if (finishedCount() == size())
                Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

QString BulkAction::stateText(const Item &item)
{
    const bool isSetActive = item.change.type() == AccountChange::Type::SetActive;
    const bool wantedActive = item.change.wantedActive();
    switch (item.state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Running:
        return AccountStatus::pendingText(item.change.pendingAction());
    case State::Changed:
        if (!isSetActive)
            return tr("Done");
        return wantedActive ? tr("Reactivated") : tr("Deactivated");
    case State::Unchanged:
        if (!isSetActive)
            return tr("Already so");
        return wantedActive ? tr("Already active") : tr("Already inactive");
    case State::Failed:
        return tr("Failed: %1").arg(item.error.message.isEmpty() ? item.error.summary() : item.error.message);
    case State::Cancelled:
        return tr("Cancelled, not sent");
    }
    return {};
}

int BulkAction::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BulkAction::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkAction::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return item.name;
        case IdColumn:
            return item.accountId;
        case UsersColumn:
            return QLocale().toString(item.userCount);
        case ResultColumn:
            return stateText(item);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == UsersColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case AccountIdRole:
        return item.accountId;
    case StateRole:
        return int(item.state);
    }
    return {};
}

QVariant BulkAction::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section >= 0 && section < ColumnCount ? tr(columnTitles[section]) : QVariant();
}
