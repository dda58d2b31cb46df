// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"

#include <QTest>

#include "core/services/accountdirectory.h"
#include "core/services/auditjournal.h"
#include "core/services/session.h"
#include "sandbox/sandboxserver.h"
#include "ui/accounts/accountspage.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

ConsoleFixture::ConsoleFixture(const Options &options)
    : m_options(options)
{ }

ConsoleFixture::~ConsoleFixture() = default;

bool ConsoleFixture::startServer()
{
    if (!m_folder.isValid()) {
        m_failure = u"no temporary folder"_s;
        return false;
    }
    m_server = std::make_unique<SandboxServer>(m_options.sandbox);
    if (m_server->listen() == 0) {
        m_failure = u"the sandbox did not listen on 127.0.0.1"_s;
        return false;
    }
    return true;
}

bool ConsoleFixture::openWindow()
{
    if (!m_server) {
        m_failure = u"openWindow() before startServer()"_s;
        return false;
    }
    ConnectionSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.apiKey = m_options.apiKey;
    settings.maxRetries = m_options.maxRetries;
    if (m_options.withJournal)
        m_journal = std::make_unique<AuditJournal>(m_folder.filePath(u"audit.jsonl"_s));
    m_sessions = std::make_unique<SessionHost>();
    m_sessions->setAuditJournal(m_journal.get());
    Session *session = m_sessions->open(settings, Environment::forBaseUrl(settings.baseUrl, true));
    m_window = std::make_unique<MainWindow>(session);
    m_window->setAuditJournal(m_journal.get());
    QObject::connect(m_sessions.get(), &SessionHost::sessionChanged, m_window.get(), &MainWindow::setSession);
    m_window->resize(m_options.width, m_options.height);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        m_failure = u"the window was never shown"_s;
        return false;
    }
    m_window->loadAll();
    if (!m_options.loads)
        return true;
    const auto isLoaded = [session] {
        for (AccountDirectory *directory : session->directories()) {
            if (directory->isLoading() || (directory->isAvailable() && !directory->lastLoadedAt().isValid()))
                return false;
        }
        return true;
    };
    if (!QTest::qWaitFor(isLoaded, 20'000)) {
        m_failure = u"the accounts did not load within 20 s"_s;
        return false;
    }
    return true;
}

void ConsoleFixture::closeWindow()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_sessions.reset();
    m_journal.reset();
}

Session *ConsoleFixture::session() const
{
    return m_sessions ? m_sessions->current() : nullptr;
}

AccountsPage *ConsoleFixture::page(AccountKind kind) const
{
    return m_window ? m_window->page(kind) : nullptr;
}

AccountDirectory *ConsoleFixture::directory(AccountKind kind) const
{
    return session() ? session()->directory(kind) : nullptr;
}
