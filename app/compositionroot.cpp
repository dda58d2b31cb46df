// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositionroot.h"

#include <QMessageBox>
#include <QSettings>

#include "app/keychaincredentialstore.h"
#include "core/api/apiclient.h"
#include "core/services/auditjournal.h"
#include "core/services/connectionconfig.h"
#include "core/services/environment.h"
#include "sandbox/sandboxthread.h"
#include "ui/connect/connectdialog.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

namespace
{
const QString baseUrlSetting = u"connection/baseUrl"_s;

// The keychain entry is named after the server, so keys for several servers can coexist.
QString keychainAccount(const QUrl &baseUrl)
{
    return u"api-key:"_s + baseUrl.host() + (baseUrl.port() > 0 ? u":"_s + QString::number(baseUrl.port()) : QString());
}
} // namespace

CompositionRoot::CompositionRoot(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_credentials(new KeychainCredentialStore(this))
{
}

CompositionRoot::~CompositionRoot()
{
    // The window and client go before the sandbox they talk to.
    m_window.reset();
    m_journal.reset();
    delete m_client;
    m_sandbox.reset();
}

bool CompositionRoot::start()
{
    if (m_options.useSandbox)
        return openSandbox();

    if (std::optional<ConnectionSettings> settings = connectionSettingsFromEnvironment()) {
        if (m_options.baseUrlOverride.isValid())
            settings->baseUrl = m_options.baseUrlOverride;
        if (const auto error = ApiClient::checkBaseUrl(settings->baseUrl)) {
            QMessageBox::critical(nullptr, tr("Avara Console"), error->summary() + u"\n\n"_s + error->advice());
            return false;
        }
        openWindow(*settings, false);
        return true;
    }
    connectToSavedServer();
    return true;
}

void CompositionRoot::connectToSavedServer()
{
    const QUrl saved = m_options.baseUrlOverride.isValid() ? m_options.baseUrlOverride
                                                           : QSettings().value(baseUrlSetting).toUrl();
    if (!saved.isValid()) {
        askForConnection(QString());
        return;
    }
    m_credentials->readKey(keychainAccount(saved), [this, saved](std::optional<QString> key, const QString &error) {
        if (!key || key->isEmpty()) {
            askForConnection(error.isEmpty() ? QString()
                                             : tr("The saved API key could not be read from the keychain: %1").arg(error));
            return;
        }
        ConnectionSettings settings;
        settings.baseUrl = saved;
        settings.apiKey = *key;
        openWindow(settings, false);
    });
}

void CompositionRoot::askForConnection(const QString &notice)
{
    auto *dialog = new ConnectDialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNotice(notice);
    const QUrl saved = QSettings().value(baseUrlSetting).toUrl();
    if (saved.isValid())
        dialog->setBaseUrl(saved);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->choice() == ConnectDialog::Choice::OpenSandbox) {
            if (!openSandbox())
                Q_EMIT quitRequested(1);
            return;
        }
        ConnectionSettings settings;
        settings.baseUrl = dialog->baseUrl();
        settings.apiKey = dialog->apiKey();
        if (dialog->rememberKey())
            rememberConnection(settings.baseUrl, settings.apiKey);
        openWindow(settings, false);
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
    openWindow(settings, true);
    return true;
}

void CompositionRoot::openWindow(const ConnectionSettings &settings, bool isBuiltInSandbox)
{
    m_client = new ApiClient(settings);
    m_window = std::make_unique<MainWindow>(m_client, Environment::forBaseUrl(settings.baseUrl, isBuiltInSandbox));
    m_journal = std::make_unique<AuditJournal>();
    m_journal->addSecret(settings.apiKey);
    m_window->setAuditJournal(m_journal.get());
    if (!isBuiltInSandbox) {
        connect(m_window.get(), &MainWindow::apiKeyReplaced, this,
                [this, baseUrl = settings.baseUrl](const QString &key) { rememberConnection(baseUrl, key); });
    }
    connect(m_window.get(), &MainWindow::apiKeyReplaced, this, [this](const QString &key) { m_journal->addSecret(key); });
    m_window->show();
    m_window->loadAll();
}

void CompositionRoot::rememberConnection(const QUrl &baseUrl, const QString &apiKey)
{
    QSettings().setValue(baseUrlSetting, baseUrl);
    m_credentials->writeKey(keychainAccount(baseUrl), apiKey, [this](const QString &error) {
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
