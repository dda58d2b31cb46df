// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include "core/domain/account.h"

// Accounts as CSV (RFC 4180, UTF-8, CRLF line ends) for spreadsheets and tickets: every
// field in its own column, metadata as one JSON object (keys
// sorted, as QJsonObject keeps them), timestamps in UTC.
// Formula-looking cells are guarded as core/domain/csv.h describes.
namespace AccountCsv
{
/// The header line: status, kind, id, name, users, created, updated, created-by fields, metadata.
QByteArray header();
/// One account as one CSV line, CRLF included.
QByteArray row(const Account &account);
/// Reads back a file written with header() and row(); accounts whose line does not parse
/// are skipped and counted in `skipped`.
QList<Account> readAccounts(QByteArrayView csv, int *skipped = nullptr);
} // namespace AccountCsv
