// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchchecks.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "core/domain/accountid.h"
#include "core/domain/timestamp.h"
#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/utf8check.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr int maxMetadataPairs = 50;
constexpr qsizetype maxMetadataKeyLength = 100;
constexpr qsizetype maxMetadataValueLength = 1000;

// Code points of text already checked with isValidUtf8: its bytes that are not continuation
// bytes. Not through QString::fromUtf8, which would drop a leading U+FEFF from the count.
qsizetype codePoints(QByteArrayView utf8)
{
    return std::count_if(
        utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

bool startsWithByteOrderMark(QByteArrayView utf8)
{
    return utf8.startsWith("\xEF\xBB\xBF");
}

// The decoded text says exactly what the bytes say. Finding: QString::fromUtf8 drops a
// leading U+FEFF, so AccountBatch::string() loses it; AVARA_FUZZ_KNOWN_ISSUES=leading-bom
// looks past that until it is fixed.
bool decodesExactly(QByteArrayView utf8, const QString &decoded)
{
    if (decoded.toUtf8() == utf8)
        return true;
    return isKnownIssue("leading-bom") && startsWithByteOrderMark(utf8);
}

// A stored timestamp must print and parse back to itself (inside the printable years).
void checkTimestamp(qint64 ms)
{
    if (ms == nullTimestamp)
        return;
    const QByteArray text = formatRfc3339(ms);
    if (text.isEmpty())
        return;
    const std::optional<qint64> back = parseRfc3339Ms(text);
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(*back == ms);
}

void checkRow(const AccountBatch &batch, qsizetype row)
{
    const AccountRecord &record = batch.record(row);
    const QByteArrayView id = batch.text(record.id);
    const QByteArrayView name = batch.text(record.name);
    FUZZ_CHECK(isValidAccountId(batch.kind(), id));
    FUZZ_CHECK(!name.isEmpty());
    FUZZ_CHECK(isValidUtf8(name));
    FUZZ_CHECK(record.userCount >= 0);
    FUZZ_CHECK(record.metadataCount <= maxMetadataPairs);
    FUZZ_CHECK(quint64(record.firstMetadata) + record.metadataCount <= batch.metadataEntryCount());
    if (record.hasCreatedByApiKeyId())
        FUZZ_CHECK(isValidUuid(batch.text(record.createdByApiKeyId)));
    if (record.hasCreatedByUserId())
        FUZZ_CHECK(isValidUtf8(batch.text(record.createdByUserId)));
    checkTimestamp(record.createdAtMs);
    checkTimestamp(record.updatedAtMs);

    QSet<quint32> keys;
    for (quint32 i = 0; i < record.metadataCount; ++i) {
        const MetadataEntry &entry = batch.metadataEntry(record.firstMetadata + i);
        FUZZ_CHECK(qsizetype(entry.key) < batch.metadataKeyCount());
        FUZZ_CHECK(!keys.contains(entry.key));
        keys.insert(entry.key);
        const QByteArrayView key = batch.metadataKey(entry.key);
        const QByteArrayView value = batch.text(entry.value);
        FUZZ_CHECK(isValidUtf8(key));
        FUZZ_CHECK(isValidUtf8(value));
        FUZZ_CHECK(codePoints(key) <= maxMetadataKeyLength);
        FUZZ_CHECK(codePoints(value) <= maxMetadataValueLength);
    }

    // Decoding to a value and encoding it again must lose nothing, byte for byte.
    const Account account = batch.account(row);
    FUZZ_CHECK(account.kind == batch.kind());
    FUZZ_CHECK(decodesExactly(id, account.id));
    FUZZ_CHECK(decodesExactly(name, account.name));
    FUZZ_CHECK(!account.name.isEmpty() || isKnownIssue("leading-bom"));
    if (record.hasCreatedByApiKeyId())
        FUZZ_CHECK(decodesExactly(batch.text(record.createdByApiKeyId), *account.createdByApiKeyId));
    if (record.hasCreatedByUserId())
        FUZZ_CHECK(decodesExactly(batch.text(record.createdByUserId), *account.createdByUserId));
    FUZZ_CHECK(account.createdByApiKeyId.has_value() == record.hasCreatedByApiKeyId());
    FUZZ_CHECK(account.createdByUserId.has_value() == record.hasCreatedByUserId());
    FUZZ_CHECK(account.userCount == record.userCount);
    FUZZ_CHECK(account.isActive == record.isActive());
    FUZZ_CHECK(account.createdAt.isValid() == (record.createdAtMs != nullTimestamp));
    FUZZ_CHECK(account.updatedAt.isValid() == (record.updatedAtMs != nullTimestamp));
    FUZZ_CHECK(account.metadata.size() == record.metadataCount);
    for (quint32 i = 0; i < record.metadataCount; ++i) {
        const MetadataEntry &entry = batch.metadataEntry(record.firstMetadata + i);
        FUZZ_CHECK(decodesExactly(batch.metadataKey(entry.key), account.metadata.at(i).first));
        FUZZ_CHECK(decodesExactly(batch.text(entry.value), account.metadata.at(i).second));
    }
    AccountBatch again(batch.kind());
    again.append(account);
    FUZZ_CHECK(again.size() == 1);
    FUZZ_CHECK(again.account(0) == account);
    const AccountRecord &copy = again.record(0);
    FUZZ_CHECK(copy.createdAtMs == record.createdAtMs);
    FUZZ_CHECK(copy.updatedAtMs == record.updatedAtMs);
    FUZZ_CHECK(copy.flags == record.flags);
}

// The bytes the reader stored, compared with Qt's reading of the same JSON string. Qt's
// JSON parser drops a leading U+FEFF written raw (not as \ufeff), so that one may be missing.
bool sameText(const QJsonValue &value, const AccountBatch &batch, TextSpan span)
{
    if (!value.isString())
        return false;
    const QByteArray qtBytes = value.toString().toUtf8();
    const QByteArrayView bytes = batch.text(span);
    return qtBytes == bytes || (startsWithByteOrderMark(bytes) && qtBytes == bytes.sliced(3));
}

// An object's pairs, found by walking it. Not QJsonObject::value(): Qt 6.4 keeps a key
// written raw as UTF-8 and one with an escape as UTF-16, and sorts and searches them by
// different orders, so beside an escaped key from U+E000 to U+FFFF a raw key beyond U+FFFF
// is there but not found (tests/fuzz/regressions/pagereader/qt-json-key-order.json).
// A key that decodes like another (one of them with a leading U+FEFF) is left out.
QHash<QString, QJsonValue> pairsOf(const QJsonObject &object)
{
    QHash<QString, QJsonValue> pairs;
    QSet<QString> twice;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (pairs.contains(it.key()))
            twice.insert(it.key());
        pairs.insert(it.key(), it.value());
    }
    for (const QString &key : std::as_const(twice))
        pairs.remove(key);
    return pairs;
}

Account withSortedMetadata(Account account)
{
    std::sort(account.metadata.begin(), account.metadata.end());
    return account;
}
} // namespace

