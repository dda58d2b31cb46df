// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/testkit/inmemorycredentialstore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

// The callbacks are delivered from the event loop, as a real keychain would, so callers
// cannot come to depend on a synchronous answer.
void InMemoryCredentialStore::readKey(const QString &account, ReadCallback done)
{
    const auto found = m_keys.constFind(account);
    std::optional<QString> key;
    if (found != m_keys.constEnd())
        key = found.value();
    QTimer::singleShot(0, this, [done = std::move(done), key] { done(key, QString()); });
}

void InMemoryCredentialStore::writeKey(const QString &account, const QString &key, WriteCallback done)
{
    m_keys.insert(account, key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(QString()); });
}

void InMemoryCredentialStore::deleteKey(const QString &account, WriteCallback done)
{
    m_keys.remove(account);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(QString()); });
}

QString InMemoryCredentialStore::backendName() const
{
    return u"memory"_s;
}
