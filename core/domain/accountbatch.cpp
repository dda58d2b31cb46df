// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountbatch.h"

#include "core/domain/largememory.h"

AccountBatch::AccountBatch(AccountKind kind)
    : m_kind(kind)
    , d(new Rows)
{ }

AccountBatch::Rows::Rows(const Rows &other)
    : QSharedData(other)
    , text(other.text)
    , records(other.records)
    , metadata(other.metadata)
    , keys(other.keys)
    , keyIndex(other.keyIndex)
{
    // A copy made to write to is written to soon: its arena and key index are its own now,
    // not when the first text is appended.
    text.detach();
    keyIndex.detach();
}

void AccountBatch::clear()
{
    d->text.clear();
    d->records.clear();
    d->metadata.clear();
    d->keys.clear();
    d->keyIndex.clear();
}

void AccountBatch::reserve(qsizetype accounts, qsizetype textBytes)
{
    d->records.reserve(size_t(accounts));
    d->text.reserve(textBytes);
}

void AccountBatch::reserveAtOnce(qsizetype accounts, qsizetype textBytes, qsizetype metadataEntries)
{
    LargeMemory::reserve(d->records, size_t(accounts));
    LargeMemory::reserve(d->text, textBytes);
    LargeMemory::reserve(d->metadata, size_t(metadataEntries));
}

TextSpan AccountBatch::appendText(QByteArrayView utf8)
{
    const TextSpan span { quint32(d->text.size()), quint32(utf8.size()) };
    d->text.append(utf8);
    return span;
}

quint32 AccountBatch::internMetadataKey(QByteArrayView utf8)
{
    // QByteArray::fromRawData avoids a copy for the lookup; the stored key owns its bytes.
    const QByteArray probe = QByteArray::fromRawData(utf8.data(), utf8.size());
    const auto found = d->keyIndex.constFind(probe);
    if (found != d->keyIndex.constEnd())
        return found.value();
    const auto index = quint32(d->keys.size());
    d->keys.push_back(appendText(utf8));
    d->keyIndex.insert(utf8.toByteArray(), index);
    return index;
}

void AccountBatch::appendMetadataEntry(quint32 key, TextSpan value)
{
    d->metadata.push_back({ key, value });
}

void AccountBatch::appendRecord(const AccountRecord &record)
{
    d->records.push_back(record);
}

void AccountBatch::append(const Account &account)
{
    AccountRecord record;
    record.id = appendText(account.id.toUtf8());
    record.name = appendText(account.name.toUtf8());
    if (account.createdByApiKeyId) {
        record.createdByApiKeyId = appendText(account.createdByApiKeyId->toUtf8());
        record.flags |= AccountRecord::HasCreatedByApiKeyId;
    }
    if (account.createdByUserId) {
        record.createdByUserId = appendText(account.createdByUserId->toUtf8());
        record.flags |= AccountRecord::HasCreatedByUserId;
    }
    if (account.isActive)
        record.flags |= AccountRecord::IsActive;
    record.createdAtMs = account.createdAt.isValid() ? account.createdAt.toMSecsSinceEpoch() : nullTimestamp;
    record.updatedAtMs = account.updatedAt.isValid() ? account.updatedAt.toMSecsSinceEpoch() : nullTimestamp;
    record.userCount = account.userCount;
    record.firstMetadata = metadataEntryCount();
    record.metadataCount = quint8(qMin<qsizetype>(account.metadata.size(), 255));
    for (qsizetype i = 0; i < record.metadataCount; ++i) {
        const auto &[key, value] = account.metadata[i];
        const quint32 keyIndex = internMetadataKey(key.toUtf8());
        appendMetadataEntry(keyIndex, appendText(value.toUtf8()));
    }
    appendRecord(record);
}

TextSpan AccountBatch::copySpan(const AccountBatch &source, TextSpan span)
{
    return appendText(source.text(span));
}

AccountRecord AccountBatch::copyRecord(const AccountBatch &source, const AccountRecord &record)
{
    AccountRecord copy = record;
    copy.id = copySpan(source, record.id);
    copy.name = copySpan(source, record.name);
    if (record.hasCreatedByApiKeyId())
        copy.createdByApiKeyId = copySpan(source, record.createdByApiKeyId);
    if (record.hasCreatedByUserId())
        copy.createdByUserId = copySpan(source, record.createdByUserId);
    copy.firstMetadata = metadataEntryCount();
    for (quint32 i = 0; i < record.metadataCount; ++i) {
        const MetadataEntry &entry = source.metadataEntry(record.firstMetadata + i);
        const quint32 key = internMetadataKey(source.metadataKey(entry.key));
        appendMetadataEntry(key, copySpan(source, entry.value));
    }
    return copy;
}

