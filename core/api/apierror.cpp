// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <utility>

#include <QJsonDocument>
#include <QJsonObject>

#include "core/domain/utf8.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr qsizetype maxMessageLength = 500;
// Error bodies are small; a large one is a page of HTML, not worth parsing.
constexpr qsizetype maxErrorBodyBytes = 64 * 1024;

// By ApiError::Kind: what failed. A status code fills %1 where there is one.
constexpr const char *summaries[] = {
    QT_TRANSLATE_NOOP("ApiError", "The account id is not valid, so nothing was sent."), // InvalidId
    QT_TRANSLATE_NOOP("ApiError", "The server address is not secure, so nothing was sent."), // InsecureTransport
    QT_TRANSLATE_NOOP("ApiError", "The server's certificate is not trusted, so nothing was sent."), // UntrustedServer
    QT_TRANSLATE_NOOP("ApiError", "Could not connect to the server."), // Connection
    QT_TRANSLATE_NOOP("ApiError", "The server did not answer in time."), // Timeout
    QT_TRANSLATE_NOOP("ApiError", "The server rejected the request as malformed (HTTP %1)."), // BadRequest
    QT_TRANSLATE_NOOP("ApiError", "The server rejected the API key (HTTP %1)."), // Authentication
    QT_TRANSLATE_NOOP("ApiError", "The API key is not allowed to do this (HTTP %1)."), // PermissionDenied
    QT_TRANSLATE_NOOP("ApiError", "The server does not know this account (HTTP %1)."), // NotFound
    QT_TRANSLATE_NOOP("ApiError", "The request conflicted with another change (HTTP %1)."), // Conflict
    QT_TRANSLATE_NOOP("ApiError", "The server could not process the request (HTTP %1)."), // UnprocessableEntity
    QT_TRANSLATE_NOOP("ApiError", "The server is limiting the request rate (HTTP %1)."), // RateLimited
    QT_TRANSLATE_NOOP("ApiError", "The server failed with an internal error (HTTP %1)."), // Server
    QT_TRANSLATE_NOOP("ApiError", "The server gave an unexpected answer (HTTP %1)."), // UnexpectedStatus
    QT_TRANSLATE_NOOP("ApiError", "The server's answer could not be read."), // InvalidResponse
    QT_TRANSLATE_NOOP("ApiError", "The server's answer was too large to accept."), // ResponseTooLarge
    QT_TRANSLATE_NOOP("ApiError", "The request was cancelled."), // Cancelled
    QT_TRANSLATE_NOOP(
        "ApiError", "The action could not be recorded in the audit journal, so nothing was sent."), // NotRecorded
};
static_assert(std::size(summaries) == size_t(ApiError::Kind::NotRecorded) + 1);

// Advice that several kinds share.
constexpr const char *reportTheRequest = QT_TRANSLATE_NOOP(
    "ApiError", "The console sent something the server does not accept; please report this with the message shown.");
constexpr const char *checkTheAddress = QT_TRANSLATE_NOOP("ApiError",
    "Check that the server address points to the Avara API. If it does, please report this with the message "
    "shown.");

// By ApiError::Kind: what the user can do about it.
constexpr const char *advices[] = {
    QT_TRANSLATE_NOOP(
        "ApiError", "Check the id: it is cus_ or org_ followed by 32 lowercase hexadecimal digits."), // InvalidId
    QT_TRANSLATE_NOOP("ApiError",
        "Use an https:// address; plain http:// is allowed only for a server on this computer."), // InsecureTransport
    QT_TRANSLATE_NOOP("ApiError",
        "Check the server address. If it is right, the server's certificate must be fixed, or its "
        "authority added to this computer's trusted certificates."), // UntrustedServer
    QT_TRANSLATE_NOOP("ApiError",
        "Check the network and the server address, then try again. If a change was being made, "
        "refresh the account to see whether it took effect."), // Connection
    QT_TRANSLATE_NOOP("ApiError",
        "Try again in a moment. If a change was being made, refresh the account to see whether it "
        "took effect."), // Timeout
    reportTheRequest, // BadRequest
    QT_TRANSLATE_NOOP("ApiError", "Check the API key and connect again."), // Authentication
    QT_TRANSLATE_NOOP(
        "ApiError", "Use an API key that has access to this account, or ask an administrator."), // PermissionDenied
    QT_TRANSLATE_NOOP(
        "ApiError", "Reload the list: the account may have been removed, or the id is wrong."), // NotFound
    QT_TRANSLATE_NOOP("ApiError", "Refresh the account and try again."), // Conflict
    reportTheRequest, // UnprocessableEntity
    QT_TRANSLATE_NOOP("ApiError", "Wait a minute, then try again."), // RateLimited
    QT_TRANSLATE_NOOP("ApiError", "Try again later. If it keeps happening, contact Avara support."), // Server
    checkTheAddress, // UnexpectedStatus
    checkTheAddress, // InvalidResponse
    checkTheAddress, // ResponseTooLarge
    QT_TRANSLATE_NOOP("ApiError", "Nothing to do: the request was stopped on purpose."), // Cancelled
    QT_TRANSLATE_NOOP("ApiError",
        "Check that the disk has free space and the audit journal can be written, then try again."), // NotRecorded
};
static_assert(std::size(advices) == size_t(ApiError::Kind::NotRecorded) + 1);
} // namespace

QString ApiError::summary() const
{
    QString text = tr(summaries[size_t(kind)]);
    if (text.contains(u"%1"_s))
        text = text.arg(httpStatus);
    // Only shown for more than one attempt, so the plural needs no numerus form.
    if (attempts > 1)
        text += u' ' + tr("(%1 attempts)").arg(attempts);
    return text;
}

QString ApiError::advice() const
{
    return tr(advices[size_t(kind)]);
}

bool ApiError::isOutcomeUnknown() const
{
    return kind == Kind::Connection || kind == Kind::Timeout;
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    // The statuses the official SDKs give an error class of their own.
    constexpr std::pair<int, Kind> statusKinds[] = { { 400, Kind::BadRequest }, { 401, Kind::Authentication },
        { 403, Kind::PermissionDenied }, { 404, Kind::NotFound }, { 409, Kind::Conflict },
        { 422, Kind::UnprocessableEntity }, { 429, Kind::RateLimited } };
    for (const auto &[status, statusKind] : statusKinds) {
        if (status == httpStatus)
            return statusKind;
    }
    return httpStatus >= 500 ? Kind::Server : Kind::UnexpectedStatus;
}

QString ApiError::messageFromBody(QByteArrayView body)
{
    if (body.isEmpty() || body.size() > maxErrorBodyBytes)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray());
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    QString text;
    const QJsonValue error = object.value(u"error"_s);
    if (object.value(u"message"_s).isString())
        text = object.value(u"message"_s).toString();
    else if (error.isObject() && error.toObject().value(u"message"_s).isString())
        text = error.toObject().value(u"message"_s).toString();
    else if (error.isString())
        text = error.toString();
    text = text.simplified();
    if (text.size() > maxMessageLength)
        text = leftWithoutSplittingPairs(text, maxMessageLength - 3) + u"..."_s;
    return text;
}
