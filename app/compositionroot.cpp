// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositionroot.h"

#include <QComboBox>
#include <QMessageBox>

#include "app/keychaincredentialstore.h"
#include "core/api/apiclient.h"
#include "core/domain/consolelink.h"
#include "core/services/auditjournal.h"
#include "core/services/connectionconfig.h"
#include "core/services/connectionprofiles.h"
#include "core/services/environment.h"
#include "core/services/session.h"
#include "core/services/snapshotstore.h"
#include "sandbox/sandboxthread.h"
#include "ui/connect/connectdialog.h"
#include "ui/connect/profileswitcher.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

CompositionRoot::CompositionRoot(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_credentials(new KeychainCredentialStore(this))
    , m_profiles(new ConnectionProfiles(this))
{
    // A removed profile takes its saved copies with it, whatever key wrote them.
    connect(m_profiles, &ConnectionProfiles::profileRemoved, this,
        [](const ConnectionProfile &profile) { SnapshotStore::forgetConnection(profile.baseUrl); });
}

CompositionRoot::~CompositionRoot() = default;

bool CompositionRoot::start()
{
    m_profiles->migrateLegacyConnection();

    if (m_options.useSandbox)
        return openSandbox();

    if (std::optional<ConnectionSettings> settings = connectionSettingsFromEnvironment()) {
        if (m_options.baseUrlOverride.isValid())
            settings->baseUrl = m_options.baseUrlOverride;
        if (const auto error = ApiClient::checkBaseUrl(settings->baseUrl)) {
            QMessageBox::critical(nullptr, tr("Avara Console"), error->summary() + u"\n\n"_s + error->advice());
            return false;
        }
        const QString name = tr("Environment variables");
        openWindow(*settings, Environment::forBaseUrl(settings->baseUrl), name, true);
        return true;
    }

    if (m_options.baseUrlOverride.isValid()) {
        const QUrl wanted = m_options.baseUrlOverride.adjusted(QUrl::StripTrailingSlash);
        for (const ConnectionProfile &profile : m_profiles->profiles()) {
            if (profile.baseUrl.adjusted(QUrl::StripTrailingSlash) == wanted) {
                connectToProfile(profile);
                return true;
            }
        }
        askForConnection(QString(), std::nullopt, m_options.baseUrlOverride);
        return true;
    }

    if (const auto current = m_profiles->profile(m_profiles->currentName()))
        connectToProfile(*current);
    else
        askForConnection(QString(), std::nullopt);
    return true;
}

void CompositionRoot::connectToProfile(const ConnectionProfile &profile)
{
    m_credentials->readKey(profile.keyAccount, [this, profile](std::optional<QString> key, const QString &error) {
        if (!key || key->trimmed().isEmpty()) {
            askForConnection(error.isEmpty()
                    ? QString()
                    : tr("The saved API key could not be read from the keychain: %1").arg(error),
                profile);
            return;
        }
        ConnectionSettings settings;
        settings.baseUrl = profile.baseUrl;
        settings.apiKey = key->trimmed();
        m_profiles->setCurrentName(profile.name);
        openWindow(
            settings, Environment::forProfile(profile.name, profile.baseUrl, profile.color), profile.name, false);
    });
}

void CompositionRoot::askForConnection(
    const QString &notice, const std::optional<ConnectionProfile> &existing, const QUrl &suggestedUrl)
{
    auto *dialog = new ConnectDialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNotice(notice);
    if (existing) {
        dialog->setProfileName(existing->name);
        dialog->setBaseUrl(existing->baseUrl);
    } else if (suggestedUrl.isValid()) {
        dialog->setBaseUrl(suggestedUrl);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, existing] {
        if (dialog->choice() == ConnectDialog::Choice::OpenSandbox) {
            if (!openSandbox())
                Q_EMIT quitRequested(1);
            return;
        }
        ConnectionProfile profile = existing.value_or(ConnectionProfile());
        profile.name = dialog->profileName();
        profile.baseUrl = dialog->baseUrl();
        QString error;
        const auto saved = m_profiles->save(profile, existing ? existing->name : QString(), &error);
        if (!saved) {
            askForConnection(error, existing, dialog->baseUrl());
            return;
        }
        ConnectionSettings settings;
        settings.baseUrl = saved->baseUrl;
        settings.apiKey = dialog->apiKey();
        if (dialog->rememberKey())
            saveKey(saved->keyAccount, settings.apiKey);
        m_profiles->setCurrentName(saved->name);
        openWindow(settings, Environment::forProfile(saved->name, saved->baseUrl, saved->color), saved->name, false);
    });
    connect(dialog, &QDialog::rejected, this, [this] { Q_EMIT quitRequested(0); });
    dialog->show();
}

