// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include "core/services/credentialstore.h"

/// Keeps keys in memory only, answering from the event loop as a keychain would.
class InMemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void readKey(const QString &account, ReadCallback done) override;
    void writeKey(const QString &account, const QString &key, WriteCallback done) override;
    void deleteKey(const QString &account, WriteCallback done) override;
    QString backendName() const override;

private:
    QHash<QString, QString> m_keys;
};
