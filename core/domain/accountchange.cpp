// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountchange.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include "core/domain/enumnames.h"
#include "core/domain/pagereader.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr qsizetype describedValueLength = 60;

constexpr EnumName<ChangeAction> actionNames[] = { { ChangeAction::Deactivate, u"deactivate" },
    { ChangeAction::Reactivate, u"reactivate" }, { ChangeAction::Update, u"update" },
    { ChangeAction::AddUser, u"addUser" }, { ChangeAction::RemoveUser, u"removeUser" } };

QString quoted(const QString &text)
{
    const QString shown = text.size() > describedValueLength ? text.left(describedValueLength - 1) + u'\u2026' : text;
    return u'\u201c' + shown + u'\u201d';
}

QHash<QString, QString> metadataMap(const MetadataPairs &pairs)
{
    QHash<QString, QString> map;
    map.reserve(pairs.size());
    for (const auto &[key, value] : pairs)
        map.insert(key, value);
    return map;
}

QJsonArray metadataJson(const MetadataPairs &pairs)
{
    // Pairs, not an object: the journal keeps the order and every key exactly as typed.
    QJsonArray array;
    for (const auto &[key, value] : pairs)
        array.append(QJsonArray { key, value });
    return array;
}

std::optional<MetadataPairs> metadataFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    MetadataPairs pairs;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return std::nullopt;
        pairs.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    return pairs;
}

QJsonObject fieldsJson(const AccountFields &fields)
{
    QJsonObject object;
    if (fields.name)
        object.insert(u"name"_s, *fields.name);
    if (fields.metadata)
        object.insert(u"metadata"_s, metadataJson(*fields.metadata));
    return object;
}

std::optional<AccountFields> fieldsFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    AccountFields fields;
    if (object.contains(u"name"_s)) {
        if (!object.value(u"name"_s).isString())
            return std::nullopt;
        fields.name = object.value(u"name"_s).toString();
    }
    if (object.contains(u"metadata"_s)) {
        fields.metadata = metadataFromJson(object.value(u"metadata"_s));
        if (!fields.metadata)
            return std::nullopt;
    }
    return fields;
}

/// "contractId CTR-1 → CTR-2, +siteCode, −region": what turns `before` into `after`.
QString metadataDiff(const MetadataPairs &before, const MetadataPairs &after, bool namesAddedValues = false)
{
    const QHash<QString, QString> old = metadataMap(before);
    const QHash<QString, QString> now = metadataMap(after);
    QStringList parts;
    for (const auto &[key, value] : after) {
        const auto found = old.constFind(key);
        if (found == old.cend())
            parts.append(namesAddedValues ? QString(u'+' + key + u' ' + quoted(value)) : QString(u'+' + key));
        else if (*found != value)
            parts.append(key + u' ' + quoted(*found) + u" \u2192 "_s + quoted(value));
    }
    for (const auto &[key, value] : before) {
        if (!now.contains(key))
            parts.append(u'\u2212' + key);
    }
    return parts.join(u", "_s);
}
} // namespace

bool sameMetadata(const MetadataPairs &a, const MetadataPairs &b)
{
    return a.size() == b.size() && metadataMap(a) == metadataMap(b);
}

AccountChange::AccountChange(Type type, const AccountId &id)
    : m_type(type)
    , m_id(id)
{ }

AccountChange AccountChange::setActive(const AccountId &id, bool active)
{
    AccountChange change(Type::SetActive, id);
    change.m_wantedActive = active;
    return change;
}

AccountChange AccountChange::update(const AccountId &id, const AccountFields &before, const AccountFields &after)
{
    AccountChange change(Type::Update, id);
    change.m_before = before;
    change.m_after = after;
    return change;
}

AccountChange AccountChange::addUser(const AccountId &id, const QString &userId, std::optional<qint64> userCountBefore)
{
    AccountChange change(Type::AddUser, id);
    change.m_userId = userId;
    change.m_userCountBefore = userCountBefore;
    return change;
}

