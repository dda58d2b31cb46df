// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// Why a request failed, in the terms the console acts on: the kind decides what the UI
// offers (a new key after Authentication, a refresh after an unknown outcome), the text
// says it to the user. The API key never appears in any of it.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        InvalidId, // refused before sending: the id does not match its pattern
        InsecureTransport, // refused before sending: the key would travel unencrypted
        UntrustedServer, // the TLS handshake failed (certificate not trusted, wrong host): nothing was sent
        Connection, // no HTTP response: refused, reset, DNS, TLS
        Timeout, // no HTTP response in time
        BadRequest, // 400
        Authentication, // 401
        PermissionDenied, // 403
        NotFound, // 404
        Conflict, // 409
        UnprocessableEntity, // 422
        RateLimited, // 429
        Server, // >= 500
        UnexpectedStatus, // any other non-2xx status, redirects included
        InvalidResponse, // a 2xx whose body is not what the API promises
        ResponseTooLarge, // the body grew past ConnectionSettings::maxResponseBytes
        Cancelled, // abort() was called
        NotRecorded, // refused before sending: the intent could not be written to the audit journal
    };

    Kind kind = Kind::Connection;
    int httpStatus = 0; // 0 when no HTTP response arrived
    QString message; // the server's message when there is one, else ours
    bool retryable = false;
    int attempts = 0; // tries made, retries included

    /// What failed, in one translated line, e.g. "The server rejected the API key (HTTP 401)."
    QString summary() const;
    /// What the user can do about it, translated, e.g. "Check the API key and connect again."
    QString advice() const;
    /// True for Connection and Timeout: the request may have reached the server and been acted on.
    bool isOutcomeUnknown() const;

    /// The kind an HTTP error status maps to (the SDKs' error classes).
    static Kind kindForStatus(int httpStatus);
    /// The message of a JSON error body: `message`, `error.message` or `error` as a string;
    /// empty when there is none. Whitespace is simplified and the text capped at 500 characters.
    static QString messageFromBody(QByteArrayView body);
};

Q_DECLARE_METATYPE(ApiError)
