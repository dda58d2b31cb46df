// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountfiltermodel.h"

// About 610 lines, one job: keeping the vector of shown rows (and, while sorted, all rows in
// sort order) in step with the table through every kind of change it sees: a new filter, a
// sort, new pages (taken in turns so a large block never holds the GUI thread, or at once
// when a pool thread sorted them beforehand), a changed row, a reset. Each handler updates
// the same two vectors and publishes with the smallest signal that describes the change, so
// they belong together. What a column sorts by lives in AccountSortKey, how all rows are
// sorted in SortedAccounts, how rows are sorted and merged in SortedRows, what a row matches
// in AccountFilter.

#include <algorithm>
#include <array>
#include <numeric>
#include <type_traits>

#include "core/models/accountsortkey.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/models/foldedtext.h"
#include "core/models/sortedaccounts.h"
#include "core/models/sortedrows.h"

namespace
{
using AccountSortKey::RowOrder;
using SortedRows::mergedInto;
using SortKey = AccountSortKey::Key;
static_assert(std::is_same_v<SortKey, std::array<quint64, 6>>, "m_sortKeys in the header holds these keys");

// More changed rows than this in one dataChanged() are re-filtered as a whole.
constexpr int rowByRowChangeLimit = 64;

/// True when a column's keys say everything or come folded from the store: a sort moves the keys
/// with the rows instead of folding every row's text into an arena first.
bool sortsByKeysAlone(int column)
{
    return AccountSortKey::kind(column) != AccountSortKey::Kind::Text;
}

} // namespace

AccountFilterModel::AccountFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_takeTimer.setSingleShot(true);
    m_takeTimer.setInterval(0);
    connect(&m_takeTimer, &QTimer::timeout, this, &AccountFilterModel::takeWaitingRows);
}

AccountFilterModel::~AccountFilterModel() = default;

void AccountFilterModel::setSourceModel(QAbstractItemModel *source)
{
    auto *table = qobject_cast<AccountTableModel *>(source);
    if (source && !table) {
        qWarning("AccountFilterModel: the source model must be an AccountTableModel");
        return;
    }
    if (table == m_table)
        return;
    const qsizetype before = shownCount();
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(table);
    m_table = table;
    m_store = table ? table->store() : nullptr;
    if (table) {
        m_sourceConnections = {
            connect(
                table, &QAbstractItemModel::modelAboutToBeReset, this, &AccountFilterModel::handleSourceAboutToBeReset),
            connect(table, &QAbstractItemModel::modelReset, this, &AccountFilterModel::handleSourceReset),
            connect(table, &QAbstractItemModel::rowsInserted, this, &AccountFilterModel::handleSourceRowsInserted),
            connect(table, &QAbstractItemModel::dataChanged, this, &AccountFilterModel::handleSourceDataChanged),
            connect(table, &QAbstractItemModel::headerDataChanged, this,
                &AccountFilterModel::handleSourceHeaderDataChanged),
            connect(table, &QObject::destroyed, this, &AccountFilterModel::handleSourceDestroyed),
            // The table only ever appends and changes rows; anything else is taken as a reset.
            connect(table, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &AccountFilterModel::handleSourceAboutToBeReset),
            connect(table, &QAbstractItemModel::rowsRemoved, this, &AccountFilterModel::handleSourceReset),
            connect(
                table, &QAbstractItemModel::rowsAboutToBeMoved, this, &AccountFilterModel::handleSourceAboutToBeReset),
            connect(table, &QAbstractItemModel::rowsMoved, this, &AccountFilterModel::handleSourceReset),
            connect(table, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &AccountFilterModel::handleSourceAboutToBeReset),
            connect(table, &QAbstractItemModel::layoutChanged, this, &AccountFilterModel::handleSourceReset),
        };
    }
    rebuild();
    endResetModel();
    notifyShownCount(before);
    tellStoreTheOrder();
}

void AccountFilterModel::tellStoreTheOrder()
{
    if (m_table)
        m_table->store()->setPreferredOrder(m_sortColumn, m_sortOrder);
}

