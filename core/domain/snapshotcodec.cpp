// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotcodec.h"

// The snapshot's format, written and read: the writer and the reader mirror each other field by
// field, and the reader checks every byte it takes from a file that may be truncated or
// hostile. The byte-level pieces (varints, packed hex) are in BinaryFormat.

#include <array>
#include <cstring>
#include <limits>
#include <simdjson.h>

#include "core/domain/accountid.h"
#include "core/domain/binaryformat.h"

using namespace Qt::StringLiterals;
using BinaryFormat::isLowerHex;
using BinaryFormat::Reader;
using BinaryFormat::unzigzag;
using BinaryFormat::Writer;
using BinaryFormat::zigzag;

namespace
{
constexpr char magic[4] = { 'A', 'V', 'S', 'B' };
constexpr int maxMetadataPairs = 50;
constexpr qsizetype maxMetadataKeyLength = 100;
constexpr qsizetype maxMetadataValueLength = 1000;
constexpr qsizetype packedSize = BinaryFormat::packedHexBytes;
constexpr qsizetype prefixLength = 4; // "cus_", "org_", "usr_"
// Flags, id, a name of one byte, userCount and metadata count: no row is shorter, so the
// row count can be checked against the input's size before anything is reserved.
constexpr qsizetype minRowSize = 1 + packedSize + 2 + 1 + 1;
// Any time an RFC 3339 text can name (years 0000 to 9999, offsets up to a day): the page
// reader never stores another, so neither may a snapshot.
constexpr qint64 minTimestamp = -62'167'219'200'000LL - 86'400'000LL;
constexpr qint64 maxTimestamp = 253'402'300'800'000LL + 2 * 86'400'000LL;

enum RowFlag : quint8
{
    RecordFlags = AccountRecord::IsActive | AccountRecord::HasCreatedByApiKeyId | AccountRecord::HasCreatedByUserId,
    CreatedAtNull = 1 << 3,
    UpdatedAtNull = 1 << 4,
    ApiKeyIdPacked = 1 << 5,
    UserIdPacked = 1 << 6,
    UnusedFlags = 1 << 7,
};

// The format's own numbers for the kinds, so reordering the enum never changes a file.
quint8 kindCode(AccountKind kind)
{
    return kind == AccountKind::ExpressCustomer ? 0 : 1;
}

std::optional<AccountKind> kindOfCode(quint8 code)
{
    switch (code) {
    case 0:
        return AccountKind::ExpressCustomer;
    case 1:
        return AccountKind::Organization;
    default:
        return std::nullopt;
    }
}

// The 32 lowercase hex digits of a UUID without its dashes, or empty when it is not one.
QByteArray uuidDigits(QByteArrayView uuid)
{
    if (!isValidUuid(uuid))
        return {};
    QByteArray digits;
    digits.reserve(32);
    for (const char c : uuid) {
        if (c != '-')
            digits.append(c);
    }
    return isLowerHex(digits) ? digits : QByteArray();
}

bool isValidUtf8(QByteArrayView text)
{
    return simdjson::validate_utf8(text.data(), size_t(text.size()));
}

// Code points of valid UTF-8: every byte that is not a continuation byte.
bool exceedsLength(QByteArrayView utf8, qsizetype maxCodePoints)
{
    if (utf8.size() <= maxCodePoints)
        return false;
    qsizetype count = 0;
    for (const char c : utf8)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count > maxCodePoints;
}

// True when `order` names every row of `rows` exactly once.
bool isPermutation(const std::vector<int> &order, qsizetype rows)
{
    if (qsizetype(order.size()) != rows)
        return false;
    std::vector<bool> seen(order.size());
    for (const int row : order) {
        if (row < 0 || row >= rows || seen[size_t(row)])
            return false;
        seen[size_t(row)] = true;
    }
    return true;
}

// Reads the rows; the first failure sets the error and stops.
class RowReader
{
public:
    RowReader(QByteArrayView in, SnapshotCodec::Decoded &result)
        : m_reader(in)
        , m_result(result)
    { }

