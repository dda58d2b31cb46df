// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

#include "core/domain/largememory.h"

// Sorting and merging vectors of source rows, whatever orders them: the proxy's building
// blocks, apart from what a column sorts by (AccountSortKey) and from the model itself.
namespace SortedRows
{
/// A row with the key it sorts by.
template <typename Key> struct RowEntry
{
    Key key;
    int row;
};

/// Every row from 0 to `rows` - 1 with `keyOf(row)`.
template <typename Key, typename KeyOf> std::vector<RowEntry<Key>> rowEntries(size_t rows, const KeyOf &keyOf)
{
    std::vector<RowEntry<Key>> entries;
    LargeMemory::reserve(entries, rows);
    for (size_t row = 0; row < rows; ++row)
        entries.push_back({ keyOf(row), int(row) });
    return entries;
}

/// Below this many rows a second thread costs more than it saves.
constexpr size_t parallelRows = 20000;

/// Runs `work(first, end)` over the rows [0, rows): many rows in two halves at once (the
/// first on a thread of its own), few on the calling thread alone.
template <typename Work> void inTwoHalves(size_t rows, const Work &work)
{
    if (rows < parallelRows) {
        work(size_t(0), rows);
        return;
    }
    const size_t middle = rows / 2;
    std::thread firstHalf([&work, middle] { work(size_t(0), middle); });
    work(middle, rows);
    firstHalf.join();
}

/// True when the rows 0 to `rows` - 1 are in order already: `compare(a, b)` answers below, at
/// or above zero for rows a and b, and rows that compare equal stay in row order, as
/// sortRows() keeps them. Rows out of order are usually found within a few.
template <typename Compare> bool inRowOrder(size_t rows, bool descending, const Compare &compare)
{
    for (size_t row = 1; row < rows; ++row) {
        const int c = compare(row - 1, row);
        if (descending ? c < 0 : c > 0)
            return false;
    }
    return true;
}

/// Sorts `entries` (each with its `row`) by `compare`, which answers below, at or above zero,
/// keeping rows that compare equal in their source order in either direction, and writes
/// their rows in that order to `sorted`. Many rows are sorted in two halves at once and
/// merged: 100,000 names in 25 ms instead of 45. `compare` must be safe on two threads.
template <typename Entry, typename Compare>
void sortRows(std::vector<Entry> &entries, bool descending, const Compare &compare, std::vector<int> &sorted)
{
    const auto less = [descending, &compare](const Entry &a, const Entry &b) {
        const int c = compare(a, b);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return a.row < b.row;
    };
    if (entries.size() < parallelRows) {
        std::sort(entries.begin(), entries.end(), less);
        for (size_t i = 0; i < entries.size(); ++i)
            sorted[i] = entries[i].row;
        return;
    }
    const size_t middle = entries.size() / 2;
    inTwoHalves(entries.size(), [&entries, &less](size_t first, size_t end) {
        std::sort(entries.begin() + std::ptrdiff_t(first), entries.begin() + std::ptrdiff_t(end), less);
    });
    size_t a = 0;
    size_t b = middle;
    size_t out = 0;
    while (a < middle && b < entries.size())
        sorted[out++] = (less(entries[b], entries[a]) ? entries[b++] : entries[a++]).row;
    while (a < middle)
        sorted[out++] = entries[a++].row;
    while (b < entries.size())
        sorted[out++] = entries[b++].row;
}

/// Where each of `added` (in `order`) goes in `target` (in `order`): monotonic insertion positions.
template <typename Order>
std::vector<size_t> insertionPositions(
    const std::vector<int> &target, const std::vector<int> &added, const Order &order)
{
    std::vector<size_t> positions;
    positions.reserve(added.size());
    auto from = target.begin();
    for (const int row : added) {
        from = std::lower_bound(from, target.end(), row, std::cref(order));
        positions.push_back(size_t(from - target.begin()));
    }
    return positions;
}

inline std::vector<int> mergedAt(
    const std::vector<int> &target, const std::vector<int> &added, const std::vector<size_t> &positions)
{
    std::vector<int> merged;
    merged.reserve(target.size() + added.size());
    size_t copied = 0;
    for (size_t i = 0; i < added.size(); ++i) {
        merged.insert(
            merged.end(), target.begin() + std::ptrdiff_t(copied), target.begin() + std::ptrdiff_t(positions[i]));
        copied = positions[i];
        merged.push_back(added[i]);
    }
    merged.insert(merged.end(), target.begin() + std::ptrdiff_t(copied), target.end());
    return merged;
}

/// `added` (in `order`) merged into `target` (in `order`): a binary search per added row,
/// or one linear merge when `added` is about as long as `target`. (Measured at 100,000 rows:
/// the binary searches beat a linear merge even for a few thousand new rows, since each
/// comparison of a merge step costs as much as one of a search.)
template <typename Order>
std::vector<int> mergedInto(const std::vector<int> &target, const std::vector<int> &added, const Order &order)
{
    if (added.size() * 4 < target.size())
        return mergedAt(target, added, insertionPositions(target, added, order));
    std::vector<int> merged(target.size() + added.size());
    std::merge(target.begin(), target.end(), added.begin(), added.end(), merged.begin(), std::cref(order));
    return merged;
}
} // namespace SortedRows
