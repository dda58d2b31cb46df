// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountstore.h"

#include <algorithm>
#include <thread>

#include <QVarLengthArray>

#include "core/models/accountsortkey.h"
#include "core/models/sortedaccounts.h"
#include "core/models/sortedrows.h"

AccountStore::AccountStore(AccountKind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_rows(kind)
{ }

AccountStore::~AccountStore() = default;

std::unique_ptr<AccountStore> AccountStore::preparedFrom(
    const AccountBatch &snapshot, int sortColumn, Qt::SortOrder sortOrder)
{
    auto store = std::make_unique<AccountStore>(snapshot.kind());
    // Made on a pool thread, used and deleted on the GUI thread: it belongs to neither.
    store->moveToThread(nullptr);
    // The rows as they are, arena and all, shared with `snapshot` until the store first
    // writes: whoever keeps `snapshot` should let go of it (or hold a copy of its own) by then.
    store->m_rows = snapshot;
    const qsizetype rows = snapshot.size();
    store->m_reservedRows = rows;
    store->m_reservedTextBytes = store->m_rows.textBytes();
    store->m_states.assign(size_t(rows), StaleBit);
    store->m_staleCount = rows;
    // The folded search text is about as long as the arena's texts it folds: room for all of
    // it at once, so it never grows (copying megabytes into fresh memory) on the way.
    store->m_searchText.reserveAtOnce(rows, store->m_rows.textBytes() + 2 * rows);
    // Folding the search text (35 ms at 100,000 rows) and indexing the ids (12 ms) write
    // different members: a large snapshot has a thread for each. A sort by name or id needs
    // the folded names, so it follows the folding; as snapshots are written in the order their
    // view sorts (sortedOrderOf()), it is usually a check of rows in order (a few ms), cheaper
    // than folding every name a second time beside the search text. The indexing, done first,
    // touches the memory for its keys meanwhile (fresh memory: 10 ms for 5 MB on some
    // machines). A sort by another column reads only the rows and runs beside the folding.
    const bool sortsFoldedText
        = sortColumn >= 0 && AccountSortKey::kind(sortColumn) == AccountSortKey::Kind::StoredText;
    const bool sortsBeside = sortColumn >= 0 && !sortsFoldedText;
    const auto fold = [&store, rows] {
        for (qsizetype row = 0; row < rows; ++row)
            store->m_searchText.append(store->m_rows, row);
    };
    std::unique_ptr<SortedAccounts> presorted;
    const auto sortFoldingHere = [&store, &presorted, rows, sortColumn, sortOrder] {
        presorted = std::make_unique<SortedAccounts>(
            SortedAccounts::of(*store, int(rows), sortColumn, sortOrder, SortedAccounts::NameSource::FoldHere));
    };
    std::thread folding;
    std::thread sorting;
    if (size_t(rows) >= SortedRows::parallelRows) {
        folding = std::thread(fold);
        if (sortsBeside)
            sorting = std::thread(sortFoldingHere);
    } else {
        fold();
        if (sortsBeside)
            sortFoldingHere();
    }
    bool repeatedId = false;
    store->m_index.reserve(rows);
    for (qsizetype row = 0; row < rows; ++row) {
        if (store->rowOfUtf8(snapshot.text(snapshot.record(row).id)) >= 0) {
            repeatedId = true;
            break;
        }
        store->insertIntoIndex(row);
        if (!snapshot.record(row).isActive())
            ++store->m_inactiveCount;
    }
    const bool sortsAfterFolding = sortsFoldedText && !repeatedId;
    std::vector<AccountSortKey::Key> sortKeys;
    if (sortsAfterFolding)
        sortKeys = SortedAccounts::roomForKeys(rows);
    for (std::thread *thread : { &folding, &sorting }) {
        if (thread->joinable())
            thread->join();
    }
    if (sortsAfterFolding) {
        presorted = std::make_unique<SortedAccounts>(SortedAccounts::of(*store, int(rows), sortColumn, sortOrder,
            SortedAccounts::NameSource::StoreSearchText, std::move(sortKeys)));
    }
    if (repeatedId) {
        // A repeated id (no snapshot this console writes has one): the path that merges them.
        auto merged = std::make_unique<AccountStore>(snapshot.kind());
        merged->moveToThread(nullptr);
        merged->restore(snapshot);
        // The second copy of an id confirmed the first: nothing in a snapshot is confirmed.
        for (quint8 &state : merged->m_states)
            state |= StaleBit;
        merged->m_staleCount = merged->size();
        return merged;
    }
    store->m_presorted = std::move(presorted);
    return store;
}

std::vector<int> AccountStore::sortedOrderOf(const AccountBatch &rows, int sortColumn, Qt::SortOrder sortOrder)
{
    // A store of the rows alone (no search text, index or states), which is all that
    // SortedAccounts reads when it folds the names itself.
    AccountStore store(rows.kind());
    store.m_rows = rows;
    return SortedAccounts::of(store, int(rows.size()), sortColumn, sortOrder, SortedAccounts::NameSource::FoldHere)
        .rows;
}

void AccountStore::adoptRows(AccountStore &prepared)
{
    Q_ASSERT(size() == 0 && prepared.m_kind == m_kind);
    // Every member but the kind: a member added to the store belongs here too.
    std::swap(m_rows, prepared.m_rows);
    std::swap(m_reservedRows, prepared.m_reservedRows);
    std::swap(m_reservedTextBytes, prepared.m_reservedTextBytes);
    std::swap(m_states, prepared.m_states);
    std::swap(m_inactiveCount, prepared.m_inactiveCount);
    std::swap(m_staleCount, prepared.m_staleCount);
    std::swap(m_goneCount, prepared.m_goneCount);
    std::swap(m_initialState, prepared.m_initialState);
    std::swap(m_changes, prepared.m_changes);
    std::swap(m_changesByRow, prepared.m_changesByRow);
    std::swap(m_index, prepared.m_index);
    m_searchText = std::move(prepared.m_searchText);
    std::swap(m_presorted, prepared.m_presorted);
    if (size() > 0)
        Q_EMIT rowsAppended(0, size() - 1);
    // Sorted for the rows as they were announced: any later change would leave it wrong.
    m_presorted.reset();
}

void AccountStore::setPreferredOrder(int sortColumn, Qt::SortOrder sortOrder)
{
    m_preferredSortColumn = sortColumn;
    m_preferredSortOrder = sortOrder;
}

std::unique_ptr<SortedAccounts> AccountStore::takePresorted(int sortColumn, Qt::SortOrder sortOrder)
{
    if (!m_presorted || m_presorted->column != sortColumn || m_presorted->order != sortOrder)
        return nullptr;
    return std::move(m_presorted);
}

qsizetype AccountStore::rowOf(QStringView id) const
{
    // Ids are ASCII; convert on the stack rather than allocating a QByteArray per lookup.
    QVarLengthArray<char, 64> utf8;
    utf8.reserve(id.size());
    for (const QChar c : id) {
        if (c.unicode() >= 0x80)
            return rowOfUtf8(id.toUtf8());
        utf8.append(char(c.unicode()));
    }
    return rowOfUtf8(QByteArrayView(utf8.constData(), utf8.size()));
}

qsizetype AccountStore::rowOfUtf8(QByteArrayView utf8Id) const
{
    return m_index.find(utf8Id, [this](qsizetype row) { return m_rows.text(m_rows.record(row).id); });
}

PendingAction AccountStore::pendingAction(qsizetype row) const
{
    Q_ASSERT(row >= 0 && row < size());
    return PendingAction(m_states[size_t(row)] & PendingMask);
}

bool AccountStore::hasFailed(qsizetype row) const
{
    Q_ASSERT(row >= 0 && row < size());
    return m_states[size_t(row)] & FailedBit;
}

QByteArray AccountStore::metadataSummary(qsizetype row) const
{
    const AccountRecord &r = record(row);
    QByteArray summary;
    for (quint32 i = 0; i < r.metadataCount; ++i) {
        const MetadataEntry &entry = m_rows.metadataEntry(r.firstMetadata + i);
        if (i > 0)
            summary.append(", ");
        summary.append(m_rows.metadataKey(entry.key));
        summary.append('=');
        summary.append(m_rows.text(entry.value));
    }
    return summary;
}

QByteArrayView AccountStore::searchText(qsizetype row) const
{
    return m_searchText.of(row);
}

QByteArrayView AccountStore::foldedName(qsizetype row) const
{
    Q_ASSERT(row >= 0 && row < size());
    return m_searchText.foldedName(row, record(row));
}

QByteArrayView AccountStore::foldedId(qsizetype row) const
{
    Q_ASSERT(row >= 0 && row < size());
    return m_searchText.foldedId(row, record(row));
}

void AccountStore::markTextMatches(QByteArrayView foldedNeedle, std::vector<quint8> &matches) const
{
    m_searchText.markMatches(foldedNeedle, matches);
}

qsizetype AccountStore::memoryBytes() const
{
    const AccountBatch &r = m_rows;
    return qMax(r.textBytes(), m_reservedTextBytes) + qMax(r.size(), m_reservedRows) * qsizetype(sizeof(AccountRecord))
        + qsizetype(r.metadataEntryCount()) * qsizetype(sizeof(MetadataEntry)) + qsizetype(m_states.capacity())
        + m_index.memoryBytes() + m_searchText.memoryBytes();
}

void AccountStore::clear()
{
    Q_EMIT aboutToReset();
    // Assigning fresh containers returns the memory; a reload starts from nothing.
    m_rows = AccountBatch(m_kind);
    m_reservedRows = 0;
    m_reservedTextBytes = 0;
    m_states = {};
    m_inactiveCount = 0;
    m_staleCount = 0;
    m_goneCount = 0;
    m_changes = ChangeSummary();
    m_changesByRow.clear();
    m_index.clear();
    m_searchText.clear();
    Q_EMIT wasReset();
}

void AccountStore::append(const AccountBatch &batch)
{
    appendRows(batch, 0);
}

void AccountStore::restore(const AccountBatch &snapshot)
{
    appendRows(snapshot, StaleBit);
}

void AccountStore::appendRows(const AccountBatch &batch, quint8 initialState)
{
    if (batch.isEmpty())
        return;
    Q_ASSERT(batch.kind() == m_kind);
    Q_ASSERT(&batch != &m_rows);
    reserveFor(batch);
    m_initialState = initialState;
    const qsizetype first = size();
    QVarLengthArray<qsizetype, 8> changed;
    qsizetype firstConfirmed = -1;
    qsizetype lastConfirmed = -1;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        RowWrite write = RowWrite::Appended;
        bool wasConfirmed = false;
        const qsizetype row = storeRow(batch, i, &write, &wasConfirmed);
        // A repeated id within this batch replaces a row that rowsAppended() will announce anyway.
        if (row >= first)
            continue;
        if (write == RowWrite::Replaced) {
            changed.append(row);
        } else if (wasConfirmed) {
            firstConfirmed = firstConfirmed < 0 ? row : qMin(firstConfirmed, row);
            lastConfirmed = qMax(lastConfirmed, row);
        }
    }
    m_initialState = 0;
    if (size() > first)
        Q_EMIT rowsAppended(first, size() - 1);
    std::sort(changed.begin(), changed.end());
    const auto end = std::unique(changed.begin(), changed.end());
    for (auto it = changed.begin(); it != end; ++it)
        Q_EMIT rowChanged(*it);
    if (firstConfirmed >= 0)
        Q_EMIT rowsConfirmed(firstConfirmed, lastConfirmed);
}

