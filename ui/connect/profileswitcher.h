// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include "core/api/connectionsettings.h"
#include "core/services/connectionprofiles.h"
#include "core/services/environment.h"

class CredentialStore;
class MainWindow;
class ProfilesDialog;
class SessionHost;
class QComboBox;
class QInputDialog;

// The Connection toolbar: a list of the saved profiles (and connections that last for this
// session only, such as the built-in sandbox) from which the window is switched in place.
// A switch reads the profile's key from the credential store (asynchronously, as a keychain
// answers), asks for it when none is saved, then asks the SessionHost for a session on it;
// the host replaces the session and whoever observes it (the window) follows. The last entry
// opens the Manage profiles dialog.
class ProfileSwitcher : public QWidget
{
    Q_OBJECT

public:
    ProfileSwitcher(ConnectionProfiles *profiles, CredentialStore *credentials, SessionHost *sessions,
        MainWindow *window, QWidget *parent = nullptr);
    ~ProfileSwitcher() override;

    /// Adds a connection that is not saved (the built-in sandbox, AVARA_API_KEY), listed as
    /// `name` and shown as `environment`; its key stays in memory.
    void addSessionConnection(const QString &name, const ConnectionSettings &settings, const Environment &environment);
    /// Says which entry the window shows now.
    void setCurrent(const QString &name);
    /// Switches the window to the profile or session connection called `name`.
    void switchTo(const QString &name);
    /// Opens (or raises) the Manage profiles dialog.
    ProfilesDialog *manageProfiles();

    /// The entry the window shows now.
    QString currentName() const;
    QComboBox *comboBox() const;
    /// The prompt for a profile's missing key while it is open.
    QInputDialog *keyPrompt() const;
    /// The Manage profiles dialog while it is open.
    ProfilesDialog *profilesDialog() const;

Q_SIGNALS:
    /// The window now talks to `settings.baseUrl` with `settings.apiKey`.
    void switched(const QString &name, const ConnectionSettings &settings);
    /// A switch did not happen; the window still shows the previous connection.
    void switchFailed(const QString &name, const QString &reason);

private:
    struct SessionConnection
    {
        QString name;
        ConnectionSettings settings;
        Environment environment;
    };

    void rebuildCombo();
    void handleActivated(int index);
    void handleApiKeyReplaced(const QString &apiKey);
    void handleProfileSaved(const ConnectionProfile &profile);
    void switchToProfile(const ConnectionProfile &profile);
    void askForKey(const ConnectionProfile &profile, const QString &notice);
    void connectWith(const QString &entry, const ConnectionSettings &settings, const Environment &environment);
    void fail(const QString &name, const QString &reason);
    /// True when no action is under way, or the user agrees to leave them unfinished.
    bool mayLeaveActions(const Environment &next);
    const SessionConnection *session(const QString &entry) const;

    ConnectionProfiles *m_profiles;
    CredentialStore *m_credentials;
    SessionHost *m_sessionHost;
    MainWindow *m_window;
    QComboBox *m_combo;
    QList<SessionConnection> m_sessions;
    // Entries are named by a stable id: a profile's keyAccount, or "session:" + name.
    QString m_currentEntry;
    quint64 m_switchGeneration = 0;
    QPointer<QInputDialog> m_keyPrompt;
    QPointer<ProfilesDialog> m_dialog;
};
