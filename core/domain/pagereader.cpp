// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagereader.h"

#include <simdjson.h>
#include <string_view>

#include "core/domain/accountid.h"
#include "core/domain/timestamp.h"
#include "core/domain/utf8.h"

using namespace Qt::StringLiterals;
namespace dom = simdjson::dom;

namespace
{
constexpr int maxMetadataPairs = 50;
constexpr qsizetype maxMetadataKeyLength = 100;
constexpr qsizetype maxMetadataValueLength = 1000;

std::string_view view(QLatin1StringView text)
{
    return { text.data(), size_t(text.size()) };
}

QByteArrayView bytes(std::string_view text)
{
    return { text.data(), qsizetype(text.size()) };
}

// Code points in valid UTF-8 (simdjson has validated it): every byte that is not a continuation byte.
qsizetype codePointCount(std::string_view utf8)
{
    qsizetype count = 0;
    for (const char c : utf8)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

bool exceedsLength(std::string_view utf8, qsizetype maxCodePoints)
{
    // A code point takes at least one byte, so short strings need no counting.
    return qsizetype(utf8.size()) > maxCodePoints && codePointCount(utf8) > maxCodePoints;
}

// A metadata key as it appears in an error path, shortened: the key itself may be the problem.
QString quotedKey(std::string_view key)
{
    constexpr qsizetype shown = 24;
    QString text = decodeUtf8(bytes(key));
    if (text.size() > shown)
        text = leftWithoutSplittingPairs(text, shown) + u"..."_s;
    return u"[\""_s + text + u"\"]"_s;
}

// The per-thread parser keeps its buffers between pages, so a page costs no allocation
// once the first of its size has been read. Its padded input copy is what simdjson needs.
dom::parser &threadParser()
{
    thread_local dom::parser parser;
    return parser;
}

class AccountObjectReader
{
public:
    AccountObjectReader(AccountKind kind, AccountBatch &batch)
        : m_info(accountKindInfo(kind))
        , m_kind(kind)
        , m_batch(batch)
    { }

    /// Reads one account object and appends it; `index` is its place in the list, or -1
    /// for a single account. Error paths are built only when there is an error.
    std::optional<ReadError> read(dom::element element, qsizetype index);

private:
    enum Seen : quint32
    {
        SeenId = 1 << 0,
        SeenName = 1 << 1,
        SeenIsActive = 1 << 2,
        SeenUserCount = 1 << 3,
        SeenCreatedAt = 1 << 4,
        SeenUpdatedAt = 1 << 5,
        SeenApiKeyId = 1 << 6,
        SeenUserId = 1 << 7,
        SeenMetadata = 1 << 8,
    };

    std::optional<ReadError> readMetadata(dom::element value, AccountRecord &record);
    // "expressCustomers[3].name" in a page, "name" for a single account.
    QString path(QLatin1StringView field) const;
    ReadError error(QLatin1StringView field, const QString &what) const;

    const AccountKindInfo &m_info;
    AccountKind m_kind;
    AccountBatch &m_batch;
    qsizetype m_index = -1;
};

ReadError fieldError(const QString &field, const QString &what)
{
    return { field, field + u": "_s + what };
}

QString AccountObjectReader::path(QLatin1StringView field) const
{
    if (m_index < 0)
        return field;
    const QString item = QString(m_info.listField) + u'[' + QString::number(m_index) + u']';
    return field.isEmpty() ? item : item + u'.' + field;
}

ReadError AccountObjectReader::error(QLatin1StringView field, const QString &what) const
{
    return fieldError(path(field), what);
}

std::optional<ReadError> AccountObjectReader::read(dom::element element, qsizetype index)
{
    m_index = index;
    dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS) {
        return index < 0 ? ReadError { QString(), u"the response is not a JSON object"_s }
                         : error(QLatin1StringView(), u"expected an account object"_s);
    }

    AccountRecord record;
    quint32 seen = 0;
    // Marks a field as seen; false when it was seen before.
    const auto firstSight = [&seen](Seen bit) {
        const bool first = !(seen & bit);
        seen |= bit;
        return first;
    };
    const auto duplicate = [this](QLatin1StringView name) { return error(name, u"appears more than once"_s); };

    for (const dom::key_value_pair field : object) {
        const std::string_view name = field.key;
        const dom::element value = field.value;
        if (name == view(m_info.idField)) {
            if (!firstSight(SeenId))
                return duplicate(m_info.idField);
            std::string_view id;
            if (value.get_string().get(id) != simdjson::SUCCESS || !isValidAccountId(m_kind, bytes(id)))
                return error(m_info.idField,
                    u"expected an id of the form %1 followed by 32 lowercase hex digits"_s.arg(m_info.idPrefix));
            record.id = m_batch.appendText(bytes(id));
        } else if (name == view(m_info.nameField)) {
            if (!firstSight(SeenName))
                return duplicate(m_info.nameField);
            std::string_view text;
            if (value.get_string().get(text) != simdjson::SUCCESS || text.empty())
                return error(m_info.nameField, u"expected a non-empty string"_s);
            record.name = m_batch.appendText(bytes(text));
        } else if (name == "isActive") {
            if (!firstSight(SeenIsActive))
                return duplicate("isActive"_L1);
            bool isActive = false;
            if (value.get_bool().get(isActive) != simdjson::SUCCESS)
                return error("isActive"_L1, u"expected true or false"_s);
            if (isActive)
                record.flags |= AccountRecord::IsActive;
        } else if (name == "userCount") {
            if (!firstSight(SeenUserCount))
                return duplicate("userCount"_L1);
            // Only integer literals: get_int64 would also refuse 1.0, and a count written as
            // a fraction is not what the schema's "integer" means to a generated server.
            int64_t count = -1;
            if (value.type() != dom::element_type::INT64 || value.get_int64().get(count) != simdjson::SUCCESS
                || count < 0)
                return error("userCount"_L1, u"expected a non-negative integer"_s);
            record.userCount = count;
        } else if (name == "createdAt" || name == "updatedAt") {
            const bool created = name == "createdAt";
            const QLatin1StringView fieldName = created ? "createdAt"_L1 : "updatedAt"_L1;
            if (!firstSight(created ? SeenCreatedAt : SeenUpdatedAt))
                return duplicate(fieldName);
            qint64 &target = created ? record.createdAtMs : record.updatedAtMs;
            if (value.is_null()) {
                target = nullTimestamp;
            } else {
                std::string_view text;
                std::optional<qint64> ms;
                if (value.get_string().get(text) == simdjson::SUCCESS)
                    ms = parseRfc3339Ms(bytes(text));
                if (!ms)
                    return error(fieldName, u"expected an RFC 3339 date-time or null"_s);
                target = *ms;
            }
        } else if (name == "createdByApiKeyId" || name == "createdByUserId") {
            const bool byApiKey = name == "createdByApiKeyId";
            const QLatin1StringView fieldName = byApiKey ? "createdByApiKeyId"_L1 : "createdByUserId"_L1;
            if (!firstSight(byApiKey ? SeenApiKeyId : SeenUserId))
                return duplicate(fieldName);
            if (!value.is_null()) {
                std::string_view text;
                if (value.get_string().get(text) != simdjson::SUCCESS || (byApiKey && !isValidUuid(bytes(text))))
                    return error(fieldName, byApiKey ? u"expected a UUID"_s : u"expected a string or null"_s);
                (byApiKey ? record.createdByApiKeyId : record.createdByUserId) = m_batch.appendText(bytes(text));
                record.flags |= byApiKey ? AccountRecord::HasCreatedByApiKeyId : AccountRecord::HasCreatedByUserId;
            }
        } else if (name == "metadata") {
            if (!firstSight(SeenMetadata))
                return duplicate("metadata"_L1);
            if (auto failure = readMetadata(value, record))
                return failure;
        }
        // Any other key is a field this client does not know yet: ignored, as the API asks.
    }

    const std::pair<Seen, QLatin1StringView> required[] = {
        { SeenId, m_info.idField },
        { SeenName, m_info.nameField },
        { SeenIsActive, "isActive"_L1 },
        { SeenUserCount, "userCount"_L1 },
        { SeenCreatedAt, "createdAt"_L1 },
        { SeenUpdatedAt, "updatedAt"_L1 },
    };
    for (const auto &[bit, name] : required) {
        if (!(seen & bit))
            return error(name, u"is missing"_s);
    }
    m_batch.appendRecord(record);
    return std::nullopt;
}

std::optional<ReadError> AccountObjectReader::readMetadata(dom::element value, AccountRecord &record)
{
    const auto field = [this]() { return path("metadata"_L1); };
    record.firstMetadata = m_batch.metadataEntryCount();
    record.metadataCount = 0;
    if (value.is_null())
        return std::nullopt;
    dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS)
        return fieldError(field(), u"expected an object of strings"_s);
    if (object.size() > maxMetadataPairs)
        return fieldError(field(), u"has more than %1 pairs"_s.arg(maxMetadataPairs));

