// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxstore.h"

#include <utility>

#include <QMutexLocker>

#include "sandbox/sandboxcursor.h"

namespace
{

// Lookups by a view without copying the id: fromRawData shares the caller's bytes.
QByteArray idKey(QByteArrayView id)
{
    return QByteArray::fromRawData(id.data(), id.size());
}

// Every change moves updatedAt strictly forward, so that a client comparing updatedAt
// before and after sees every change. Timestamps are whole seconds (the format the
// reference shows, and one whose strings sort in time order); a second change within
// the same second therefore takes the next second, and a burst of N changes within one
// second leaves updatedAt up to N - 1 seconds ahead of the clock until the clock catches up.
void touch(SandboxAccount &account, qint64 now)
{
    account.updatedAt = qMax(now, account.updatedAt + 1);
}

} // namespace

SandboxStore::SandboxStore(quint64 seed)
    : m_idRandom(seed ^ 0x6a09e667f3bcc909ULL)
{ }

void SandboxStore::reset(SandboxKind kind, std::vector<SandboxAccount> accounts)
{
    Table fresh;
    fresh.rowById.reserve(qsizetype(accounts.size()));
    for (std::size_t row = 0; row < accounts.size(); ++row)
        fresh.rowById.insert(accounts[row].id, qsizetype(row));
    fresh.accounts = std::move(accounts);
    const QMutexLocker locker(&m_mutex);
    table(kind) = std::move(fresh);
}

qsizetype SandboxStore::count(SandboxKind kind) const
{
    const QMutexLocker locker(&m_mutex);
    return qsizetype(table(kind).accounts.size()) - table(kind).removedCount;
}

qsizetype SandboxStore::sequenceLength(SandboxKind kind) const
{
    const QMutexLocker locker(&m_mutex);
    return qsizetype(table(kind).accounts.size());
}

bool SandboxStore::remove(SandboxKind kind, QByteArrayView id)
{
    const QMutexLocker locker(&m_mutex);
    SandboxAccount *account = find(kind, id);
    if (!account)
        return false;
    account->isRemoved = true;
    Table &t = table(kind);
    t.rowById.remove(idKey(id));
    ++t.removedCount;
    return true;
}

QStringList SandboxStore::ids(SandboxKind kind) const
{
    const QMutexLocker locker(&m_mutex);
    const Table &t = table(kind);
    QStringList result;
    result.reserve(qsizetype(t.accounts.size()));
    for (const SandboxAccount &account : t.accounts) {
        if (!account.isRemoved)
            result.append(QString::fromLatin1(account.id));
    }
    return result;
}

QByteArray SandboxStore::listPage(SandboxKind kind, qsizetype start, int limit) const
{
    const SandboxKindNames &names = sandboxKindNames(kind);
    const QMutexLocker locker(&m_mutex);
    const Table &t = table(kind);
    const qsizetype total = qsizetype(t.accounts.size());
    const qsizetype begin = qBound(qsizetype(0), start, total);
    // Removed accounts are skipped: a page still holds `limit` accounts when there are that many.
    qsizetype end = begin;
    qsizetype listed = 0;
    qsizetype size = 64;
    for (; end < total && listed < limit; ++end) {
        const SandboxAccount &account = t.accounts[std::size_t(end)];
        if (!account.isRemoved) {
            size += account.json.size() + 1;
            ++listed;
        }
    }
    QByteArray body;
    body.reserve(size);
    body.append("{\"").append(names.listField).append("\":[");
    bool isFirst = true;
    for (qsizetype row = begin; row < end; ++row) {
        const SandboxAccount &account = t.accounts[std::size_t(row)];
        if (account.isRemoved)
            continue;
        if (!std::exchange(isFirst, false))
            body.append(',');
        body.append(account.json);
    }
    bool hasMore = false;
    for (qsizetype row = end; row < total && !hasMore; ++row)
        hasMore = !t.accounts[std::size_t(row)].isRemoved;
    body.append("],\"hasMore\":").append(hasMore ? "true" : "false");
    if (hasMore)
        body.append(",\"cursor\":\"").append(SandboxCursor::encode(kind, end)).append('"');
    body.append('}');
    return body;
}

SandboxAccount *SandboxStore::find(SandboxKind kind, QByteArrayView id)
{
    Table &t = table(kind);
    const auto it = t.rowById.constFind(idKey(id));
    return it == t.rowById.cend() ? nullptr : &t.accounts[std::size_t(*it)];
}

