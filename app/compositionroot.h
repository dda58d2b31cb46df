// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QUrl>

#include "sandbox/sandboxserver.h"

class AuditJournal;
class ConnectionProfiles;
class CredentialStore;
class MainWindow;
class ProfileSwitcher;
class SandboxThread;
class SessionHost;
struct ConnectionProfile;
struct ConnectionSettings;
struct Environment;

// Builds the console's objects and decides where it connects, in this order:
// --sandbox; AVARA_API_KEY / AVARA_BASE_URL; --base-url (the profile with that URL); the
// current connection profile (URL in settings, key in the keychain); otherwise the
// first-run dialog, which creates the first profile. The single saved connection of
// earlier versions becomes a profile on the first start.
class CompositionRoot : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool useSandbox = false;
        SandboxOptions sandbox;
        QUrl baseUrlOverride;
    };

    explicit CompositionRoot(const Options &options, QObject *parent = nullptr);
    ~CompositionRoot() override;

    /// Starts connecting; the window appears when a connection is chosen. False when the
    /// console cannot start at all (the message has been shown).
    bool start();
    /// Shows what the avara-console:// link `text` names (from the command line or a later
    /// start) and brings the window forward; empty `text` only brings it forward. Before the
    /// window exists the link waits for it.
    void openLink(const QString &text);

Q_SIGNALS:
    void quitRequested(int exitCode);

private:
    void connectToProfile(const ConnectionProfile &profile);
    void askForConnection(
        const QString &notice, const std::optional<ConnectionProfile> &existing, const QUrl &suggestedUrl = {});
    bool openSandbox();
    /// Opens the window on `settings`, listed in the switcher as `entryName`; `isSession` for
    /// connections that are not a saved profile (the built-in sandbox, the environment variables).
    void openWindow(
        const ConnectionSettings &settings, const Environment &environment, const QString &entryName, bool isSession);
    void setKeepsSnapshots(bool keep);
    void saveKey(const QString &keyAccount, const QString &apiKey);
    void showLink(const QString &text);

    // Each member uses only those declared above it.
    Options m_options;
    std::unique_ptr<SandboxThread> m_sandbox;
    CredentialStore *m_credentials;
    ConnectionProfiles *m_profiles;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<SessionHost> m_sessions;
    std::unique_ptr<MainWindow> m_window;
    ProfileSwitcher *m_switcher = nullptr; // a child of the window
    std::optional<QString> m_pendingLink; // arrived before the window
};
