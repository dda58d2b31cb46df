// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QMutex>
#include <QStringList>

#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxrandom.h"

// All accounts of both kinds, in creation order, behind one mutex: the HTTP side reads
// and writes them on the server's thread while tests and the console call in from others.
// Accounts are never removed, so a position in the creation sequence stays valid for ever;
// list cursors are such positions.
class SandboxStore
{
public:
    /// What adding or removing a user did.
    enum class Membership
    {
        Added,
        AlreadyMember, // adding a member: nothing changed
        Removed,
        NotMember, // removing someone who is not a known member: nothing changed
        Deactivated, // adding to a deactivated account: refused, nothing changed
        NoSuchAccount
    };

    explicit SandboxStore(quint64 seed);

    /// Replaces every account of `kind` (used once, for seeding).
    void reset(SandboxKind kind, std::vector<SandboxAccount> accounts);

    /// The number of accounts of `kind`.
    qsizetype count(SandboxKind kind) const;
    /// The length of the creation sequence of `kind`, removed accounts included: the bound of a cursor.
    qsizetype sequenceLength(SandboxKind kind) const;
    /// Ids of `kind` in list order.
    QStringList ids(SandboxKind kind) const;
    /// A whole list response body: up to `limit` accounts from `start`, hasMore, and a cursor when there are more.
    QByteArray listPage(SandboxKind kind, qsizetype start, int limit) const;

    /// The account's JSON, or empty when there is no such account.
    QByteArray accountJson(SandboxKind kind, QByteArrayView id) const;
    /// Whether the account is active, or nothing when there is no such account.
    std::optional<bool> isActive(SandboxKind kind, QByteArrayView id) const;

    /// Sets the state; updatedAt becomes `now` when the state changes. The account's JSON, or empty if unknown.
    QByteArray setActive(SandboxKind kind, QByteArrayView id, bool active, qint64 now);
    /// Adds an active account with a fresh id, created at `now`. `account` supplies name,
    /// metadata and the created-by fields. Returns the stored account's JSON; `newId` gets its id.
    QByteArray create(SandboxKind kind, SandboxAccount account, qint64 now, QByteArray *newId = nullptr);
    /// Changes name and/or metadata (an empty optional inside clears it). The JSON, or empty if unknown.
    QByteArray update(SandboxKind kind, QByteArrayView id, const std::optional<QByteArray> &name,
        const std::optional<std::optional<SandboxMetadata>> &metadata, qint64 now);
    /// Deletes an account as the dashboard would: lists and lookups no longer find it. Its
    /// place in the creation sequence stays, so cursors handed out before stay valid.
    bool remove(SandboxKind kind, QByteArrayView id);
    /// Makes `userId` a member of an active account; userCount and updatedAt follow when it changes.
    Membership addUser(SandboxKind kind, QByteArrayView id, const QByteArray &userId, qint64 now);
    /// Takes `userId` out of the account's known members; userCount and updatedAt follow when it changes.
    Membership removeUser(SandboxKind kind, QByteArrayView id, const QByteArray &userId, qint64 now);
    /// Whether `userId` is a known member of the account, or nothing when there is no such account.
    std::optional<bool> isMember(SandboxKind kind, QByteArrayView id, const QByteArray &userId) const;

private:
    struct Table
    {
        std::vector<SandboxAccount> accounts;
        QHash<QByteArray, qsizetype> rowById;
        qsizetype removedCount = 0;
    };

    Table &table(SandboxKind kind) { return kind == SandboxKind::ExpressCustomer ? m_customers : m_organizations; }
    const Table &table(SandboxKind kind) const
    {
        return kind == SandboxKind::ExpressCustomer ? m_customers : m_organizations;
    }
    SandboxAccount *find(SandboxKind kind, QByteArrayView id);
    const SandboxAccount *find(SandboxKind kind, QByteArrayView id) const;
    Membership changeMembership(
        SandboxKind kind, QByteArrayView id, const QByteArray &userId, qint64 now, bool isAdding);

    mutable QMutex m_mutex;
    Table m_customers;
    Table m_organizations;
    SandboxRandom m_idRandom; // ids of accounts created at run time, reproducible per seed
};