AccountChange AccountChange::removeUser(
    const AccountId &id, const QString &userId, std::optional<qint64> userCountBefore)
{
    AccountChange change = addUser(id, userId, userCountBefore);
    change.m_type = Type::RemoveUser;
    return change;
}

PendingAction AccountChange::pendingAction() const
{
    // The pending actions are the change actions, in the same order, after None.
    static_assert(int(PendingAction::Deactivate) == int(ChangeAction::Deactivate) + 1
        && int(PendingAction::RemoveUser) == int(ChangeAction::RemoveUser) + 1);
    return PendingAction(int(action()) + 1);
}

QString AccountChange::pendingText(PendingAction pending)
{
    switch (pending) {
    case PendingAction::Deactivate:
        return tr("Deactivating\u2026");
    case PendingAction::Reactivate:
        return tr("Reactivating\u2026");
    case PendingAction::Update:
        return tr("Saving\u2026");
    case PendingAction::AddUser:
        return tr("Adding user\u2026");
    case PendingAction::RemoveUser:
        return tr("Removing user\u2026");
    case PendingAction::None:
        break;
    }
    return {};
}

ChangeAction AccountChange::action() const
{
    switch (m_type) {
    case Type::SetActive:
        return m_wantedActive ? ChangeAction::Reactivate : ChangeAction::Deactivate;
    case Type::Update:
        return ChangeAction::Update;
    case Type::AddUser:
        return ChangeAction::AddUser;
    case Type::RemoveUser:
        return ChangeAction::RemoveUser;
    }
    return ChangeAction::Update;
}

QString AccountChange::actionName(ChangeAction action)
{
    return nameOf(actionNames, action);
}

std::optional<ChangeAction> AccountChange::actionFromName(const QString &name)
{
    return valueNamed(actionNames, name);
}

AccountChange::Request AccountChange::request() const
{
    switch (m_type) {
    case Type::SetActive:
        return { "POST"_ba, m_wantedActive ? u"/reactivate"_s : u"/deactivate"_s, {} };
    case Type::Update: {
        // Only the fields that change are sent; metadata replaces the whole object, and
        // null clears it (the contract's way to remove the last key).
        QJsonObject body;
        if (m_after.name)
            body.insert(QString(accountKindInfo(kind()).nameField), *m_after.name);
        if (m_after.metadata) {
            QJsonObject metadata;
            for (const auto &[key, value] : *m_after.metadata)
                metadata.insert(key, value);
            body.insert(u"metadata"_s, m_after.metadata->isEmpty() ? QJsonValue(QJsonValue::Null) : metadata);
        }
        return { "PATCH"_ba, QString(), QJsonDocument(body).toJson(QJsonDocument::Compact) };
    }
    case Type::AddUser:
    case Type::RemoveUser: {
        const QByteArray body = QJsonDocument(QJsonObject { { u"userId"_s, m_userId } }).toJson(QJsonDocument::Compact);
        return { m_type == Type::AddUser ? "POST"_ba : "DELETE"_ba, u"/users"_s, body };
    }
    }
    return {};
}

AccountChange::Answer AccountChange::readAnswer(const QByteArray &body) const
{
    Answer answer;
    if (answerCarriesAccount()) {
        AccountReadResult result = PageReader::readAccount(kind(), body);
        if (!result.ok()) {
            answer.problem = result.error->message;
        } else if (result.batch.text(result.batch.record(0).id) != m_id.toString().toUtf8()) {
            answer.problem = tr("The server answered with account %1 instead of %2.")
                                 .arg(result.batch.string(result.batch.record(0).id).left(64), m_id.toString());
        } else {
            answer.isAccepted = true;
            answer.account = std::move(result.batch);
        }
        return answer;
    }
    // {"success": bool, "message": string (optional)}: small and rare, so QJsonDocument.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue success = document.object().value(u"success"_s);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !success.isBool()) {
        answer.problem = tr("The server's answer has no \u201csuccess\u201d field.");
        return answer;
    }
    answer.isAccepted = success.toBool();
    if (!answer.isAccepted) {
        const QString message = document.object().value(u"message"_s).toString().left(300);
        answer.problem = message.isEmpty() ? tr("The server answered that it did not make the change.") : message;
    }
    return answer;
}

