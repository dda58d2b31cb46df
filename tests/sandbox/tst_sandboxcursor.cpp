// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "sandbox/sandboxcursor.h"

class TestSandboxCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void usesTheCharactersClientsMustEncode();
    void refusesWhatItDidNotMake_data();
    void refusesWhatItDidNotMake();
};

void TestSandboxCursor::roundTrips_data()
{
    QTest::addColumn<SandboxKind>("kind");
    QTest::addColumn<qsizetype>("position");

    QTest::newRow("the start of the customers") << SandboxKind::ExpressCustomer << qsizetype(0);
    QTest::newRow("a page into the customers") << SandboxKind::ExpressCustomer << qsizetype(100);
    QTest::newRow("deep into the organizations") << SandboxKind::Organization << qsizetype(1234567);
}

void TestSandboxCursor::roundTrips()
{
    QFETCH(SandboxKind, kind);
    QFETCH(qsizetype, position);
    const QByteArray cursor = SandboxCursor::encode(kind, position);
    QCOMPARE(SandboxCursor::decode(kind, cursor), std::optional<qsizetype>(position));
    const SandboxKind other
        = kind == SandboxKind::ExpressCustomer ? SandboxKind::Organization : SandboxKind::ExpressCustomer;
    QVERIFY(!SandboxCursor::decode(other, cursor).has_value());
}

void TestSandboxCursor::usesTheCharactersClientsMustEncode()
{
    for (qsizetype position : { 0, 1, 99, 100, 65536 }) {
        const QByteArray cursor = SandboxCursor::encode(SandboxKind::ExpressCustomer, position);
        QVERIFY(cursor.startsWith("++//"));
        QVERIFY(cursor.endsWith('='));
        QCOMPARE(QByteArray::fromBase64(cursor).toBase64(), cursor);
    }
}

void TestSandboxCursor::refusesWhatItDidNotMake_data()
{
    QTest::addColumn<QByteArray>("cursor");

    const QByteArray good = SandboxCursor::encode(SandboxKind::ExpressCustomer, 100);
    QByteArray edited = good;
    edited[6] = edited[6] == 'A' ? 'B' : 'A';
    QByteArray spaced = good;
    spaced.replace('+', ' ');
    QTest::newRow("the empty string is refused") << QByteArray();
    QTest::newRow("an edited position is refused") << edited;
    QTest::newRow("a '+' that arrived as a space is refused") << spaced;
    QTest::newRow("the URL-safe alphabet is refused") << QByteArray(good).replace('+', '-').replace('/', '_');
    QTest::newRow("missing padding is refused") << good.chopped(1);
    QTest::newRow("any other base64 is refused") << QByteArray("aGVsbG8gd29ybGQhIQ==");
}

void TestSandboxCursor::refusesWhatItDidNotMake()
{
    QFETCH(QByteArray, cursor);
    QVERIFY(!SandboxCursor::decode(SandboxKind::ExpressCustomer, cursor).has_value());
}

QTEST_GUILESS_MAIN(TestSandboxCursor)
#include "tst_sandboxcursor.moc"
