// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountfactory.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AccountFactory
{
QString id(AccountKind kind, quint64 n)
{
    return accountKindInfo(kind).idPrefix + u"%1"_s.arg(n, 32, 16, QLatin1Char('0'));
}

Account account(AccountKind kind, quint64 n, bool isActive)
{
    Account account;
    account.kind = kind;
    account.id = id(kind, n);
    account.name
        = (kind == AccountKind::ExpressCustomer ? u"Clinic %1 \u2013 Radiology"_s : u"Hospital group %1"_s).arg(n);
    account.isActive = isActive;
    account.userCount = qint64(n % 97);
    const QDateTime created(QDate(2023, 1, 1), QTime(8, 0), Qt::UTC);
    account.createdAt = created.addSecs(qint64(n) * 3600);
    account.updatedAt = account.createdAt.addMSecs(86'400'123);
    if (n % 2 == 0)
        account.createdByApiKeyId
            = u"550e8400-e29b-41d4-a716-%1"_s.arg(n % 1'000'000'000'000ULL, 12, 10, QLatin1Char('0'));
    else
        account.createdByUserId = u"usr_%1"_s.arg(n, 32, 16, QLatin1Char('0'));
    // In key order, as QJsonObject writes them, so a read-back account compares equal.
    account.metadata
        = { { u"contract"_s, u"C-%1"_s.arg(n) }, { u"region"_s, n % 3 == 0 ? u"northeast"_s : u"west"_s } };
    return account;
}

QList<Account> accounts(AccountKind kind, int count, quint64 first)
{
    QList<Account> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list.append(account(kind, first + quint64(i), i % 5 != 0));
    return list;
}

AccountBatch batch(const QList<Account> &accounts, AccountKind kind)
{
    AccountBatch batch(kind);
    for (const Account &account : accounts)
        batch.append(account);
    return batch;
}

QJsonObject json(const Account &account)
{
    const AccountKindInfo &info = accountKindInfo(account.kind);
    const auto timestamp = [](const QDateTime &when) {
        return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject object {
        { info.idField, account.id },
        { info.nameField, account.name },
        { u"isActive"_s, account.isActive },
        { u"userCount"_s, account.userCount },
        { u"createdAt"_s, timestamp(account.createdAt) },
        { u"updatedAt"_s, timestamp(account.updatedAt) },
    };
    if (account.createdByApiKeyId)
        object.insert(u"createdByApiKeyId"_s, *account.createdByApiKeyId);
    object.insert(u"createdByUserId"_s,
        account.createdByUserId ? QJsonValue(*account.createdByUserId) : QJsonValue(QJsonValue::Null));
    if (!account.metadata.isEmpty()) {
        QJsonObject metadata;
        for (const auto &[key, value] : account.metadata)
            metadata.insert(key, value);
        object.insert(u"metadata"_s, metadata);
    }
    return object;
}

QByteArray pageJson(AccountKind kind, const QList<Account> &accounts, bool hasMore, const QString &cursor)
{
    QJsonArray list;
    for (const Account &account : accounts)
        list.append(json(account));
    QJsonObject page { { accountKindInfo(kind).listField, list }, { u"hasMore"_s, hasMore } };
    if (!cursor.isEmpty())
        page.insert(u"cursor"_s, cursor);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}
} // namespace AccountFactory