bool CompositionRoot::openSandbox()
{
    m_sandbox = std::make_unique<SandboxThread>();
    const QUrl url = m_sandbox->start(m_options.sandbox);
    if (!url.isValid()) {
        QMessageBox::critical(nullptr, tr("Avara Console"), tr("The built-in sandbox could not start on 127.0.0.1."));
        return false;
    }
    ConnectionSettings settings;
    settings.baseUrl = url;
    settings.apiKey = QString::fromUtf8(m_options.sandbox.apiKey);
    const QString name = tr("Sandbox");
    openWindow(settings, Environment::forBaseUrl(url, true), name, true);
    return true;
}

void CompositionRoot::openWindow(
    const ConnectionSettings &settings, const Environment &environment, const QString &entryName, bool isSession)
{
    m_journal = std::make_unique<AuditJournal>();
    m_sessions = std::make_unique<SessionHost>();
    m_sessions->setAuditJournal(m_journal.get());
    if (MainWindow::keepsSnapshots())
        m_sessions->setSnapshotDirectory(SnapshotStore::defaultDirectory());
    Session *session = m_sessions->open(settings, environment);
    m_window = std::make_unique<MainWindow>(session);
    m_window->setAuditJournal(m_journal.get());
    // The window follows every switch of server; the previous session goes once it has.
    connect(m_sessions.get(), &SessionHost::sessionChanged, m_window.get(), &MainWindow::setSession);
    connect(m_window.get(), &MainWindow::keepSnapshotsChanged, this, &CompositionRoot::setKeepsSnapshots);

    m_switcher = new ProfileSwitcher(m_profiles, m_credentials, m_sessions.get(), m_window.get());
    if (isSession)
        m_switcher->addSessionConnection(entryName, settings, environment);
    m_switcher->setCurrent(entryName);
    m_window->setConnectionSwitcher(m_switcher, m_switcher->comboBox());
    connect(m_window.get(), &MainWindow::profileSwitchRequested, m_switcher, &ProfileSwitcher::switchTo);
    connect(m_switcher, &ProfileSwitcher::switchFailed, m_window.get(), &MainWindow::forgetPendingView);
    m_window->show();
    m_window->loadAll();
    if (m_pendingLink) {
        const QString text = *std::exchange(m_pendingLink, std::nullopt);
        showLink(text);
    }
}

void CompositionRoot::openLink(const QString &text)
{
    if (!m_window) {
        // The last one wins: the user clicked it most recently.
        m_pendingLink = text;
        return;
    }
    m_window->bringForward();
    showLink(text);
}

void CompositionRoot::showLink(const QString &text)
{
    if (text.isEmpty())
        return;
    QString error;
    const std::optional<ConsoleLink> link = ConsoleLink::parse(text, &error);
    if (!link) {
        m_window->showStatusMessage(tr("Could not open the link: %1").arg(error));
        return;
    }
    const QString profile = link->profileName();
    if (link->target() == ConsoleLink::Target::View && !profile.isEmpty()
        && profile != m_window->environment().profileName && !m_profiles->profile(profile)) {
        m_window->showStatusMessage(
            tr("The link is for the connection profile \u201c%1\u201d, which this console does not have.")
                .arg(profile));
        return;
    }
    m_window->openLink(*link);
}

void CompositionRoot::setKeepsSnapshots(bool keep)
{
    const QString directory = keep ? SnapshotStore::defaultDirectory() : QString();
    m_sessions->setSnapshotDirectory(directory);
    Session *session = m_sessions->current();
    if (!keep) {
        if (session)
            session->setSnapshotDirectory({});
        SnapshotStore::forgetAll();
    } else if (session && session->environment().kind != Environment::Kind::Sandbox) {
        session->setSnapshotDirectory(directory);
    }
}

void CompositionRoot::saveKey(const QString &keyAccount, const QString &apiKey)
{
    m_credentials->writeKey(keyAccount, apiKey, [this](const QString &error) {
        if (!error.isEmpty() && m_window) {
            QMessageBox warning(QMessageBox::Warning, tr("Avara Console"),
                tr("The API key could not be saved in the system keychain, so you will be asked for it "
                   "next time.\n\n%1")
                    .arg(error),
                QMessageBox::Ok, m_window.get());
            warning.setTextFormat(Qt::PlainText);
            warning.exec();
        }
    });
}