void AccountFilterModel::setFilter(const AccountFilter &filter)
{
    if (filter == m_filter)
        return;
    const AccountFilter previous = std::exchange(m_filter, filter);
    if (!m_store)
        return;
    std::vector<int> shown;
    if (m_filter.narrows(previous) && m_shown.size() < size_t(m_sourceRows) / 8) {
        // Typing on: only the few rows shown now can still match, and they are already in order.
        shown.reserve(m_shown.size());
        for (const int row : m_shown) {
            if (m_filter.matches(*m_store, row))
                shown.push_back(row);
        }
    } else {
        shown = filteredRows();
    }
    publishLayout(std::move(shown), NoLayoutChangeHint);
}

void AccountFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= AccountTableModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    tellStoreTheOrder();
    if (!m_store)
        return;
    if (m_sortColumn < 0) {
        m_sorted = {};
        m_sortKeys = {};
    } else {
        sortAllRows();
    }

    // The same rows in the new order.
    std::vector<int> shown;
    shown.reserve(m_shown.size());
    if (m_sortColumn < 0) {
        for (int row = 0; row < m_sourceRows; ++row) {
            if (proxyRowOf(row) >= 0)
                shown.push_back(row);
        }
    } else {
        for (const int row : m_sorted) {
            if (proxyRowOf(row) >= 0)
                shown.push_back(row);
        }
    }
    publishLayout(std::move(shown), VerticalSortHint);
}

QModelIndex AccountFilterModel::indexOfAccount(QStringView id, int column) const
{
    if (!m_store)
        return {};
    const qsizetype row = m_store->rowOf(id);
    if (row < 0 || row >= m_sourceRows)
        return {};
    const int proxyRow = proxyRowOf(int(row));
    return proxyRow < 0 ? QModelIndex() : index(proxyRow, column);
}

QModelIndex AccountFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_table || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    if (proxyIndex.row() >= int(m_shown.size()))
        return {};
    return m_table->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex AccountFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_table || !sourceIndex.isValid() || sourceIndex.model() != m_table)
        return {};
    const int proxyRow = proxyRowOf(sourceIndex.row());
    return proxyRow < 0 ? QModelIndex() : index(proxyRow, sourceIndex.column());
}

QModelIndex AccountFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_shown.size()) || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex AccountFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex AccountFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int AccountFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AccountFilterModel::columnCount(const QModelIndex &parent) const
{
    return (parent.isValid() || !m_table) ? 0 : int(AccountTableModel::ColumnCount);
}

bool AccountFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.empty();
}

QVariant AccountFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Column titles do not depend on the rows shown, even when none are (the base class maps
    // them through row 0); row numbers count the rows as shown.
    if (orientation == Qt::Horizontal)
        return m_table ? m_table->headerData(section, orientation, role) : QVariant();
    return QAbstractItemModel::headerData(section, orientation, role);
}

void AccountFilterModel::handleSourceAboutToBeReset()
{
    beginResetModel();
}

void AccountFilterModel::handleSourceReset()
{
    const qsizetype before = shownCount();
    rebuild();
    endResetModel();
    notifyShownCount(before);
}

void AccountFilterModel::setSortedInsertLimit(int rows)
{
    m_sortedInsertLimit = qMax(0, rows);
    takeWaitingRows();
}

void AccountFilterModel::handleSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || last < first)
        return;
    if (first != m_announcedRows) {
        // The table only appends; an insertion elsewhere is handled as a reset.
        handleSourceAboutToBeReset();
        handleSourceReset();
        return;
    }
    m_announcedRows = last + 1;
    takeWaitingRows();
}

void AccountFilterModel::takeWaitingRows()
{
    if (!m_store || m_sourceRows >= m_announcedRows || takePresortedRows())
        return;
    int last = m_announcedRows - 1;
    const int waiting = last - m_sourceRows + 1;
    // Each new row of a sorted proxy costs a binary search among the rows it holds (2-3 us at
    // 100,000 rows): thousands at once held the GUI thread for 10-20 ms. So into a large
    // sorted proxy a turn takes setSortedInsertLimit() rows, and a block of five turns or more
    // (a snapshot's 100,000 rows cost 16 ms of keys and 21 ms of sorting) five at a time.
    int turn = 0;
    if (m_sortColumn >= 0 && m_sortedInsertLimit > 0) {
        if (waiting >= 5 * m_sortedInsertLimit) {
            turn = 5 * m_sortedInsertLimit;
            // Room for the whole block at once: growing by doubling on the way copied
            // megabytes of keys into fresh memory in single turns (9-14 ms at 50,000 and
            // 90,000 rows of a snapshot). Never less than doubling, as a load's blocks follow.
            if (m_sortKeys.capacity() < size_t(m_announcedRows))
                m_sortKeys.reserve(std::max(size_t(m_announcedRows), 2 * m_sortKeys.capacity()));
        } else if (m_sourceRows >= 4 * m_sortedInsertLimit && waiting > m_sortedInsertLimit)
            turn = m_sortedInsertLimit;
    }
    if (turn > 0) {
        last = m_sourceRows + turn - 1;
        if (!m_takeTimer.isActive())
            m_takeTimer.start();
    }
    takeRows(m_sourceRows, last);
}

