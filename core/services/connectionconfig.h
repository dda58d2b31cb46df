// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QUrl>

#include "core/api/connectionsettings.h"

/// The base URL the official SDKs use when AVARA_BASE_URL is not set.
QUrl defaultAvaraBaseUrl();

/// Settings from the environment variables the official SDKs read: AVARA_API_KEY
/// (required; nullopt without it) and AVARA_BASE_URL (optional). Surrounding whitespace
/// is trimmed, as a key pasted into a shell profile often carries some. The base URL is
/// not checked here: ApiClient::checkBaseUrl() says what is wrong with it.
std::optional<ConnectionSettings> connectionSettingsFromEnvironment();
