// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArrayView>
#include <QString>

#include "core/domain/accountbatch.h"
#include "core/domain/accountkind.h"

// The only JSON reader of accounts: list pages and single-account responses, straight
// into the compact AccountBatch (no QString per field), with every rule of the API's
// account schema checked. Any error rejects the whole document, so a caller never sees
// a half-filled batch.
//
// Choices where the schema is silent or loose:
// - A key the reader knows that appears twice in one object is an error: parsers differ
//   on which copy wins, and a response that says two things is not one to act on.
//   Duplicate unknown keys are ignored along with the rest of the unknown fields.
// - Metadata lengths are counted in Unicode code points (JSON Schema's maxLength). A
//   server counting UTF-16 code units never produces more code points than units, so
//   anything either kind of server accepts is accepted here.
// - Optional fields (createdByApiKeyId, createdByUserId, metadata, hasMore, cursor) sent
//   as null are read as absent. createdByUserId is documented as nullable; for the
//   others a null says the same as a missing key, and refusing a whole page over it
//   would lock the user out of every account on it.
// - createdByUserId is only required to be a string: the reference gives it no format
//   (dashboard users may come from an identity provider), and it is shown, never put
//   into a URL, so a pattern would refuse pages for no gain in safety.
// - createdAt and updatedAt are required keys whose value may be null ("string | null").

/// A reason a document was refused, naming the field, e.g. "expressCustomers[3].userCount".
struct ReadError
{
    QString field; // the path of the offending value; empty for the document itself
    QString message; // one line starting with the field
};

struct PageReadResult
{
    AccountBatch batch;
    bool hasMore = false;
    QString cursor;
    std::optional<ReadError> error;

    bool ok() const { return !error.has_value(); }
    /// The API's listing rule: another page exists only when hasMore is not false, this
    /// page had items and the cursor is non-empty.
    bool hasNextPage() const { return ok() && hasMore && !batch.isEmpty() && !cursor.isEmpty(); }
};

struct AccountReadResult
{
    AccountBatch batch; // exactly one row when ok
    std::optional<ReadError> error;

    bool ok() const { return !error.has_value(); }
};

class PageReader
{
public:
    /// Reads one list page: `{ "<listField>": [...], "hasMore": bool, "cursor": string }`.
    static PageReadResult readPage(AccountKind kind, QByteArrayView json);
    /// Reads one account (the body of retrieve, deactivate and reactivate).
    static AccountReadResult readAccount(AccountKind kind, QByteArrayView json);
};