    bool read();

private:
    bool fail(SnapshotCodec::Error error, const QString &what)
    {
        m_result.error = error;
        m_result.message = m_row < 0 ? u"byte %1: %2"_s.arg(m_reader.position()).arg(what)
                                     : u"byte %1, row %2: %3"_s.arg(m_reader.position()).arg(m_row).arg(what);
        return false;
    }
    bool truncated() { return fail(SnapshotCodec::Error::Truncated, u"the snapshot ends early"_s); }

    bool readVarint(quint64 *value, const QString &field)
    {
        bool tooLong = false;
        if (m_reader.varint(value, &tooLong))
            return true;
        return tooLong ? fail(SnapshotCodec::Error::Malformed, field + u": number longer than 64 bits"_s) : truncated();
    }

    bool readText(QByteArrayView *text, const QString &field)
    {
        quint64 size = 0;
        if (!readVarint(&size, field))
            return false;
        if (size > quint64(m_reader.remaining()))
            return truncated();
        m_reader.bytes(qsizetype(size), text);
        if (!isValidUtf8(*text))
            return fail(SnapshotCodec::Error::Malformed, field + u": not valid UTF-8"_s);
        return true;
    }

    /// readText() of a text at most `maxCodePoints` long, called `what` when it is longer.
    bool readBoundedText(QByteArrayView *text, const QString &field, const QString &what, qsizetype maxCodePoints)
    {
        if (!readText(text, field))
            return false;
        if (exceedsLength(*text, maxCodePoints))
            return fail(SnapshotCodec::Error::Malformed,
                field + u": %1 is longer than %2 characters"_s.arg(what).arg(maxCodePoints));
        return true;
    }

    bool readTimestamp(quint64 base, qint64 *ms, const QString &field)
    {
        quint64 encoded = 0;
        if (!readVarint(&encoded, field))
            return false;
        *ms = qint64(base + unzigzag(encoded));
        if (*ms < minTimestamp || *ms > maxTimestamp)
            return fail(SnapshotCodec::Error::Malformed, field + u": outside the years 0000 to 9999"_s);
        return true;
    }

    bool readRow();
    bool readMetadata(AccountRecord &record);

