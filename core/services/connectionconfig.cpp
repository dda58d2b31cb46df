// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionconfig.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

QUrl defaultAvaraBaseUrl()
{
    return QUrl(u"https://api.avarasoftware.com"_s);
}

std::optional<ConnectionSettings> connectionSettingsFromEnvironment()
{
    const QString apiKey = qEnvironmentVariable("AVARA_API_KEY").trimmed();
    if (apiKey.isEmpty())
        return std::nullopt;
    ConnectionSettings settings;
    settings.apiKey = apiKey;
    const QString baseUrl = qEnvironmentVariable("AVARA_BASE_URL").trimmed();
    settings.baseUrl = baseUrl.isEmpty() ? defaultAvaraBaseUrl() : QUrl(baseUrl, QUrl::StrictMode);
    return settings;
}
