// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QMetaType>

// The two kinds of account the Avara API serves. Everything that differs between them
// (paths, id prefixes, JSON field names) is answered here and nowhere else.
enum class AccountKind
{
    ExpressCustomer,
    Organization
};

struct AccountKindInfo
{
    QLatin1StringView pathSegment; // "express" or "orgs", as in /v1/express
    QLatin1StringView idPrefix; // "cus_" or "org_"
    QLatin1StringView idField; // "expressCustomerId" or "orgId"
    QLatin1StringView nameField; // "expressCustomerName" or "orgName"
    QLatin1StringView listField; // "expressCustomers" or "organizations"
};

/// The wire names of one account kind.
const AccountKindInfo &accountKindInfo(AccountKind kind);

/// Every kind, in the order the console shows them.
constexpr AccountKind allAccountKinds[] = { AccountKind::ExpressCustomer, AccountKind::Organization };

Q_DECLARE_METATYPE(AccountKind)
