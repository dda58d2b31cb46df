// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicall.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "core/api/clock.h"
#include "core/api/retrypolicy.h"
#include "core/domain/redaction.h"

using namespace Qt::StringLiterals;

namespace
{
const QByteArray userAgent = "AvaraConsole/" AVARA_VERSION_STRING " (Qt " + QByteArray(qVersion()) + ')';

bool isJsonContentType(const QByteArray &header)
{
    const qsizetype semicolon = header.indexOf(';');
    const QByteArray mediaType = (semicolon < 0 ? header : header.left(semicolon)).trimmed().toLower();
    return mediaType == "application/json" || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
}

ApiError makeError(ApiError::Kind kind, const QString &message, bool retryable = false, int httpStatus = 0)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.retryable = retryable;
    error.httpStatus = httpStatus;
    return error;
}
} // namespace

ApiCall::ApiCall(Context context, QByteArray verb, QUrl url, QByteArray requestBody, std::optional<ApiError> refusal,
    QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_verb(std::move(verb))
    , m_url(std::move(url))
    , m_requestBody(std::move(requestBody))
{
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, and a server that said "after 1000 ms"
    // answers 429 again to a request 50 ms early, burning a retry.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    if (refusal) {
        // Later, not now: the caller has not connected to finished() yet.
        QMetaObject::invokeMethod(
            this, [this, error = std::move(*refusal)]() { finish(error); }, Qt::QueuedConnection);
        return;
    }
    sendAttempt();
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

const ApiError &ApiCall::error() const
{
    static const ApiError none;
    return m_error ? *m_error : none;
}

void ApiCall::abort()
{
    if (m_isFinished)
        return;
    m_retryTimer.stop();
    abortReply(AbortReason::Cancelled);
    finish(makeError(ApiError::Kind::Cancelled, tr("The request was cancelled.")));
}

void ApiCall::sendAttempt()
{
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_context.settings.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", userAgent);
    request.setRawHeader("X-Stainless-Retry-Count", QByteArray::number(m_attempts));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_context.settings.timeout.count()));
    ++m_attempts;
    m_abortReason = AbortReason::None;
    m_body.clear();
    m_httpStatus = 0;

    if (m_verb == "POST") {
        // deactivate and reactivate have no body. The Content-Type is still set, as the
        // Python SDK does on every request: without one Qt would label the empty body
        // application/x-www-form-urlencoded (and warn), which is wrong. post() also sends
        // Content-Length: 0, which some proxies require of a POST.
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        m_reply = m_context.network->post(request, m_requestBody);
    } else if (m_verb != "GET") {
        // PATCH, and DELETE with a JSON body (the users call): only sendCustomRequest
        // sends a body with those verbs.
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        m_reply = m_context.network->sendCustomRequest(request, m_verb, m_requestBody);
    } else {
        m_reply = m_context.network->get(request);
    }
    // Note: when a kept-alive connection closes before any answer, Qt itself resends the
    // request on a new connection (up to twice) before reporting an error. Those resends
    // are invisible here, carry the same X-Stainless-Retry-Count and do not count as
    // attempts; the two actions are idempotent, so they are safe.
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::handleMetaDataChanged);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiCall::handleDownloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::handleReplyFinished);
    // sslErrors is deliberately not handled: with no ignoreSslErrors() the reply fails.
}

void ApiCall::handleMetaDataChanged()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_context.settings.maxResponseBytes)
        abortReply(AbortReason::TooLarge);
}

void ApiCall::handleDownloadProgress(qint64 received, qint64 total)
{
    if (received > m_context.settings.maxResponseBytes || total > m_context.settings.maxResponseBytes)
        abortReply(AbortReason::TooLarge);
}

void ApiCall::abortReply(AbortReason reason)
{
    if (!m_reply)
        return;
    m_abortReason = reason;
    if (reason == AbortReason::Cancelled)
        disconnect(m_reply, nullptr, this, nullptr);
    // For TooLarge the reply's finished() comes back into handleReplyFinished(), which
    // reads m_abortReason.
    m_reply->abort();
}

