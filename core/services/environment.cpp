// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace
{
bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

Environment Environment::forBaseUrl(const QUrl &baseUrl, bool isBuiltInSandbox)
{
    Environment environment;
    environment.baseUrl = baseUrl;
    if (isBuiltInSandbox)
        environment.kind = Kind::Sandbox;
    else if (isLoopbackHost(baseUrl.host()))
        environment.kind = Kind::Local;
    else
        environment.kind = Kind::Production;
    return environment;
}

Environment Environment::forProfile(
    const QString &profileName, const QUrl &baseUrl, const QString &color, bool isBuiltInSandbox)
{
    Environment environment = forBaseUrl(baseUrl, isBuiltInSandbox);
    environment.profileName = profileName;
    environment.color = color;
    return environment;
}

QString Environment::displayName() const
{
    switch (kind) {
    case Kind::Sandbox:
        return QCoreApplication::translate("Environment", "Sandbox");
    case Kind::Local:
        return QCoreApplication::translate("Environment", "Local server %1").arg(hostAndPort());
    case Kind::Production:
        break;
    }
    return hostAndPort();
}

QString Environment::hostAndPort() const
{
    const int port = baseUrl.port();
    return port < 0 ? baseUrl.host() : baseUrl.host() % u':' % QString::number(port);
}

QString Environment::profileLabel() const
{
    if (profileName.isEmpty())
        return displayName();
    return profileName % u" \u2014 "_s % hostAndPort();
}
