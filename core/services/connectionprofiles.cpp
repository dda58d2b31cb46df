// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofiles.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

#include "core/api/apiclient.h"

using namespace Qt::StringLiterals;

namespace
{
const QString legacyBaseUrlKey = u"connection/baseUrl"_s;
const QString profilesArray = u"connectionProfiles/list"_s;
const QString currentKey = u"connectionProfiles/current"_s;
constexpr qsizetype maxNameLength = 60;

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}
} // namespace

ConnectionProfiles::ConnectionProfiles(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    load();
}

ConnectionProfiles::ConnectionProfiles(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    load();
}

ConnectionProfiles::~ConnectionProfiles() = default;

void ConnectionProfiles::load()
{
    m_profiles.clear();
    const int count = m_settings->beginReadArray(profilesArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = m_settings->value(u"name"_s).toString();
        profile.baseUrl = QUrl(m_settings->value(u"baseUrl"_s).toString(), QUrl::StrictMode);
        profile.color = m_settings->value(u"color"_s).toString();
        profile.keyAccount = m_settings->value(u"keyAccount"_s).toString();
        // A hand-edited file may hold a nameless or duplicate entry; it cannot be chosen, so drop it.
        if (!profile.name.trimmed().isEmpty() && indexOf(profile.name) < 0 && !profile.keyAccount.isEmpty())
            m_profiles.append(profile);
    }
    m_settings->endArray();
}

void ConnectionProfiles::store()
{
    m_settings->remove(profilesArray);
    m_settings->beginWriteArray(profilesArray, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &profile = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, profile.name);
        m_settings->setValue(u"baseUrl"_s, profile.baseUrl.toString());
        m_settings->setValue(u"color"_s, profile.color);
        m_settings->setValue(u"keyAccount"_s, profile.keyAccount);
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT profilesChanged();
}

qsizetype ConnectionProfiles::indexOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

std::optional<ConnectionProfile> ConnectionProfiles::profile(const QString &name) const
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

std::optional<ConnectionProfile> ConnectionProfiles::profileForKeyAccount(const QString &keyAccount) const
{
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.keyAccount == keyAccount)
            return profile;
    }
    return std::nullopt;
}

QString ConnectionProfiles::problem(const ConnectionProfile &profile, const QString &replacing) const
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return tr("Enter a name for the profile, for example Production or Staging.");
    if (name.size() > maxNameLength)
        return tr("The profile name is too long (at most %1 characters).").arg(maxNameLength);
    if (hasControlCharacters(name))
        return tr("The profile name must not contain control characters.");
    const qsizetype existing = indexOf(name);
    if (existing >= 0 && (replacing.isEmpty() || existing != indexOf(replacing)))
        return tr("There is already a profile called \u201c%1\u201d.").arg(m_profiles.at(existing).name);
    if (const auto error = ApiClient::checkBaseUrl(profile.baseUrl))
        return error->message;
    static const QRegularExpression colorPattern(u"^#[0-9a-fA-F]{6}$"_s);
    if (!profile.color.isEmpty() && !colorPattern.match(profile.color).hasMatch())
        return tr("The colour must be written as #rrggbb.");
    return {};
}

std::optional<ConnectionProfile> ConnectionProfiles::save(
    ConnectionProfile profile, const QString &replacing, QString *error)
{
    const qsizetype replaced = replacing.isEmpty() ? -1 : indexOf(replacing);
    if (!replacing.isEmpty() && replaced < 0) {
        if (error)
            *error = tr("The profile \u201c%1\u201d no longer exists.").arg(replacing);
        return std::nullopt;
    }
    const QString objection = problem(profile, replacing);
    if (!objection.isEmpty()) {
        if (error)
            *error = objection;
        return std::nullopt;
    }
    profile.name = profile.name.trimmed();
    profile.color = profile.color.toLower();
    // The key stays where it is when a profile is renamed: its entry is named by an id, not the name.
    if (replaced >= 0)
        profile.keyAccount = m_profiles.at(replaced).keyAccount;
    if (profile.keyAccount.isEmpty())
        profile.keyAccount = u"profile:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (replaced >= 0) {
        const bool wasCurrent = m_profiles.at(replaced).name == currentName();
        m_profiles[replaced] = profile;
        if (wasCurrent)
            m_settings->setValue(currentKey, profile.name);
    } else {
        m_profiles.append(profile);
    }
    store();
    return profile;
}

bool ConnectionProfiles::remove(const QString &name)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return false;
    const bool wasCurrent = m_profiles.at(index).name == currentName();
    const ConnectionProfile removed = m_profiles.takeAt(index);
    if (wasCurrent)
        m_settings->remove(currentKey);
    store();
    Q_EMIT profileRemoved(removed);
    return true;
}

QString ConnectionProfiles::currentName() const
{
    const qsizetype index = indexOf(m_settings->value(currentKey).toString());
    if (index >= 0)
        return m_profiles.at(index).name;
    return m_profiles.isEmpty() ? QString() : m_profiles.constFirst().name;
}

void ConnectionProfiles::setCurrentName(const QString &name)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return;
    m_settings->setValue(currentKey, m_profiles.at(index).name);
    m_settings->sync();
}

std::optional<ConnectionProfile> ConnectionProfiles::migrateLegacyConnection(const QString &name)
{
    const QUrl legacy = m_settings->value(legacyBaseUrlKey).toUrl();
    if (!legacy.isValid() || legacy.isEmpty())
        return std::nullopt;
    const QString baseName = name.isEmpty() ? legacy.host() : name;
    ConnectionProfile profile;
    profile.name = baseName;
    profile.baseUrl = legacy;
    // The key stays in the keychain entry it already has: no secret moves during migration.
    profile.keyAccount = legacyKeyAccount(legacy);
    for (int suffix = 2; indexOf(profile.name) >= 0; ++suffix)
        profile.name = baseName + u' ' + QString::number(suffix);
    if (!problem(profile).isEmpty())
        return std::nullopt;
    m_profiles.append(profile);
    m_settings->remove(legacyBaseUrlKey);
    m_settings->setValue(currentKey, profile.name);
    store();
    return profile;
}

QString ConnectionProfiles::legacyKeyAccount(const QUrl &baseUrl)
{
    return u"api-key:"_s + baseUrl.host() + (baseUrl.port() > 0 ? u":"_s + QString::number(baseUrl.port()) : QString());
}

void ConnectionProfiles::sync()
{
    m_settings->sync();
}
