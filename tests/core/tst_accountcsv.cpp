// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QTest>

#include "core/domain/accountcsv.h"
#include "core/domain/accountid.h"
#include "core/domain/csv.h"

using namespace Qt::StringLiterals;

class TestAccountCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountsSurviveARoundTrip();
    void hostileFieldsAreQuotedAndGuarded_data();
    void hostileFieldsAreQuotedAndGuarded();
    void idsAreFoundInFreeText_data();
    void idsAreFoundInFreeText();
};

namespace
{
Account makeAccount(int n)
{
    Account account;
    account.kind = n % 2 ? AccountKind::Organization : AccountKind::ExpressCustomer;
    account.id = (n % 2 ? u"org_"_s : u"cus_"_s) + u"%1"_s.arg(n, 32, 16, QLatin1Char('0'));
    account.name = u"Clinic %1, \"North\"\nWing"_s.arg(n);
    account.isActive = n % 3 != 0;
    account.userCount = n * 11;
    if (n % 4) {
        account.createdAt = QDateTime(QDate(2023, 5, n % 28 + 1), QTime(7, 30, 15, 250), Qt::UTC);
        account.updatedAt = account.createdAt.addDays(40);
    }
    if (n % 2)
        account.createdByApiKeyId = u"550e8400-e29b-41d4-a716-446655440000"_s;
    else
        account.createdByUserId = u"usr_1234567890abcdef1234567890abcdef"_s;
    account.metadata = { { u"region"_s, u"north,east"_s }, { u"note"_s, u"=SUM(A1:A9)"_s } };
    return account;
}

MetadataPairs sorted(MetadataPairs pairs)
{
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}
} // namespace

void TestAccountCsv::accountsSurviveARoundTrip()
{
    QByteArray csv = AccountCsv::header();
    QList<Account> written;
    for (int n = 0; n < 12; ++n) {
        written.append(makeAccount(n));
        csv += AccountCsv::row(written.last());
    }
    int skipped = -1;
    const QList<Account> read = AccountCsv::readAccounts(csv, &skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(read.size(), written.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        Account expected = written[i];
        expected.metadata = sorted(expected.metadata);
        Account actual = read[i];
        actual.metadata = sorted(actual.metadata);
        QCOMPARE(actual, expected);
    }
}

void TestAccountCsv::hostileFieldsAreQuotedAndGuarded_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expectedCell");
    QTest::newRow("a formula gets an apostrophe") << u"=HYPERLINK(\"x\")"_s << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("a leading plus is guarded") << u"+1 555"_s << QByteArray("\"'+1 555\"");
    QTest::newRow("a leading at sign is guarded") << u"@cmd"_s << QByteArray("\"'@cmd\"");
    QTest::newRow("a comma is quoted") << u"Smith, Jones"_s << QByteArray("\"Smith, Jones\"");
    QTest::newRow("a plain name stays plain") << u"North Clinic"_s << QByteArray("North Clinic");
    QTest::newRow("a leading apostrophe is guarded and kept") << u"'Quoted'"_s << QByteArray("\"''Quoted'\"");
}

void TestAccountCsv::hostileFieldsAreQuotedAndGuarded()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, expectedCell);
    Account account = makeAccount(2);
    account.name = name;
    const QByteArray line = AccountCsv::row(account);
    QVERIFY2(line.contains(QByteArray("," + expectedCell + ",")), line.constData());
    const QList<QStringList> rows = Csv::readRows(line);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][3], name);
}

void TestAccountCsv::idsAreFoundInFreeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    const QString a = u"cus_0123456789abcdef0123456789abcdef"_s;
    const QString b = u"org_ffffffffffffffffffffffffffffffff"_s;
    QTest::newRow("one id per line") << a + u"\n"_s + b + u"\n"_s << QStringList { a, b };
    QTest::newRow("ids in CSV cells") << u"id,name\r\n"_s + a + u",x\r\n\""_s + b + u"\",y"_s << QStringList { a, b };
    QTest::newRow("repeats are listed once") << a + u" "_s + a << QStringList { a };
    QTest::newRow("an id inside a longer word is not an id") << u"x"_s + a + u" "_s + a + u"0"_s << QStringList {};
    QTest::newRow("upper-case hex is not an id") << a.toUpper() << QStringList {};
    QTest::newRow("a user id is not an account id") << u"usr_0123456789abcdef0123456789abcdef"_s << QStringList {};
}

void TestAccountCsv::idsAreFoundInFreeText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QCOMPARE(findAccountIds(text), ids);
}

QTEST_GUILESS_MAIN(TestAccountCsv)
#include "tst_accountcsv.moc"