void checkBatchInvariants(const AccountBatch &batch, AccountKind kind)
{
    FUZZ_CHECK(batch.kind() == kind);
    for (qsizetype row = 0; row < batch.size(); ++row)
        checkRow(batch, row);

    // The store's way of taking a page: copying rows between batches.
    AccountBatch copy(kind);
    copy.append(batch);
    FUZZ_CHECK(sameAccounts(batch, copy));
    if (!batch.isEmpty()) {
        const qsizetype last = batch.size() - 1;
        copy.replace(0, batch, last);
        FUZZ_CHECK(copy.account(0) == batch.account(last));
    }
}

void checkRefusal(const AccountBatch &batch, AccountKind kind, const ReadError &error)
{
    FUZZ_CHECK(batch.kind() == kind);
    FUZZ_CHECK(batch.isEmpty());
    FUZZ_CHECK(batch.textBytes() == 0);
    FUZZ_CHECK(batch.metadataEntryCount() == 0);
    FUZZ_CHECK(batch.metadataKeyCount() == 0);
    FUZZ_CHECK(!error.message.isEmpty());
    if (!error.field.isEmpty())
        FUZZ_CHECK(error.message.startsWith(error.field + u": "_s));
    // The message quotes at most a short piece of the input, whatever its size.
    FUZZ_CHECK(error.message.size() < 300);
    // Finding: a long metadata key is shortened to 24 UTF-16 units for the message, which
    // may keep half of a surrogate pair; AVARA_FUZZ_KNOWN_ISSUES=cut-surrogate looks past it.
    if (!isKnownIssue("cut-surrogate")) {
        FUZZ_CHECK(QStringView(error.field).isValidUtf16());
        FUZZ_CHECK(QStringView(error.message).isValidUtf16());
    }
}

