// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/domain/accountkind.h"

using MetadataPairs = QList<std::pair<QString, QString>>;

// One Express customer or organization as a value: what the detail pane, dialogs and
// tests work with. The table itself reads the compact rows of AccountStore instead.
struct Account
{
    AccountKind kind = AccountKind::ExpressCustomer;
    QString id;
    QString name;
    bool isActive = false;
    qint64 userCount = 0;
    QDateTime createdAt; // UTC; invalid when the server sent null
    QDateTime updatedAt; // UTC; invalid when the server sent null
    std::optional<QString> createdByApiKeyId; // absent when not created with an API key
    std::optional<QString> createdByUserId; // absent or null when not created in the dashboard
    MetadataPairs metadata; // in the order the server sent them

    /// The metadata as one line, "key=value, key=value", for tables and summaries.
    QString metadataSummary() const;

    friend bool operator==(const Account &a, const Account &b);
    friend bool operator!=(const Account &a, const Account &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Account)