std::optional<bool> AccountChange::isDoneIn(const Account &server) const
{
    switch (m_type) {
    case Type::SetActive:
        return server.isActive == m_wantedActive;
    case Type::Update:
        return (!m_after.name || server.name == *m_after.name)
            && (!m_after.metadata || sameMetadata(server.metadata, *m_after.metadata));
    case Type::AddUser:
    case Type::RemoveUser: {
        // There is no call that lists a customer's users: only the count can tell, and only
        // when nobody else changed it meanwhile.
        if (!m_userCountBefore)
            return std::nullopt;
        const qint64 done = *m_userCountBefore + (m_type == Type::AddUser ? 1 : -1);
        if (server.userCount == done)
            return true;
        if (server.userCount == *m_userCountBefore)
            return false;
        return std::nullopt;
    }
    }
    return std::nullopt;
}

bool AccountChange::hasExpectation() const
{
    switch (m_type) {
    case Type::SetActive:
        return m_expectedActive.has_value();
    case Type::Update:
        return !m_before.isEmpty();
    case Type::AddUser:
    case Type::RemoveUser:
        return m_expectedUserCount.has_value();
    }
    return false;
}

bool AccountChange::expectsIn(const Account &server) const
{
    switch (m_type) {
    case Type::SetActive:
        return !m_expectedActive || server.isActive == *m_expectedActive;
    case Type::Update:
        return (!m_before.name || server.name == *m_before.name)
            && (!m_before.metadata || sameMetadata(server.metadata, *m_before.metadata));
    case Type::AddUser:
    case Type::RemoveUser:
        return !m_expectedUserCount || server.userCount == *m_expectedUserCount;
    }
    return true;
}

QString AccountChange::expectationMismatch(const Account &server) const
{
    switch (m_type) {
    case Type::SetActive:
        return server.isActive ? tr("The account is active on the server now.")
                               : tr("The account is inactive on the server now.");
    case Type::Update: {
        QStringList changed;
        if (m_before.name && server.name != *m_before.name)
            changed.append(tr("the name is %1").arg(quoted(server.name)));
        if (m_before.metadata && !sameMetadata(server.metadata, *m_before.metadata))
            changed.append(tr("the metadata differs: %1").arg(metadataDiff(*m_before.metadata, server.metadata, true)));
        return tr("Someone changed the account since: %1.").arg(changed.join(u"; "_s));
    }
    case Type::AddUser:
    case Type::RemoveUser:
        return tr("The account has %n user(s) on the server now.", nullptr, int(server.userCount));
    }
    return {};
}

bool AccountChange::coalescesWith(const AccountChange &newer) const
{
    return m_type == Type::SetActive && newer.m_type == Type::SetActive && m_id == newer.m_id && !m_expectedActive
        && !newer.m_expectedActive;
}

QString AccountChange::describe() const
{
    switch (m_type) {
    case Type::SetActive:
        return m_wantedActive ? tr("Reactivate") : tr("Deactivate");
    case Type::Update: {
        QStringList parts;
        if (m_after.name) {
            parts.append(m_before.name ? tr("name: %1 \u2192 %2").arg(quoted(*m_before.name), quoted(*m_after.name))
                                       : tr("name: %1").arg(quoted(*m_after.name)));
        }
        if (m_after.metadata) {
            const QString diff = metadataDiff(m_before.metadata.value_or(MetadataPairs()), *m_after.metadata);
            parts.append(tr("metadata: %1").arg(diff.isEmpty() ? tr("unchanged") : diff));
        }
        return parts.join(u"; "_s);
    }
    case Type::AddUser:
        return tr("Add user %1").arg(m_userId);
    case Type::RemoveUser:
        return tr("Remove user %1").arg(m_userId);
    }
    return {};
}