    std::string_view keys[maxMetadataPairs];
    int count = 0;
    for (const dom::key_value_pair pair : object) {
        const std::string_view key = pair.key;
        if (exceedsLength(key, maxMetadataKeyLength))
            return fieldError(
                field() + quotedKey(key), u"key is longer than %1 characters"_s.arg(maxMetadataKeyLength));
        for (int i = 0; i < count; ++i) {
            if (keys[i] == key)
                return fieldError(field() + quotedKey(key), u"appears more than once"_s);
        }
        std::string_view text;
        if (pair.value.get_string().get(text) != simdjson::SUCCESS)
            return fieldError(field() + quotedKey(key), u"expected a string"_s);
        if (exceedsLength(text, maxMetadataValueLength))
            return fieldError(
                field() + quotedKey(key), u"value is longer than %1 characters"_s.arg(maxMetadataValueLength));
        keys[count++] = key;
        m_batch.appendMetadataEntry(m_batch.internMetadataKey(bytes(key)), m_batch.appendText(bytes(text)));
    }
    record.metadataCount = quint8(count);
    return std::nullopt;
}

// Parses the whole document; the error names what is wrong with it as a whole.
std::optional<ReadError> parseDocument(QByteArrayView json, dom::element &root)
{
    // Also keeps a null pointer away from simdjson's memcpy.
    if (json.isEmpty())
        return ReadError { QString(), u"the response is empty"_s };
    const simdjson::error_code code = threadParser().parse(json.data(), size_t(json.size())).get(root);
    if (code == simdjson::SUCCESS)
        return std::nullopt;
    if (code == simdjson::UTF8_ERROR)
        return ReadError { QString(), u"the response is not valid UTF-8"_s };
    if (code == simdjson::EMPTY)
        return ReadError { QString(), u"the response is empty"_s };
    return ReadError { QString(),
        u"the response is not valid JSON (%1)"_s.arg(QString::fromUtf8(simdjson::error_message(code))) };
}
} // namespace

