// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringView>

#include "core/domain/accountbatch.h"
#include "core/domain/accountchange.h"
#include "core/domain/accountid.h"
#include "core/models/changesummary.h"
#include "core/models/rowidindex.h"
#include "core/models/searchtext.h"

struct SortedAccounts;

// All loaded rows of one kind: the single truth the UI shows.
//
// Rows live in one AccountBatch (UTF-8 arena, interned metadata keys, integer
// timestamps) and keep their row number for the store's lifetime: a row is replaced in
// place by id, never moved or removed, until clear(). Beside the batch the store keeps:
// - an id -> row index (RowIdIndex) that hashes the id bytes in the arena: 12 to 20 bytes
//   a row, no QString or QByteArray per key;
// - one state byte a row (pending action, failed);
// - the row's search text (SearchText): name, id and metadata case-folded once on arrival,
//   so that a filter keystroke is one byte search over one arena.
// Containers grow by a quarter at a time, not double, so little capacity sits unused
// once 100,000 rows are in. A row's pending action and failed flag survive a replacement:
// the action flow clears them once it has the server's answer.
//
// Rows restored from a snapshot are stale until the server confirms them (a page, an
// action's answer or a refresh naming the account). A confirmation that brings nothing new
// leaves the row alone and says so with rowsConfirmed() (the stale mark goes; no sort key or
// filter answer can have moved), so revalidating 100,000 rows costs a repaint per page, not
// a re-sort per row. Rows still stale when a complete listing ends are gone: they keep their
// row (numbers never move) but every filter hides them except the one that shows changes.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    explicit AccountStore(AccountKind kind, QObject *parent = nullptr);
    ~AccountStore() override;

    /// A store of `snapshot`'s rows, every one stale, built on the thread that calls this and
    /// tied to none: indexing 100,000 rows takes ten frames, so a pool thread does it and the
    /// store on screen takes the result at once with adoptRows(). The rows are shared with
    /// `snapshot` (no copy) until the store writes to them.
    /// With `sortColumn` 0 or more, the rows are also sorted by it (another frame or two of
    /// work), for the view that asked with setPreferredOrder() to take them in one step.
    static std::unique_ptr<AccountStore> preparedFrom(
        const AccountBatch &snapshot, int sortColumn = -1, Qt::SortOrder sortOrder = Qt::AscendingOrder);
    /// The rows of `rows` (store row numbers) as a view sorted by `sortColumn` in `sortOrder`
    /// shows them, for a snapshot written in that order: the next start then finds its rows
    /// in order and checks that instead of sorting them. Runs on any thread.
    static std::vector<int> sortedOrderOf(const AccountBatch &rows, int sortColumn, Qt::SortOrder sortOrder);
    /// Takes every row of `prepared` (of the same kind) into this empty store in one step and
    /// announces them with rowsAppended(); `prepared` is left empty. While that announcement
    /// runs, the rows sorted by preparedFrom() are offered to takePresorted().
    void adoptRows(AccountStore &prepared);

    /// The order the view of this store sorts by (-1: none), for a snapshot's rows to be
    /// sorted that way while they are prepared off the GUI thread.
    void setPreferredOrder(int sortColumn, Qt::SortOrder sortOrder);
    int preferredSortColumn() const { return m_preferredSortColumn; }
    Qt::SortOrder preferredSortOrder() const { return m_preferredSortOrder; }
    /// During adoptRows()' rowsAppended(): every row sorted by `sortColumn` in `sortOrder`, if
    /// preparedFrom() sorted them so; null otherwise. The first taker has it.
    std::unique_ptr<SortedAccounts> takePresorted(int sortColumn, Qt::SortOrder sortOrder);
    /// True while adoptRows() announces rows that preparedFrom() sorted.
    bool hasPresorted() const { return m_presorted != nullptr; }

    /// The kind of every row.
    AccountKind kind() const { return m_kind; }
    /// The number of loaded rows.
    qsizetype size() const { return m_rows.size(); }
    /// All rows in their compact form; row numbers are stable until clear().
    const AccountBatch &rows() const { return m_rows; }
    /// One row's compact record.
    const AccountRecord &record(qsizetype row) const { return m_rows.record(row); }
    /// One row decoded into a value.
    Account account(qsizetype row) const { return m_rows.account(row); }
    /// The account id of a row.
    QString id(qsizetype row) const { return m_rows.string(record(row).id); }
    /// The checked account id of a row (the page reader checked every id it stored).
    AccountId accountId(qsizetype row) const { return AccountId::fromChecked(m_kind, id(row)); }
    /// The account name of a row.
    QString name(qsizetype row) const { return m_rows.string(record(row).name); }
    /// The row holding `id`, or -1 when it is not loaded. O(1).
    qsizetype rowOf(QStringView id) const;
    /// The row holding the UTF-8 id `utf8Id`, or -1 when it is not loaded. O(1).
    qsizetype rowOfUtf8(QByteArrayView utf8Id) const;
    /// The action the row waits for, if any.
    PendingAction pendingAction(qsizetype row) const;
    /// True while an action on the row waits for the server.
    bool isPending(qsizetype row) const { return pendingAction(row) != PendingAction::None; }
    /// True when the last action on the row failed.
    bool hasFailed(qsizetype row) const;
    /// The number of rows whose account is inactive (gone rows not counted).
    qsizetype inactiveCount() const { return m_inactiveCount; }
    /// True while the row shows what a snapshot said and the server has not confirmed it.
    bool isStale(qsizetype row) const { return m_states[size_t(row)] & StaleBit; }
    /// True when a complete listing no longer had the row's account.
    bool isGone(qsizetype row) const { return m_states[size_t(row)] & GoneBit; }
    /// The number of stale rows.
    qsizetype staleCount() const { return m_staleCount; }
    /// The number of gone rows.
    qsizetype goneCount() const { return m_goneCount; }
    /// The rows the server still lists: size() - goneCount().
    qsizetype liveCount() const { return size() - m_goneCount; }
    /// What changed since the snapshot the rows were restored from (empty without one).
    const ChangeSummary &changes() const { return m_changes; }
    /// What changed for one row, from changes(); none for most rows. O(1).
    ChangeSummary::Changes changesOf(qsizetype row) const;

    /// The row's metadata as one line of UTF-8, "key=value, key=value", in the order the server sent it.
    QByteArray metadataSummary(qsizetype row) const;

    /// The row's case-folded search text: name, id and each "key=value", each followed by '\0'.
    /// A haystack for needles without '\0'; use foldedName() and foldedId() for the fields.
    QByteArrayView searchText(qsizetype row) const;
    /// The row's name case-folded (FoldedText::appendFolded() of name()), without copying. O(1).
    QByteArrayView foldedName(qsizetype row) const;
    /// The row's id case-folded (ASCII, as long as id()), without copying. O(1).
    QByteArrayView foldedId(qsizetype row) const;
    /// How many metadata keys the loaded accounts have had between them (never decreases until clear()).
    qsizetype metadataKeyCount() const { return m_rows.metadataKeyCount(); }
    /// Sets matches[row] to 1 for every row below matches.size() whose search text contains
    /// `foldedNeedle` (non-empty, no '\0'); leaves the other entries alone. One pass over all rows' text.
    void markTextMatches(QByteArrayView foldedNeedle, std::vector<quint8> &matches) const;
    /// Bytes held for the rows, the id hash, the search text and the row states, for memory accounting.
    qsizetype memoryBytes() const;

    /// Drops every row: aboutToReset(), then wasReset().
    void clear();
    /// Appends the rows of a page. A new id becomes a new row (one rowsAppended() for the
    /// batch); an id already loaded replaces its row in place (rowChanged()) when anything
    /// differs, and is confirmed (rowsConfirmed()) when it was stale.
    void append(const AccountBatch &batch);
    /// Appends the rows of a snapshot, every one stale.
    void restore(const AccountBatch &snapshot);
    /// Marks every row still stale as gone (a rowChanged() each) and returns how many.
    qsizetype markStaleGone();
    /// Every row that is not gone, as one batch (for a snapshot; shares the rows when none is gone).
    AccountBatch liveRows() const;
    /// Sets what changed since the snapshot; rows named in it are marked (changesChanged()).
    void setChanges(ChangeSummary changes);
    /// Stores one account from a response: replaces the row with its id, or appends it.
    /// Returns its row.
    qsizetype upsert(const AccountBatch &batch, qsizetype sourceRow = 0);
    /// Marks a row as waiting for an action, or not (None).
    void setPendingAction(qsizetype row, PendingAction action);
    /// Marks whether the last action on a row failed.
    void setFailed(qsizetype row, bool failed);

