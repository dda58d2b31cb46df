// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <numeric>
#include <random>

#include <QTest>

#include "core/models/sortedrows.h"

// The proxy's sorting and merging blocks, on plain rows ordered by a key table.
class TestSortedRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortRowsKeepsEqualKeysInSourceOrderBothWays();
    void manyRowsSortedInTwoHalvesEqualAStableSort();
    void mergedIntoEqualsASortOfBoth_data();
    void mergedIntoEqualsASortOfBoth();
};

namespace
{
/// Rows ordered by `keys[row]`, then by row, as the proxy's RowOrder orders them.
struct KeyOrder
{
    const std::vector<int> &keys;
    bool operator()(int a, int b) const
    {
        return keys[size_t(a)] != keys[size_t(b)] ? keys[size_t(a)] < keys[size_t(b)] : a < b;
    }
};
} // namespace

void TestSortedRows::sortRowsKeepsEqualKeysInSourceOrderBothWays()
{
    const std::vector<int> keys { 3, 1, 3, 2, 1, 3 };
    auto compare = [](const auto &a, const auto &b) { return a.key - b.key; };
    for (const bool descending : { false, true }) {
        auto entries = SortedRows::rowEntries<int>(keys.size(), [&keys](size_t row) { return keys[row]; });
        std::vector<int> sorted(keys.size());
        SortedRows::sortRows(entries, descending, compare, sorted);
        const std::vector<int> expected
            = descending ? std::vector<int> { 0, 2, 5, 3, 1, 4 } : std::vector<int> { 1, 4, 3, 0, 2, 5 };
        QCOMPARE(sorted, expected);
    }
}

void TestSortedRows::manyRowsSortedInTwoHalvesEqualAStableSort()
{
    // Enough rows for two threads, and few keys, so that most rows tie across the halves.
    const size_t rows = SortedRows::parallelRows * 3 + 7;
    std::mt19937 random(7);
    std::vector<int> keys(rows);
    for (int &key : keys)
        key = int(random() % 50);
    auto compare = [](const auto &a, const auto &b) { return a.key - b.key; };
    for (const bool descending : { false, true }) {
        auto entries = SortedRows::rowEntries<int>(rows, [&keys](size_t row) { return keys[row]; });
        std::vector<int> sorted(rows);
        SortedRows::sortRows(entries, descending, compare, sorted);
        std::vector<int> expected(rows);
        std::iota(expected.begin(), expected.end(), 0);
        std::stable_sort(expected.begin(), expected.end(), [&keys, descending](int a, int b) {
            return descending ? keys[size_t(a)] > keys[size_t(b)] : keys[size_t(a)] < keys[size_t(b)];
        });
        QCOMPARE(sorted, expected);
    }
}

void TestSortedRows::mergedIntoEqualsASortOfBoth_data()
{
    QTest::addColumn<int>("targetRows");
    QTest::addColumn<int>("addedRows");
    // Few added rows take the binary searches; as many as the target, the linear merge.
    QTest::newRow("few added") << 1000 << 30;
    QTest::newRow("as many added") << 500 << 500;
    QTest::newRow("into nothing") << 0 << 40;
    QTest::newRow("nothing added") << 40 << 0;
}

void TestSortedRows::mergedIntoEqualsASortOfBoth()
{
    QFETCH(int, targetRows);
    QFETCH(int, addedRows);
    std::mt19937 random(20261204);
    std::vector<int> keys(size_t(targetRows + addedRows));
    for (int &key : keys)
        key = int(random() % 50); // many equal keys: the row decides among them
    const KeyOrder order { keys };
    std::vector<int> target(static_cast<size_t>(targetRows));
    std::iota(target.begin(), target.end(), 0);
    std::vector<int> added(static_cast<size_t>(addedRows));
    std::iota(added.begin(), added.end(), targetRows);
    std::sort(target.begin(), target.end(), order);
    std::sort(added.begin(), added.end(), order);

    const std::vector<int> merged = SortedRows::mergedInto(target, added, order);

    std::vector<int> expected(keys.size());
    std::iota(expected.begin(), expected.end(), 0);
    std::sort(expected.begin(), expected.end(), order);
    QCOMPARE(merged, expected);
}

QTEST_APPLESS_MAIN(TestSortedRows)
#include "tst_sortedrows.moc"
