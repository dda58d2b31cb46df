// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortedaccounts.h"

#include <numeric>

#include "core/models/accountstore.h"
#include "core/models/foldedtext.h"
#include "core/models/sortedrows.h"

namespace
{
using AccountSortKey::RowOrder;
using SortedRows::inRowOrder;
using SortedRows::rowEntries;
using SortedRows::RowEntry;
using SortedRows::sortRows;
using SortKey = AccountSortKey::Key;

// Each row's key depends on that row alone.
void fillKeysInTwoHalves(const AccountStore &store, int column, std::vector<SortKey> &keys)
{
    SortedRows::inTwoHalves(keys.size(), [&store, column, &keys](size_t first, size_t end) {
        AccountSortKey::fillKeys(store, column, qsizetype(first), qsizetype(end) - 1, keys);
    });
}

// Rows already in order (a snapshot written as its view sorts, AccountStore::sortedOrderOf())
// are checked on their keys where they lie, `compareRows(keyA, rowA, keyB, rowB)` deciding
// (ascending), and kept as they are: no entries to fill (5 MB of fresh memory at 100,000
// rows) and no sort. False when some row is out of place.
template <typename CompareRows>
bool keptInRowOrder(SortedAccounts &sorted, bool descending, const CompareRows &compareRows)
{
    if (!inRowOrder(sorted.keys.size(), descending, [&sorted, &compareRows](size_t a, size_t b) {
            return compareRows(sorted.keys[a], int(a), sorted.keys[b], int(b));
        }))
        return false;
    std::iota(sorted.rows.begin(), sorted.rows.end(), 0);
    return true;
}

// Sorts every row by its key in `sorted.keys`, `compareRows` deciding as for keptInRowOrder().
template <typename CompareRows> void sortByKeys(SortedAccounts &sorted, bool descending, const CompareRows &compareRows)
{
    if (keptInRowOrder(sorted, descending, compareRows))
        return;
    const size_t rows = sorted.keys.size();
    using Entry = RowEntry<SortKey>;
    std::vector<Entry> entries = rowEntries<SortKey>(rows, [&sorted](size_t row) { return sorted.keys[row]; });
    sortRows(
        entries, descending,
        [&compareRows](const Entry &a, const Entry &b) { return compareRows(a.key, a.row, b.key, b.row); },
        sorted.rows);
}
} // namespace

std::vector<SortKey> SortedAccounts::roomForKeys(qsizetype rowCount)
{
    std::vector<SortKey> keys;
    LargeMemory::reserve(keys, size_t(rowCount));
    keys.resize(size_t(rowCount));
    return keys;
}

SortedAccounts SortedAccounts::of(const AccountStore &store, int rowCount, int column, Qt::SortOrder order,
    NameSource names, std::vector<SortKey> keys)
{
    Q_ASSERT(column >= 0 && rowCount >= 0 && rowCount <= store.size());
    // Every row's key is read once: numbers as they are, text case-folded (names and ids are
    // folded in the store already), so the sort compares integers or bytes rather than
    // decoding text each time.
    SortedAccounts sorted;
    sorted.column = column;
    sorted.order = order;
    const auto rows = size_t(rowCount);
    const bool descending = order == Qt::DescendingOrder;
    sorted.rows.resize(rows);
    sorted.keys = keys.size() == rows ? std::move(keys) : roomForKeys(rowCount);
    if (rows == 0)
        return sorted;
    if (AccountSortKey::isNumeric(column)) {
        fillKeysInTwoHalves(store, column, sorted.keys);
        const auto compareNumbers = [](quint64 a, quint64 b) { return (a > b) - (a < b); };
        if (keptInRowOrder(sorted, descending, [&compareNumbers](const SortKey &keyA, int, const SortKey &keyB, int) {
                return compareNumbers(AccountSortKey::numberWord(keyA), AccountSortKey::numberWord(keyB));
            }))
            return sorted;
        // A number's key orders by one word: sorting 16-byte entries moves a third of the
        // memory 56-byte ones did (a sort by date took 2.7 ms, now about half that).
        using NumberEntry = RowEntry<quint64>;
        std::vector<NumberEntry> entries
            = rowEntries<quint64>(rows, [&sorted](size_t row) { return AccountSortKey::numberWord(sorted.keys[row]); });
        sortRows(
            entries, descending,
            [&compareNumbers](const NumberEntry &a, const NumberEntry &b) { return compareNumbers(a.key, b.key); },
            sorted.rows);
        return sorted;
    }
    const AccountSortKey::Kind kind = AccountSortKey::kind(column);
    if (kind == AccountSortKey::Kind::StoredText && names == NameSource::StoreSearchText) {
        // The keys say everything, or come folded from the store: they move with the rows.
        fillKeysInTwoHalves(store, column, sorted.keys);
        const RowOrder rowOrder(store, column, Qt::AscendingOrder, sorted.keys);
        sortByKeys(sorted, descending, [&rowOrder](const SortKey &keyA, int a, const SortKey &keyB, int b) {
            return rowOrder.compareKeys(keyA, a, keyB, b);
        });
        return sorted;
    }
    // A text the store does not keep folded (metadata, created by), or not yet: folded once
    // into an arena. The sort compares the keys and reads the arena only when their 40 bytes
    // tie: comparing the folded texts throughout made a sort of 100,000 names half as fast.
    QByteArray arena;
    arena.reserve(qsizetype(rows) * 32);
    std::vector<TextSpan> spans(rows);
    for (size_t row = 0; row < rows; ++row) {
        const auto offset = quint32(arena.size());
        AccountSortKey::appendFoldedText(arena, store, qsizetype(row), column);
        spans[row] = { offset, quint32(arena.size()) - offset };
        // The key from the text just folded: as AccountSortKey::key() makes it, without folding twice.
        sorted.keys[row] = AccountSortKey::textKey(QByteArrayView(arena).sliced(offset, spans[row].size));
    }
    const char *text = arena.constData();
    const auto compareRows = [text, &spans](const SortKey &keyA, int a, const SortKey &keyB, int b) {
        return AccountSortKey::compareTextKeys(keyA, keyB, [text, &spans, a, b] {
            const TextSpan &spanA = spans[size_t(a)];
            const TextSpan &spanB = spans[size_t(b)];
            return FoldedText::compareFolded(
                QByteArrayView(text + spanA.offset, spanA.size), QByteArrayView(text + spanB.offset, spanB.size));
        });
    };
    sortByKeys(sorted, descending, compareRows);
    return sorted;
}
