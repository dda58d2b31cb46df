// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include "core/api/apierror.h"
#include "core/domain/accountchange.h"

class AccountDirectory;
struct ActionResult;

// One change over many accounts of one kind (a deactivation, a metadata value set on each,
// an undo of any of those), and its result per account, as a table for the progress
// dialog. A single toggle is a bulk action of one without the dialog.
//
// The accounts go to the directory's ActionQueue a few at a time (twice the queue's
// concurrency), so the queue's limit and its pause after a 429 pace the whole batch, and
// cancel() stops at once: accounts not handed over yet end as Cancelled; those under way
// finish and report their real outcome. An account refused with 429 after all its retries
// goes back in line, as the queue's RateLimitPolicy says. retryFailed() runs the failed
// ones again.
class BulkAction : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        IdColumn,
        UsersColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1,
        StateRole
    };

    enum class State
    {
        Waiting, // not handed to the queue yet
        Running, // in the queue
        Changed, // the server now reports the change made, and this action made it so
        Unchanged, // the account already was as asked; nothing was sent
        Failed, // the server refused, could not be reached, the account is not loaded, or
                // (Conflict) it is no longer what the change was made against
        Cancelled, // cancel() came before the account was handed to the queue
    };

    struct Item
    {
        QString accountId;
        AccountChange change;
        QString name; // as loaded when the action was made
        qint64 userCount = 0;
        State state = State::Waiting;
        quint64 ticket = 0;
        ApiError error; // Failed only
        int rateLimitedTries = 0; // times it went back in line after its retries all met a 429
    };

    /// An action over `changes` (one per account: later ones for the same account dropped,
    /// order kept) for `directory`'s kind.
    BulkAction(AccountDirectory *directory, const QList<AccountChange> &changes, QObject *parent = nullptr);
    /// A deactivation or reactivation of `accountIds` (duplicates dropped, order kept).
    BulkAction(AccountDirectory *directory, const QStringList &accountIds, bool wantedActive,
        const QString &reason = {}, QObject *parent = nullptr);
    ~BulkAction() override;

    /// The state asked for when every change sets it; false otherwise.
    bool wantedActive() const { return m_wantedActive; }
    /// True when every change is a deactivation.
    bool isDeactivation() const;
    /// The changes that made a difference (State::Changed), in the order given: what an undo reverses.
    QList<AccountChange> changedChanges() const;
    QString reason() const { return m_reason; }
    qsizetype size() const { return m_items.size(); }
    const Item &item(qsizetype index) const { return m_items[index]; }
    /// Accounts in `state`.
    qsizetype count(State state) const;
    /// Accounts that have a final state (anything but Waiting and Running).
    qsizetype finishedCount() const;
    /// Ids this action changed (State::Changed), in the order given: what an undo reverses.
    QStringList changedIds() const { return idsIn(State::Changed); }
    /// Ids that failed, in the order given.
    QStringList failedIds() const { return idsIn(State::Failed); }
    /// Ids in `state`, in the order given.
    QStringList idsIn(State state) const;
    bool isRunning() const { return m_isStarted && finishedCount() < size(); }
    bool isCancelled() const { return m_isCancelled; }

    /// Starts handing accounts to the queue; finished() follows when every account has a result.
    void start();
    /// Hands no more accounts to the queue; those not handed over end as Cancelled.
    void cancel();
    /// Runs the failed accounts again (after finished()); false when there are none.
    bool retryFailed();

    /// "Deactivated" / "Already inactive" / "Failed: …" for one item, in words.
    static QString stateText(const Item &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Another account got its result.
    void progressed(qsizetype finished, qsizetype total);
    /// Every account has its result.
    void finished();

private:
    void feed();
    void handleActionFinished(const ActionResult &result);
    void setState(qsizetype row, State state, const ApiError &error = {});
    void finishIfDone();

    QPointer<AccountDirectory> m_directory;
    bool m_wantedActive = false;
    QString m_reason;
    QList<Item> m_items;
    QHash<quint64, qsizetype> m_indexOfTicket;
    qsizetype m_nextToFeed = 0;
    int m_inQueue = 0;
    bool m_isStarted = false;
    bool m_isCancelled = false;
    bool m_isFinishedOwed = false;
    std::array<qsizetype, 6> m_counts {}; // accounts in each State
};
