// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/domain/account.h"
#include "core/domain/accountbatch.h"

// Builds accounts and their JSON for tests. The JSON comes from QJsonDocument, not from
// any core code, so a test that feeds it to PageReader checks the reader independently.
namespace AccountFactory
{
/// A well-formed id of `kind` whose hex digits spell `n`.
QString id(AccountKind kind, quint64 n);
/// An account with every field set (metadata, created-by, timestamps), varied by `n`.
Account account(AccountKind kind, quint64 n, bool isActive = true);
/// `count` accounts numbered from `first`.
QList<Account> accounts(AccountKind kind, int count, quint64 first = 0);
/// The accounts in one batch.
AccountBatch batch(const QList<Account> &accounts, AccountKind kind);
/// The API's JSON of one account.
QJsonObject json(const Account &account);
/// A list page: `{ "<listField>": [...], "hasMore": ..., "cursor": ... }` (no cursor when empty).
QByteArray pageJson(AccountKind kind, const QList<Account> &accounts, bool hasMore, const QString &cursor);
} // namespace AccountFactory