bool AccountFilterModel::takePresortedRows()
{
    if (m_sourceRows != 0 || m_sortColumn < 0)
        return false;
    std::unique_ptr<SortedAccounts> presorted = m_table->store()->takePresorted(m_sortColumn, m_sortOrder);
    if (!presorted || presorted->rows.size() != size_t(m_announcedRows))
        return false;
    m_sourceRows = m_announcedRows;
    m_sorted = std::move(presorted->rows);
    m_sortKeys = std::move(presorted->keys);
    invalidateInverse();
    std::vector<int> shown = filteredRows();
    if (shown.empty())
        return true;
    const qsizetype before = shownCount();
    beginInsertRows(QModelIndex(), 0, int(shown.size()) - 1);
    m_shown = std::move(shown);
    invalidateInverse();
    endInsertRows();
    notifyShownCount(before);
    return true;
}

void AccountFilterModel::takeRows(int first, int last)
{
    if (m_sortColumn >= 0) {
        insertRowsSorted(first, last);
        return;
    }
    m_sourceRows = last + 1;
    invalidateInverse();
    std::vector<int> added;
    for (int row = first; row <= last; ++row) {
        if (m_filter.passesEveryRow(*m_store) || m_filter.matches(*m_store, row))
            added.push_back(row);
    }
    if (added.empty())
        return;
    const qsizetype before = shownCount();
    const int firstProxyRow = int(m_shown.size());
    beginInsertRows(QModelIndex(), firstProxyRow, firstProxyRow + int(added.size()) - 1);
    m_shown.insert(m_shown.end(), added.begin(), added.end());
    invalidateInverse();
    endInsertRows();
    notifyShownCount(before);
}

void AccountFilterModel::insertRowsSorted(int first, int last)
{
    const int count = last - first + 1;
    const qsizetype before = shownCount();
    // Which shown rows stay is known before the new rows arrive: keep it through the change.
    std::vector<quint8> wasShown(size_t(first), 0);
    for (const int row : m_shown)
        wasShown[size_t(row)] = 1;
    m_sourceRows = last + 1;
    invalidateInverse();

    updateSortKeys(first, last);

    std::vector<int> shown;
    if (!sortsByKeysAlone(m_sortColumn) && count > 1000 && count > first / 8) {
        // Many rows at once by a text the store does not keep folded (metadata, created by):
        // sorting all by keys folded once beats placing each one.
        sortAllRows();
    } else {
        // Sort the new rows alone and merge them in: at 100,000 rows a few milliseconds, where
        // a full sort or a text comparison per step took a hundred.
        const RowOrder order(*m_store, m_sortColumn, m_sortOrder, m_sortKeys);
        std::vector<int> added(static_cast<size_t>(count));
        std::iota(added.begin(), added.end(), first);
        std::sort(added.begin(), added.end(), std::cref(order));
        m_sorted = mergedInto(m_sorted, added, order);
    }
    // One pass over the sorted order keeps the rows shown before and adds the new ones that
    // match: a few hundred microseconds at 100,000 rows, cheaper than placing them again.
    if (m_filter.passesEveryRow(*m_store)) {
        shown = m_sorted;
    } else {
        std::vector<quint8> isNewMatch(size_t(count), 1);
        for (int row = first; row <= last; ++row)
            isNewMatch[size_t(row - first)] = m_filter.matches(*m_store, row);
        shown.reserve(m_shown.size() + size_t(count));
        for (const int row : m_sorted) {
            if (row < first ? wasShown[size_t(row)] : isNewMatch[size_t(row - first)])
                shown.push_back(row);
        }
    }
    if (shown.size() == m_shown.size())
        return; // none of the new rows passes the filter

    // One block when no old row sits between the first new row and the last.
    const auto firstNew = std::find_if(shown.begin(), shown.end(), [first](int row) { return row >= first; });
    const auto at = int(firstNew - shown.begin());
    const auto newCount = int(shown.size() - m_shown.size());
    const bool together = std::all_of(firstNew, firstNew + newCount, [first](int row) { return row >= first; });
    if (together) {
        beginInsertRows(QModelIndex(), at, at + newCount - 1);
        m_shown = std::move(shown);
        invalidateInverse();
        endInsertRows();
        notifyShownCount(before);
        return;
    }
    // Scattered among the shown rows: one layout change rather than an insert per gap.
    publishLayout(std::move(shown), NoLayoutChangeHint);
}