qsizetype AccountStore::markStaleGone()
{
    if (m_staleCount == 0)
        return 0;
    QList<qsizetype> gone;
    for (qsizetype row = 0; row < size(); ++row) {
        quint8 &state = m_states[size_t(row)];
        if (!(state & StaleBit))
            continue;
        state = quint8((state & ~StaleBit) | GoneBit);
        if (!record(row).isActive())
            --m_inactiveCount;
        gone.append(row);
    }
    m_staleCount = 0;
    m_goneCount += gone.size();
    for (const qsizetype row : std::as_const(gone))
        Q_EMIT rowChanged(row);
    return gone.size();
}

AccountBatch AccountStore::liveRows() const
{
    if (m_goneCount == 0)
        return m_rows;
    AccountBatch live(m_kind);
    live.reserve(liveCount(), m_rows.textBytes());
    for (qsizetype row = 0; row < size(); ++row) {
        if (!isGone(row))
            live.appendRow(m_rows, row);
    }
    return live;
}

void AccountStore::setChanges(ChangeSummary changes)
{
    QList<qsizetype> rows;
    for (auto it = m_changesByRow.cbegin(); it != m_changesByRow.cend(); ++it)
        rows.append(it.key());
    m_changes = std::move(changes);
    m_changesByRow.clear();
    for (const ChangeSummary::Entry &entry : m_changes.entries()) {
        const qsizetype row = rowOf(entry.id);
        if (row >= 0) {
            m_changesByRow.insert(quint32(row), entry.changes);
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    Q_EMIT changesChanged(rows);
}

ChangeSummary::Changes AccountStore::changesOf(qsizetype row) const
{
    if (m_changesByRow.isEmpty())
        return {};
    return m_changesByRow.value(quint32(row));
}

qsizetype AccountStore::upsert(const AccountBatch &batch, qsizetype sourceRow)
{
    Q_ASSERT(batch.kind() == m_kind);
    Q_ASSERT(sourceRow >= 0 && sourceRow < batch.size());
    Q_ASSERT(&batch != &m_rows);
    RowWrite write = RowWrite::Appended;
    bool wasConfirmed = false;
    const qsizetype row = storeRow(batch, sourceRow, &write, &wasConfirmed);
    if (write == RowWrite::Appended)
        Q_EMIT rowsAppended(row, row);
    else
        Q_EMIT rowChanged(row);
    return row;
}

void AccountStore::setPendingAction(qsizetype row, PendingAction action)
{
    Q_ASSERT(row >= 0 && row < size());
    setState(row, quint8((m_states[size_t(row)] & ~PendingMask) | quint8(action)));
}

void AccountStore::setFailed(qsizetype row, bool failed)
{
    Q_ASSERT(row >= 0 && row < size());
    const quint8 state = m_states[size_t(row)];
    setState(row, failed ? quint8(state | FailedBit) : quint8(state & ~FailedBit));
}

void AccountStore::setState(qsizetype row, quint8 state)
{
    if (m_states[size_t(row)] == state)
        return;
    m_states[size_t(row)] = state;
    Q_EMIT rowChanged(row);
}

qsizetype AccountStore::storeRow(const AccountBatch &batch, qsizetype sourceRow, RowWrite *write, bool *wasConfirmed)
{
    const AccountRecord &incoming = batch.record(sourceRow);
    qsizetype row = rowOfUtf8(batch.text(incoming.id));
    if (row < 0) {
        *write = RowWrite::Appended;
        row = size();
        m_rows.appendRecord(copyRecord(batch, sourceRow));
        m_states.push_back(m_initialState);
        if (m_initialState & StaleBit)
            ++m_staleCount;
        if (!incoming.isActive())
            ++m_inactiveCount;
        insertIntoIndex(row);
        m_searchText.append(m_rows, row);
        return row;
    }
    quint8 &state = m_states[size_t(row)];
    *wasConfirmed = state & (StaleBit | GoneBit);
    if (state & StaleBit)
        --m_staleCount;
    const bool wasGone = state & GoneBit;
    if (wasGone) {
        --m_goneCount;
        if (!record(row).isActive())
            ++m_inactiveCount; // counted out when it went
    }
    state = quint8(state & ~(StaleBit | GoneBit));
    // Most confirmations bring nothing new: the row, its search text and its arena stay as they are.
    if (!wasGone && m_rows.isSameAccount(row, batch, sourceRow)) {
        *write = RowWrite::Unchanged;
        return row;
    }
    *write = RowWrite::Replaced;
    const bool wasActive = record(row).isActive();
    // The old text stays in the arena until clear(): replacements are rare next to loads.
    m_rows.replace(row, batch, sourceRow);
    m_inactiveCount += qsizetype(wasActive) - qsizetype(incoming.isActive());
    m_searchText.replace(m_rows, row);
    return row;
}

AccountRecord AccountStore::copyRecord(const AccountBatch &source, qsizetype sourceRow)
{
    const AccountRecord &from = source.record(sourceRow);
    AccountRecord copy = from;
    copy.id = m_rows.appendText(source.text(from.id));
    copy.name = m_rows.appendText(source.text(from.name));
    copy.createdByApiKeyId
        = from.hasCreatedByApiKeyId() ? m_rows.appendText(source.text(from.createdByApiKeyId)) : TextSpan {};
    copy.createdByUserId
        = from.hasCreatedByUserId() ? m_rows.appendText(source.text(from.createdByUserId)) : TextSpan {};
    copy.firstMetadata = m_rows.metadataEntryCount();
    for (quint32 i = 0; i < from.metadataCount; ++i) {
        const MetadataEntry &entry = source.metadataEntry(from.firstMetadata + i);
        const quint32 key = m_rows.internMetadataKey(source.metadataKey(entry.key));
        m_rows.appendMetadataEntry(key, m_rows.appendText(source.text(entry.value)));
    }
    return copy;
}

void AccountStore::reserveFor(const AccountBatch &batch)
{
    // Grow by a quarter when a page does not fit. AccountBatch on its own reserves exactly
    // what each page needs, which copies every record again on every page; doubling would
    // leave up to half the capacity unused once the load is done.
    // Only the ids not yet here take a row: a revalidating page of 100 confirmations must not
    // grow (copy) the arrays of 100,000 rows.
    qsizetype newRows = 0;
    for (qsizetype i = 0; i < batch.size(); ++i)
        newRows += rowOfUtf8(batch.text(batch.record(i).id)) < 0;
    const qsizetype rowsNeeded = size() + newRows;
    const qsizetype textNeeded = m_rows.textBytes() + (newRows > 0 ? batch.textBytes() : 0);
    if (rowsNeeded <= m_reservedRows && textNeeded <= m_reservedTextBytes)
        return;
    m_reservedRows = qMax(rowsNeeded, m_reservedRows + m_reservedRows / 4);
    m_reservedTextBytes = qMax(textNeeded, m_reservedTextBytes + m_reservedTextBytes / 4);
    m_rows.reserve(m_reservedRows, m_reservedTextBytes);
    m_states.reserve(size_t(m_reservedRows));
    m_index.reserve(m_reservedRows);
    m_searchText.reserveRows(m_reservedRows);
}

void AccountStore::insertIntoIndex(qsizetype row)
{
    m_index.add(RowIdIndex::hash(m_rows.text(record(row).id)));
}
