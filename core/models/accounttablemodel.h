// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include "core/models/accountstore.h"

// Columns and roles over an AccountStore; display text is made on demand from the
// compact rows. Rows the store appends are published on a timer, at most one
// beginInsertRows/endInsertRows per interval: at 100,000 rows each insert signal costs a
// view far more than the page it announces, so rowCount() lags the store until then.
// While pages keep coming the interval doubles after each publish, up to eight times the
// set interval: the first rows show within one interval, and a long load then repaints a
// few times a second instead of every frame. Each publish makes a sorted view lay out and
// repaint every visible row (about 10 ms with Qt's item delegates), which at 60 times a
// second took most of the GUI thread and slowed the load it was showing several-fold. The
// interval starts again from the set value once the store has been quiet for a while.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        NameColumn,
        IdColumn,
        UsersColumn,
        CreatedColumn,
        UpdatedColumn,
        MetadataColumn,
        CreatedByColumn,
        ChangesColumn, // what changed since the snapshot (ChangeSummary::describe()); empty for most rows
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        AccountIdRole = Qt::UserRole + 1, // QString
        IsActiveRole, // bool: the state the server reported
        PendingRole, // bool
        PendingActionRole, // int of PendingAction
        FailedRole, // bool: the last action on the row failed
        SortRole, // typed sort key (AccountSortKey::value()): bool, qint64, or QString to compare case-insensitively
        TimestampMsRole, // qint64 ms since the epoch (UTC), or a null QVariant
        StatusTextRole, // QString: the status in words, with a note when the last change failed
        IsStaleRole, // bool: shown from a snapshot, not yet confirmed by the server
        IsGoneRole, // bool: the server no longer lists the account
    };
    Q_ENUM(Role)

    explicit AccountTableModel(AccountStore *store, QObject *parent = nullptr);

    /// The store the rows come from.
    AccountStore *store() const { return m_store; }
    /// Publishes appended rows at most once per `milliseconds` (default 16), backing off to eight
    /// times that during a long stream of pages; 0 publishes at once.
    void setInsertInterval(int milliseconds);
    /// The current insert interval in milliseconds.
    int insertInterval() const { return m_insertInterval; }
    /// Publishes rows the store has appended but the model has not yet announced.
    void publishPendingRows();
    /// A name for `column` that stays the same across versions and languages ("name", "users",
    /// "createdBy"), for saved views and files; empty for a column that does not exist.
    static QString columnKey(int column);
    /// The column columnKey() names, or -1.
    static int columnForKey(QStringView key);
    /// The roles dataChanged() names when a row changes.
    static QList<int> changeableRoles();
    /// The roles dataChanged() names when rows only lost their stale mark: none of them
    /// moves a sort key or a filter's answer.
    static QList<int> confirmationRoles();

    // QAbstractTableModel. data() answers the roles above for any column; SortRole is the
    // column's own key, TimestampMsRole is for the Created and Updated columns.
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void handleStoreAboutToReset();
    void handleStoreWasReset();
    void handleRowsAppended();
    void handleInsertTimeout();
    void handleRowChanged(qsizetype row);
    void handleRowsConfirmed(qsizetype first, qsizetype last);
    void handleChangesChanged(const QList<qsizetype> &rows);

    QVariant displayData(qsizetype row, int column) const;
    QVariant toolTipData(qsizetype row, int column) const;
    QVariant sortData(qsizetype row, int column) const;
    QString statusText(qsizetype row) const;
    QString accessibleStatusText(qsizetype row) const;
    QString createdByText(qsizetype row) const;
    QString metadataText(qsizetype row) const;
    qint64 timestampMs(qsizetype row, int column) const;

    AccountStore *m_store;
    QTimer m_insertTimer;
    QElapsedTimer m_lastPublished; // when the timer last published rows
    int m_insertInterval = 16;
    int m_currentInterval = 16; // m_insertInterval, doubled per publish while pages keep coming
    int m_publishedRows = 0;
};
