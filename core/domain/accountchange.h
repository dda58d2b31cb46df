// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include "core/domain/account.h"
#include "core/domain/accountbatch.h"
#include "core/domain/accountid.h"

/// What the console is waiting for the server to confirm on a row: the kind of change
/// under way, so every view names it the same way.
enum class PendingAction
{
    None,
    Deactivate,
    Reactivate,
    Update,
    AddUser,
    RemoveUser,
};

/// Every change that can be under way on a row, for views that size themselves for each.
inline constexpr PendingAction allPendingActions[] = { PendingAction::Deactivate, PendingAction::Reactivate,
    PendingAction::Update, PendingAction::AddUser, PendingAction::RemoveUser };

/// What a change does, as the audit journal names it ("deactivate", "update", …).
enum class ChangeAction
{
    Deactivate,
    Reactivate,
    Update,
    AddUser,
    RemoveUser,
};

/// The fields an update sets; an absent field is left as it is on the server.
struct AccountFields
{
    std::optional<QString> name;
    std::optional<MetadataPairs> metadata; // an empty list clears the metadata

    bool isEmpty() const { return !name && !metadata; }
    friend bool operator==(const AccountFields &a, const AccountFields &b)
    {
        return a.name == b.name && a.metadata == b.metadata;
    }
};

// One change the console can make to one account, as a value (like a QUndoCommand, but
// asynchronous: the server decides whether it happens). Everything that differs between
// kinds of change lives here, one case each: the request, reading the answer, whether a
// later GET shows it done, the state it expects to find, how it describes itself, its
// inverse and its journal form. The queue, the journal, bulk actions and undo handle any
// change through this interface, so a new kind of change is a new case in this file
// (and its dialog), not a branch in each of them.
class AccountChange
{
    Q_DECLARE_TR_FUNCTIONS(AccountChange)

public:
    enum class Type
    {
        SetActive, // POST .../deactivate or .../reactivate
        Update, // PATCH the name and/or the metadata
        AddUser, // POST .../users {"userId": …} (Express customers)
        RemoveUser, // DELETE .../users {"userId": …}
    };

    /// The HTTP request a change sends, relative to the account's URL.
    struct Request
    {
        QByteArray verb; // "POST", "PATCH", "DELETE"
        QString subPath; // after /v1/{express|orgs}/{id}: "/deactivate", "/users" or empty
        QByteArray body; // JSON; empty for none
    };

    /// What a 2xx answer to the request said.
    struct Answer
    {
        std::optional<AccountBatch> account; // the account as it now is, when the answer carries one
        bool isAccepted = false; // the server says it did the change
        QString problem; // why the answer cannot be used (unreadable, another account, success false)
    };

    /// An invalid change (isValid() false), for containers.
    AccountChange() = default;

    /// Make the account active or inactive. A toggle expects nothing (the calls are
    /// idempotent, so a stale row is safe); an undo expects the state it reverses.
    static AccountChange setActive(const AccountId &id, bool active);
    /// Set the fields of `after`; `before` holds the same fields as the person saw them
    /// (the change is sent only while the server still has them: see expects()).
    static AccountChange update(const AccountId &id, const AccountFields &before, const AccountFields &after);
    /// Give a user access to an Express customer. `userCountBefore`, when known, lets a
    /// later GET judge whether it happened.
    static AccountChange addUser(
        const AccountId &id, const QString &userId, std::optional<qint64> userCountBefore = {});
    /// Take a user's access to an Express customer away.
    static AccountChange removeUser(
        const AccountId &id, const QString &userId, std::optional<qint64> userCountBefore = {});

    bool isValid() const { return !m_id.isNull(); }
    Type type() const { return m_type; }
    const AccountId &accountId() const { return m_id; }
    AccountKind kind() const { return m_id.kind(); }
    /// Free text given at confirmation, for the journal.
    const QString &reason() const { return m_reason; }
    void setReason(const QString &reason) { m_reason = reason; }
    /// SetActive: the state asked for.
    bool wantedActive() const { return m_wantedActive; }
    /// Update: the fields as the person saw them, and as they are to become.
    const AccountFields &before() const { return m_before; }
    const AccountFields &after() const { return m_after; }
    /// AddUser, RemoveUser: the user.
    const QString &userId() const { return m_userId; }
    /// AddUser, RemoveUser: the user count before, when known.
    std::optional<qint64> userCountBefore() const { return m_userCountBefore; }

    /// What the row shows while the change is under way.
    PendingAction pendingAction() const;
    /// "Deactivating…", "Saving…", …: what a row says while `pending` is under way; empty for None.
    static QString pendingText(PendingAction pending);
    /// What the change does, for the journal.
    ChangeAction action() const;
    /// "deactivate", "reactivate", "update", "addUser", "removeUser".
    static QString actionName(ChangeAction action);
    /// The action a journal names, or nullopt for a name this version does not know.
    static std::optional<ChangeAction> actionFromName(const QString &name);
    /// The request that makes the change.
    Request request() const;
    /// Reads the body of a 2xx answer to request().
    Answer readAnswer(const QByteArray &body) const;
    /// True when the answer carries the account (else the account is read again after it).
    bool answerCarriesAccount() const { return m_type == Type::SetActive || m_type == Type::Update; }
    /// Whether `server` shows the change made; nullopt when a read cannot tell.
    std::optional<bool> isDoneIn(const Account &server) const;
    /// True when the change must be sent only against a known state: the account is then
    /// read just before sending and compared with expectsIn().
    bool hasExpectation() const;
    /// True when `server` is still in the state the change was made against.
    bool expectsIn(const Account &server) const;
    /// Why `server` no longer matches what the change expects, in one sentence.
    QString expectationMismatch(const Account &server) const;
    /// Whether a newer request for the same account may replace this one while it waits
    /// (only set-active changes coalesce: the newest wanted state wins).
    bool coalescesWith(const AccountChange &newer) const;

    /// "Deactivate", "name: A → B; metadata: contractId CTR-1 → CTR-2, +siteCode", …
    QString describe() const;
    /// The change that puts back what this one changed, expecting this one's result.
    AccountChange inverse() const;

    /// The journal's form of the change (type and its fields; not the id or the reason).
    QJsonObject toJson() const;
    /// The change a journal record holds, or an invalid one when `object` is not one.
    static AccountChange fromJson(const AccountId &id, const QJsonObject &object);
    /// "setActive", "update", "addUser", "removeUser".
    static QString typeName(Type type);

    friend bool operator==(const AccountChange &a, const AccountChange &b);
    friend bool operator!=(const AccountChange &a, const AccountChange &b) { return !(a == b); }

private:
    AccountChange(Type type, const AccountId &id);

    Type m_type = Type::SetActive;
    AccountId m_id;
    QString m_reason;
    bool m_wantedActive = false;
    std::optional<bool> m_expectedActive; // set by inverse(): undo only what is still so
    AccountFields m_before;
    AccountFields m_after;
    QString m_userId;
    std::optional<qint64> m_userCountBefore;
    std::optional<qint64> m_expectedUserCount; // set by inverse()
};

/// True when two metadata lists hold the same pairs, in any order.
bool sameMetadata(const MetadataPairs &a, const MetadataPairs &b);

Q_DECLARE_METATYPE(AccountChange)
