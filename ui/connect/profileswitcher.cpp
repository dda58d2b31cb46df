// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileswitcher.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QStatusBar>

#include "core/api/apiclient.h"
#include "core/services/credentialstore.h"
#include "core/services/session.h"
#include "ui/common/statusstyle.h"
#include "ui/connect/profilesdialog.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

namespace
{
const QString manageEntry = u"manage:"_s;
const QString sessionPrefix = u"session:"_s;
constexpr int messageTimeoutMs = 8000;

QIcon swatch(const Environment &environment)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(StatusStyle::environmentColor(environment));
    painter.drawRect(0, 0, 13, 13);
    return QIcon(pixmap);
}
} // namespace

ProfileSwitcher::ProfileSwitcher(ConnectionProfiles *profiles, CredentialStore *credentials, SessionHost *sessions,
    MainWindow *window, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_sessionHost(sessions)
    , m_window(window)
    , m_combo(new QComboBox(this))
{
    setObjectName(u"profileSwitcher"_s);
    auto *label = new QLabel(tr("Co&nnection:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(u"profileCombo"_s);
    m_combo->setAccessibleName(tr("Connection profile"));
    m_combo->setAccessibleDescription(tr("Switches the window to another server (Ctrl+Shift+P)"));
    m_combo->setToolTip(tr("Switch to another connection profile (Ctrl+Shift+P)"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::activated, this, &ProfileSwitcher::handleActivated);
    connect(m_profiles, &ConnectionProfiles::profilesChanged, this, &ProfileSwitcher::rebuildCombo);
    connect(m_window, &MainWindow::apiKeyReplaced, this, &ProfileSwitcher::handleApiKeyReplaced);
    rebuildCombo();
}

ProfileSwitcher::~ProfileSwitcher() = default;

void ProfileSwitcher::addSessionConnection(
    const QString &name, const ConnectionSettings &settings, const Environment &environment)
{
    m_sessions.append({ name, settings, environment });
    rebuildCombo();
}

void ProfileSwitcher::setCurrent(const QString &name)
{
    if (const auto profile = m_profiles->profile(name))
        m_currentEntry = profile->keyAccount;
    else
        m_currentEntry = sessionPrefix + name;
    rebuildCombo();
}

QString ProfileSwitcher::currentName() const
{
    if (const auto profile = m_profiles->profileForKeyAccount(m_currentEntry))
        return profile->name;
    if (const SessionConnection *connection = session(m_currentEntry))
        return connection->name;
    return {};
}

QComboBox *ProfileSwitcher::comboBox() const
{
    return m_combo;
}

QInputDialog *ProfileSwitcher::keyPrompt() const
{
    return m_keyPrompt;
}

ProfilesDialog *ProfileSwitcher::profilesDialog() const
{
    return m_dialog;
}

const ProfileSwitcher::SessionConnection *ProfileSwitcher::session(const QString &entry) const
{
    for (const SessionConnection &connection : m_sessions) {
        if (sessionPrefix + connection.name == entry)
            return &connection;
    }
    return nullptr;
}

void ProfileSwitcher::rebuildCombo()
{
    // A removed profile that the window still shows stays listed, as a session connection.
    if (!m_currentEntry.isEmpty() && !m_profiles->profileForKeyAccount(m_currentEntry) && !session(m_currentEntry)
        && !m_currentEntry.startsWith(sessionPrefix)) {
        const Environment &environment = m_window->environment();
        SessionConnection kept { environment.profileName, m_window->session()->client()->settings(), environment };
        if (kept.name.isEmpty())
            kept.name = environment.hostAndPort();
        m_sessions.append(kept);
        m_currentEntry = sessionPrefix + kept.name;
    }

    const QSignalBlocker block(m_combo);
    m_combo->clear();
    for (const SessionConnection &connection : std::as_const(m_sessions))
        m_combo->addItem(swatch(connection.environment), connection.name, QString(sessionPrefix + connection.name));
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        const Environment environment = Environment::forProfile(profile.name, profile.baseUrl, profile.color);
        m_combo->addItem(swatch(environment), profile.name, profile.keyAccount);
        m_combo->setItemData(m_combo->count() - 1, environment.profileLabel(), Qt::ToolTipRole);
    }
    m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(tr("Manage profiles\u2026"), manageEntry);
    const int current = m_combo->findData(m_currentEntry);
    m_combo->setCurrentIndex(current >= 0 ? current : -1);
}

void ProfileSwitcher::handleActivated(int index)
{
    const QString entry = m_combo->itemData(index).toString();
    // The chosen entry stays shown while its key is read (arrow keys on the closed combo
    // step on from it); a switch that fails or is cancelled puts the current one back.
    if (entry == manageEntry) {
        rebuildCombo();
        manageProfiles();
        return;
    }
    if (entry.isEmpty() || entry == m_currentEntry)
        return;
    if (const SessionConnection *connection = session(entry)) {
        ++m_switchGeneration;
        connectWith(entry, connection->settings, connection->environment);
    } else if (const auto profile = m_profiles->profileForKeyAccount(entry)) {
        switchToProfile(*profile);
    }
}

void ProfileSwitcher::switchTo(const QString &name)
{
    if (const auto profile = m_profiles->profile(name)) {
        switchToProfile(*profile);
        return;
    }
    if (const SessionConnection *connection = session(sessionPrefix + name)) {
        ++m_switchGeneration;
        connectWith(sessionPrefix + name, connection->settings, connection->environment);
        return;
    }
    fail(name, tr("There is no connection profile called \u201c%1\u201d.").arg(name));
}

void ProfileSwitcher::switchToProfile(const ConnectionProfile &profile)
{
    if (const auto error = ApiClient::checkBaseUrl(profile.baseUrl)) {
        fail(profile.name, error->summary() + u' ' + error->advice());
        return;
    }
    const quint64 generation = ++m_switchGeneration;
    QPointer<ProfileSwitcher> self(this);
    m_credentials->readKey(
        profile.keyAccount, [self, generation, profile](std::optional<QString> key, const QString &error) {
            // A later switch (or the switcher's end) makes this answer moot.
            if (!self || generation != self->m_switchGeneration)
                return;
            if (!key || key->trimmed().isEmpty()) {
                self->askForKey(profile,
                    error.isEmpty() ? QString()
                                    : tr("The saved key could not be read from the %1: %2")
                                          .arg(self->m_credentials->backendName(), error));
                return;
            }
            ConnectionSettings settings;
            settings.baseUrl = profile.baseUrl;
            settings.apiKey = key->trimmed();
            self->connectWith(
                profile.keyAccount, settings, Environment::forProfile(profile.name, profile.baseUrl, profile.color));
        });
}

void ProfileSwitcher::askForKey(const ConnectionProfile &profile, const QString &notice)
{
    delete m_keyPrompt;
    m_keyPrompt = new QInputDialog(m_window);
    m_keyPrompt->setObjectName(u"profileKeyPrompt"_s);
    m_keyPrompt->setAttribute(Qt::WA_DeleteOnClose);
    m_keyPrompt->setWindowTitle(tr("API key for %1").arg(profile.name));
    const QString text = notice.isEmpty()
        ? tr("No API key is saved for the profile \u201c%1\u201d (%2).\nEnter its API key; it is kept in the %3.")
              .arg(profile.name, profile.baseUrl.toDisplayString(), m_credentials->backendName())
        : notice + u"\n\n"_s
            + tr("Enter the API key of the profile \u201c%1\u201d (%2).")
                  .arg(profile.name, profile.baseUrl.toDisplayString());
    m_keyPrompt->setLabelText(text);
    m_keyPrompt->setTextEchoMode(QLineEdit::Password);
    m_keyPrompt->setOkButtonText(tr("Connect"));
    const quint64 generation = m_switchGeneration;
    connect(m_keyPrompt, &QInputDialog::textValueSelected, this, [this, profile, generation](const QString &value) {
        const QString key = value.trimmed();
        if (key.isEmpty() || generation != m_switchGeneration)
            return;
        QPointer<MainWindow> window(m_window);
        m_credentials->writeKey(profile.keyAccount, key, [window](const QString &error) {
            if (!error.isEmpty() && window)
                window->statusBar()->showMessage(tr("The API key could not be saved: %1").arg(error), messageTimeoutMs);
        });
        ConnectionSettings settings;
        settings.baseUrl = profile.baseUrl;
        settings.apiKey = key;
        connectWith(
            profile.keyAccount, settings, Environment::forProfile(profile.name, profile.baseUrl, profile.color));
    });
    connect(m_keyPrompt, &QDialog::rejected, this, [this, generation] {
        if (generation == m_switchGeneration)
            rebuildCombo();
    });
    m_keyPrompt->open();
}

void ProfileSwitcher::connectWith(
    const QString &entry, const ConnectionSettings &settings, const Environment &environment)
{
    if (!mayLeaveActions(environment)) {
        fail(environment.profileLabel(), tr("The connection was not switched: actions are still under way."));
        return;
    }
    m_sessionHost->open(settings, environment);
    m_currentEntry = entry;
    QString name = environment.profileName;
    if (const auto profile = m_profiles->profileForKeyAccount(entry)) {
        m_profiles->setCurrentName(profile->name);
        name = profile->name;
    }
    rebuildCombo();
    m_window->statusBar()->showMessage(tr("Switched to %1").arg(environment.profileLabel()), messageTimeoutMs);
    Q_EMIT switched(name, settings);
}

bool ProfileSwitcher::mayLeaveActions(const Environment &next)
{
    const Session *current = m_sessionHost->current();
    if (!current || current->isIdle())
        return true;
    // Switching ends the queues: their requests may still reach the server, and the journal
    // can only record the outcome as unknown. That needs a deliberate yes.
    QMessageBox question(QMessageBox::Warning, tr("Switch connection"),
        tr("Deactivations or reactivations on %1 are still under way. If you switch to %2 now, "
           "their outcome stays unknown (the history will say so).\n\nSwitch anyway?")
            .arg(m_window->environment().profileLabel(), next.profileLabel()),
        QMessageBox::Yes | QMessageBox::Cancel, m_window);
    question.setTextFormat(Qt::PlainText);
    question.setDefaultButton(QMessageBox::Cancel);
    return question.exec() == QMessageBox::Yes;
}

void ProfileSwitcher::fail(const QString &name, const QString &reason)
{
    rebuildCombo();
    m_window->statusBar()->showMessage(reason, messageTimeoutMs);
    Q_EMIT switchFailed(name, reason);
}

void ProfileSwitcher::handleApiKeyReplaced(const QString &apiKey)
{
    if (const auto profile = m_profiles->profileForKeyAccount(m_currentEntry)) {
        QPointer<MainWindow> window(m_window);
        m_credentials->writeKey(profile->keyAccount, apiKey, [window](const QString &error) {
            if (!error.isEmpty() && window)
                window->statusBar()->showMessage(tr("The API key could not be saved: %1").arg(error), messageTimeoutMs);
        });
        return;
    }
    for (SessionConnection &connection : m_sessions) {
        if (sessionPrefix + connection.name == m_currentEntry)
            connection.settings.apiKey = apiKey;
    }
}

void ProfileSwitcher::handleProfileSaved(const ConnectionProfile &profile)
{
    // The band and key of the profile in use follow its edits at once.
    if (profile.keyAccount == m_currentEntry)
        switchToProfile(profile);
}

ProfilesDialog *ProfileSwitcher::manageProfiles()
{
    if (!m_dialog) {
        m_dialog = new ProfilesDialog(m_profiles, m_credentials, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ProfilesDialog::profileSaved, this, &ProfileSwitcher::handleProfileSaved);
        connect(m_dialog, &ProfilesDialog::switchRequested, this, &ProfileSwitcher::switchTo);
        const QString current = currentName();
        if (m_profiles->profile(current))
            m_dialog->selectProfile(current);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}
