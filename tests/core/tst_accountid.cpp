// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/domain/accountid.h"

using namespace Qt::StringLiterals;

class TestAccountId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountIds_data();
    void accountIds();
    void kindOfId();
    void userIdsAndUuids();
};

void TestAccountId::accountIds_data()
{
    QTest::addColumn<AccountKind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    const auto customer = AccountKind::ExpressCustomer;
    const auto org = AccountKind::Organization;
    QTest::newRow("a customer id is valid for customers")
        << customer << u"cus_1234567890abcdef1234567890abcdef"_s << true;
    QTest::newRow("an org id is valid for orgs") << org << u"org_1234567890abcdef1234567890abcdef"_s << true;
    QTest::newRow("an org id is not a customer id") << customer << u"org_1234567890abcdef1234567890abcdef"_s << false;
    QTest::newRow("upper-case hex is refused") << customer << u"cus_1234567890ABCDEF1234567890abcdef"_s << false;
    QTest::newRow("one digit short is refused") << customer << u"cus_1234567890abcdef1234567890abcde"_s << false;
    QTest::newRow("one digit long is refused") << customer << u"cus_1234567890abcdef1234567890abcdef0"_s << false;
    QTest::newRow("a path separator is refused") << customer << u"cus_1234567890abcdef/../567890abcdef"_s << false;
    QTest::newRow("a query character is refused") << customer << u"cus_1234567890abcdef1234567890abc?ef"_s << false;
    QTest::newRow("a non-ASCII digit is refused")
        << customer << u"cus_1234567890abcdef1234567890abcd\u0661f"_s << false;
    QTest::newRow("the empty string is refused") << customer << QString() << false;
    QTest::newRow("a missing prefix is refused") << customer << u"1234567890abcdef1234567890abcdef1234"_s << false;
}

void TestAccountId::accountIds()
{
    QFETCH(AccountKind, kind);
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isValidAccountId(kind, QStringView(id)), valid);
    QCOMPARE(isValidAccountId(kind, QByteArrayView(id.toUtf8())), valid);
}

void TestAccountId::kindOfId()
{
    QCOMPARE(accountKindOfId(u"cus_00000000000000000000000000000000"), AccountKind::ExpressCustomer);
    QCOMPARE(accountKindOfId(u"org_ffffffffffffffffffffffffffffffff"), AccountKind::Organization);
    QCOMPARE(accountKindOfId(u"usr_ffffffffffffffffffffffffffffffff"), std::nullopt);
    QCOMPARE(accountKindOfId(u" cus_00000000000000000000000000000000"), std::nullopt);
}

void TestAccountId::userIdsAndUuids()
{
    QVERIFY(isValidUserId("usr_1234567890abcdef1234567890abcdef"));
    QVERIFY(!isValidUserId("cus_1234567890abcdef1234567890abcdef"));
    QVERIFY(isValidUuid("550e8400-e29b-41d4-a716-446655440000"));
    QVERIFY(isValidUuid("550E8400-E29B-41D4-A716-446655440000"));
    QVERIFY(!isValidUuid("550e8400e29b41d4a716446655440000"));
    QVERIFY(!isValidUuid("550e8400-e29b-41d4-a716-44665544000g"));
    QVERIFY(!isValidUuid(""));
}

QTEST_GUILESS_MAIN(TestAccountId)
#include "tst_accountid.moc"
