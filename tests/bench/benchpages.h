// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include "core/api/endpoints.h"
#include "core/domain/pagereader.h"
#include "tests/bench/benchutil.h"

// What the benchmarks that compare the console with curl share: the chain of page URLs of a
// listing, curl walking that chain, and the sandbox's latency switch (PUT /_sandbox/faults).
namespace Bench
{
inline QNetworkRequest authorized(const QUrl &url, const QString &apiKey)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    return request;
}

/// Waits for one reply of a bare QNetworkAccessManager; the body, or a null array on failure.
inline QByteArray waitForBody(QNetworkReply *reply)
{
    bool done = false;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&done] {
        done = true;
        poke();
    });
    if (!runUntil([&done] { return done; }, 120'000) || reply->error() != QNetworkReply::NoError) {
        qWarning("bench: %s failed: %s", qPrintable(reply->url().toString()), qPrintable(reply->errorString()));
        reply->deleteLater();
        return {};
    }
    QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

/// Every page of one kind's listing, fetched one after another as the cursors lead.
struct PageChain
{
    QList<QUrl> urls;
    QList<QByteArray> bodies;
    qint64 jsonBytes = 0;
    double fetchMs = 0; // with a bare QNetworkAccessManager and PageReader (for the cursor)
};

inline bool fetchPageChain(const QUrl &baseUrl, AccountKind kind, const QString &apiKey, PageChain *chain)
{
    QNetworkAccessManager network;
    QString cursor;
    const qint64 start = monotonicNs();
    for (;;) {
        const QUrl url = Endpoints::listUrl(baseUrl, kind, cursor, 100);
        const QByteArray body = waitForBody(network.get(authorized(url, apiKey)));
        const PageReadResult page = PageReader::readPage(kind, body);
        if (!page.ok()) {
            qWarning("bench: page %lld unreadable", qlonglong(chain->bodies.size() + 1));
            return false;
        }
        chain->urls.append(url);
        chain->bodies.append(body);
        chain->jsonBytes += body.size();
        if (!page.hasNextPage())
            break;
        cursor = page.cursor;
    }
    chain->fetchMs = ms(monotonicNs() - start);
    return true;
}

/// Milliseconds for one curl process to fetch `urls` in order over one connection (the floor
/// for listing: no client can walk the chain faster); negative when curl is missing or fails.
inline double timeCurl(const QList<QUrl> &urls, const QString &apiKey)
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    QTemporaryDir dir;
    if (curl.isEmpty() || !dir.isValid()) {
        qWarning("bench: no curl, no floor for the listing (scripts/bootstrap installs it)");
        return -1;
    }
    QFile config(dir.filePath(QStringLiteral("pages.curl")));
    if (!config.open(QIODevice::WriteOnly))
        return -1;
    config.write("silent\nfail\nheader = \"Authorization: Bearer " + apiKey.toUtf8()
        + "\"\nheader = \"Accept: application/json\"\n");
    for (const QUrl &url : urls)
        config.write("url = \"" + url.toEncoded() + "\"\noutput = \"/dev/null\"\n");
    config.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 start = monotonicNs();
    process.start(curl, { QStringLiteral("--config"), config.fileName() });
    if (!process.waitForFinished(600'000) || process.exitCode() != 0) {
        qWarning("bench: curl failed");
        return -1;
    }
    return ms(monotonicNs() - start);
}

/// Makes a running sandbox answer every API request `latencyMs` late (its admin endpoint).
inline bool setSandboxLatency(const QUrl &baseUrl, const QString &apiKey, int latencyMs)
{
    QNetworkAccessManager network;
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/_sandbox/faults"));
    QNetworkRequest request = authorized(url, apiKey);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return !waitForBody(network.put(request, "{\"latencyMs\":" + QByteArray::number(latencyMs) + "}")).isNull();
}
} // namespace Bench
