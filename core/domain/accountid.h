// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArrayView>
#include <QStringList>
#include <QStringView>

#include "core/domain/accountkind.h"

// Branded ids are a three-letter prefix, an underscore and 32 lowercase hex digits.
// An id is checked here before it may become part of a URL.

/// True when `id` matches the pattern of `kind` (cus_ or org_ followed by 32 lowercase hex digits).
bool isValidAccountId(AccountKind kind, QStringView id);
bool isValidAccountId(AccountKind kind, QByteArrayView utf8Id);

/// The kind an id belongs to, if it is a well-formed id of either kind.
std::optional<AccountKind> accountKindOfId(QStringView id);

/// True for usr_ followed by 32 lowercase hex digits.
bool isValidUserId(QByteArrayView utf8Id);

/// True for a UUID in its 8-4-4-4-12 hex form (either case).
bool isValidUuid(QByteArrayView text);

/// Every well-formed customer or organization id in free text (a pasted list, a CSV file,
/// a ticket), in order of first appearance and without repeats.
QStringList findAccountIds(QStringView text);