void AccountFilterModel::handleSourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!m_store || !topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = qMin(bottomRight.row(), m_sourceRows - 1);
    if (last < first)
        return;
    const QList<int> confirmationRoles = AccountTableModel::confirmationRoles();
    const bool onlyConfirmed = !roles.isEmpty()
        && std::all_of(roles.begin(), roles.end(), [&](int role) { return confirmationRoles.contains(role); });
    if (onlyConfirmed) {
        // A stale mark went: no key or filter answer moved, so a repaint is all it takes,
        // whatever the number of rows (a page of a revalidation confirms hundreds).
        if (!m_shown.empty())
            Q_EMIT dataChanged(index(0, topLeft.column()), index(int(m_shown.size()) - 1, bottomRight.column()), roles);
        return;
    }
    if (last - first + 1 > rowByRowChangeLimit) {
        refreshAll();
        if (!m_shown.empty())
            Q_EMIT dataChanged(index(0, topLeft.column()), index(int(m_shown.size()) - 1, bottomRight.column()), roles);
        return;
    }
    for (int row = first; row <= last; ++row)
        handleSourceRowChanged(row, topLeft.column(), bottomRight.column(), roles);
}

void AccountFilterModel::handleSourceRowChanged(int sourceRow, int firstColumn, int lastColumn, const QList<int> &roles)
{
    if (m_sortColumn >= 0)
        updateSortKeys(sourceRow, sourceRow);
    const RowOrder order(*m_store, m_sortColumn, m_sortOrder, m_sortKeys);
    if (m_sortColumn >= 0) {
        // Its key may have changed: take the row out and put it back where it now belongs.
        m_sorted.erase(std::find(m_sorted.begin(), m_sorted.end(), sourceRow));
        m_sorted.insert(std::lower_bound(m_sorted.begin(), m_sorted.end(), sourceRow, std::cref(order)), sourceRow);
    }
    const int proxyRow = proxyRowOf(sourceRow);
    const bool matches = m_filter.passesEveryRow(*m_store) || m_filter.matches(*m_store, sourceRow);
    const qsizetype before = shownCount();
    if (proxyRow < 0) {
        if (!matches)
            return;
        const auto at
            = int(std::lower_bound(m_shown.begin(), m_shown.end(), sourceRow, std::cref(order)) - m_shown.begin());
        beginInsertRows(QModelIndex(), at, at);
        m_shown.insert(m_shown.begin() + at, sourceRow);
        invalidateInverse();
        endInsertRows();
        notifyShownCount(before);
        return;
    }
    if (!matches) {
        beginRemoveRows(QModelIndex(), proxyRow, proxyRow);
        m_shown.erase(m_shown.begin() + proxyRow);
        invalidateInverse();
        endRemoveRows();
        notifyShownCount(before);
        return;
    }
    const bool afterPrevious = proxyRow == 0 || order(m_shown[size_t(proxyRow) - 1], sourceRow);
    const bool beforeNext = size_t(proxyRow) + 1 == m_shown.size() || order(sourceRow, m_shown[size_t(proxyRow) + 1]);
    if (afterPrevious && beforeNext) {
        Q_EMIT dataChanged(index(proxyRow, firstColumn), index(proxyRow, lastColumn), roles);
        return;
    }
    // Still shown, but its sort key moved it.
    std::vector<int> shown = m_shown;
    shown.erase(shown.begin() + proxyRow);
    const auto at = std::lower_bound(shown.begin(), shown.end(), sourceRow, std::cref(order));
    const auto newProxyRow = int(at - shown.begin());
    shown.insert(at, sourceRow);
    publishLayout(std::move(shown), VerticalSortHint);
    Q_EMIT dataChanged(index(newProxyRow, firstColumn), index(newProxyRow, lastColumn), roles);
}

