// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QSettings;

/// One named connection: where it goes, how its band looks, and where its key is kept.
struct ConnectionProfile
{
    QString name;
    QUrl baseUrl;
    /// The band colour as "#rrggbb"; empty keeps the environment's own colour.
    QString color;
    /// The credential store entry that holds this profile's API key (never the key itself).
    /// Stable across renames; the store fills it in when a profile is first saved.
    QString keyAccount;

    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
    {
        return a.name == b.name && a.baseUrl == b.baseUrl && a.color == b.color && a.keyAccount == b.keyAccount;
    }
    friend bool operator!=(const ConnectionProfile &a, const ConnectionProfile &b) { return !(a == b); }
};

// The saved connection profiles (Production, Staging, ...) and which one is current, in a
// settings file. API keys are never written here: each profile names its entry in the
// CredentialStore (keyAccount), and the caller reads and writes the key there.
class ConnectionProfiles : public QObject
{
    Q_OBJECT

public:
    /// Profiles in the application's settings (QSettings()).
    explicit ConnectionProfiles(QObject *parent = nullptr);
    /// Profiles in the INI file at `iniPath` (tests, portable setups).
    explicit ConnectionProfiles(const QString &iniPath, QObject *parent = nullptr);
    ~ConnectionProfiles() override;

    /// Every profile, in the order they were added.
    QList<ConnectionProfile> profiles() const { return m_profiles; }
    /// The profile called `name` (names compare case-insensitively), or nullopt.
    std::optional<ConnectionProfile> profile(const QString &name) const;
    /// The profile whose key lives under `keyAccount`, or nullopt.
    std::optional<ConnectionProfile> profileForKeyAccount(const QString &keyAccount) const;
    bool isEmpty() const { return m_profiles.isEmpty(); }

    /// Why `profile` cannot be saved in place of the profile called `replacing` (empty: a new
    /// one), or an empty string when it can: a unique non-empty name, a base URL an API key
    /// may be sent to (ApiClient::checkBaseUrl) and a colour that is empty or "#rrggbb".
    QString problem(const ConnectionProfile &profile, const QString &replacing = {}) const;
    /// Adds `profile`, or replaces (and may rename) the one called `replacing`. Returns the
    /// profile as saved (with its keyAccount), or nullopt and `error` set when problem() objects.
    std::optional<ConnectionProfile> save(
        ConnectionProfile profile, const QString &replacing = {}, QString *error = nullptr);
    /// Forgets the profile called `name`; the caller deletes its key from the credential store.
    bool remove(const QString &name);

    /// The profile the console opens with: the last one switched to, else the first; empty when there is none.
    QString currentName() const;
    /// Remembers `name` as the profile to open next time (ignored when there is no such profile).
    void setCurrentName(const QString &name);

    /// Turns the single saved connection of earlier versions (a URL under connection/baseUrl,
    /// its key in the keychain under legacyKeyAccount()) into a profile called `name` (the
    /// host when empty), once. Returns the new profile, or nullopt when there was nothing to migrate.
    std::optional<ConnectionProfile> migrateLegacyConnection(const QString &name = {});
    /// The keychain entry earlier versions kept the key of `baseUrl` under.
    static QString legacyKeyAccount(const QUrl &baseUrl);

    /// Writes pending changes to the file now (they are written on destruction anyway).
    void sync();

Q_SIGNALS:
    /// A profile was added, changed or removed.
    void profilesChanged();
    /// `profile` was removed (after profilesChanged()).
    void profileRemoved(const ConnectionProfile &profile);

private:
    void load();
    void store();
    qsizetype indexOf(const QString &name) const;

    std::unique_ptr<QSettings> m_settings;
    QList<ConnectionProfile> m_profiles;
};
