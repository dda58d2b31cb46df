// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTest>

#include "core/domain/largememory.h"

// LargeMemory's reservations: room as asked, usable at once, and on Linux the advice reaches
// the kernel (the mapping that holds the array says "hg", huge pages on request, in its flags).
class TestLargeMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reservesAtLeastWhatIsAsked();
    void largeArraysAskForHugePages();
    void smallArraysAreLeftAlone();

private:
    /// The VmFlags of the mapping that holds `address`; empty when none is found.
    static QByteArray mappingFlags(const void *address);
};

QByteArray TestLargeMemory::mappingFlags(const void *address)
{
    QFile maps(QStringLiteral("/proc/self/smaps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    const auto target = quintptr(address);
    bool inside = false;
    // Read whole: a /proc file has no size, so QFile::atEnd() is true from the start.
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && line.at(0) != 'V') {
            bool ok = false;
            const quintptr start = line.left(dash).toULongLong(&ok, 16);
            const quintptr end = line.mid(dash + 1, space - dash - 1).toULongLong(&ok, 16);
            inside = ok && start <= target && target < end;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).trimmed();
        }
    }
    return {};
}

void TestLargeMemory::reservesAtLeastWhatIsAsked()
{
    std::vector<quint64> numbers;
    LargeMemory::reserve(numbers, 1'000'000);
    QVERIFY(numbers.capacity() >= 1'000'000);
    numbers.assign(1'000'000, 7);
    QCOMPARE(numbers.back(), 7u);
    QByteArray bytes;
    LargeMemory::reserve(bytes, 9'000'000);
    QVERIFY(bytes.capacity() >= 9'000'000);
    bytes.fill('x', 9'000'000);
    QCOMPARE(bytes.count('x'), 9'000'000);
}

void TestLargeMemory::largeArraysAskForHugePages()
{
#ifndef Q_OS_LINUX
    QSKIP("huge pages are asked for on Linux only");
#else
    if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
        QSKIP("this kernel has no transparent huge pages");
    std::vector<char> array;
    LargeMemory::reserve(array, 16 * 1024 * 1024);
    // The advice covers the 2 MiB-aligned part: look at an address inside it.
    const auto middle = reinterpret_cast<const char *>(array.data()) + 8 * 1024 * 1024;
    const QByteArray flags = mappingFlags(middle);
    QVERIFY2(!flags.isEmpty(), "no mapping found for the array");
    QVERIFY2(flags.split(' ').contains("hg"), flags.constData());
#endif
}

void TestLargeMemory::smallArraysAreLeftAlone()
{
#ifndef Q_OS_LINUX
    QSKIP("huge pages are asked for on Linux only");
#else
    std::vector<char> array;
    LargeMemory::reserve(array, 64 * 1024);
    const QByteArray flags = mappingFlags(array.data());
    QVERIFY2(!flags.isEmpty(), "no mapping found for the array");
    QVERIFY2(!flags.split(' ').contains("hg"), flags.constData());
#endif
}

QTEST_APPLESS_MAIN(TestLargeMemory)
#include "tst_largememory.moc"
