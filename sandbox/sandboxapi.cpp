// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxapi.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxcursor.h"
#include "sandbox/sandboxjsonwriter.h"
#include "sandbox/sandboxstore.h"

namespace
{

using Method = QHttpServerRequest::Method;

SandboxResponse error(int status, const QByteArray &message)
{
    return { status, SandboxJsonWriter::errorBody(message), {} };
}

SandboxResponse methodNotAllowed(QByteArrayView allowed)
{
    SandboxResponse response = error(405, "Method not allowed; this path accepts " + allowed.toByteArray() + '.');
    response.headers.append({ "Allow", allowed.toByteArray() });
    return response;
}

SandboxResponse ok(QByteArray json)
{
    return { 200, std::move(json), {} };
}

// Query strings are decoded as HTML forms and most web frameworks decode them: '+' is a
// space. A client that leaves the '+' of a base64 cursor unencoded therefore sends a
// different cursor, here as on a real server.
QByteArray decodeQueryComponent(QByteArrayView raw)
{
    QByteArray text = raw.toByteArray();
    text.replace('+', ' ');
    return QByteArray::fromPercentEncoding(text);
}

std::optional<QByteArray> queryValue(QByteArrayView query, QByteArrayView name)
{
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0)
            end = query.size();
        const QByteArrayView item = query.sliced(start, end - start);
        const qsizetype equals = item.indexOf('=');
        const QByteArrayView key = equals < 0 ? item : item.first(equals);
        if (!item.isEmpty() && decodeQueryComponent(key) == name)
            return equals < 0 ? QByteArray() : decodeQueryComponent(item.sliced(equals + 1));
        start = end + 1;
    }
    return std::nullopt;
}

// The reference gives the limits in "characters" and its schemas use JSON Schema's
// maxLength, which counts code points; so does the sandbox. An emoji is one character here
// though two UTF-16 units (QString::size()) and four UTF-8 bytes. Counting code points is
// the more lenient reading for text outside the BMP; the hostile seed stays within the
// limits under either count, so a client that counts UTF-16 units agrees on all of it.
qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text)
        count += c.isLowSurrogate() ? 0 : 1;
    return count;
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Parses a request body that must be a JSON object. 400 on anything else.
std::optional<QJsonObject> parseObject(const QByteArray &body, SandboxResponse *failure)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *failure = error(400,
            body.trimmed().isEmpty() ? QByteArray("Request body is empty; a JSON object is required.")
                                     : "Request body is not valid JSON: " + parseError.errorString().toUtf8() + '.');
        return std::nullopt;
    }
    if (!document.isObject()) {
        *failure = error(400, "Request body must be a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

// Checks a name value: 400 when it is not a string, 422 when it is empty.
std::optional<QByteArray> validateName(const QJsonValue &value, QByteArrayView field, SandboxResponse *failure)
{
    if (!value.isString()) {
        *failure = error(400, field.toByteArray() + " must be a string.");
        return std::nullopt;
    }
    const QString name = value.toString();
    if (name.isEmpty()) {
        *failure = error(422, field.toByteArray() + " must be at least 1 character long.");
        return std::nullopt;
    }
    return name.toUtf8();
}

// Checks a metadata object: 400 for wrong types, 422 for the API's limits. Keys keep
// QJsonObject's (sorted) order; JSON objects carry no order a client may rely on.
std::optional<SandboxMetadata> validateMetadata(const QJsonValue &value, SandboxResponse *failure)
{
    if (!value.isObject()) {
        *failure = error(400, "metadata must be an object of strings, or null.");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            *failure = error(400, "metadata values must be strings; \"" + it.key().toUtf8() + "\" is not.");
            return std::nullopt;
        }
    }
    if (object.size() > SandboxApi::maxMetadataPairs) {
        *failure = error(422,
            "metadata may hold at most " + QByteArray::number(SandboxApi::maxMetadataPairs) + " pairs; it has "
                + QByteArray::number(object.size()) + '.');
        return std::nullopt;
    }
    SandboxMetadata metadata;
    metadata.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString text = it.value().toString();
        if (key.isEmpty()) {
            *failure = error(422, "metadata keys must not be empty.");
            return std::nullopt;
        }
        if (codePoints(key) > SandboxApi::maxMetadataKeyLength) {
            *failure = error(422,
                "metadata keys may be at most " + QByteArray::number(SandboxApi::maxMetadataKeyLength)
                    + " characters long.");
            return std::nullopt;
        }
        if (codePoints(text) > SandboxApi::maxMetadataValueLength) {
            *failure = error(422,
                "metadata values may be at most " + QByteArray::number(SandboxApi::maxMetadataValueLength)
                    + " characters long; the value of \"" + key.toUtf8() + "\" is longer.");
            return std::nullopt;
        }
        metadata.append({ key.toUtf8(), text.toUtf8() });
    }
    return metadata;
}

