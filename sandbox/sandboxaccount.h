// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSet>

#include "sandbox/sandboxoptions.h"

// The wire names of one account kind, as the sandbox serves them.
struct SandboxKindNames
{
    QByteArrayView pathSegment; // "express" or "orgs"
    QByteArrayView idPrefix; // "cus_" or "org_"
    QByteArrayView idField; // "expressCustomerId" or "orgId"
    QByteArrayView nameField; // "expressCustomerName" or "orgName"
    QByteArrayView listField; // "expressCustomers" or "organizations"
    QByteArrayView label; // for messages: "Express customer" or "Organization"
};

/// The wire names of `kind`.
const SandboxKindNames &sandboxKindNames(SandboxKind kind);

/// True for `prefix` followed by exactly 32 lowercase hex digits, the form of every branded id.
bool isValidBrandedId(QByteArrayView prefix, QByteArrayView id);
/// True for the kind's prefix followed by exactly 32 lowercase hex digits.
bool isValidSandboxId(SandboxKind kind, QByteArrayView id);
/// The prefix of user ids, "usr_".
inline constexpr QByteArrayView sandboxUserIdPrefix = "usr_";

using SandboxMetadata = QList<std::pair<QByteArray, QByteArray>>; // UTF-8 key and value, in order

// One account as the sandbox stores it: text as UTF-8, times as seconds since the epoch,
// and the account's JSON kept ready so that a page of accounts is mostly concatenation.
struct SandboxAccount
{
    QByteArray id;
    QByteArray name;
    bool isActive = true;
    // Members are counted, not listed: a seeded account has userCount members whose ids
    // nobody knows (the API has no call that lists them), and only users added through the
    // API are known by id. userCount = those anonymous members + knownUserIds.size(), so
    // adding and removing known users keeps the count right and never takes it below the
    // anonymous part; an id that is not known is not a member.
    qint64 userCount = 0;
    QSet<QByteArray> knownUserIds; // users added at run time and not removed since
    qint64 createdAt = 0; // seconds since 1970-01-01T00:00:00Z
    qint64 updatedAt = 0;
    QByteArray createdByApiKeyId; // empty: the field is left out
    QByteArray createdByUserId; // empty: the field is null
    bool hasMetadata = false; // false: the field is left out; true: an object, possibly empty
    SandboxMetadata metadata;
    QByteArray json; // what serialize() wrote last
    bool isRemoved = false; // deleted behind the API's back: listed and found no more

    /// Rewrites `json` from the fields; call after every change.
    void serialize(SandboxKind kind);
};