void checkAgainstQtJson(const AccountBatch &batch, QByteArrayView json, QLatin1StringView listField)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    // simdjson accepted the document, so a conforming parser must too.
    FUZZ_CHECK(parseError.error == QJsonParseError::NoError);
    FUZZ_CHECK(document.isObject());
    QJsonArray accounts;
    if (listField.isEmpty())
        accounts.append(document.object());
    else
        accounts = document.object().value(listField).toArray();
    FUZZ_CHECK(accounts.size() == batch.size());

    const AccountKindInfo &info = accountKindInfo(batch.kind());
    for (qsizetype row = 0; row < batch.size(); ++row) {
        const AccountRecord &record = batch.record(row);
        const QJsonObject object = accounts.at(row).toObject();
        FUZZ_CHECK(sameText(object.value(info.idField), batch, record.id));
        FUZZ_CHECK(sameText(object.value(info.nameField), batch, record.name));
        FUZZ_CHECK(object.value("isActive"_L1).toBool(!record.isActive()) == record.isActive());
        FUZZ_CHECK(object.value("userCount"_L1).toInteger(-1) == record.userCount);
        for (const auto &[field, ms] :
            { std::pair { "createdAt"_L1, record.createdAtMs }, std::pair { "updatedAt"_L1, record.updatedAtMs } }) {
            const QJsonValue value = object.value(field);
            if (ms == nullTimestamp)
                FUZZ_CHECK(value.isNull());
            else
                FUZZ_CHECK(parseRfc3339Ms(value.toString().toUtf8()) == ms);
        }
        const QJsonValue apiKeyId = object.value("createdByApiKeyId"_L1);
        FUZZ_CHECK(record.hasCreatedByApiKeyId() == apiKeyId.isString());
        if (apiKeyId.isString())
            FUZZ_CHECK(sameText(apiKeyId, batch, record.createdByApiKeyId));
        const QJsonValue userId = object.value("createdByUserId"_L1);
        FUZZ_CHECK(record.hasCreatedByUserId() == userId.isString());
        if (userId.isString())
            FUZZ_CHECK(sameText(userId, batch, record.createdByUserId));

        // QJsonObject sorts its keys, so the pairs are compared as a map. Keys go through
        // Qt's decoding, which is exact for validated UTF-8 except for a leading U+FEFF,
        // which fromUtf8 drops: such a key is not compared, and when one is present another
        // key may have become its twin (pairsOf() leaves both out).
        const QJsonObject metadata = object.value("metadata"_L1).toObject();
        const QHash<QString, QJsonValue> qtPairs = pairsOf(metadata);
        bool keyWithByteOrderMark = false;
        for (quint32 i = 0; i < record.metadataCount; ++i) {
            const MetadataEntry &entry = batch.metadataEntry(record.firstMetadata + i);
            keyWithByteOrderMark |= startsWithByteOrderMark(batch.metadataKey(entry.key));
        }
        for (quint32 i = 0; i < record.metadataCount; ++i) {
            const MetadataEntry &entry = batch.metadataEntry(record.firstMetadata + i);
            const QByteArrayView keyBytes = batch.metadataKey(entry.key);
            if (startsWithByteOrderMark(keyBytes))
                continue;
            const auto qtValue = qtPairs.constFind(QString::fromUtf8(keyBytes));
            if (qtValue == qtPairs.constEnd())
                FUZZ_CHECK(keyWithByteOrderMark);
            else
                FUZZ_CHECK(sameText(*qtValue, batch, entry.value));
        }
        if (!keyWithByteOrderMark)
            FUZZ_CHECK(metadata.size() == record.metadataCount);
    }
}

bool sameAccountIgnoringMetadataOrder(const Account &a, const Account &b)
{
    return withSortedMetadata(a) == withSortedMetadata(b);
}

bool sameAccounts(const AccountBatch &a, const AccountBatch &b)
{
    if (a.kind() != b.kind() || a.size() != b.size())
        return false;
    for (qsizetype row = 0; row < a.size(); ++row) {
        if (a.account(row) != b.account(row))
            return false;
    }
    return true;
}