    Reader m_reader;
    SnapshotCodec::Decoded &m_result;
    QByteArray m_idPrefix; // the kind's, before the 32 hex digits of every id
    qint64 m_previousCreatedAt = 0;
    qsizetype m_row = -1; // the row being read, for messages
};

bool RowReader::read()
{
    QByteArrayView header;
    if (!m_reader.bytes(4, &header) || header != QByteArrayView(magic, 4))
        return fail(SnapshotCodec::Error::NotASnapshot, u"not an account snapshot"_s);
    quint64 version = 0;
    quint64 kindAndReserved = 0;
    quint64 asOf = 0;
    quint64 rows = 0;
    quint64 reserved = 0;
    if (!m_reader.fixed(&version, 2))
        return truncated();
    if (version != SnapshotCodec::version)
        return fail(SnapshotCodec::Error::OtherVersion,
            u"format version %1, not %2"_s.arg(version).arg(SnapshotCodec::version));
    if (!m_reader.fixed(&kindAndReserved, 2) || !m_reader.fixed(&asOf, 8) || !m_reader.fixed(&rows, 4)
        || !m_reader.fixed(&reserved, 4))
        return truncated();
    const std::optional<AccountKind> kind = kindOfCode(quint8(kindAndReserved & 0xFF));
    if (!kind)
        return fail(SnapshotCodec::Error::Malformed, u"unknown account kind %1"_s.arg(kindAndReserved & 0xFF));
    if ((kindAndReserved >> 8) != 0 || reserved != 0)
        return fail(SnapshotCodec::Error::Malformed, u"reserved header bytes are not zero"_s);
    if (rows > SnapshotCodec::maxRows)
        return fail(SnapshotCodec::Error::Malformed, u"%1 rows is more than a snapshot may hold"_s.arg(rows));
    if (qint64(rows) > m_reader.remaining() / minRowSize)
        return truncated();

    m_result.batch = AccountBatch(*kind);
    m_idPrefix = accountKindInfo(*kind).idPrefix.toString().toLatin1();
    m_result.asOfMs = qint64(asOf);
    // Text is roughly the rest of the input; the packed ids grow to 36 bytes each. A metadata
    // pair takes at least two bytes of it (a key reference and a value's length), so a quarter
    // of the rest is room for them all but in a file of empty values; room never written to
    // costs address space, not memory.
    m_result.batch.reserveAtOnce(
        qsizetype(rows), m_reader.remaining() + qsizetype(rows) * 40, m_reader.remaining() / 4);
    for (quint64 row = 0; row < rows; ++row) {
        if (!readRow())
            return false;
    }
    if (m_reader.remaining() != 0)
        return fail(SnapshotCodec::Error::TrailingBytes, u"%1 bytes after the last row"_s.arg(m_reader.remaining()));
    return true;
}

bool RowReader::readRow()
{
    AccountBatch &batch = m_result.batch;
    m_row = batch.size();
    quint8 flags = 0;
    if (!m_reader.byte(&flags))
        return truncated();
    if (flags & UnusedFlags)
        return fail(SnapshotCodec::Error::Malformed, u"unknown flags"_s);
    const bool hasApiKeyId = flags & AccountRecord::HasCreatedByApiKeyId;
    const bool hasUserId = flags & AccountRecord::HasCreatedByUserId;
    if (((flags & ApiKeyIdPacked) && !hasApiKeyId) || ((flags & UserIdPacked) && !hasUserId))
        return fail(SnapshotCodec::Error::Malformed, u"a packed field that is absent"_s);

    AccountRecord record;
    record.flags = flags & RecordFlags;

    // Ids and UUIDs are put together on the stack: 100,000 rows, a few allocations each, were
    // a third of the decoding.
    std::array<char, 64> id {};
    std::memcpy(id.data(), m_idPrefix.constData(), size_t(m_idPrefix.size()));
    if (!m_reader.packedHex(id.data() + m_idPrefix.size()))
        return truncated();
    record.id = batch.appendText(QByteArrayView(id.data(), m_idPrefix.size() + 32));

    QByteArrayView name;
    if (!readText(&name, u"name"_s))
        return false;
    if (name.isEmpty())
        return fail(SnapshotCodec::Error::Malformed, u"name: empty"_s);
    record.name = batch.appendText(name);

    if (hasApiKeyId) {
        if (flags & ApiKeyIdPacked) {
            std::array<char, 32> digits {};
            if (!m_reader.packedHex(digits.data()))
                return truncated();
            std::array<char, 36> uuid {};
            char *out = uuid.data();
            for (int i = 0; i < 32; ++i) {
                if (i == 8 || i == 12 || i == 16 || i == 20)
                    *out++ = '-';
                *out++ = digits[size_t(i)];
            }
            record.createdByApiKeyId = batch.appendText(QByteArrayView(uuid.data(), qsizetype(uuid.size())));
        } else {
            QByteArrayView uuid;
            if (!readText(&uuid, u"createdByApiKeyId"_s))
                return false;
            if (!isValidUuid(uuid))
                return fail(SnapshotCodec::Error::Malformed, u"createdByApiKeyId: not a UUID"_s);
            record.createdByApiKeyId = batch.appendText(uuid);
        }
    }
    if (hasUserId) {
        if (flags & UserIdPacked) {
            std::array<char, 36> userId { 'u', 's', 'r', '_' };
            if (!m_reader.packedHex(userId.data() + 4))
                return truncated();
            record.createdByUserId = batch.appendText(QByteArrayView(userId.data(), qsizetype(userId.size())));
        } else {
            QByteArrayView userId;
            if (!readText(&userId, u"createdByUserId"_s))
                return false;
            record.createdByUserId = batch.appendText(userId);
        }
    }

    if (!(flags & CreatedAtNull)) {
        if (!readTimestamp(quint64(m_previousCreatedAt), &record.createdAtMs, u"createdAt"_s))
            return false;
        m_previousCreatedAt = record.createdAtMs;
    }
    if (!(flags & UpdatedAtNull)) {
        const qint64 base = record.createdAtMs == nullTimestamp ? 0 : record.createdAtMs;
        if (!readTimestamp(quint64(base), &record.updatedAtMs, u"updatedAt"_s))
            return false;
    }

    quint64 userCount = 0;
    if (!readVarint(&userCount, u"userCount"_s))
        return false;
    if (userCount > quint64(std::numeric_limits<qint64>::max()))
        return fail(SnapshotCodec::Error::Malformed, u"userCount: too large"_s);
    record.userCount = qint64(userCount);

    if (!readMetadata(record))
        return false;
    batch.appendRecord(record);
    return true;
}

bool RowReader::readMetadata(AccountRecord &record)
{
    AccountBatch &batch = m_result.batch;
    const QString field = u"metadata"_s;
    quint64 count = 0;
    if (!readVarint(&count, field))
        return false;
    if (count > maxMetadataPairs)
        return fail(SnapshotCodec::Error::Malformed, field + u": more than %1 pairs"_s.arg(maxMetadataPairs));
    record.firstMetadata = batch.metadataEntryCount();
    record.metadataCount = quint8(count);
    std::array<quint32, maxMetadataPairs> keys {};
    for (quint64 i = 0; i < count; ++i) {
        quint64 reference = 0;
        if (!readVarint(&reference, field))
            return false;
        const auto known = quint64(batch.metadataKeyCount());
        if (reference > known)
            return fail(SnapshotCodec::Error::Malformed, field + u": key %1 is not defined"_s.arg(reference));
        quint32 key = quint32(reference);
        if (reference == known) {
            QByteArrayView text;
            if (!readBoundedText(&text, field, u"key"_s, maxMetadataKeyLength))
                return false;
            key = batch.internMetadataKey(text);
            // A key defined twice would shift every later reference.
            if (key != reference)
                return fail(SnapshotCodec::Error::Malformed, field + u": key defined twice"_s);
        }
        for (quint64 k = 0; k < i; ++k) {
            if (keys[k] == key)
                return fail(SnapshotCodec::Error::Malformed, field + u": the same key twice in one account"_s);
        }
        keys[i] = key;
        QByteArrayView value;
        if (!readBoundedText(&value, field, u"value"_s, maxMetadataValueLength))
            return false;
        batch.appendMetadataEntry(key, batch.appendText(value));
    }
    return true;
}
} // namespace

