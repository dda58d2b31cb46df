// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

// Raw HTTP against a sandbox over loopback with QNetworkAccessManager: deliberately not
// core/'s ApiClient, so the sandbox is checked independently of the console's client.
class SandboxTestClient
{
public:
    struct Reply
    {
        bool finished = false; // false: no answer within the timeout
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0; // 0: no HTTP response at all
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QString message() const { return object().value(QLatin1StringView("message")).toString(); }
    };

    explicit SandboxTestClient(const QUrl &baseUrl, QByteArray apiKey = "sandbox-key")
        : m_baseUrl(baseUrl)
        , m_apiKey(std::move(apiKey))
    {
        m_nam.setTransferTimeout(30000);
    }

    void setApiKey(const QByteArray &key) { m_apiKey = key; }

    /// A request with `path` and an already percent-encoded `query`, sent and waited for.
    Reply send(const QByteArray &method, const QString &path, const QString &query = {}, const QByteArray &body = {},
        const QByteArray &contentType = {}, const std::optional<QByteArray> &authorization = std::nullopt)
    {
        QUrl url = m_baseUrl;
        url.setPath(path, QUrl::TolerantMode);
        if (!query.isNull())
            url.setQuery(query, QUrl::TolerantMode);
        QNetworkRequest request(url);
        // No authorization given: the client's key; an empty one: no header at all.
        const QByteArray auth = authorization ? *authorization : QByteArray("Bearer " + m_apiKey);
        if (!auth.isEmpty())
            request.setRawHeader("Authorization", auth);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
        return wait(reply.get());
    }

    Reply get(const QString &path, const QString &query = {}) { return send("GET", path, query); }
    Reply post(const QString &path, const QByteArray &body = {}, const QByteArray &contentType = {})
    {
        return send("POST", path, {}, body, contentType);
    }
    Reply postJson(const QString &path, const QByteArray &json) { return post(path, json, "application/json"); }
    Reply patchJson(const QString &path, const QByteArray &json)
    {
        return send("PATCH", path, {}, json, "application/json");
    }

    /// Starts a GET without waiting; the caller owns the reply.
    QNetworkReply *startGet(const QString &path)
    {
        QUrl url = m_baseUrl;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_apiKey);
        return m_nam.get(request);
    }

    static Reply wait(QNetworkReply *reply)
    {
        Reply result;
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(35000))
                return result;
        }
        result.finished = true;
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        return result;
    }

    QNetworkAccessManager &manager() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
};
