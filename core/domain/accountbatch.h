// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QMetaType>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>

#include "core/domain/account.h"
#include "core/domain/accountkind.h"
#include "core/domain/utf8.h"

// Accounts in a compact form: all text as UTF-8 in one growing arena, metadata keys
// interned, timestamps as integers. At 100,000 accounts a QString per field would cost
// several times the JSON it came from; this costs about the same.
//
// A batch is what the page reader makes from one page and what AccountStore keeps all
// loaded rows in, so a page moves into the store by copying three arrays.

/// A run of UTF-8 bytes in a batch's text arena.
struct TextSpan
{
    quint32 offset = 0;
    quint32 size = 0;
};

/// Marks a timestamp the server sent as null.
inline constexpr qint64 nullTimestamp = std::numeric_limits<qint64>::min();

struct AccountRecord
{
    enum Flag : quint8
    {
        IsActive = 1 << 0,
        HasCreatedByApiKeyId = 1 << 1,
        HasCreatedByUserId = 1 << 2, // present and not null
    };

    TextSpan id;
    TextSpan name;
    TextSpan createdByApiKeyId;
    TextSpan createdByUserId;
    qint64 createdAtMs = nullTimestamp; // milliseconds since the epoch, UTC
    qint64 updatedAtMs = nullTimestamp;
    qint64 userCount = 0;
    quint32 firstMetadata = 0; // index of its first entry in metadataEntries()
    quint8 metadataCount = 0; // the API allows at most 50 pairs
    quint8 flags = 0;

    bool isActive() const { return flags & IsActive; }
    bool hasCreatedByApiKeyId() const { return flags & HasCreatedByApiKeyId; }
    bool hasCreatedByUserId() const { return flags & HasCreatedByUserId; }
};

struct MetadataEntry
{
    quint32 key = 0; // index into the batch's interned keys
    TextSpan value;
};

class AccountBatch
{
public:
    explicit AccountBatch(AccountKind kind = AccountKind::ExpressCustomer);
    // Copies share the rows; declared so that a moved-from batch is still a valid empty-or-shared one.
    AccountBatch(const AccountBatch &) = default;
    AccountBatch &operator=(const AccountBatch &) = default;
    ~AccountBatch() = default;

    AccountKind kind() const { return m_kind; }
    qsizetype size() const { return qsizetype(d->records.size()); }
    bool isEmpty() const { return d->records.empty(); }
    void clear();
    void reserve(qsizetype accounts, qsizetype textBytes);
    /// reserve() for a batch filled at once and kept (a snapshot being read), with room for
    /// `metadataEntries` pairs, in huge pages where the system offers them. Not for a batch
    /// that grows page by page: there, huge pages made each growth slower (the kernel
    /// compacts memory to find them), and the load's longest stall went from 21 to 47 ms.
    void reserveAtOnce(qsizetype accounts, qsizetype textBytes, qsizetype metadataEntries);

    // Building. A reader appends the texts and metadata entries of one account, then its record.
    /// Copies UTF-8 bytes into the arena and returns where they are.
    TextSpan appendText(QByteArrayView utf8);
    /// The index of a metadata key, adding it on first sight.
    quint32 internMetadataKey(QByteArrayView utf8);
    /// Adds one metadata entry; an account's entries are contiguous and precede its record.
    void appendMetadataEntry(quint32 key, TextSpan value);
    quint32 metadataEntryCount() const { return quint32(d->metadata.size()); }
    void appendRecord(const AccountRecord &record);
    /// Encodes a whole Account value (tests, single-account responses).
    void append(const Account &account);
    /// Appends every row of another batch of the same kind.
    void append(const AccountBatch &other);
    /// Appends row `sourceRow` of another batch of the same kind.
    void appendRow(const AccountBatch &source, qsizetype sourceRow);
    /// Overwrites one row with row `sourceRow` of another batch. The old text stays in
    /// the arena until the next clear(): replacements are rare next to loads.
    void replace(qsizetype row, const AccountBatch &source, qsizetype sourceRow);
    /// Sets or clears the active flag alone, e.g. to roll back a change shown early.
    void setActive(qsizetype row, bool isActive);
    /// Copies now what this batch shares with another, so that no later write copies
    /// megabytes on the thread that writes.
    void detach();

    // Reading.
    const AccountRecord &record(qsizetype row) const { return d->records[size_t(row)]; }
    QByteArrayView text(TextSpan span) const { return QByteArrayView(d->text.constData() + span.offset, span.size); }
    QString string(TextSpan span) const { return decodeUtf8(text(span)); }
    const MetadataEntry &metadataEntry(quint32 index) const { return d->metadata[index]; }
    QByteArrayView metadataKey(quint32 key) const { return text(d->keys[key]); }
    qsizetype metadataKeyCount() const { return qsizetype(d->keys.size()); }
    /// Decodes one row into a value.
    Account account(qsizetype row) const;
    /// True when row `row` here and row `otherRow` of `other` hold the same account in every
    /// field the server sends (metadata in the same order).
    bool isSameAccount(qsizetype row, const AccountBatch &other, qsizetype otherRow) const;
    /// The text arena's size in bytes, for memory accounting.
    qsizetype textBytes() const { return d->text.size(); }

private:
    TextSpan copySpan(const AccountBatch &source, TextSpan span);
    AccountRecord copyRecord(const AccountBatch &source, const AccountRecord &record);

    // Shared between copies until one of them writes, as Qt's containers are: a copy of
    // 100,000 rows for a pool thread (a snapshot to write, a listing to compare) costs nothing
    // on the GUI thread. A write to a shared batch copies all of it, the arena included.
    struct Rows : QSharedData
    {
        Rows() = default;
        Rows(const Rows &other);
        Rows &operator=(const Rows &) = delete;

        QByteArray text;
        std::vector<AccountRecord> records;
        std::vector<MetadataEntry> metadata;
        std::vector<TextSpan> keys;
        QHash<QByteArray, quint32> keyIndex;
    };

    AccountKind m_kind;
    QSharedDataPointer<Rows> d;
};

Q_DECLARE_METATYPE(AccountBatch)
