// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/credentialstore.h"

// API keys in the operating system's keychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows) through QtKeychain. There is deliberately no insecure
// fallback: when no keychain answers, the key is not saved and the user is told so.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void readKey(const QString &account, ReadCallback done) override;
    void writeKey(const QString &account, const QString &key, WriteCallback done) override;
    void deleteKey(const QString &account, WriteCallback done) override;
    QString backendName() const override;
};
