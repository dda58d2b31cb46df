// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

#include <QAbstractProxyModel>
#include <QList>
#include <QStringView>
#include <QTimer>

#include "core/models/accountfilter.h"

class AccountStore;
class AccountTableModel;

// Filtering and sorting over an AccountTableModel, built for 100,000 rows.
//
// The proxy keeps the shown source rows in a vector (proxy row -> source row) and its
// inverse, rebuilt lazily. A new filter runs AccountFilter::matchRows() over the store in
// one pass (a byte search over pre-folded text, a few milliseconds for 100,000 rows, so it
// stays on the GUI thread) and publishes the result with one layout change that keeps
// persistent indexes, never one signal per removed gap as QSortFilterProxyModel does.
//
// Sorting reads keys straight from the store, made by AccountSortKey from the same definition
// as the table's SortRole: bool status, qint64 users and timestamps (rows without a date
// first), text ordered as QString::compare(..., Qt::CaseInsensitive) orders it. Each row's key
// is kept in 48 bytes (a number, or the first bytes and the length of the case-folded text),
// so most comparisons never touch the text. New rows are sorted among
// themselves and merged in (a few by binary search); a changed row is placed by binary
// search. Ties keep source order in either direction, whatever was sorted before
// (QSortFilterProxyModel keeps its previous order instead). While sorted,
// all source rows are kept in sort order, so a new filter is a pass over that order, not
// a new sort, and new pages are merged in: one insert when they land together, else one
// layout change. A changed row that moves is one layout change too. Placing a new row costs
// a binary search over keys spread through memory, so into a large sorted proxy at most
// setSortedInsertLimit() rows go at a time, the rest on the next turns of the event loop:
// no single handler holds the GUI thread for more than a few milliseconds. The exception is a
// snapshot's rows: the proxy tells the store its sort (AccountStore::setPreferredOrder()), the
// rows are sorted so on a pool thread as they are prepared, and an empty proxy takes them in
// one insert (100,000 rows in about 4 ms instead of ten turns and ten repaints).
class AccountFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit AccountFilterModel(QObject *parent = nullptr);
    ~AccountFilterModel() override;

    /// Sets the table to filter; it must be an AccountTableModel (or null).
    void setSourceModel(QAbstractItemModel *source) override;
    /// Re-filters all rows in one pass and shows the result at once.
    void setFilter(const AccountFilter &filter);
    /// The filter in force.
    const AccountFilter &filter() const { return m_filter; }
    /// Sorts by a column's SortRole keys, stably; a negative column restores source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column sorted by, or -1 for source order.
    int sortColumn() const { return m_sortColumn; }
    /// The direction of the sort.
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// The number of rows that pass the filter.
    qsizetype shownCount() const { return qsizetype(m_shown.size()); }
    /// The store rows shown, in the order shown (proxy row -> store row): a copy to keep.
    std::vector<int> shownSourceRows() const { return m_shown; }
    /// The index of an account's row, or an invalid index when it is filtered out or not loaded.
    QModelIndex indexOfAccount(QStringView id, int column = 0) const;
    /// Lets at most `rows` new rows into a sorted proxy that holds 4 x `rows` or more, the rest
    /// on the next turns of the event loop (default 2,000); 0 lets every new row in at once.
    void setSortedInsertLimit(int rows);
    /// The source rows the proxy has taken in; fewer than the table's while new rows wait.
    int sourceRowsTaken() const { return m_sourceRows; }

    // QAbstractProxyModel: a flat table of the shown rows.
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void shownCountChanged();

private:
    void handleSourceAboutToBeReset();
    void handleSourceReset();
    void handleSourceRowsInserted(const QModelIndex &parent, int first, int last);
    void takeWaitingRows();
    void takeRows(int first, int last);
    void handleSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void handleSourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void handleSourceDestroyed();

    void rebuild();
    void refreshAll();
    void sortAllRows();
    void tellStoreTheOrder();
    bool takePresortedRows();
    void updateSortKeys(int first, int last);
    std::vector<int> filteredRows() const;
    void insertRowsSorted(int first, int last);
    void handleSourceRowChanged(int sourceRow, int firstColumn, int lastColumn, const QList<int> &roles);
    void publishLayout(std::vector<int> shown, LayoutChangeHint hint);
    int proxyRowOf(int sourceRow) const;
    void invalidateInverse() { m_inverseValid = false; }
    void notifyShownCount(qsizetype before);

    AccountTableModel *m_table = nullptr;
    const AccountStore *m_store = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    AccountFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_sourceRows = 0; // the source rows this proxy has taken in
    int m_announcedRows = 0; // the source rows the table has announced; the rest wait
    int m_sortedInsertLimit = 2000;
    // Takes waiting rows in: a zero timer, not a queued call, so that timers and posted events
    // (repaints among them) run between two takes instead of all of them in one batch.
    QTimer m_takeTimer;
    std::vector<int> m_shown; // proxy row -> source row
    std::vector<int> m_sorted; // while sorted: every source row, in sort order
    // While sorted: per source row, its number or the first 40 bytes and the length of its
    // folded text, so most comparisons touch one array instead of the row's text.
    std::vector<std::array<quint64, 6>> m_sortKeys;
    mutable std::vector<int> m_proxyRowOfSource; // source row -> proxy row or -1, when valid
    mutable bool m_inverseValid = false;
};
