// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountkind.h"

using namespace Qt::StringLiterals;

const AccountKindInfo &accountKindInfo(AccountKind kind)
{
    static const AccountKindInfo expressCustomer { "express"_L1, "cus_"_L1, "expressCustomerId"_L1,
        "expressCustomerName"_L1, "expressCustomers"_L1 };
    static const AccountKindInfo organization { "orgs"_L1, "org_"_L1, "orgId"_L1, "orgName"_L1, "organizations"_L1 };
    return kind == AccountKind::ExpressCustomer ? expressCustomer : organization;
}
