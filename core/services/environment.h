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
    enum class Kind { Sandbox, Local, Production };

    Kind kind = Kind::Production;
    QUrl baseUrl;

    /// Classifies a base URL; `isBuiltInSandbox` is true for the console's own --sandbox server.
    static Environment forBaseUrl(const QUrl &baseUrl, bool isBuiltInSandbox = false);

    /// A short name for banners and dialogs: "Sandbox", "Local server", or the host name.
    QString displayName() const;
    /// The host (and port when it is not the default) for status lines.
    QString hostAndPort() const;
    bool isProduction() const { return kind == Kind::Production; }
};
