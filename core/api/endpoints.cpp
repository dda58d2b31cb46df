// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoints.h"

using namespace Qt::StringLiterals;

namespace Endpoints
{
namespace
{
// The base URL may carry a path prefix (a gateway); its trailing slash is not doubled.
QUrl withPath(const QUrl &baseUrl, const QString &tail)
{
    QUrl url = baseUrl;
    QString path = baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + tail);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}
} // namespace

QUrl listUrl(const QUrl &baseUrl, AccountKind kind, const QString &cursor, int limit)
{
    QUrl url = withPath(baseUrl, u"/v1/"_s + accountKindInfo(kind).pathSegment);
    // Built by hand: QUrlQuery leaves '+' alone, and '+' is common in base64.
    QByteArray query = "limit=" + QByteArray::number(limit);
    if (!cursor.isEmpty())
        query += "&cursor=" + QUrl::toPercentEncoding(cursor);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

QUrl accountUrl(const QUrl &baseUrl, AccountKind kind, const QString &id, Action action)
{
    if (action == Action::Deactivate)
        return accountUrl(baseUrl, kind, id, u"/deactivate"_s);
    if (action == Action::Reactivate)
        return accountUrl(baseUrl, kind, id, u"/reactivate"_s);
    return accountUrl(baseUrl, kind, id, QString());
}

QUrl accountUrl(const QUrl &baseUrl, AccountKind kind, const QString &id, const QString &subPath)
{
    return withPath(baseUrl, u"/v1/"_s + accountKindInfo(kind).pathSegment + u'/' + id + subPath);
}
} // namespace Endpoints