void AccountFilterModel::handleSourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal)
        Q_EMIT headerDataChanged(orientation, first, last);
}

void AccountFilterModel::handleSourceDestroyed()
{
    const qsizetype before = shownCount();
    beginResetModel();
    m_sourceConnections.clear();
    m_table = nullptr;
    m_store = nullptr;
    rebuild();
    endResetModel();
    notifyShownCount(before);
}

void AccountFilterModel::rebuild()
{
    m_sourceRows = m_table ? m_table->rowCount() : 0;
    m_announcedRows = m_sourceRows;
    invalidateInverse();
    if (!m_store) {
        m_sorted = {};
        m_sortKeys = {};
        m_shown = {};
        return;
    }
    if (m_sortColumn >= 0) {
        sortAllRows();
    } else {
        m_sorted = {};
        m_sortKeys = {};
    }
    m_shown = filteredRows();
}

void AccountFilterModel::refreshAll()
{
    if (m_sortColumn >= 0)
        sortAllRows();
    publishLayout(filteredRows(), NoLayoutChangeHint);
}

void AccountFilterModel::sortAllRows()
{
    SortedAccounts sorted = SortedAccounts::of(*m_store, m_sourceRows, m_sortColumn, m_sortOrder);
    m_sorted = std::move(sorted.rows);
    m_sortKeys = std::move(sorted.keys);
}

void AccountFilterModel::updateSortKeys(int first, int last)
{
    if (m_sortColumn < 0 || !m_store) {
        m_sortKeys = {};
        return;
    }
    m_sortKeys.resize(size_t(m_sourceRows));
    AccountSortKey::fillKeys(*m_store, m_sortColumn, first, qMin(last, m_sourceRows - 1), m_sortKeys);
}

std::vector<int> AccountFilterModel::filteredRows() const
{
    std::vector<int> shown;
    if (m_filter.passesEveryRow(*m_store)) {
        if (m_sortColumn >= 0) {
            shown = m_sorted;
        } else {
            shown.resize(size_t(m_sourceRows));
            std::iota(shown.begin(), shown.end(), 0);
        }
        return shown;
    }
    std::vector<quint8> matches(static_cast<size_t>(m_sourceRows));
    m_filter.matchRows(*m_store, matches);
    if (m_sortColumn >= 0) {
        for (const int row : m_sorted) {
            if (matches[size_t(row)])
                shown.push_back(row);
        }
    } else {
        for (int row = 0; row < m_sourceRows; ++row) {
            if (matches[size_t(row)])
                shown.push_back(row);
        }
    }
    return shown;
}

void AccountFilterModel::publishLayout(std::vector<int> shown, LayoutChangeHint hint)
{
    if (shown == m_shown)
        return;
    const qsizetype before = shownCount();
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        sourceRows.push_back(size_t(index.row()) < m_shown.size() ? m_shown[size_t(index.row())] : -1);
    m_shown = std::move(shown);
    invalidateInverse();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int proxyRow = sourceRows[size_t(i)] < 0 ? -1 : proxyRowOf(sourceRows[size_t(i)]);
        to.append(proxyRow < 0 ? QModelIndex() : index(proxyRow, from[i].column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
    notifyShownCount(before);
}

int AccountFilterModel::proxyRowOf(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_sourceRows)
        return -1;
    if (!m_inverseValid) {
        m_proxyRowOfSource.assign(size_t(m_sourceRows), -1);
        for (size_t proxyRow = 0; proxyRow < m_shown.size(); ++proxyRow)
            m_proxyRowOfSource[size_t(m_shown[proxyRow])] = int(proxyRow);
        m_inverseValid = true;
    }
    return m_proxyRowOfSource[size_t(sourceRow)];
}

void AccountFilterModel::notifyShownCount(qsizetype before)
{
    if (before != shownCount())
        Q_EMIT shownCountChanged();
}