void ApiCall::handleReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);

    if (m_abortReason == AbortReason::TooLarge) {
        finish(makeError(ApiError::Kind::ResponseTooLarge, tooLargeMessage()));
        return;
    }

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError networkError = reply->error();
    if (!statusAttribute.isValid() || statusAttribute.toInt() <= 0) {
        // No HTTP response: the request may or may not have reached the server.
        if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
            // Only the transfer timeout cancels a reply this class did not abort itself.
            retryOrFinish(
                makeError(ApiError::Kind::Timeout,
                    tr("No data arrived for %1 seconds.").arg(double(m_context.settings.timeout.count()) / 1000.0),
                    true),
                {}, {});
        } else if (networkError == QNetworkReply::SslHandshakeFailedError) {
            // Retrying cannot make a certificate trustworthy, and nothing was sent before the handshake.
            finish(makeError(ApiError::Kind::UntrustedServer, withoutSecrets(reply->errorString())));
        } else {
            retryOrFinish(makeError(ApiError::Kind::Connection, withoutSecrets(reply->errorString()), true), {}, {});
        }
        return;
    }

    m_httpStatus = statusAttribute.toInt();
    m_body = reply->readAll();
    if (m_body.size() > m_context.settings.maxResponseBytes) {
        m_body.clear();
        finish(makeError(ApiError::Kind::ResponseTooLarge, tooLargeMessage()));
        return;
    }

    if (networkError == QNetworkReply::NoError && m_httpStatus >= 200 && m_httpStatus < 300) {
        const QByteArray contentType = reply->rawHeader("Content-Type");
        if (!isJsonContentType(contentType)) {
            const QString shown
                = contentType.isEmpty() ? tr("no content type") : QString::fromLatin1(contentType.left(80));
            finish(makeError(ApiError::Kind::InvalidResponse, tr("Expected a JSON response, got %1.").arg(shown), false,
                m_httpStatus));
            return;
        }
        finish(std::nullopt);
        return;
    }

    const ApiError::Kind kind = ApiError::kindForStatus(m_httpStatus);
    QString message = ApiError::messageFromBody(m_body);
    if (message.isEmpty()) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().simplified();
        message = QString(u"HTTP %1 "_s.arg(m_httpStatus) + reason.left(100)).trimmed();
    }
    if (m_httpStatus == 429) {
        const auto requested = RetryPolicy::serverRequestedDelay(
            reply->rawHeader("retry-after-ms"), reply->rawHeader("retry-after"), m_context.clock->nowUtc());
        Q_EMIT rateLimited(requested && requested->count() > 0
                ? qint64(qMin(*requested, RetryPolicy::maxServerRequestedDelay).count())
                : 0);
    }
    const bool retryable = RetryPolicy::shouldRetry(m_httpStatus, reply->rawHeader("x-should-retry"));
    retryOrFinish(makeError(kind, withoutSecrets(message), retryable, m_httpStatus), reply->rawHeader("retry-after-ms"),
        reply->rawHeader("retry-after"));
}

void ApiCall::retryOrFinish(ApiError error, const QByteArray &retryAfterMs, const QByteArray &retryAfter)
{
    const int retriesSoFar = m_attempts - 1;
    if (!error.retryable || retriesSoFar >= m_context.settings.maxRetries) {
        finish(std::move(error));
        return;
    }
    const auto delay = RetryPolicy::retryDelay(
        retriesSoFar, retryAfterMs, retryAfter, m_context.clock->nowUtc(), m_context.random01());
    m_retryTimer.start(delay);
}

void ApiCall::finish(std::optional<ApiError> error)
{
    if (m_isFinished)
        return;
    m_isFinished = true;
    if (error)
        error->attempts = m_attempts;
    m_error = std::move(error);
    Q_EMIT finished();
}

QString ApiCall::tooLargeMessage() const
{
    return tr("The response was larger than the limit of %1 bytes.").arg(m_context.settings.maxResponseBytes);
}

QString ApiCall::withoutSecrets(QString text) const
{
    // Servers and proxies sometimes echo request headers into error text.
    return Redaction::redact(std::move(text), m_context.settings.apiKey);
}