void AccountBatch::append(const AccountBatch &other)
{
    Q_ASSERT(other.m_kind == m_kind);
    // Reserving exactly what this page needs would copy every earlier record again on every
    // page (quadratic over a load); growing by half keeps appends amortised O(1) while leaving
    // at most a third of the capacity unused.
    const auto grown = [](size_t size, size_t needed) { return needed > size ? qMax(needed, size + size / 2) : size; };
    if (d->records.size() + other.d->records.size() > d->records.capacity())
        d->records.reserve(grown(d->records.capacity(), d->records.size() + other.d->records.size()));
    if (d->metadata.size() + other.d->metadata.size() > d->metadata.capacity())
        d->metadata.reserve(grown(d->metadata.capacity(), d->metadata.size() + other.d->metadata.size()));
    if (d->text.size() + other.d->text.size() > d->text.capacity())
        d->text.reserve(qsizetype(grown(size_t(d->text.capacity()), size_t(d->text.size() + other.d->text.size()))));
    for (const AccountRecord &record : other.d->records)
        d->records.push_back(copyRecord(other, record));
}

void AccountBatch::appendRow(const AccountBatch &source, qsizetype sourceRow)
{
    Q_ASSERT(source.m_kind == m_kind);
    d->records.push_back(copyRecord(source, source.record(sourceRow)));
}

bool AccountBatch::isSameAccount(qsizetype row, const AccountBatch &other, qsizetype otherRow) const
{
    const AccountRecord &mine = record(row);
    const AccountRecord &theirs = other.record(otherRow);
    if (mine.flags != theirs.flags || mine.createdAtMs != theirs.createdAtMs || mine.updatedAtMs != theirs.updatedAtMs
        || mine.userCount != theirs.userCount || mine.metadataCount != theirs.metadataCount
        || text(mine.id) != other.text(theirs.id) || text(mine.name) != other.text(theirs.name))
        return false;
    if (mine.hasCreatedByApiKeyId() && text(mine.createdByApiKeyId) != other.text(theirs.createdByApiKeyId))
        return false;
    if (mine.hasCreatedByUserId() && text(mine.createdByUserId) != other.text(theirs.createdByUserId))
        return false;
    for (quint32 i = 0; i < mine.metadataCount; ++i) {
        const MetadataEntry &a = metadataEntry(mine.firstMetadata + i);
        const MetadataEntry &b = other.metadataEntry(theirs.firstMetadata + i);
        if (text(a.value) != other.text(b.value) || metadataKey(a.key) != other.metadataKey(b.key))
            return false;
    }
    return true;
}

void AccountBatch::replace(qsizetype row, const AccountBatch &source, qsizetype sourceRow)
{
    d->records[size_t(row)] = copyRecord(source, source.record(sourceRow));
}

void AccountBatch::detach()
{
    d.detach();
}

void AccountBatch::setActive(qsizetype row, bool isActive)
{
    auto &flags = d->records[size_t(row)].flags;
    flags = isActive ? (flags | AccountRecord::IsActive) : (flags & ~AccountRecord::IsActive);
}

Account AccountBatch::account(qsizetype row) const
{
    const AccountRecord &r = record(row);
    Account account;
    account.kind = m_kind;
    account.id = string(r.id);
    account.name = string(r.name);
    account.isActive = r.isActive();
    account.userCount = r.userCount;
    if (r.createdAtMs != nullTimestamp)
        account.createdAt = QDateTime::fromMSecsSinceEpoch(r.createdAtMs, Qt::UTC);
    if (r.updatedAtMs != nullTimestamp)
        account.updatedAt = QDateTime::fromMSecsSinceEpoch(r.updatedAtMs, Qt::UTC);
    if (r.hasCreatedByApiKeyId())
        account.createdByApiKeyId = string(r.createdByApiKeyId);
    if (r.hasCreatedByUserId())
        account.createdByUserId = string(r.createdByUserId);
    account.metadata.reserve(r.metadataCount);
    for (quint32 i = 0; i < r.metadataCount; ++i) {
        const MetadataEntry &entry = metadataEntry(r.firstMetadata + i);
        account.metadata.append({ decodeUtf8(metadataKey(entry.key)), string(entry.value) });
    }
    return account;
}
