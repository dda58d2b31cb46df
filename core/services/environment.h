// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Which server the console is talking to, as the window must always show it. Anything
// that is neither the built-in sandbox nor a loopback address is treated as production:
// a support engineer must never mistake a real hospital's account for a test one.
struct Environment
{
    enum class Kind
    {
        Sandbox,
        Local,
        Production
    };

    Kind kind = Kind::Production;
    QUrl baseUrl;
    /// The connection profile's name ("Staging"); empty when the connection is not a profile.
    QString profileName;
    /// The profile's band colour as "#rrggbb"; empty keeps the kind's colour.
    QString color;

    /// Classifies a base URL; `isBuiltInSandbox` is true for the console's own --sandbox server.
    static Environment forBaseUrl(const QUrl &baseUrl, bool isBuiltInSandbox = false);
    /// Classifies a profile's base URL and carries its name and colour. The kind still comes
    /// from the URL alone, so a remote server is production whatever the profile is called.
    static Environment forProfile(
        const QString &profileName, const QUrl &baseUrl, const QString &color, bool isBuiltInSandbox = false);

    /// A short name for banners and dialogs: "Sandbox", "Local server", or the host name.
    QString displayName() const;
    /// The host (and port when it is not the default) for status lines.
    QString hostAndPort() const;
    /// "Staging \u2014 api.staging.example.com" for a profile, else displayName().
    QString profileLabel() const;
    bool isProduction() const { return kind == Kind::Production; }
};
