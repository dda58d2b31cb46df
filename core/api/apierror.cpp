// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "core/domain/utf8.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr qsizetype maxMessageLength = 500;
// Error bodies are small; a large one is a page of HTML, not worth parsing.
constexpr qsizetype maxErrorBodyBytes = 64 * 1024;
} // namespace

QString ApiError::summary() const
{
    QString text;
    switch (kind) {
    case Kind::InvalidId:
        text = tr("The account id is not valid, so nothing was sent.");
        break;
    case Kind::InsecureTransport:
        text = tr("The server address is not secure, so nothing was sent.");
        break;
    case Kind::UntrustedServer:
        text = tr("The server's certificate is not trusted, so nothing was sent.");
        break;
    case Kind::Connection:
        text = tr("Could not connect to the server.");
        break;
    case Kind::Timeout:
        text = tr("The server did not answer in time.");
        break;
    case Kind::BadRequest:
        text = tr("The server rejected the request as malformed (HTTP %1).").arg(httpStatus);
        break;
    case Kind::Authentication:
        text = tr("The server rejected the API key (HTTP %1).").arg(httpStatus);
        break;
    case Kind::PermissionDenied:
        text = tr("The API key is not allowed to do this (HTTP %1).").arg(httpStatus);
        break;
    case Kind::NotFound:
        text = tr("The server does not know this account (HTTP %1).").arg(httpStatus);
        break;
    case Kind::Conflict:
        text = tr("The request conflicted with another change (HTTP %1).").arg(httpStatus);
        break;
    case Kind::UnprocessableEntity:
        text = tr("The server could not process the request (HTTP %1).").arg(httpStatus);
        break;
    case Kind::RateLimited:
        text = tr("The server is limiting the request rate (HTTP %1).").arg(httpStatus);
        break;
    case Kind::Server:
        text = tr("The server failed with an internal error (HTTP %1).").arg(httpStatus);
        break;
    case Kind::UnexpectedStatus:
        text = tr("The server gave an unexpected answer (HTTP %1).").arg(httpStatus);
        break;
    case Kind::InvalidResponse:
        text = tr("The server's answer could not be read.");
        break;
    case Kind::ResponseTooLarge:
        text = tr("The server's answer was too large to accept.");
        break;
    case Kind::Cancelled:
        text = tr("The request was cancelled.");
        break;
    case Kind::NotRecorded:
        text = tr("The action could not be recorded in the audit journal, so nothing was sent.");
        break;
    }
    // Only shown for more than one attempt, so the plural needs no numerus form.
    if (attempts > 1)
        text += u' ' + tr("(%1 attempts)").arg(attempts);
    return text;
}

QString ApiError::advice() const
{
    switch (kind) {
    case Kind::InvalidId:
        return tr("Check the id: it is cus_ or org_ followed by 32 lowercase hexadecimal digits.");
    case Kind::InsecureTransport:
        return tr("Use an https:// address; plain http:// is allowed only for a server on this computer.");
    case Kind::UntrustedServer:
        return tr("Check the server address. If it is right, the server's certificate must be fixed, or its "
                  "authority added to this computer's trusted certificates.");
    case Kind::Connection:
        return tr("Check the network and the server address, then try again. If a change was being made, "
                  "refresh the account to see whether it took effect.");
    case Kind::Timeout:
        return tr("Try again in a moment. If a change was being made, refresh the account to see whether it "
                  "took effect.");
    case Kind::BadRequest:
    case Kind::UnprocessableEntity:
        return tr("The console sent something the server does not accept; please report this with the message "
                  "shown.");
    case Kind::Authentication:
        return tr("Check the API key and connect again.");
    case Kind::PermissionDenied:
        return tr("Use an API key that has access to this account, or ask an administrator.");
    case Kind::NotFound:
        return tr("Reload the list: the account may have been removed, or the id is wrong.");
    case Kind::Conflict:
        return tr("Refresh the account and try again.");
    case Kind::RateLimited:
        return tr("Wait a minute, then try again.");
    case Kind::Server:
        return tr("Try again later. If it keeps happening, contact Avara support.");
    case Kind::UnexpectedStatus:
    case Kind::InvalidResponse:
    case Kind::ResponseTooLarge:
        return tr("Check that the server address points to the Avara API. If it does, please report this with "
                  "the message shown.");
    case Kind::Cancelled:
        return tr("Nothing to do: the request was stopped on purpose.");
    case Kind::NotRecorded:
        return tr("Check that the disk has free space and the audit journal can be written, then try again.");
    }
    return {};
}

bool ApiError::isOutcomeUnknown() const
{
    return kind == Kind::Connection || kind == Kind::Timeout;
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Authentication;
    case 403:
        return Kind::PermissionDenied;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 422:
        return Kind::UnprocessableEntity;
    case 429:
        return Kind::RateLimited;
    default:
        return httpStatus >= 500 ? Kind::Server : Kind::UnexpectedStatus;
    }
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
