// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QObject>
#include <QString>

// Where API keys live. The console reads keys from the environment or from the
// operating system's keychain (app/ provides that backend through QtKeychain); tests use
// an in-memory store (tests/testkit). A key never goes to a settings file, a log or the
// audit journal.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(std::optional<QString> key, const QString &error)>;
    using WriteCallback = std::function<void(const QString &error)>;

    using QObject::QObject;

    /// Reads the key saved under `account`; calls back with nullopt when there is none.
    virtual void readKey(const QString &account, ReadCallback done) = 0;
    /// Saves a key under `account`; calls back with an empty error on success.
    virtual void writeKey(const QString &account, const QString &key, WriteCallback done) = 0;
    /// Forgets the key saved under `account`.
    virtual void deleteKey(const QString &account, WriteCallback done) = 0;
    /// A short name of the backend for the connection dialog ("GNOME Keyring", "memory").
    virtual QString backendName() const = 0;
};
