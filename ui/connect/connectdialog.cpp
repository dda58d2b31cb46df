// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/api/apiclient.h"
#include "core/services/session.h"
#include "ui/common/dialogparts.h"
#include "ui/common/messagebar.h"

using namespace Qt::StringLiterals;

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_notice(new QLabel(this))
    , m_profileName(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(u"https://api.avarasoftware.com"_s, this))
    , m_apiKey(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the key in the system keychain"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to Avara"));

    auto *intro
        = new QLabel(tr("Connect to an Avara API server with an API key, or open the built-in sandbox to try the "
                        "console with made-up accounts."),
            this);
    intro->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();

    DialogParts::name(m_profileName, u"profileNameField"_s, tr("Profile name"));
    m_profileName->setPlaceholderText(tr("Production, Staging, \u2026 (the server's name when empty)"));
    DialogParts::name(m_baseUrl, u"baseUrlField"_s, tr("Server URL"));
    DialogParts::name(m_apiKey, u"apiKeyField"_s, tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("The key from the Avara dashboard"));
    m_remember->setChecked(true);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_profileName);
    form->addRow(tr("Server &URL:"), m_baseUrl);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(QString(), m_remember);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *sandbox = buttons->addButton(tr("Open the &sandbox"), QDialogButtonBox::ActionRole);
    sandbox->setObjectName(u"openSandboxButton"_s);
    QPushButton *connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::validateAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(sandbox, &QPushButton::clicked, this, [this] {
        m_choice = Choice::OpenSandbox;
        accept();
    });
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setBaseUrl(const QUrl &url)
{
    m_baseUrl->setText(url.toString());
}

void ConnectDialog::setProfileName(const QString &name)
{
    m_profileName->setText(name);
}

QString ConnectDialog::profileName() const
{
    const QString name = m_profileName->text().trimmed();
    return name.isEmpty() ? baseUrl().host() : name;
}

void ConnectDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QUrl ConnectDialog::baseUrl() const
{
    return QUrl::fromUserInput(m_baseUrl->text().trimmed());
}

QString ConnectDialog::apiKey() const
{
    return m_apiKey->text().trimmed();
}

bool ConnectDialog::rememberKey() const
{
    return m_remember->isChecked();
}

QString ConnectDialog::problem() const
{
    const QUrl url = baseUrl();
    if (!url.isValid() || url.host().isEmpty())
        return tr("Enter the server's URL, for example https://api.avarasoftware.com.");
    if (const auto error = ApiClient::checkBaseUrl(url))
        return error->summary() + u' ' + error->advice();
    if (apiKey().isEmpty())
        return tr("Enter an API key.");
    return {};
}

void ConnectDialog::testConnection()
{
    const QString blocker = problem();
    if (!blocker.isEmpty()) {
        m_testResult->setText(blocker);
        return;
    }
    ConnectionSettings settings;
    settings.baseUrl = baseUrl();
    settings.apiKey = apiKey();
    DialogParts::testConnection(settings, m_testButton, m_testResult, &m_probe);
}

void ConnectDialog::validateAndAccept()
{
    const QString blocker = problem();
    if (!blocker.isEmpty()) {
        m_testResult->setText(blocker);
        return;
    }
    m_choice = Choice::Connect;
    accept();
}
