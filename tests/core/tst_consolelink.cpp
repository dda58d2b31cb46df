// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/domain/consolelink.h"

using namespace Qt::StringLiterals;

namespace
{
const QString customerId = u"cus_1234567890abcdef1234567890abcdef"_s;
const QString organizationId = u"org_ffffffffffffffffffffffffffffffff"_s;
} // namespace

class TestConsoleLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountLinks_data();
    void accountLinks();
    void viewLinks_data();
    void viewLinks();
    void refusedLinks_data();
    void refusedLinks();
    void roundTrip_data();
    void roundTrip();
};

void TestConsoleLink::accountLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<AccountKind>("kind");

    QTest::newRow("an express link names a customer")
        << u"avara-console://express/"_s + customerId << customerId << AccountKind::ExpressCustomer;
    QTest::newRow("an orgs link names an organization")
        << u"avara-console://orgs/"_s + organizationId << organizationId << AccountKind::Organization;
    QTest::newRow("a trailing slash a browser added is ignored")
        << u"avara-console://express/"_s + customerId + u'/' << customerId << AccountKind::ExpressCustomer;
    QTest::newRow("white space around a pasted link is ignored")
        << u"  avara-console://orgs/"_s + organizationId + u"\t "_s << organizationId << AccountKind::Organization;
    QTest::newRow("the scheme and host are read in any case")
        << u"Avara-Console://EXPRESS/"_s + customerId << customerId << AccountKind::ExpressCustomer;
}

void TestConsoleLink::accountLinks()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(AccountKind, kind);
    QString error;
    const std::optional<ConsoleLink> link = ConsoleLink::parse(text, &error);
    QVERIFY2(link, qPrintable(error));
    QCOMPARE(link->target(), ConsoleLink::Target::Account);
    QCOMPARE(link->accountId().toString(), id);
    QCOMPARE(link->accountId().kind(), kind);
}

void TestConsoleLink::viewLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expression");

    QTest::newRow("a view link carries a profile and a filter")
        << u"avara-console://view?profile=Staging&q=meta.region%3DEU%20users%3E10"_s << u"Staging"_s
        << u"meta.region=EU users>10"_s;
    QTest::newRow("the profile may be left out")
        << u"avara-console://view?q=status:inactive"_s << QString() << u"status:inactive"_s;
    QTest::newRow("a plus is a space, as forms encode it")
        << u"avara-console://view?q=name:%22north+star%22"_s << QString() << u"name:\"north star\""_s;
    QTest::newRow("percent-encoded UTF-8 is decoded")
        << u"avara-console://view?profile=K%C3%B6ln&q=M%C3%BCller"_s << u"K\u00f6ln"_s << u"M\u00fcller"_s;
    QTest::newRow("an empty filter shows everything") << u"avara-console://view?q="_s << QString() << QString();
    QTest::newRow("a slash before the query is allowed") << u"avara-console://view/?q=a"_s << QString() << u"a"_s;
}

void TestConsoleLink::viewLinks()
{
    QFETCH(QString, text);
    QFETCH(QString, profile);
    QFETCH(QString, expression);
    QString error;
    const std::optional<ConsoleLink> link = ConsoleLink::parse(text, &error);
    QVERIFY2(link, qPrintable(error));
    QCOMPARE(link->target(), ConsoleLink::Target::View);
    QCOMPARE(link->profileName(), profile);
    QCOMPARE(link->expression(), expression);
    QVERIFY(link->accountId().isNull());
}