AccountChange AccountChange::inverse() const
{
    AccountChange inverse = *this;
    switch (m_type) {
    case Type::SetActive:
        inverse.m_wantedActive = !m_wantedActive;
        inverse.m_expectedActive = m_wantedActive;
        break;
    case Type::Update:
        inverse.m_before = m_after;
        inverse.m_after = m_before;
        break;
    case Type::AddUser:
    case Type::RemoveUser:
        inverse.m_type = m_type == Type::AddUser ? Type::RemoveUser : Type::AddUser;
        if (m_userCountBefore) {
            const qint64 after = *m_userCountBefore + (m_type == Type::AddUser ? 1 : -1);
            inverse.m_userCountBefore = after;
            inverse.m_expectedUserCount = after;
        }
        break;
    }
    return inverse;
}

QString AccountChange::typeName(Type type)
{
    static constexpr EnumName<Type> typeNames[] = { { Type::SetActive, u"setActive" }, { Type::Update, u"update" },
        { Type::AddUser, u"addUser" }, { Type::RemoveUser, u"removeUser" } };
    return nameOf(typeNames, type);
}

QJsonObject AccountChange::toJson() const
{
    QJsonObject object { { u"type"_s, typeName(m_type) } };
    switch (m_type) {
    case Type::SetActive:
        object.insert(u"active"_s, m_wantedActive);
        if (m_expectedActive)
            object.insert(u"expectedActive"_s, *m_expectedActive);
        break;
    case Type::Update:
        object.insert(u"before"_s, fieldsJson(m_before));
        object.insert(u"after"_s, fieldsJson(m_after));
        break;
    case Type::AddUser:
    case Type::RemoveUser:
        object.insert(u"userId"_s, m_userId);
        if (m_userCountBefore)
            object.insert(u"userCountBefore"_s, double(*m_userCountBefore));
        if (m_expectedUserCount)
            object.insert(u"expectedUserCount"_s, double(*m_expectedUserCount));
        break;
    }
    return object;
}

AccountChange AccountChange::fromJson(const AccountId &id, const QJsonObject &object)
{
    const QString type = object.value(u"type"_s).toString();
    if (type == typeName(Type::SetActive) && object.value(u"active"_s).isBool()) {
        AccountChange change = setActive(id, object.value(u"active"_s).toBool());
        if (object.value(u"expectedActive"_s).isBool())
            change.m_expectedActive = object.value(u"expectedActive"_s).toBool();
        return change;
    }
    if (type == typeName(Type::Update)) {
        const std::optional<AccountFields> before = fieldsFromJson(object.value(u"before"_s));
        const std::optional<AccountFields> after = fieldsFromJson(object.value(u"after"_s));
        if (before && after && !after->isEmpty())
            return update(id, *before, *after);
        return {};
    }
    if ((type == typeName(Type::AddUser) || type == typeName(Type::RemoveUser))
        && isValidUserId(QStringView(object.value(u"userId"_s).toString()))) {
        std::optional<qint64> countBefore;
        if (object.value(u"userCountBefore"_s).isDouble())
            countBefore = qint64(object.value(u"userCountBefore"_s).toDouble());
        AccountChange change = type == typeName(Type::AddUser)
            ? addUser(id, object.value(u"userId"_s).toString(), countBefore)
            : removeUser(id, object.value(u"userId"_s).toString(), countBefore);
        if (object.value(u"expectedUserCount"_s).isDouble())
            change.m_expectedUserCount = qint64(object.value(u"expectedUserCount"_s).toDouble());
        return change;
    }
    return {};
}

bool operator==(const AccountChange &a, const AccountChange &b)
{
    return a.m_type == b.m_type && a.m_id == b.m_id && a.m_reason == b.m_reason && a.m_wantedActive == b.m_wantedActive
        && a.m_expectedActive == b.m_expectedActive && a.m_before == b.m_before && a.m_after == b.m_after
        && a.m_userId == b.m_userId && a.m_userCountBefore == b.m_userCountBefore
        && a.m_expectedUserCount == b.m_expectedUserCount;
}
