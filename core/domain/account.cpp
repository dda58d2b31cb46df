// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "account.h"

using namespace Qt::StringLiterals;

QString Account::metadataSummary() const
{
    QString summary;
    for (const auto &[key, value] : metadata) {
        if (!summary.isEmpty())
            summary += u", "_s;
        summary += key % u'=' % value;
    }
    return summary;
}

bool operator==(const Account &a, const Account &b)
{
    return a.kind == b.kind && a.id == b.id && a.name == b.name && a.isActive == b.isActive
        && a.userCount == b.userCount && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt
        && a.createdByApiKeyId == b.createdByApiKeyId && a.createdByUserId == b.createdByUserId
        && a.metadata == b.metadata;
}
