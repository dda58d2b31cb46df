// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>
#include <QTemporaryDir>

#include "core/domain/accountkind.h"
#include "core/services/environment.h"
#include "sandbox/sandboxoptions.h"

class AccountDirectory;
class AccountsPage;
class AuditJournal;
class MainWindow;
class SandboxServer;
class Session;
class SessionHost;

// The console as a widget test needs it: a sandbox server on 127.0.0.1, a session on it
// (the way the composition root builds one), the window showing that session, an audit
// journal in a temporary folder, and both kinds loaded.
//
// start() returns false, and failure() says why, instead of failing inside: a test writes
// QVERIFY2(console.start(), qPrintable(console.failure())) and stops there cleanly.
class ConsoleFixture
{
public:
    struct Options
    {
        SandboxOptions sandbox;
        QString apiKey = QStringLiteral("sandbox-key");
        int maxRetries = 2; // as the official SDKs; 0 where a test fails requests on purpose
        bool withJournal = true;
        bool loads = true; // wait until both kinds are loaded
        int width = 1200;
        int height = 700;
    };

    explicit ConsoleFixture(const Options &options);
    ~ConsoleFixture();
    ConsoleFixture(const ConsoleFixture &) = delete;
    ConsoleFixture &operator=(const ConsoleFixture &) = delete;

    /// Starts the server and shows the window; with Options::loads, waits for both lists.
    [[nodiscard]] bool start() { return startServer() && openWindow(); }
    /// Starts the server alone (a test may change it before the window opens).
    [[nodiscard]] bool startServer();
    /// Shows the window on the server started before (and loads, with Options::loads).
    [[nodiscard]] bool openWindow();
    /// Closes the window and ends its session, as quitting the console does (the window saves
    /// its layout); openWindow() then starts again as the console's next start would.
    void closeWindow();
    /// Why start() returned false.
    const QString &failure() const { return m_failure; }

    SandboxServer &server() const { return *m_server; }
    SessionHost &sessions() const { return *m_sessions; }
    Session *session() const;
    MainWindow *window() const { return m_window.get(); }
    AccountsPage *page(AccountKind kind = AccountKind::ExpressCustomer) const;
    AccountDirectory *directory(AccountKind kind = AccountKind::ExpressCustomer) const;
    /// The journal (nullptr without Options::withJournal).
    AuditJournal *journal() const { return m_journal.get(); }
    /// A file path in the fixture's temporary folder.
    QString filePath(const QString &name) const { return m_folder.filePath(name); }

private:
    Options m_options;
    QString m_failure;
    QTemporaryDir m_folder;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<SessionHost> m_sessions;
    std::unique_ptr<MainWindow> m_window;
};
