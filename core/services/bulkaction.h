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

class AccountDirectory;
struct ActionResult;

// One deactivation or reactivation of many accounts of one kind, and its result per
// account, as a table for the progress dialog.
//
// The accounts go to the directory's ActionQueue a few at a time (twice the queue's
// concurrency), so the queue's limit and its pause after a 429 pace the whole batch, and
// cancel() stops at once: accounts not handed over yet end as Cancelled; those under way
// finish and report their real outcome. An account refused with 429 after all its retries
// goes back in line. retryFailed() runs the failed ones again.
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
        Changed, // the server now reports the wanted state, and this action made it so
        Unchanged, // the account already had the wanted state; nothing was sent
        Failed, // the server refused, could not be reached, or the account is not loaded
        Cancelled, // cancel() came before the account was handed to the queue
    };

    struct Item
    {
        QString accountId;
        QString name; // as loaded when the action was made
        qint64 userCount = 0;
        State state = State::Waiting;
        quint64 ticket = 0;
        ApiError error; // Failed only
        int rateLimitedTries = 0; // times it went back in line after its retries all met a 429
    };

    /// How often one account goes back in line after a 429 before it counts as failed.
    static constexpr int maxRateLimitedTries = 8;

    /// An action over `accountIds` (duplicates dropped, order kept) for `directory`'s kind.
    BulkAction(AccountDirectory *directory, const QStringList &accountIds, bool wantedActive,
        const QString &reason = {}, QObject *parent = nullptr);
    ~BulkAction() override;

    bool wantedActive() const { return m_wantedActive; }
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

    /// "Deactivated" / "Already inactive" / "Failed: …" for one state, in words.
    static QString stateText(const Item &item, bool wantedActive);

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
    bool m_wantedActive;
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