PageReadResult PageReader::readPage(AccountKind kind, QByteArrayView json)
{
    PageReadResult result { AccountBatch(kind), false, QString(), std::nullopt };
    const auto fail = [&result, kind](ReadError error) {
        result.batch = AccountBatch(kind);
        result.hasMore = false;
        result.cursor.clear();
        result.error = std::move(error);
        return result;
    };

    dom::element root;
    if (auto error = parseDocument(json, root))
        return fail(*error);
    dom::object page;
    if (root.get_object().get(page) != simdjson::SUCCESS)
        return fail({ QString(), u"the response is not a JSON object"_s });

    const AccountKindInfo &info = accountKindInfo(kind);
    const QString listField = info.listField;
    bool seenList = false;
    bool seenHasMore = false;
    bool seenCursor = false;
    AccountObjectReader reader(kind, result.batch);
    for (const dom::key_value_pair field : page) {
        const std::string_view name = field.key;
        if (name == view(info.listField)) {
            if (seenList)
                return fail(fieldError(listField, u"appears more than once"_s));
            seenList = true;
            dom::array accounts;
            if (field.value.get_array().get(accounts) != simdjson::SUCCESS)
                return fail(fieldError(listField, u"expected an array"_s));
            // Names, ids and timestamps strings take about a third of a typical account's JSON.
            result.batch.reserve(qsizetype(accounts.size()), json.size() / 3);
            qsizetype index = 0;
            for (const dom::element account : accounts) {
                if (auto error = reader.read(account, index++))
                    return fail(*error);
            }
        } else if (name == "hasMore") {
            if (seenHasMore)
                return fail(fieldError(u"hasMore"_s, u"appears more than once"_s));
            seenHasMore = true;
            if (!field.value.is_null() && field.value.get_bool().get(result.hasMore) != simdjson::SUCCESS)
                return fail(fieldError(u"hasMore"_s, u"expected true or false"_s));
        } else if (name == "cursor") {
            if (seenCursor)
                return fail(fieldError(u"cursor"_s, u"appears more than once"_s));
            seenCursor = true;
            std::string_view cursor;
            if (!field.value.is_null()) {
                if (field.value.get_string().get(cursor) != simdjson::SUCCESS)
                    return fail(fieldError(u"cursor"_s, u"expected a string"_s));
                result.cursor = decodeUtf8(bytes(cursor));
            }
        }
    }
    if (!seenList)
        return fail(fieldError(listField, u"is missing"_s));
    return result;
}

AccountReadResult PageReader::readAccount(AccountKind kind, QByteArrayView json)
{
    AccountReadResult result { AccountBatch(kind), std::nullopt };
    dom::element root;
    std::optional<ReadError> error = parseDocument(json, root);
    if (!error)
        error = AccountObjectReader(kind, result.batch).read(root, -1);
    if (error) {
        result.batch = AccountBatch(kind);
        result.error = std::move(error);
    }
    return result;
}
