// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include "core/domain/accountkind.h"

// The URLs of the account endpoints. Callers validate ids first (ApiClient does); these
// functions only put the pieces in place.
namespace Endpoints
{
enum class Action
{
    None,
    Deactivate,
    Reactivate
};

/// GET {base}/v1/{express|orgs}?limit=N&cursor=C. The cursor is percent-encoded in full:
/// it is base64, and a bare '+' reads as a space to many servers.
QUrl listUrl(const QUrl &baseUrl, AccountKind kind, const QString &cursor, int limit);
/// {base}/v1/{express|orgs}/{id}, with /deactivate or /reactivate for an action.
QUrl accountUrl(const QUrl &baseUrl, AccountKind kind, const QString &id, Action action = Action::None);
/// {base}/v1/{express|orgs}/{id}{subPath}, for a change's request ("/users", "/deactivate", "").
QUrl accountUrl(const QUrl &baseUrl, AccountKind kind, const QString &id, const QString &subPath);
} // namespace Endpoints
