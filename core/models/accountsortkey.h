// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QVariant>

#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"

// What each column of the account table sorts by, in one place for both of its users:
// AccountTableModel's SortRole returns value(), AccountFilterModel sorts by key(). Both are
// made from the same two readers, number() and text(), chosen by kind(), so they cannot drift;
// tst_accountsortkey checks that the keys order rows as the values do.
//
// The values: bool status, qint64 users and timestamps (nullTimestamp, the smallest qint64,
// for a date the server left null, so those rows sort first), and text compared as
// QString::compare(a, b, Qt::CaseInsensitive) compares it.
//
// The keys: 48 bytes a row, so that most comparisons of a sort touch one array instead of the
// rows' text. A number is kept exactly (sign bit flipped, so unsigned order is numeric order).
// Text is kept as the first 40 bytes of its case-folded UTF-8, big-endian, with the lead bytes
// EE..F4 remapped so that plain comparison orders as FoldedText::compareFolded() does, then
// its length. Two texts of at most 40 bytes compare exactly by their keys (a shorter text
// whose bytes begin the longer sorts first, as in compareFolded()); longer ones with the same
// first 40 bytes are compared in full. 40 rather than 24 bytes halved the cost of a sorted
// publish at 100,000 rows: names often share a long start ("... - North region"). Names and
// ids come folded from the store (AccountStore::foldedName(), foldedId()); metadata and
// created-by are folded here.
//
// The comparisons are inline: a sort of 100,000 rows makes about two million of them.
namespace AccountSortKey
{
/// A row's sort key under one column.
using Key = std::array<quint64, 6>;
/// How many bytes of folded text a key holds.
inline constexpr qsizetype prefixBytes = 40;

/// What a column's values are.
enum class Kind
{
    Flag, // a bool, sorted as 0 and 1
    Number, // a qint64
    StoredText, // text the store keeps folded (name, id)
    Text, // text folded when a sort needs it (metadata, created by)
};

/// The kind of a column's values.
inline Kind kind(int column)
{
    switch (column) {
    case AccountTableModel::StatusColumn:
        return Kind::Flag;
    case AccountTableModel::UsersColumn:
    case AccountTableModel::CreatedColumn:
    case AccountTableModel::UpdatedColumn:
    case AccountTableModel::ChangesColumn:
        return Kind::Number;
    case AccountTableModel::NameColumn:
    case AccountTableModel::IdColumn:
        return Kind::StoredText;
    default:
        return Kind::Text;
    }
}

/// True when a column sorts by a number (Flag or Number), whose key says everything.
inline bool isNumeric(int column)
{
    const Kind k = kind(column);
    return k == Kind::Flag || k == Kind::Number;
}

/// The number a Flag or Number column sorts by: 0 or 1 for status, the user count, a timestamp.
inline qint64 number(const AccountStore &store, qsizetype row, int column)
{
    const AccountRecord &record = store.record(row);
    switch (column) {
    case AccountTableModel::StatusColumn:
        return record.isActive() ? 1 : 0;
    case AccountTableModel::UsersColumn:
        return record.userCount;
    case AccountTableModel::CreatedColumn:
        return record.createdAtMs;
    case AccountTableModel::UpdatedColumn:
        return record.updatedAtMs;
    case AccountTableModel::ChangesColumn:
        return store.changesOf(row).toInt();
    default:
        return 0;
    }
}

/// The case-folded text of a StoredText column, as the store keeps it: FoldedText::appendFolded()
/// of text(), which tst_accountsortkey and tst_accountstore check.
inline QByteArrayView storedFoldedText(const AccountStore &store, qsizetype row, int column)
{
    return column == AccountTableModel::IdColumn ? store.foldedId(row) : store.foldedName(row);
}

/// The UTF-8 text a text column sorts by, unfolded; the metadata summary is built in `scratch`.
QByteArrayView text(const AccountStore &store, qsizetype row, int column, QByteArray &scratch);

/// Appends the case-folded text() of a text column to `out` (metadata without building its summary).
void appendFoldedText(QByteArray &out, const AccountStore &store, qsizetype row, int column);

/// The value AccountTableModel's SortRole returns: bool, qint64 or QString.
QVariant value(const AccountStore &store, qsizetype row, int column);

/// The key of a number.
inline Key numberKey(qint64 value)
{
    return { quint64(value) ^ (quint64(1) << 63), 0, 0, 0, 0, 0 };
}

/// The one word of a number's key that orders it: numberKey() leaves the others zero.
inline quint64 numberWord(const Key &key)
{
    return key[0];
}

/// The key of a case-folded text.
inline Key textKey(QByteArrayView folded)
{
    uchar bytes[prefixBytes] = {};
    const qsizetype n = qMin(folded.size(), prefixBytes);
    for (qsizetype i = 0; i < n; ++i) {
        auto c = uchar(folded[i]);
        // compareFolded() puts a character above U+FFFF (lead F0..F4, a surrogate pair in
        // UTF-16) before one in U+E000..U+FFFF (lead EE, EF), as QString does.
        if (c >= 0xf0)
            c = uchar(c - 2);
        else if (c >= 0xee)
            c = uchar(c + 5);
        bytes[i] = c;
    }
    Key key = {};
    for (size_t word = 0; word < 5; ++word) {
        for (size_t i = 0; i < 8; ++i)
            key[word] = (key[word] << 8) | bytes[word * 8 + i];
    }
    key[5] = quint64(folded.size());
    return key;
}

/// A row's key under a column; `scratch` is working space for Text columns.
Key key(const AccountStore &store, qsizetype row, int column, QByteArray &scratch);

/// The keys of rows first..last under a column, into keys[first..last]: key() per row, with the
/// column's choices made once (a sort of 100,000 rows by a date is mostly this loop).
void fillKeys(const AccountStore &store, int column, qsizetype first, qsizetype last, std::vector<Key> &keys);

/// Negative, zero or positive as the numbers or first 40 bytes of two keys compare.
inline int comparePrefix(const Key &a, const Key &b)
{
    for (size_t i = 0; i < 5; ++i) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

/// Compares rows a and b of a text column by their whole text (the keys' 40 bytes were equal).
int compareTexts(const AccountStore &store, int column, qsizetype a, qsizetype b);

/// Negative, zero or positive as two texts with keys ka and kb compare: by the keys, or by
/// `wholeTexts()` (the same answer from the whole folded texts) when their first 40 bytes
/// are equal and either is longer.
template <typename WholeTexts> int compareTextKeys(const Key &ka, const Key &kb, const WholeTexts &wholeTexts)
{
    const int c = comparePrefix(ka, kb);
    if (c != 0)
        return c;
    if (ka[5] <= quint64(prefixBytes) && kb[5] <= quint64(prefixBytes))
        return ka[5] == kb[5] ? 0 : (ka[5] < kb[5] ? -1 : 1);
    return wholeTexts();
}

/// Negative, zero or positive as rows a and b with keys ka and kb compare under a column
/// (ascending); `numeric` is isNumeric(column), passed in since this runs per comparison.
inline int compare(
    const AccountStore &store, int column, bool numeric, const Key &ka, qsizetype a, const Key &kb, qsizetype b)
{
    if (numeric)
        return numberWord(ka) == numberWord(kb) ? 0 : (numberWord(ka) < numberWord(kb) ? -1 : 1);
    return compareTextKeys(ka, kb, [&store, column, a, b] { return compareTexts(store, column, a, b); });
}

// The order of source rows under one sort column: the keys first, the whole text only when
// they cannot tell, the source row last (stable). Column -1 is source order.
class RowOrder
{
public:
    RowOrder(const AccountStore &store, int column, Qt::SortOrder order, const std::vector<Key> &keys)
        : m_store(store)
        , m_column(column)
        , m_numeric(isNumeric(column))
        , m_descending(order == Qt::DescendingOrder)
        , m_keys(keys)
    { }

    /// True when source row a goes before source row b.
    bool operator()(int a, int b) const
    {
        const int c = m_column < 0 ? 0 : compareKeys(a, b);
        if (c != 0)
            return m_descending ? c > 0 : c < 0;
        return a < b; // stable: equal keys keep source order in both directions
    }

    /// Negative, zero or positive as the keys of rows a and b compare (ascending).
    int compareKeys(int a, int b) const { return compareKeys(m_keys[size_t(a)], a, m_keys[size_t(b)], b); }
    /// The same with the keys at hand (a sort that moves keys with its rows).
    int compareKeys(const Key &ka, int a, const Key &kb, int b) const
    {
        return compare(m_store, m_column, m_numeric, ka, a, kb, b);
    }

private:
    const AccountStore &m_store;
    int m_column;
    bool m_numeric;
    bool m_descending;
    const std::vector<Key> &m_keys;
};
} // namespace AccountSortKey