void TestConsoleLink::refusedLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("another scheme is refused") << u"https://express/"_s + customerId << u"Not an Avara Console"_s;
    QTest::newRow("an empty text is refused") << QString() << u"Not an Avara Console"_s;
    QTest::newRow("an unknown host is refused") << u"avara-console://users/"_s + customerId << u"not users"_s;
    QTest::newRow("an organization id in an express link is refused")
        << u"avara-console://express/"_s + organizationId << u"Express customer ID"_s;
    QTest::newRow("a customer id in an orgs link is refused")
        << u"avara-console://orgs/"_s + customerId << u"organization ID"_s;
    QTest::newRow("an id with a path after it is refused")
        << u"avara-console://express/"_s + customerId + u"/deactivate"_s << u"Express customer ID"_s;
    QTest::newRow("a path that climbs is refused")
        << u"avara-console://express/../orgs/"_s + organizationId << u"Express customer ID"_s;
    QTest::newRow("a percent-encoded id is refused")
        << u"avara-console://express/cus_1234567890abcdef1234567890abcde%66"_s << u"Express customer ID"_s;
    QTest::newRow("an account link with a query is refused")
        << u"avara-console://express/"_s + customerId + u"?action=deactivate"_s << u"nothing after"_s;
    QTest::newRow("a fragment is refused") << u"avara-console://express/"_s + customerId + u"#x"_s << u"fragment"_s;
    QTest::newRow("a control character inside is refused")
        << u"avara-console://express/cus_1234\n567890abcdef1234567890abcdef"_s << u"control characters"_s;
    QTest::newRow("a NUL is refused") << u"avara-console://view?q=a"_s + QChar(0) << u"control characters"_s;
    QTest::newRow("an encoded newline in the filter is refused")
        << u"avara-console://view?q=a%0Ab"_s << u"control characters"_s;
    QTest::newRow("invalid UTF-8 is refused") << u"avara-console://view?q=%FF%FE"_s << u"UTF-8"_s;
    QTest::newRow("an unknown key is refused") << u"avara-console://view?q=a&action=deactivate"_s << u"action="_s;
    QTest::newRow("a key given twice is refused") << u"avara-console://view?q=a&q=b"_s << u"twice"_s;
    QTest::newRow("a view link without a filter is refused") << u"avara-console://view?profile=x"_s << u"?q="_s;
    QTest::newRow("a view link with a path is refused") << u"avara-console://view/all?q=a"_s << u"no path"_s;
    QTest::newRow("a bidi override in the profile is refused")
        << u"avara-console://view?profile=%E2%80%AEnoitcudorP&q=a"_s << u"profile name"_s;
    QTest::newRow("a very long profile is refused")
        << u"avara-console://view?q=a&profile="_s + QString(ConsoleLink::maxProfileNameLength + 1, u'p')
        << u"profile name"_s;
    QTest::newRow("a filter longer than the search field takes is refused")
        << u"avara-console://view?q="_s + QString(ConsoleLink::maxExpressionLength + 1, u'a') << u"longer than"_s;
    QTest::newRow("a text longer than any link is refused")
        << u"avara-console://view?q="_s + QString(ConsoleLink::maxLength, u'a') << u"longer than"_s;
}

void TestConsoleLink::refusedLinks()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!ConsoleLink::parse(text, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestConsoleLink::roundTrip_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expression");

    QTest::newRow("a compound expression") << u"Production EU"_s << u"meta.region=EU users>10 created<90d"_s;
    QTest::newRow("characters that mean something in a URL") << u"a&b=c"_s << u"name:\"x & y\" or meta.k=a+b#c?d%25"_s;
    QTest::newRow("non-ASCII text") << u"K\u00f6ln"_s << u"\u00c5sa -status:inactive"_s;
    QTest::newRow("no profile") << QString() << u"(a or b) -c"_s;
}

void TestConsoleLink::roundTrip()
{
    QFETCH(QString, profile);
    QFETCH(QString, expression);
    const QString text = ConsoleLink::toView(profile, expression).toString();
    QVERIFY(!text.contains(u' '));
    const std::optional<ConsoleLink> link = ConsoleLink::parse(text);
    QVERIFY2(link, qPrintable(text));
    QCOMPARE(link->profileName(), profile);
    QCOMPARE(link->expression(), expression);

    const AccountId id = *AccountId::parse(organizationId);
    const std::optional<ConsoleLink> account = ConsoleLink::parse(ConsoleLink::toAccount(id).toString());
    QVERIFY(account);
    QCOMPARE(account->accountId(), id);
}

QTEST_GUILESS_MAIN(TestConsoleLink)
#include "tst_consolelink.moc"
