// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcsv.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "core/domain/accountid.h"
#include "core/domain/csv.h"

using namespace Qt::StringLiterals;

namespace
{
const QStringList columns = { u"status"_s, u"kind"_s, u"id"_s, u"name"_s, u"userCount"_s, u"createdAt"_s,
    u"updatedAt"_s, u"createdByApiKeyId"_s, u"createdByUserId"_s, u"metadata"_s };

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

namespace AccountCsv
{
QByteArray header()
{
    return columns.join(u',').toUtf8() + "\r\n";
}

QByteArray row(const Account &account)
{
    QJsonObject metadata;
    for (const auto &[key, value] : account.metadata)
        metadata.insert(key, value);
    const QStringList fields = {
        account.isActive ? u"active"_s : u"inactive"_s,
        account.kind == AccountKind::ExpressCustomer ? u"express"_s : u"org"_s,
        account.id,
        account.name,
        QString::number(account.userCount),
        utcText(account.createdAt),
        utcText(account.updatedAt),
        account.createdByApiKeyId.value_or(QString()),
        account.createdByUserId.value_or(QString()),
        account.metadata.isEmpty() ? QString()
                                   : QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)),
    };
    return Csv::line(fields);
}

QList<Account> readAccounts(QByteArrayView csv, int *skipped)
{
    QList<Account> accounts;
    int bad = 0;
    const QList<QStringList> rows = Csv::readRows(csv);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &f = rows[r];
        if (f.size() != columns.size()) {
            ++bad;
            continue;
        }
        Account account;
        account.kind = f[1] == u"org"_s ? AccountKind::Organization : AccountKind::ExpressCustomer;
        account.isActive = f[0] == u"active"_s;
        account.id = f[2];
        account.name = f[3];
        bool numberOk = false;
        account.userCount = f[4].toLongLong(&numberOk);
        if (!isValidAccountId(account.kind, QStringView(account.id)) || !numberOk) {
            ++bad;
            continue;
        }
        if (!f[5].isEmpty())
            account.createdAt = QDateTime::fromString(f[5], Qt::ISODateWithMs).toUTC();
        if (!f[6].isEmpty())
            account.updatedAt = QDateTime::fromString(f[6], Qt::ISODateWithMs).toUTC();
        if (!f[7].isEmpty())
            account.createdByApiKeyId = f[7];
        if (!f[8].isEmpty())
            account.createdByUserId = f[8];
        if (!f[9].isEmpty()) {
            const QJsonObject metadata = QJsonDocument::fromJson(f[9].toUtf8()).object();
            for (auto it = metadata.begin(); it != metadata.end(); ++it)
                account.metadata.append({ it.key(), it.value().toString() });
        }
        accounts.append(account);
    }
    if (skipped)
        *skipped = bad;
    return accounts;
}
} // namespace AccountCsv
