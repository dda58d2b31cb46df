// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include "core/api/apierror.h"
#include "core/api/connectionsettings.h"

class Clock;
class QNetworkAccessManager;
class QNetworkReply;

// One logical request across all its tries. ApiClient makes it and deletes it (later)
// after finished(); read the result in a slot connected to finished(). finished() is
// emitted exactly once, never from inside the call that made the ApiCall, so callers
// have one path for every outcome, refusals before sending included.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    /// What a call needs from its client; copied, so a new key affects only later calls.
    struct Context
    {
        QNetworkAccessManager *network = nullptr;
        ConnectionSettings settings;
        const Clock *clock = nullptr;
        std::function<double()> random01;
    };

    /// Made by ApiClient; sends the first try at once. A set `refusal` finishes the call
    /// (on the next event-loop turn) without sending anything.
    ApiCall(Context context, QByteArray verb, QUrl url, QByteArray requestBody, std::optional<ApiError> refusal,
        QObject *parent);
    ~ApiCall() override;

    /// NoError and a 2xx status with a JSON body.
    bool isSuccess() const { return m_isFinished && !m_error; }
    /// True once finished() has been emitted.
    bool isFinished() const { return m_isFinished; }
    /// The body of the last response (the JSON of a success, the error body otherwise).
    const QByteArray &body() const { return m_body; }
    /// The status of the last response; 0 when none arrived.
    int httpStatus() const { return m_httpStatus; }
    /// The failure; a default ApiError while the call runs or after a success.
    const ApiError &error() const;
    /// Tries made so far, the first one included.
    int attempts() const { return m_attempts; }
    /// "GET", "POST", "PATCH" or "DELETE".
    const QByteArray &verb() const { return m_verb; }
    /// The URL requested; empty for a call refused before sending.
    const QUrl &url() const { return m_url; }

    /// Stops the call: the reply or the wait for a retry ends and finished() is emitted at
    /// once with Kind::Cancelled. A request already sent may still have been acted on.
    void abort();

Q_SIGNALS:
    void finished();
    /// A try was answered 429; `retryAfterMs` is the wait the server asked for, 0 when it named none.
    /// Emitted before the call waits to retry (or finishes), so callers can hold back other requests.
    void rateLimited(qint64 retryAfterMs);

private:
    enum class AbortReason
    {
        None,
        TooLarge,
        Cancelled
    };

    void sendAttempt();
    void handleMetaDataChanged();
    void handleDownloadProgress(qint64 received, qint64 total);
    void handleReplyFinished();
    void retryOrFinish(ApiError error, const QByteArray &retryAfterMs, const QByteArray &retryAfter);
    void finish(std::optional<ApiError> error);
    void abortReply(AbortReason reason);
    QString withoutSecrets(QString text) const;
    QString tooLargeMessage() const;

    Context m_context;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_requestBody;
    std::optional<ApiError> m_refusal;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    AbortReason m_abortReason = AbortReason::None;
    QByteArray m_body;
    int m_httpStatus = 0;
    int m_attempts = 0;
    bool m_isFinished = false;
    std::optional<ApiError> m_error;
};