const SandboxAccount *SandboxStore::find(SandboxKind kind, QByteArrayView id) const
{
    const Table &t = table(kind);
    const auto it = t.rowById.constFind(idKey(id));
    return it == t.rowById.cend() ? nullptr : &t.accounts[std::size_t(*it)];
}

QByteArray SandboxStore::accountJson(SandboxKind kind, QByteArrayView id) const
{
    const QMutexLocker locker(&m_mutex);
    const SandboxAccount *account = find(kind, id);
    return account ? account->json : QByteArray();
}

std::optional<bool> SandboxStore::isActive(SandboxKind kind, QByteArrayView id) const
{
    const QMutexLocker locker(&m_mutex);
    const SandboxAccount *account = find(kind, id);
    if (!account)
        return std::nullopt;
    return account->isActive;
}

QByteArray SandboxStore::setActive(SandboxKind kind, QByteArrayView id, bool active, qint64 now)
{
    const QMutexLocker locker(&m_mutex);
    SandboxAccount *account = find(kind, id);
    if (!account)
        return {};
    // Asking for the state an account already has changes nothing, updatedAt included:
    // deactivate and reactivate are idempotent, and a retry must not look like a new change.
    if (account->isActive != active) {
        account->isActive = active;
        touch(*account, now);
        account->serialize(kind);
    }
    return account->json;
}

QByteArray SandboxStore::create(SandboxKind kind, SandboxAccount account, qint64 now, QByteArray *newId)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    const QMutexLocker locker(&m_mutex);
    Table &t = table(kind);
    do {
        QByteArray id = sandboxKindNames(kind).idPrefix.toByteArray();
        id.reserve(36);
        for (int half = 0; half < 2; ++half) {
            quint64 bits = m_idRandom.next();
            for (int i = 0; i < 16; ++i, bits >>= 4)
                id.append(hexDigits[bits & 0xf]);
        }
        account.id = std::move(id);
    } while (t.rowById.contains(account.id));
    account.isActive = true;
    account.userCount = 0;
    account.knownUserIds.clear();
    account.createdAt = now;
    account.updatedAt = now;
    account.serialize(kind);
    if (newId)
        *newId = account.id;
    t.rowById.insert(account.id, qsizetype(t.accounts.size()));
    t.accounts.push_back(std::move(account));
    return t.accounts.back().json;
}

QByteArray SandboxStore::update(SandboxKind kind, QByteArrayView id, const std::optional<QByteArray> &name,
    const std::optional<std::optional<SandboxMetadata>> &metadata, qint64 now)
{
    const QMutexLocker locker(&m_mutex);
    SandboxAccount *account = find(kind, id);
    if (!account)
        return {};
    if (!name && !metadata)
        return account->json;
    if (name)
        account->name = *name;
    if (metadata) {
        account->hasMetadata = metadata->has_value();
        account->metadata = metadata->value_or(SandboxMetadata());
    }
    touch(*account, now);
    account->serialize(kind);
    return account->json;
}

SandboxStore::Membership SandboxStore::addUser(
    SandboxKind kind, QByteArrayView id, const QByteArray &userId, qint64 now)
{
    return changeMembership(kind, id, userId, now, true);
}

SandboxStore::Membership SandboxStore::removeUser(
    SandboxKind kind, QByteArrayView id, const QByteArray &userId, qint64 now)
{
    return changeMembership(kind, id, userId, now, false);
}

SandboxStore::Membership SandboxStore::changeMembership(
    SandboxKind kind, QByteArrayView id, const QByteArray &userId, qint64 now, bool isAdding)
{
    const QMutexLocker locker(&m_mutex);
    SandboxAccount *account = find(kind, id);
    if (!account)
        return Membership::NoSuchAccount;
    if (isAdding) {
        // Checked before the deactivated state so that a retry of an add that took effect
        // just before someone deactivated the account still reads as done, not refused.
        if (account->knownUserIds.contains(userId))
            return Membership::AlreadyMember;
        if (!account->isActive)
            return Membership::Deactivated;
        account->knownUserIds.insert(userId);
        ++account->userCount;
    } else {
        if (!account->knownUserIds.remove(userId))
            return Membership::NotMember;
        --account->userCount;
    }
    touch(*account, now);
    account->serialize(kind);
    return isAdding ? Membership::Added : Membership::Removed;
}

std::optional<bool> SandboxStore::isMember(SandboxKind kind, QByteArrayView id, const QByteArray &userId) const
{
    const QMutexLocker locker(&m_mutex);
    const SandboxAccount *account = find(kind, id);
    if (!account)
        return std::nullopt;
    return account->knownUserIds.contains(userId);
}
