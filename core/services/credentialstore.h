// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QObject>
#include <QString>

// Where API keys live. The console reads keys from the environment or from the
// operating system's keychain (app/ provides that backend through QtKeychain); tests use
// the in-memory store. A key never goes to a settings file, a log or the audit journal.
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

/// Keeps keys in memory only: for tests and for sessions that must not persist a key.
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