// FNV-1a, 64 bits, for ids derived from fixed text.
quint64 fnv1a(QByteArrayView text, quint64 basis)
{
    quint64 hash = basis;
    for (const char c : text) {
        hash ^= quint8(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

SandboxApi::SandboxApi(SandboxStore &store, const SandboxOptions &options)
    : m_store(store)
    , m_apiKey(options.apiKey)
    , m_apiKeyId(apiKeyIdFor(options.apiKey))
    , m_organizationsEnabled(options.organizationsEnabled)
{ }

QByteArray SandboxApi::dashboardUserId()
{
    return "usr_5a9d0c4e7b1f42d8a6c3e0f9b2d4a7c1";
}

QByteArray SandboxApi::apiKeyIdFor(QByteArrayView apiKey)
{
    const QByteArray high = QByteArray::number(fnv1a(apiKey, 0xcbf29ce484222325ULL), 16).rightJustified(16, '0');
    const QByteArray low = QByteArray::number(fnv1a(apiKey, 0x84222325cbf29ce4ULL), 16).rightJustified(16, '0');
    QByteArray hex = high + low;
    hex[12] = '4'; // a version 4 UUID in form
    hex[16] = "89ab"[(hex.at(16) - '0') & 3]; // with the RFC 4122 variant
    return hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20);
}

bool SandboxApi::isAuthorized(QByteArrayView authorization) const
{
    // The scheme is case-insensitive (RFC 9110); the key is compared without an early
    // exit so that its bytes cannot be timed.
    const QByteArrayView scheme = "bearer ";
    if (authorization.size() <= scheme.size()
        || authorization.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return false;
    const QByteArrayView key = authorization.sliced(scheme.size()).trimmed();
    if (key.size() != m_apiKey.size() || m_apiKey.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < key.size(); ++i)
        difference |= quint8(key.at(i)) ^ quint8(m_apiKey.at(i));
    return difference == 0;
}

SandboxResponse SandboxApi::handle(const SandboxRequest &request) const
{
    if (request.authorization.isEmpty())
        return error(401, "Missing API key: send it as \"Authorization: Bearer <key>\".");
    if (!isAuthorized(request.authorization))
        return error(401, "Invalid API key.");

    // Path: /v1/{express|orgs}[/{id}[/{deactivate|reactivate|users}]]
    const QByteArrayView path = request.path;
    const QByteArrayView root = "/v1/";
    if (!path.startsWith(root))
        return error(404, "Not found: no such endpoint.");
    const QList<QByteArray> segments = path.sliced(root.size()).toByteArray().split('/');
    SandboxKind kind;
    if (segments.first() == "express") {
        kind = SandboxKind::ExpressCustomer;
    } else if (segments.first() == "orgs") {
        kind = SandboxKind::Organization;
        // An API without the orgs resource answers 404 on all of it; the console reads a
        // 404 on the list as "no organizations here".
        if (!m_organizationsEnabled)
            return error(404, "Not found: this server has no organizations.");
    } else {
        return error(404, "Not found: no such endpoint.");
    }
    const SandboxKindNames &names = sandboxKindNames(kind);

    if (segments.size() == 1) {
        if (request.method == Method::Get)
            return list(kind, request);
        if (request.method == Method::Post)
            return create(kind, request);
        return methodNotAllowed("GET, POST");
    }
    // /{id}/deactivate, /{id}/reactivate, and for customers only /{id}/users: organizations
    // have no users endpoint, so there it is an unknown path (404) like any other.
    const QByteArray action = segments.size() == 3 ? segments.at(2) : QByteArray();
    const bool isToggle = action == "deactivate" || action == "reactivate";
    const bool isUsers = action == "users" && kind == SandboxKind::ExpressCustomer;
    if (segments.size() > 3 || (segments.size() == 3 && !isToggle && !isUsers) || segments.at(1).isEmpty())
        return error(404, "Not found: no such endpoint.");
    if (isToggle && request.method != Method::Post)
        return methodNotAllowed("POST");
    if (isUsers && request.method != Method::Post && request.method != Method::Delete)
        return methodNotAllowed("POST, DELETE");
    if (segments.size() == 2 && request.method != Method::Get && request.method != Method::Patch)
        return methodNotAllowed("GET, PATCH");

    const QByteArray &id = segments.at(1);
    if (!isValidSandboxId(kind, id)) {
        return error(400,
            "Invalid " + names.idField.toByteArray() + ": expected " + names.idPrefix.toByteArray()
                + " followed by 32 lowercase hex digits.");
    }
    if (isUsers)
        return changeMembership(id, request.body, request.method == Method::Post);
    QByteArray json;
    if (isToggle) {
        // Deactivate and reactivate take no body; whatever comes (nothing, {}, or an empty
        // body labelled application/json) is ignored.
        json = m_store.setActive(kind, id, action == "reactivate", now());
    } else if (request.method == Method::Get) {
        json = m_store.accountJson(kind, id);
    } else {
        return update(kind, id, request.body);
    }
    if (json.isEmpty())
        return error(404, names.label.toByteArray() + " not found: " + id + '.');
    return ok(std::move(json));
}

SandboxResponse SandboxApi::list(SandboxKind kind, const SandboxRequest &request) const
{
    int limit = defaultPageSize;
    if (const auto text = queryValue(request.query, "limit")) {
        bool isNumber = !text->isEmpty() && text->size() <= 9;
        for (const char c : *text)
            isNumber = isNumber && c >= '0' && c <= '9';
        const int value = isNumber ? text->toInt() : 0;
        if (value < 1 || value > maxPageSize)
            return error(400, "limit must be an integer from 1 to " + QByteArray::number(maxPageSize) + '.');
        limit = value;
    }
    qsizetype start = 0;
    // An empty cursor is read as no cursor: it is what a client holds before the first page.
    if (const auto cursor = queryValue(request.query, "cursor"); cursor && !cursor->isEmpty()) {
        const std::optional<qsizetype> position = SandboxCursor::decode(kind, *cursor);
        if (!position || *position > m_store.sequenceLength(kind))
            return error(400, "cursor is not valid for this list; pass the cursor of the previous page unchanged.");
        start = *position;
    }
    return ok(m_store.listPage(kind, start, limit));
}

SandboxResponse SandboxApi::create(SandboxKind kind, const SandboxRequest &request) const
{
    const SandboxKindNames &names = sandboxKindNames(kind);
    SandboxResponse failure;
    const std::optional<QJsonObject> object = parseObject(request.body, &failure);
    if (!object)
        return failure;
    const QJsonValue nameValue = object->value(QLatin1StringView(names.nameField));
    if (nameValue.isUndefined())
        return error(400, names.nameField.toByteArray() + " is required.");
    const std::optional<QByteArray> name = validateName(nameValue, names.nameField, &failure);
    if (!name)
        return failure;

    SandboxAccount account;
    account.name = *name;
    const QJsonValue metadataValue = object->value(QLatin1StringView("metadata"));
    if (!metadataValue.isUndefined() && !metadataValue.isNull()) {
        const std::optional<SandboxMetadata> metadata = validateMetadata(metadataValue, &failure);
        if (!metadata)
            return failure;
        account.hasMetadata = true;
        account.metadata = *metadata;
    }
    account.createdByApiKeyId = m_apiKeyId;
    return ok(m_store.create(kind, std::move(account), now()));
}

SandboxResponse SandboxApi::update(SandboxKind kind, QByteArrayView id, const QByteArray &body) const
{
    const SandboxKindNames &names = sandboxKindNames(kind);
    SandboxResponse failure;
    // Fields other than the name and metadata (including the id, isActive and userCount) are
    // ignored, as the contract asks of unknown fields: a PATCH changes only what it may.
    const std::optional<QJsonObject> object = parseObject(body, &failure);
    if (!object)
        return failure;

    std::optional<QByteArray> name;
    const QJsonValue nameValue = object->value(QLatin1StringView(names.nameField));
    if (!nameValue.isUndefined()) {
        name = validateName(nameValue, names.nameField, &failure);
        if (!name)
            return failure;
    }
    // Metadata is replaced as a whole; null clears it (the field is then left out).
    std::optional<std::optional<SandboxMetadata>> metadata;
    const QJsonValue metadataValue = object->value(QLatin1StringView("metadata"));
    if (metadataValue.isNull()) {
        metadata.emplace(std::nullopt);
    } else if (!metadataValue.isUndefined()) {
        std::optional<SandboxMetadata> pairs = validateMetadata(metadataValue, &failure);
        if (!pairs)
            return failure;
        metadata.emplace(std::move(pairs));
    }
    QByteArray json = m_store.update(kind, id, name, metadata, now());
    if (json.isEmpty())
        return error(404, names.label.toByteArray() + " not found: " + id.toByteArray() + '.');
    return ok(std::move(json));
}

SandboxResponse SandboxApi::changeMembership(QByteArrayView customerId, const QByteArray &body, bool add) const
{
    SandboxResponse failure;
    const std::optional<QJsonObject> object = parseObject(body, &failure);
    if (!object)
        return failure;
    // A userId that is missing, not a string or not of the usr_ form is a malformed request
    // (400), as a malformed id in the path is; 422 is kept for well-formed requests that the
    // account's state refuses. The sandbox has no user directory: any well-formed id is a user.
    const QJsonValue userValue = object->value(QLatin1StringView("userId"));
    if (userValue.isUndefined())
        return error(400, "userId is required.");
    if (!userValue.isString())
        return error(400, "userId must be a string.");
    const QByteArray userId = userValue.toString().toUtf8();
    if (!isValidBrandedId(sandboxUserIdPrefix, userId))
        return error(400, "Invalid userId: expected usr_ followed by 32 lowercase hex digits.");

    const SandboxKind kind = SandboxKind::ExpressCustomer;
    const SandboxStore::Membership outcome
        = add ? m_store.addUser(kind, customerId, userId, now()) : m_store.removeUser(kind, customerId, userId, now());
    const QByteArray customer = customerId.toByteArray();
    QByteArray message;
    switch (outcome) {
    case SandboxStore::Membership::NoSuchAccount:
        return error(404, "Express customer not found: " + customer + '.');
    case SandboxStore::Membership::Deactivated:
        // 422 rather than 409: the official SDKs retry 409, and this cannot succeed on a
        // retry, only after someone reactivates the customer.
        return error(422,
            "Express customer " + customer + " is deactivated: it takes no new user assignments. Reactivate it first.");
    // Adding a member and removing a non-member answer success: the state asked for holds.
    // That makes both calls idempotent, so a client may retry one whose answer was lost
    // (a timeout, a dropped connection) without being told that its own change failed.
    case SandboxStore::Membership::AlreadyMember:
    case SandboxStore::Membership::NotMember:
        message = "User " + userId
            + (outcome == SandboxStore::Membership::AlreadyMember ? " is already a member of " : " is not a member of ")
            + customer + "; nothing changed.";
        break;
    case SandboxStore::Membership::Added:
    case SandboxStore::Membership::Removed:
        message = "User " + userId + (outcome == SandboxStore::Membership::Added ? " added to " : " removed from ")
            + customer + '.';
        break;
    }
    return ok("{\"success\":true,\"message\":" + SandboxJsonWriter::string(message) + '}');
}
