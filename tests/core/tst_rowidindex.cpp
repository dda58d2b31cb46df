// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <vector>

#include <QByteArray>
#include <QTest>

#include "core/models/rowidindex.h"

using namespace Qt::StringLiterals;

// The store's id -> row index, on ids kept in a plain list.
class TestRowIdIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRowIsFoundAfterGrowing_data();
    void everyRowIsFoundAfterGrowing();
    void anIdNotAddedIsNotFound();
    void clearForgetsEveryRow();
};

namespace
{
std::vector<QByteArray> idsOf(int rows)
{
    std::vector<QByteArray> ids;
    for (int row = 0; row < rows; ++row)
        ids.push_back("org_"_ba + QByteArray::number(row * 7919, 16).rightJustified(32, '0'));
    return ids;
}

qsizetype rowOf(const RowIdIndex &index, const std::vector<QByteArray> &ids, QByteArrayView id)
{
    return index.find(id, [&ids](qsizetype row) { return QByteArrayView(ids[size_t(row)]); });
}

void addAll(RowIdIndex &index, const std::vector<QByteArray> &ids)
{
    for (const QByteArray &id : ids)
        index.add(RowIdIndex::hash(id));
}
} // namespace

void TestRowIdIndex::everyRowIsFoundAfterGrowing_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("reserved");
    // From one slot table to many doublings, and reserved at once as a snapshot's store is.
    QTest::newRow("a few") << 5 << false;
    QTest::newRow("many doublings") << 20'000 << false;
    QTest::newRow("reserved") << 20'000 << true;
}

void TestRowIdIndex::everyRowIsFoundAfterGrowing()
{
    QFETCH(int, rows);
    QFETCH(bool, reserved);
    const std::vector<QByteArray> ids = idsOf(rows);
    RowIdIndex index;
    if (reserved)
        index.reserve(rows);
    const qsizetype bytesReserved = index.memoryBytes();
    addAll(index, ids);
    if (reserved)
        QCOMPARE(index.memoryBytes(), bytesReserved);
    for (int row = 0; row < rows; ++row)
        QCOMPARE(rowOf(index, ids, ids[size_t(row)]), row);
}

void TestRowIdIndex::anIdNotAddedIsNotFound()
{
    const std::vector<QByteArray> ids = idsOf(100);
    RowIdIndex index;
    QCOMPARE(rowOf(index, ids, ids.front()), -1);
    addAll(index, ids);
    QCOMPARE(rowOf(index, ids, "org_ffffffffffffffffffffffffffffffff"), -1);
    QCOMPARE(rowOf(index, ids, QByteArrayView()), -1);
}

void TestRowIdIndex::clearForgetsEveryRow()
{
    const std::vector<QByteArray> ids = idsOf(100);
    RowIdIndex index;
    addAll(index, ids);
    QVERIFY(index.memoryBytes() > 0);
    index.clear();
    QCOMPARE(index.memoryBytes(), 0);
    QCOMPARE(rowOf(index, ids, ids[3]), -1);
}

QTEST_GUILESS_MAIN(TestRowIdIndex)
#include "tst_rowidindex.moc"
