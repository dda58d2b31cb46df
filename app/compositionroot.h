// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QUrl>

#include "sandbox/sandboxserver.h"

class ApiClient;
class AuditJournal;
class CredentialStore;
class MainWindow;
class SandboxThread;
struct ConnectionSettings;

// Builds the console's objects and decides where it connects, in this order:
// --sandbox; AVARA_API_KEY / AVARA_BASE_URL; the saved connection (URL in settings, key in
// the keychain); otherwise the first-run dialog.
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

Q_SIGNALS:
    void quitRequested(int exitCode);

private:
    void connectToSavedServer();
    void askForConnection(const QString &notice);
    bool openSandbox();
    void openWindow(const ConnectionSettings &settings, bool isBuiltInSandbox);
    void rememberConnection(const QUrl &baseUrl, const QString &apiKey);

    Options m_options;
    std::unique_ptr<SandboxThread> m_sandbox;
    CredentialStore *m_credentials;
    ApiClient *m_client = nullptr;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<MainWindow> m_window;
};