Q_SIGNALS:
    void aboutToReset();
    void wasReset();
    /// Rows first..last (inclusive) were appended.
    void rowsAppended(qsizetype first, qsizetype last);
    /// Something about one row changed: its account, its pending action, its failed flag, gone.
    void rowChanged(qsizetype row);
    /// Rows in first..last (inclusive, not all of them) lost their stale mark, nothing else.
    void rowsConfirmed(qsizetype first, qsizetype last);
    /// changes() was replaced; `rows` are those it named before or names now.
    void changesChanged(const QList<qsizetype> &rows);

private:
    enum StateBits : quint8
    {
        PendingMask = 0x7, // a PendingAction
        FailedBit = 0x8,
        StaleBit = 0x20,
        GoneBit = 0x40,
    };
    enum class RowWrite
    {
        Appended,
        Replaced,
        Unchanged
    };

    /// Appends or replaces one row without emitting; returns the row and what was done.
    /// A row the server sent again clears its stale and gone marks (`*wasConfirmed`).
    qsizetype storeRow(const AccountBatch &batch, qsizetype sourceRow, RowWrite *write, bool *wasConfirmed);
    void appendRows(const AccountBatch &batch, quint8 initialState);
    AccountRecord copyRecord(const AccountBatch &source, qsizetype sourceRow);
    void reserveFor(const AccountBatch &batch);
    void insertIntoIndex(qsizetype row);
    void setState(qsizetype row, quint8 state);

    AccountKind m_kind;
    AccountBatch m_rows;
    qsizetype m_reservedRows = 0;
    qsizetype m_reservedTextBytes = 0;
    std::vector<quint8> m_states;
    qsizetype m_inactiveCount = 0;
    qsizetype m_staleCount = 0;
    qsizetype m_goneCount = 0;
    quint8 m_initialState = 0; // the state appendRows() gives new rows
    ChangeSummary m_changes;
    QHash<quint32, ChangeSummary::Changes> m_changesByRow;

    RowIdIndex m_index;

    SearchText m_searchText;
    int m_preferredSortColumn = -1;
    Qt::SortOrder m_preferredSortOrder = Qt::AscendingOrder;
    std::unique_ptr<SortedAccounts> m_presorted; // only while adoptRows() announces the rows
};
