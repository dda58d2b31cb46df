// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlistresolver.h"

#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"

IdListResolver::IdListResolver(AccountDirectory *directory, const QStringList &accountIds, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    QSet<QString> seen;
    for (const QString &id : accountIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            m_ids.append(id);
        }
    }
    connect(directory, &AccountDirectory::refreshed, this, &IdListResolver::handleRefreshed);
    connect(directory, &AccountDirectory::refreshFailed, this, &IdListResolver::handleRefreshFailed);
}

void IdListResolver::start()
{
    if (m_isStarted || !m_directory)
        return;
    m_isStarted = true;
    const AccountStore *store = m_directory->store();
    QStringList toFetch;
    for (const QString &id : std::as_const(m_ids)) {
        if (store->rowOf(id) < 0) {
            m_outstanding.insert(id);
            toFetch.append(id);
        }
    }
    for (const QString &id : std::as_const(toFetch))
        m_directory->refresh(id);
    if (m_outstanding.isEmpty()) {
        // Later, as when something was fetched: the caller connects after start().
        QMetaObject::invokeMethod(this, &IdListResolver::finished, Qt::QueuedConnection);
    }
}

QStringList IdListResolver::foundIds() const
{
    QStringList found;
    if (!m_directory)
        return found;
    const AccountStore *store = m_directory->store();
    for (const QString &id : m_ids) {
        if (store->rowOf(id) >= 0)
            found.append(id);
    }
    return found;
}

QStringList IdListResolver::unknownIds() const
{
    QStringList unknown;
    for (const QString &id : m_ids) {
        if (m_unknown.contains(id))
            unknown.append(id);
    }
    return unknown;
}

void IdListResolver::handleRefreshed(const QString &id)
{
    settle(id);
}

void IdListResolver::handleRefreshFailed(const QString &id, const ApiError &error)
{
    if (!m_outstanding.contains(id))
        return;
    if (error.kind == ApiError::Kind::NotFound)
        m_unknown.insert(id);
    else
        m_failures.insert(id, error);
    settle(id);
}

void IdListResolver::settle(const QString &id)
{
    if (!m_outstanding.remove(id))
        return;
    if (m_outstanding.isEmpty())
        Q_EMIT finished();
}
