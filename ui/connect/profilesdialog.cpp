// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesdialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/api/apiclient.h"
#include "core/services/credentialstore.h"
#include "core/services/session.h"
#include "ui/common/dialogparts.h"
#include "ui/common/messagebar.h"

using namespace Qt::StringLiterals;

namespace
{
const QString otherColor = u"other"_s;

QIcon colorIcon(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(color.isValid() ? color : QColor(Qt::transparent));
    painter.drawRect(0, 0, 15, 15);
    return QIcon(pixmap);
}
} // namespace

ProfilesDialog::ProfilesDialog(ConnectionProfiles *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_color(new QComboBox(this))
    , m_apiKey(new QLineEdit(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_saveButton(new QPushButton(tr("&Save profile"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_connectButton(new QPushButton(tr("Co&nnect now"), this))
    , m_result(new QLabel(this))
{
    setObjectName(u"profilesDialog"_s);
    setWindowTitle(tr("Connection profiles"));

    DialogParts::name(m_list, u"profileList"_s, tr("Connection profiles"));
    DialogParts::name(m_name, u"profileNameField"_s, tr("Profile name"));
    m_name->setPlaceholderText(tr("Production, Staging, \u2026"));
    DialogParts::name(m_baseUrl, u"profileUrlField"_s, tr("Server URL"));
    m_baseUrl->setPlaceholderText(u"https://api.avarasoftware.com"_s);
    DialogParts::name(m_color, u"profileColorField"_s, tr("Band colour"));
    DialogParts::name(m_apiKey, u"profileKeyField"_s, tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_result->setObjectName(u"profileResult"_s);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_testButton->setObjectName(u"profileTestButton"_s);
    m_saveButton->setObjectName(u"profileSaveButton"_s);
    m_removeButton->setObjectName(u"profileRemoveButton"_s);
    m_connectButton->setObjectName(u"profileConnectButton"_s);

    // Colours that read well with white text; production servers keep a red edge whatever is picked.
    const QList<std::pair<QString, QString>> presets = {
        { tr("Red"), u"#b01e1e"_s },
        { tr("Orange"), u"#c0561b"_s },
        { tr("Amber"), u"#9a6a00"_s },
        { tr("Green"), u"#2e7d32"_s },
        { tr("Teal"), u"#1f7a8c"_s },
        { tr("Blue"), u"#3b5ba5"_s },
        { tr("Purple"), u"#6a3d9a"_s },
        { tr("Grey"), u"#555a60"_s },
    };
    m_color->addItem(colorIcon(QColor()), tr("The environment's colour"), QString());
    for (const auto &[name, value] : presets)
        m_color->addItem(colorIcon(QColor(value)), name, value);
    m_color->addItem(tr("Other\u2026"), otherColor);

    auto *addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(u"profileAddButton"_s);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addButton);
    listButtons->addWidget(m_removeButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Server &URL:"), m_baseUrl);
    form->addRow(tr("Band &colour:"), m_color);
    form->addRow(tr("API &key:"), m_apiKey);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_saveButton);
    testRow->addWidget(m_connectButton);
    testRow->addStretch();
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(testRow);
    right->addWidget(m_result);
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    setMinimumSize(680, 340);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::handleSelectionChanged);
    connect(addButton, &QPushButton::clicked, this, &ProfilesDialog::startNewProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfilesDialog::confirmRemove);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfilesDialog::saveForm);
    connect(m_testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        if (saveForm())
            Q_EMIT switchRequested(m_editing);
    });
    connect(m_color, &QComboBox::activated, this, &ProfilesDialog::handleColorActivated);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        startNewProfile();
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::fillList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setToolTip(profile.baseUrl.toDisplayString());
        if (!profile.color.isEmpty())
            item->setIcon(colorIcon(QColor(profile.color)));
    }
}

void ProfilesDialog::selectProfile(const QString &name)
{
    const auto found = m_list->findItems(name, Qt::MatchFixedString);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.constFirst());
}

void ProfilesDialog::handleSelectionChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    const auto profile = item ? m_profiles->profile(item->text()) : std::nullopt;
    if (!profile) {
        startNewProfile();
        return;
    }
    m_editing = profile->name;
    m_name->setText(profile->name);
    m_baseUrl->setText(profile->baseUrl.toString());
    setSelectedColor(profile->color);
    m_apiKey->clear();
    m_apiKey->setPlaceholderText(tr("Leave empty to keep the saved key"));
    m_removeButton->setEnabled(true);
    m_result->clear();
}