SnapshotCodec::Encoded SnapshotCodec::encode(const AccountBatch &batch, qint64 asOfMs, const std::vector<int> &rowOrder)
{
    Encoded result;
    const auto refuse = [&result](qsizetype row, const QString &what) {
        result.bytes.clear();
        result.error = Error::Unencodable;
        result.message = u"row %1: %2"_s.arg(row).arg(what);
        return result;
    };
    if (quint64(batch.size()) > maxRows)
        return refuse(batch.size(), u"more rows than a snapshot may hold"_s);
    if (!rowOrder.empty() && !isPermutation(rowOrder, batch.size()))
        return refuse(0, u"the order to write the rows in is not an order of every row"_s);

    // Every row takes a little under its text plus its fixed fields.
    Writer out(headerSize + batch.textBytes() + batch.size() * 24);
    for (const char c : magic)
        out.byte(quint8(c));
    out.fixed(version, 2);
    out.byte(kindCode(batch.kind()));
    out.byte(0);
    out.fixed(quint64(asOfMs), 8);
    out.fixed(quint64(batch.size()), 4);
    out.fixed(0, 4);

    const QByteArrayView prefix(accountKindInfo(batch.kind()).idPrefix.data(), prefixLength);
    std::vector<quint32> keyOrder(size_t(batch.metadataKeyCount()), std::numeric_limits<quint32>::max());
    quint32 keysWritten = 0;
    qint64 previousCreatedAt = 0;
    for (qsizetype written = 0; written < batch.size(); ++written) {
        const qsizetype row = rowOrder.empty() ? written : rowOrder[size_t(written)];
        const AccountRecord &record = batch.record(row);
        const QByteArrayView id = batch.text(record.id);
        if (!isValidAccountId(batch.kind(), id))
            return refuse(row, u"not an id of this kind"_s);

        if (record.userCount < 0)
            return refuse(row, u"negative userCount"_s);
        if (record.metadataCount > maxMetadataPairs)
            return refuse(row, u"more than %1 metadata pairs"_s.arg(maxMetadataPairs));
        for (const qint64 ms : { record.createdAtMs, record.updatedAtMs }) {
            if (ms != nullTimestamp && (ms < minTimestamp || ms > maxTimestamp))
                return refuse(row, u"a timestamp outside the years 0000 to 9999"_s);
        }

        quint8 flags = record.flags & RecordFlags;
        QByteArray apiKeyDigits;
        if (record.hasCreatedByApiKeyId()) {
            const QByteArrayView uuid = batch.text(record.createdByApiKeyId);
            if (!isValidUuid(uuid))
                return refuse(row, u"createdByApiKeyId is not a UUID"_s);
            apiKeyDigits = uuidDigits(uuid);
            if (!apiKeyDigits.isEmpty())
                flags |= ApiKeyIdPacked;
        }
        const QByteArrayView userId
            = record.hasCreatedByUserId() ? batch.text(record.createdByUserId) : QByteArrayView();
        if (record.hasCreatedByUserId() && isValidUserId(userId))
            flags |= UserIdPacked;
        if (record.createdAtMs == nullTimestamp)
            flags |= CreatedAtNull;
        if (record.updatedAtMs == nullTimestamp)
            flags |= UpdatedAtNull;

        out.byte(flags);
        out.packedHex(id.sliced(prefixLength));
        out.text(batch.text(record.name));
        if (flags & ApiKeyIdPacked)
            out.packedHex(apiKeyDigits);
        else if (record.hasCreatedByApiKeyId())
            out.text(batch.text(record.createdByApiKeyId));
        if (flags & UserIdPacked)
            out.packedHex(userId.sliced(prefixLength));
        else if (record.hasCreatedByUserId())
            out.text(userId);
        if (record.createdAtMs != nullTimestamp) {
            out.varint(zigzag(quint64(record.createdAtMs) - quint64(previousCreatedAt)));
            previousCreatedAt = record.createdAtMs;
        }
        if (record.updatedAtMs != nullTimestamp) {
            const qint64 base = record.createdAtMs == nullTimestamp ? 0 : record.createdAtMs;
            out.varint(zigzag(quint64(record.updatedAtMs) - quint64(base)));
        }
        out.varint(quint64(record.userCount));
        out.varint(record.metadataCount);
        for (quint32 i = 0; i < record.metadataCount; ++i) {
            const MetadataEntry &entry = batch.metadataEntry(record.firstMetadata + i);
            // The batch's key numbers may have gaps (keys of replaced rows); the snapshot
            // numbers keys by first use, so the reader can intern them in the same order.
            quint32 &reference = keyOrder[entry.key];
            if (reference == std::numeric_limits<quint32>::max()) {
                reference = keysWritten++;
                out.varint(reference);
                out.text(batch.metadataKey(entry.key));
            } else {
                out.varint(reference);
            }
            out.text(batch.text(entry.value));
        }
    }
    result.bytes = out.take();
    return result;
}

SnapshotCodec::Decoded SnapshotCodec::decode(QByteArrayView bytes)
{
    Decoded result;
    RowReader reader(bytes, result);
    if (!reader.read()) {
        const AccountKind kind = result.batch.kind();
        result.batch = AccountBatch(kind);
        result.asOfMs = 0;
    }
    return result;
}
