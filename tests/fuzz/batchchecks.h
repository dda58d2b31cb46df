// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include "core/domain/accountbatch.h"
#include "core/domain/accountkind.h"
#include "core/domain/pagereader.h"

// Invariants shared by the page and account reader targets. Each aborts through
// FUZZ_CHECK when a rule of the API's account schema, or of AccountBatch, is broken.

/// Every row obeys the schema, and decodes and re-encodes to an equal value.
void checkBatchInvariants(const AccountBatch &batch, AccountKind kind);

/// A refused document leaves an empty batch and a message that starts with the field.
void checkRefusal(const AccountBatch &batch, AccountKind kind, const ReadError &error);

/// The rows agree with an independent parse of `json` by QJsonDocument, read from the
/// account objects under `listField` (or the root object when listField is empty).
void checkAgainstQtJson(const AccountBatch &batch, QByteArrayView json, QLatin1StringView listField);

/// True when the accounts are equal once their metadata pairs are put in key order
/// (QJsonObject, used to write accounts out again, sorts its keys).
bool sameAccountIgnoringMetadataOrder(const Account &a, const Account &b);

/// True when both batches hold the same accounts in the same order.
bool sameAccounts(const AccountBatch &a, const AccountBatch &b);