void ProfilesDialog::startNewProfile()
{
    {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_editing.clear();
    m_name->clear();
    m_baseUrl->setText(u"https://"_s);
    setSelectedColor(QString());
    m_apiKey->clear();
    m_apiKey->setPlaceholderText(tr("The key from the Avara dashboard"));
    m_removeButton->setEnabled(false);
    m_result->setText(tr("New profile: fill in the form and save it."));
    m_name->setFocus();
}

QString ProfilesDialog::selectedColor() const
{
    const QString value = m_color->currentData().toString();
    return value == otherColor ? QString() : value;
}

void ProfilesDialog::setSelectedColor(const QString &color)
{
    int index = m_color->findData(color.toLower());
    if (index < 0) {
        index = m_color->count() - 1;
        m_color->insertItem(index, colorIcon(QColor(color)), color.toLower(), color.toLower());
    }
    m_color->setCurrentIndex(index);
    m_lastColorIndex = index;
}

void ProfilesDialog::handleColorActivated(int index)
{
    if (m_color->itemData(index).toString() != otherColor) {
        m_lastColorIndex = index;
        return;
    }
    const QColor start(m_color->itemData(m_lastColorIndex).toString());
    const QColor picked
        = QColorDialog::getColor(start.isValid() ? start : QColor(0x3b, 0x5b, 0xa5), this, tr("Band colour"));
    if (picked.isValid())
        setSelectedColor(picked.name());
    else
        m_color->setCurrentIndex(m_lastColorIndex);
}

ConnectionProfile ProfilesDialog::formProfile() const
{
    ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    profile.color = selectedColor();
    return profile;
}

bool ProfilesDialog::saveForm()
{
    const bool isNew = m_editing.isEmpty();
    const QString key = m_apiKey->text().trimmed();
    if (isNew && key.isEmpty()) {
        m_result->setText(tr("Enter the API key of the new profile."));
        return false;
    }
    QString error;
    const auto saved = m_profiles->save(formProfile(), m_editing, &error);
    if (!saved) {
        m_result->setText(error);
        return false;
    }
    m_editing = saved->name;
    fillList();
    selectProfile(saved->name);
    m_apiKey->clear();
    if (key.isEmpty()) {
        m_result->setText(tr("Saved."));
        Q_EMIT profileSaved(*saved);
        return true;
    }
    m_result->setText(tr("Saving the key in the %1\u2026").arg(m_credentials->backendName()));
    QPointer<ProfilesDialog> self(this);
    const ConnectionProfile profile = *saved;
    m_credentials->writeKey(profile.keyAccount, key, [self, profile](const QString &writeError) {
        if (!self)
            return;
        self->m_result->setText(writeError.isEmpty()
                ? tr("Saved; the key is in the %1.").arg(self->m_credentials->backendName())
                : tr("The profile was saved, but its key could not be: %1").arg(writeError));
        // Only now can a reader of the key find it.
        Q_EMIT self->profileSaved(profile);
    });
    return true;
}

void ProfilesDialog::confirmRemove()
{
    if (m_editing.isEmpty())
        return;
    if (DialogParts::askYesOrCancel(
            this, tr("Remove profile"), tr("Remove the profile \u201c%1\u201d and forget its API key?").arg(m_editing)))
        removeSelected();
}

void ProfilesDialog::removeSelected()
{
    const auto profile = m_profiles->profile(m_editing);
    if (!profile)
        return;
    m_profiles->remove(profile->name);
    QPointer<ProfilesDialog> self(this);
    m_credentials->deleteKey(profile->keyAccount, [self](const QString &error) {
        if (self && !error.isEmpty())
            self->m_result->setText(tr("The profile was removed, but its key could not be deleted: %1").arg(error));
    });
    fillList();
    startNewProfile();
    m_result->setText(tr("Removed \u201c%1\u201d.").arg(profile->name));
    Q_EMIT profileRemoved(*profile);
}

void ProfilesDialog::testConnection()
{
    const ConnectionProfile profile = formProfile();
    if (const auto error = ApiClient::checkBaseUrl(profile.baseUrl)) {
        m_result->setText(error->summary() + u' ' + error->advice());
        return;
    }
    ConnectionSettings settings;
    settings.baseUrl = profile.baseUrl;
    settings.apiKey = m_apiKey->text().trimmed();
    if (!settings.apiKey.isEmpty()) {
        runTest(settings);
        return;
    }
    const auto saved = m_profiles->profile(m_editing);
    if (!saved) {
        m_result->setText(tr("Enter an API key."));
        return;
    }
    QPointer<ProfilesDialog> self(this);
    m_credentials->readKey(
        saved->keyAccount, [self, settings](std::optional<QString> key, const QString &error) mutable {
            if (!self)
                return;
            if (!key || key->isEmpty()) {
                self->m_result->setText(error.isEmpty() ? tr("No key is saved for this profile: enter one.") : error);
                return;
            }
            settings.apiKey = *key;
            self->runTest(settings);
        });
}

void ProfilesDialog::runTest(const ConnectionSettings &testSettings)
{
    DialogParts::testConnection(testSettings, m_testButton, m_result, &m_probe);
}
