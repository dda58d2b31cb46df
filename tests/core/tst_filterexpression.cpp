// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>

#include <QAbstractItemModelTester>
#include <QTest>

#include "core/models/accountfilter.h"
#include "core/models/accountfiltermodel.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/models/filterexpression.h"
#include "tests/testkit/accountfactory.h"

using namespace Qt::StringLiterals;

using Rows = QList<int>;

class TestFilterExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void expressionsSelectTheRows_data();
    void expressionsSelectTheRows();
    void plainTextStaysPlainText_data();
    void plainTextStaysPlainText();
    void mistakesAreMarkedWhereTheyAre_data();
    void mistakesAreMarkedWhereTheyAre();
    void hostileInputGivesAnErrorNotACrash_data();
    void hostileInputGivesAnErrorNotACrash();
    void directionMarksInQuotesAreSearchedFor();
    void relativeAgesCountBackFromTheGivenTime();
    void theLastValidFilterStaysAppliedWhileTyping();
    void equalityAndNarrowingAnswerForTheTextInForce();
    void statusAndIdListStillApplyOnTopOfAnExpression();
    void keyResolutionAgreesWithRowByRowTesting();
    void aReplacedRowIsTestedByItsNewValues();
    void completionsNameTheFieldsAndTheStoresKeys();
    void theFilterModelShowsTheMatchingRows_data();
    void theFilterModelShowsTheMatchingRows();

private:
    AccountStore m_store { AccountKind::Organization };
};

namespace
{
// 2026-01-15T00:00:00Z: the "now" every relative age here counts back from.
const qint64 now = QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 hour = 3'600'000;
constexpr qint64 day = 24 * hour;

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QDateTime utc(int year, int month, int dayOfMonth, int hourOfDay = 0)
{
    return QDateTime(QDate(year, month, dayOfMonth), QTime(hourOfDay, 0), Qt::UTC);
}

Account account(int n, const QString &name, bool isActive, qint64 users, const QDateTime &created,
    const QDateTime &updated, bool byApiKey, const MetadataPairs &metadata)
{
    Account account = AccountFactory::account(AccountKind::Organization, quint64(n) * 0x1111, isActive);
    account.name = name;
    account.userCount = users;
    account.createdAt = created;
    account.updatedAt = updated;
    account.createdByApiKeyId.reset();
    account.createdByUserId.reset();
    if (byApiKey)
        account.createdByApiKeyId = u"550e8400-e29b-41d4-a716-44665544000%1"_s.arg(n);
    else
        account.createdByUserId = u"usr_%1"_s.arg(n, 32, 10, QLatin1Char('0'));
    account.metadata = metadata;
    return account;
}

// Six accounts that between them take every branch: rows are numbered as listed.
QList<Account> sampleAccounts()
{
    return {
        account(0, u"Acme Clinic"_s, true, 15, at(now - 10 * day), utc(2025, 6, 1), true,
            { { u"region"_s, u"EU"_s }, { u"tier"_s, u"gold"_s }, { u"contractId"_s, u"C-1"_s } }),
        account(1, u"North Star Imaging"_s, false, 3, at(now - 200 * day), utc(2024, 12, 31, 23), false,
            { { u"region"_s, u"us-east"_s }, { u"tier"_s, u"basic"_s } }),
        account(2, u"north-star Labs"_s, true, 10, QDateTime(), QDateTime(), true, { { u"Region"_s, u"eu-west"_s } }),
        account(3, u"Beta \"Health\" \\ Care"_s, true, 0, at(now - 100 * day), utc(2025, 1, 1, 12), false, {}),
        account(4, u"Gamma a:b Center - Radiology"_s, false, 11, at(now - 89 * day), utc(2025, 1, 2), true,
            { { u"note"_s, u"missing"_s }, { u"a"_s, u"b"_s } }),
        account(5, u"\u00dcn\u00efcode \u00c4rzte"_s, true, 1000, at(now - 2 * hour), QDateTime(), false,
            { { u"bidi"_s, u"abc\u202efed\u202c"_s }, { u"my key"_s, u"x"_s } }),
    };
}

// What plain text matched before expressions: the whole text, anywhere in name, id or a "key=value".
bool plainMatches(const Account &account, const QString &text)
{
    if (account.name.contains(text, Qt::CaseInsensitive) || account.id.contains(text, Qt::CaseInsensitive))
        return true;
    return std::any_of(account.metadata.cbegin(), account.metadata.cend(), [&text](const auto &pair) {
        return QString(pair.first % u'=' % pair.second).contains(text, Qt::CaseInsensitive);
    });
}

AccountFilter filterOf(const QString &text)
{
    AccountFilter filter;
    filter.setText(text, now);
    return filter;
}

Rows rowsMatching(const FilterExpression &expression, const AccountStore &store)
{
    Rows rows;
    for (qsizetype row = 0; row < store.size(); ++row) {
        if (expression.matches(store, row))
            rows.append(int(row));
    }
    return rows;
}

Rows rowsSet(const std::vector<quint8> &matches)
{
    Rows rows;
    for (size_t row = 0; row < matches.size(); ++row) {
        if (matches[row])
            rows.append(int(row));
    }
    return rows;
}
} // namespace

void TestFilterExpression::initTestCase()
{
    m_store.append(AccountFactory::batch(sampleAccounts(), AccountKind::Organization));
    QCOMPARE(m_store.size(), 6);
}

void TestFilterExpression::expressionsSelectTheRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rows>("expected");

    const QString idOfNorthStar = sampleAccounts()[1].id;

    QTest::newRow("name: finds a part of the name in any case") << u"name:ACME"_s << Rows { 0 };
    QTest::newRow("name= wants the whole name") << u"name=\"acme clinic\""_s << Rows { 0 };
    QTest::newRow("name= refuses a part of the name") << u"name=acme"_s << Rows {};
    QTest::newRow("name!= keeps every other name") << u"name!=\"Acme Clinic\""_s << Rows { 1, 2, 3, 4, 5 };
    QTest::newRow("name: does not look at metadata") << u"name:gold"_s << Rows {};
    QTest::newRow("name: folds non-ASCII case") << u"name:\u00e4RZTE"_s << Rows { 5 };
    QTest::newRow("id: finds a part of the id") << u"id:"_s + idOfNorthStar.right(6) << Rows { 1 };
    QTest::newRow("id= wants the whole id, in any case") << u"id="_s + idOfNorthStar.toUpper() << Rows { 1 };
    QTest::newRow("id: does not look at the name") << u"id:acme"_s << Rows {};
    QTest::newRow("status:active keeps the active accounts") << u"status:active"_s << Rows { 0, 2, 3, 5 };
    QTest::newRow("status:inactive keeps the inactive accounts") << u"status:inactive"_s << Rows { 1, 4 };
    QTest::newRow("status= takes its value in any case") << u"STATUS=Inactive"_s << Rows { 1, 4 };
    QTest::newRow("status!=active keeps the inactive accounts") << u"status!=active"_s << Rows { 1, 4 };
    QTest::newRow("users> is more than") << u"users>10"_s << Rows { 0, 4, 5 };
    QTest::newRow("users>= is at least") << u"users>=10"_s << Rows { 0, 2, 4, 5 };
    QTest::newRow("users< is fewer than") << u"users<3"_s << Rows { 3 };
    QTest::newRow("users<= is at most") << u"users<=3"_s << Rows { 1, 3 };
    QTest::newRow("users= is exactly") << u"users=10"_s << Rows { 2 };
    QTest::newRow("users: is exactly too") << u"users:0"_s << Rows { 3 };
    QTest::newRow("users!= is anything else") << u"users!=10"_s << Rows { 0, 1, 3, 4, 5 };
    QTest::newRow("created<90d is younger than 90 days") << u"created<90d"_s << Rows { 0, 4, 5 };
    QTest::newRow("created>90d is older than 90 days") << u"created>90d"_s << Rows { 1, 3 };
    QTest::newRow("created<10d leaves out an account exactly 10 days old") << u"created<10d"_s << Rows { 5 };
    QTest::newRow("created<=10d takes an account exactly 10 days old") << u"created<=10d"_s << Rows { 0, 5 };
    QTest::newRow("created>=200d takes an account exactly 200 days old") << u"created>=200d"_s << Rows { 1 };
    QTest::newRow("created<3h counts hours") << u"created<3h"_s << Rows { 5 };
    QTest::newRow("created<2w counts weeks") << u"created<2w"_s << Rows { 0, 5 };
    QTest::newRow("created>1y counts years of 365 days") << u"created>1y"_s << Rows {};
    QTest::newRow("created<1Y takes the unit in any case") << u"created<1Y"_s << Rows { 0, 1, 3, 4, 5 };
    QTest::newRow("a missing date matches no comparison") << u"created<100y"_s << Rows { 0, 1, 3, 4, 5 };
    QTest::newRow("not a comparison matches a missing date") << u"-created<90d"_s << Rows { 1, 2, 3 };
    QTest::newRow("updated> a day is after the whole day, UTC") << u"updated>2025-01-01"_s << Rows { 0, 4 };
    QTest::newRow("updated>= a day includes that day") << u"updated>=2025-01-01"_s << Rows { 0, 3, 4 };
    QTest::newRow("updated< a day is before it began") << u"updated<2025-01-01"_s << Rows { 1 };
    QTest::newRow("updated<= a day includes that day") << u"updated<=2025-01-01"_s << Rows { 1, 3 };
    QTest::newRow("updated: a day is within that day") << u"updated:2025-01-01"_s << Rows { 3 };
    QTest::newRow("updated!= a day is any other day, never a missing date")
        << u"updated!=2025-01-01"_s << Rows { 0, 1, 4 };
    QTest::newRow("updated= a year is within that year") << u"updated=2025"_s << Rows { 0, 3, 4 };
    QTest::newRow("updated: a month is within that month") << u"updated:2024-12"_s << Rows { 1 };
    QTest::newRow("updated>= an instant includes it") << u"updated>=2024-12-31T23:00:00Z"_s << Rows { 0, 1, 3, 4 };
    QTest::newRow("updated> an instant with an offset") << u"updated>2025-01-01T00:00:00+01:00"_s << Rows { 0, 3, 4 };
    QTest::newRow("meta.KEY= is the whole value in any case") << u"meta.region=eu"_s << Rows { 0 };
    QTest::newRow("meta.KEY names the key in any case") << u"meta.REGION=eu-west"_s << Rows { 2 };
    QTest::newRow("meta.KEY: is a part of the value") << u"meta.region:EU"_s << Rows { 0, 2 };
    QTest::newRow("meta.KEY!= is absent or different") << u"meta.tier!=basic"_s << Rows { 0, 2, 3, 4, 5 };
    QTest::newRow("meta.KEY:missing is the key absent") << u"meta.contractId:missing"_s << Rows { 1, 2, 3, 4, 5 };
    QTest::newRow("meta.KEY:present is the key there") << u"meta.contractid:present"_s << Rows { 0 };
    QTest::newRow("a quoted \"missing\" is a value") << u"meta.note:\"missing\""_s << Rows { 4 };
    QTest::newRow("a quoted key may hold a space") << u"meta.\"my key\"=x"_s << Rows { 5 };
    QTest::newRow("a key no account has matches nothing") << u"meta.nosuchkey:a"_s << Rows {};
    QTest::newRow("a key no account has is missing everywhere")
        << u"meta.nosuchkey:missing"_s << Rows { 0, 1, 2, 3, 4, 5 };
    QTest::newRow("meta= an empty quoted value is an empty value") << u"meta.a=\"\""_s << Rows {};
    QTest::newRow("createdby:apikey") << u"createdby:apikey"_s << Rows { 0, 2, 4 };
    QTest::newRow("createdby:user") << u"createdby:user"_s << Rows { 1, 3, 5 };
    QTest::newRow("createdby!=user") << u"createdby!=user"_s << Rows { 0, 2, 4 };
    QTest::newRow("a space means and") << u"status:active users>10"_s << Rows { 0, 5 };
    QTest::newRow("and may be written out") << u"status:active and users>10"_s << Rows { 0, 5 };
    QTest::newRow("AND may be written in capitals") << u"status:active AND users>10"_s << Rows { 0, 5 };
    QTest::newRow("or takes either") << u"name:acme or name:beta"_s << Rows { 0, 3 };
    QTest::newRow("OR may be written in capitals") << u"name:acme OR name:beta"_s << Rows { 0, 3 };
    QTest::newRow("or binds less tightly than and") << u"acme or north status:inactive"_s << Rows { 0, 1 };
    QTest::newRow("and binds tighter on both sides of or") << u"status:inactive north or acme"_s << Rows { 0, 1 };
    QTest::newRow("parentheses group first") << u"(acme or north) status:inactive"_s << Rows { 1 };
    QTest::newRow("- negates a term") << u"-status:active"_s << Rows { 1, 4 };
    QTest::newRow("- twice cancels out") << u"--status:active"_s << Rows { 0, 2, 3, 5 };
    QTest::newRow("- negates a group") << u"-(users>10 or status:inactive)"_s << Rows { 2, 3 };
    QTest::newRow("- negates a word") << u"-north"_s << Rows { 0, 3, 4, 5 };
    QTest::newRow("nested parentheses") << u"((name:acme) or ((users=10)))"_s << Rows { 0, 2 };
    QTest::newRow("a word in an expression is plain text") << u"gold users>1"_s << Rows { 0 };
    QTest::newRow("a word finds a key=value pair as plain text does") << u"tier=basic or acme"_s << Rows { 0, 1 };
    QTest::newRow("a quoted word keeps its space") << u"\"north star\""_s << Rows { 1 };
    QTest::newRow("a quoted value keeps its space") << u"name:\"north star\""_s << Rows { 1 };
    QTest::newRow("a quoted value escapes quotes and backslashes")
        << u"name:\"\\\"health\\\" \\\\ care\""_s << Rows { 3 };
    QTest::newRow("a quoted or is a word, here in every id") << u"\"or\" users=10"_s << Rows { 2 };
    QTest::newRow("field names take any case") << u"NAME:acme Meta.Region=EU"_s << Rows { 0 };
    QTest::newRow("surrounding spaces are ignored") << u"   users>10\t"_s << Rows { 0, 4, 5 };
    QTest::newRow("a value may hold a colon") << u"name:a:b"_s << Rows { 4 };
}

void TestFilterExpression::expressionsSelectTheRows()
{
    QFETCH(QString, text);
    QFETCH(Rows, expected);

    const FilterExpression expression = FilterExpression::parse(text, now);
    QVERIFY2(expression.isExpression(), qPrintable(expression.error().message));
    QCOMPARE(rowsMatching(expression, m_store), expected);

    std::vector<quint8> all(size_t(m_store.size()) + 2, 1);
    expression.keepMatchingRows(m_store, all);
    QCOMPARE(rowsSet(all), expected);

    // The same through AccountFilter, one row at a time and in one pass.
    const AccountFilter filter = filterOf(text);
    QVERIFY(filter.isExpression());
    QVERIFY(!filter.hasError());
    std::vector<quint8> viaFilter(size_t(m_store.size()), 9);
    filter.matchRows(m_store, viaFilter);
    QCOMPARE(rowsSet(viaFilter), expected);
    for (qsizetype row = 0; row < m_store.size(); ++row)
        QCOMPARE(filter.matches(m_store, row), expected.contains(int(row)));
}

void TestFilterExpression::plainTextStaysPlainText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("a word") << u"clinic"_s;
    QTest::newRow("a word with a hyphen") << u"north-star"_s;
    QTest::newRow("a hyphen between spaces") << u"center - radiology"_s;
    QTest::newRow("a colon after a word that is no field") << u"a:b"_s;
    QTest::newRow("a colon after a word that starts like a field") << u"identity:x"_s;
    QTest::newRow("a field name without an operator") << u"status active"_s;
    QTest::newRow("spaces around an operator") << u"users > 10"_s;
    QTest::newRow("meta. without an operator") << u"meta.region"_s;
    QTest::newRow("a pasted id") << sampleAccounts()[1].id;
    QTest::newRow("a URL") << u"https://example.com/a?b=c"_s;
    QTest::newRow("a time of day") << u"12:30"_s;
    QTest::newRow("a key=value pair as the table shows it") << u"region=us-east"_s;
    QTest::newRow("or alone") << u"or"_s;
    QTest::newRow("or still being typed at the end") << u"acme or"_s;
    QTest::newRow("or at the start") << u"or acme"_s;
    QTest::newRow("and between words") << u"johnson and johnson"_s;
    QTest::newRow("a closing parenthesis") << u"acme)"_s;
    QTest::newRow("parentheses inside a word") << u"foo(bar)"_s;
    QTest::newRow("a quote inside a word") << u"5\" screen"_s;
    QTest::newRow("a lone hyphen") << u"-"_s;
    QTest::newRow("a trailing hyphen") << u"acme -"_s;
    QTest::newRow("a direction mark in plain text") << u"abc\u202efed"_s;
    QTest::newRow("nothing") << QString();
    QTest::newRow("only spaces") << u"   "_s;
}

void TestFilterExpression::plainTextStaysPlainText()
{
    QFETCH(QString, text);

    const FilterExpression expression = FilterExpression::parse(text, now);
    QCOMPARE(expression.kind(), FilterExpression::Kind::PlainText);
    const AccountFilter filter = filterOf(text);
    QVERIFY(!filter.isExpression());
    QVERIFY(!filter.hasError());
    const QList<Account> accounts = sampleAccounts();
    std::vector<quint8> fast(accounts.size(), 9);
    filter.matchRows(m_store, fast);
    for (qsizetype row = 0; row < accounts.size(); ++row) {
        const bool expected = plainMatches(accounts[row], text.trimmed());
        QCOMPARE(filter.matches(m_store, row), expected);
        QCOMPARE(fast[size_t(row)], quint8(expected));
    }
}

void TestFilterExpression::mistakesAreMarkedWhereTheyAre_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<qsizetype>("length");

    QTest::newRow("a comparison without a value marks the term") << u"users>"_s << qsizetype(0) << qsizetype(6);
    QTest::newRow("positions count from the untrimmed text") << u"  users>"_s << qsizetype(2) << qsizetype(6);
    QTest::newRow("an unknown status marks the value") << u"status:maybe"_s << qsizetype(7) << qsizetype(5);
    QTest::newRow("an unclosed parenthesis marks it") << u"(name:a"_s << qsizetype(0) << qsizetype(1);
    QTest::newRow("the unclosed one of two parentheses") << u"(a (b) c"_s << qsizetype(0) << qsizetype(1);
    QTest::newRow("a parenthesis without its opening") << u"name:a)"_s << qsizetype(6) << qsizetype(1);
    QTest::newRow("a closing parenthesis first") << u") name:a"_s << qsizetype(0) << qsizetype(1);
    QTest::newRow("empty parentheses") << u"name:a ()"_s << qsizetype(7) << qsizetype(2);
    QTest::newRow("meta. without a key") << u"meta.:x"_s << qsizetype(0) << qsizetype(6);
    QTest::newRow("or without a term after it") << u"name:a or"_s << qsizetype(7) << qsizetype(2);
    QTest::newRow("or without a term before it") << u"or name:a"_s << qsizetype(0) << qsizetype(2);
    QTest::newRow("or twice") << u"name:a or or name:b"_s << qsizetype(7) << qsizetype(2);
    QTest::newRow("or right after a parenthesis") << u"(or name:a)"_s << qsizetype(1) << qsizetype(2);
    QTest::newRow("and without a term after it") << u"name:a and"_s << qsizetype(7) << qsizetype(3);
    QTest::newRow("- before or") << u"name:a -or b"_s << qsizetype(7) << qsizetype(1);
    QTest::newRow("an unclosed quote") << u"name:\"abc"_s << qsizetype(5) << qsizetype(4);
    QTest::newRow("an unknown escape") << u"name:\"a\\x\""_s << qsizetype(7) << qsizetype(2);
    QTest::newRow("a backslash at the very end") << u"name:\"a\\"_s << qsizetype(7) << qsizetype(1);
    QTest::newRow("text glued to a closing quote") << u"\"abc\"def"_s << qsizetype(5) << qsizetype(1);
    QTest::newRow("a quoted key without an operator") << u"meta.\"a b\" x"_s << qsizetype(5) << qsizetype(5);
    QTest::newRow("users with words") << u"users>ten"_s << qsizetype(6) << qsizetype(3);
    QTest::newRow("users beyond 18 digits") << u"users>1234567890123456789"_s << qsizetype(6) << qsizetype(19);
    QTest::newRow("an age compared with :") << u"created:90d"_s << qsizetype(7) << qsizetype(1);
    QTest::newRow("an age in minutes") << u"created<90m"_s << qsizetype(8) << qsizetype(3);
    QTest::newRow("an age beyond 10,000 years") << u"created<99999y"_s << qsizetype(8) << qsizetype(6);
    QTest::newRow("a date that does not exist") << u"updated>2025-02-30"_s << qsizetype(8) << qsizetype(10);
    QTest::newRow("a date in another format") << u"updated>01/02/2025"_s << qsizetype(8) << qsizetype(10);
    QTest::newRow("a name compared with <") << u"name<x"_s << qsizetype(4) << qsizetype(1);
    QTest::newRow("metadata compared with >") << u"meta.tier>3"_s << qsizetype(9) << qsizetype(1);
    QTest::newRow("status compared with >=") << u"status>=active"_s << qsizetype(6) << qsizetype(2);
    QTest::newRow("an unknown creator") << u"createdby:robot"_s << qsizetype(10) << qsizetype(5);
    QTest::newRow("a direction mark outside quotes") << u"name:ab\u202ecd"_s << qsizetype(7) << qsizetype(1);
    QTest::newRow("a direction mark in a word of an expression")
        << u"users>1 ab\u2066c"_s << qsizetype(10) << qsizetype(1);
}

void TestFilterExpression::mistakesAreMarkedWhereTheyAre()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QFETCH(qsizetype, length);

    const FilterExpression expression = FilterExpression::parse(text, now);
    QCOMPARE(expression.kind(), FilterExpression::Kind::Invalid);
    QVERIFY(!expression.error().message.isEmpty());
    QCOMPARE(expression.error().position, position);
    QCOMPARE(expression.error().length, length);
    QVERIFY(!expression.matches(m_store, 0));
}

void TestFilterExpression::hostileInputGivesAnErrorNotACrash_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");

    const qsizetype limit = FilterExpression::maxLength;
    QString terms;
    for (int i = 0; i < FilterExpression::maxTerms + 1; ++i)
        terms += u"users>%1 "_s.arg(i);

    QTest::newRow("10,000 nested parentheses are too long")
        << QString(10'000, u'(') + u"a"_s + QString(10'000, u')') << limit;
    QTest::newRow("100 KB of text is too long") << QString(100 * 1024, u'x') << limit;
    QTest::newRow("1,000 nested parentheses are too deep") << QString(1000, u'(') + u"a"_s << qsizetype(32);
    QTest::newRow("1,000 minus signs are too deep") << QString(1000, u'-') + u"a"_s << qsizetype(32);
    QTest::newRow("too many terms, marked at the first one too many")
        << terms << qsizetype(terms.indexOf(u"users>64"_s));
    QTest::newRow("NUL in an expression") << u"name:a\0b"_s << qsizetype(6);
    QTest::newRow("NUL in plain text") << u"ab\0c"_s << qsizetype(2);
    QTest::newRow("a bell character") << u"users>1 \u0007"_s << qsizetype(8);
    QTest::newRow("an escape character in plain text") << u"\u001b[31mred"_s << qsizetype(0);
    QTest::newRow("a lone high surrogate") << u"name:x"_s + QChar(0xd800) + u"y"_s << qsizetype(6);
    QTest::newRow("a lone low surrogate") << QChar(0xdc00) + u"abc"_s << qsizetype(0);
    QTest::newRow("a high surrogate at the end") << u"abc"_s + QChar(0xd83d) << qsizetype(3);
    QTest::newRow("a right-to-left override hiding an or") << u"name:a \u202eor\u202c name:b"_s << qsizetype(7);
}

void TestFilterExpression::hostileInputGivesAnErrorNotACrash()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);

    const FilterExpression expression = FilterExpression::parse(text, now);
    QCOMPARE(expression.kind(), FilterExpression::Kind::Invalid);
    QCOMPARE(expression.error().position, position);
    QVERIFY(expression.error().length >= 1);
    QVERIFY(expression.error().position + expression.error().length <= text.size());

    AccountFilter filter = filterOf(u"status:inactive"_s);
    filter.setText(text, now);
    QVERIFY(filter.hasError());
    QCOMPARE(filter.appliedText(), u"status:inactive"_s);
}

void TestFilterExpression::directionMarksInQuotesAreSearchedFor()
{
    const FilterExpression quoted = FilterExpression::parse(u"meta.bidi:\"c\u202ef\""_s, now);
    QVERIFY2(quoted.isExpression(), qPrintable(quoted.error().message));
    QCOMPARE(rowsMatching(quoted, m_store), Rows { 5 });
    // Emoji and other characters beyond U+FFFF are whole characters, not lone surrogates.
    QVERIFY(FilterExpression::parse(u"name:\U0001F3E5"_s, now).isExpression());
}

void TestFilterExpression::relativeAgesCountBackFromTheGivenTime()
{
    // Ten days later, the account created 10 days before "now" is 20 days old.
    const FilterExpression later = FilterExpression::parse(u"created<15d"_s, now + 10 * day);
    QCOMPARE(rowsMatching(later, m_store), Rows { 5 });
    QCOMPARE(rowsMatching(FilterExpression::parse(u"created<15d"_s, now), m_store), (Rows { 0, 5 }));
    // A time far in the past or future saturates instead of overflowing.
    QCOMPARE(
        rowsMatching(FilterExpression::parse(u"created<1h"_s, std::numeric_limits<qint64>::max()), m_store), Rows {});
    QCOMPARE(
        rowsMatching(FilterExpression::parse(u"created>10000y"_s, std::numeric_limits<qint64>::min() + 1), m_store),
        Rows {});
}

void TestFilterExpression::theLastValidFilterStaysAppliedWhileTyping()
{
    AccountFilter filter;
    filter.setText(u"status:inactive"_s, now);
    QCOMPARE(rowsMatching(FilterExpression::parse(filter.appliedText(), now), m_store), (Rows { 1, 4 }));

    filter.setText(u"status:inactive users>"_s, now);
    QVERIFY(filter.hasError());
    QCOMPARE(filter.error().position, qsizetype(16));
    QCOMPARE(filter.text(), u"status:inactive users>"_s);
    QCOMPARE(filter.appliedText(), u"status:inactive"_s);
    QVERIFY(filter.isExpression());
    std::vector<quint8> rows(6, 1);
    filter.matchRows(m_store, rows);
    QCOMPARE(rowsSet(rows), (Rows { 1, 4 }));

    filter.setText(u"status:inactive users>10"_s, now);
    QVERIFY(!filter.hasError());
    QCOMPARE(filter.error(), FilterExpressionError());
    filter.matchRows(m_store, rows);
    QCOMPARE(rowsSet(rows), Rows { 4 });

    // Back to plain text: the old substring search.
    filter.setText(u"clinic"_s, now);
    QVERIFY(!filter.isExpression());
    filter.matchRows(m_store, rows);
    QCOMPARE(rowsSet(rows), Rows { 0 });

    // A fresh filter with a mistake lets every row through until the text is valid.
    AccountFilter fresh;
    fresh.setText(u"(name:a"_s, now);
    QVERIFY(fresh.hasError());
    QVERIFY(fresh.isEmpty());
    QVERIFY(fresh.matches(m_store, 3));
}

void TestFilterExpression::equalityAndNarrowingAnswerForTheTextInForce()
{
    QVERIFY(filterOf(u"users>10"_s) == filterOf(u" users>10 "_s));
    QVERIFY(filterOf(u"users>10"_s) != filterOf(u"users>11"_s));
    AccountFilter typing = filterOf(u"users>10"_s);
    typing.setText(u"users>10 or"_s, now);
    QVERIFY(typing.hasError());
    QVERIFY(typing == filterOf(u"users>10"_s));

    QVERIFY(filterOf(u"users>10"_s).narrows(AccountFilter()));
    QVERIFY(!filterOf(u"users>10"_s).narrows(filterOf(u"users>5"_s)));
    QVERIFY(!filterOf(u"users>10 acme"_s).narrows(filterOf(u"acme"_s)));
    QVERIFY(!filterOf(u"acme"_s).narrows(filterOf(u"name:acme"_s)));
    QVERIFY(filterOf(u"acme clinic"_s).narrows(filterOf(u"acme"_s)));
}

void TestFilterExpression::statusAndIdListStillApplyOnTopOfAnExpression()
{
    AccountFilter filter = filterOf(u"users>=10"_s);
    filter.setStatus(AccountFilter::Status::Inactive);
    std::vector<quint8> rows(6, 1);
    filter.matchRows(m_store, rows);
    QCOMPARE(rowsSet(rows), Rows { 4 });

    filter.setStatus(AccountFilter::Status::All);
    filter.setIdList({ sampleAccounts()[2].id, sampleAccounts()[3].id });
    filter.matchRows(m_store, rows);
    QCOMPARE(rowsSet(rows), Rows { 2 });
    QVERIFY(filter.matches(m_store, 2));
    QVERIFY(!filter.matches(m_store, 0));
}

void TestFilterExpression::keyResolutionAgreesWithRowByRowTesting()
{
    // Many rows and keys in mixed case: one pass (keys resolved once) against one row at a time.
    AccountStore store(AccountKind::Organization);
    AccountBatch batch(AccountKind::Organization);
    for (int n = 0; n < 400; ++n) {
        Account account = AccountFactory::account(AccountKind::Organization, quint64(n), n % 3 != 0);
        account.metadata.append({ n % 2 ? u"Region"_s : u"zone"_s, n % 5 ? u"EU"_s : u"\u00e9u-west"_s });
        if (n % 7 == 0)
            account.metadata.append({ u"REGION"_s, u"us"_s });
        if (n % 11 == 0)
            account.createdAt = QDateTime();
        batch.append(account);
    }
    store.append(batch);
    const qint64 later = QDateTime(QDate(2023, 1, 10), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (const QString &text : { u"meta.region=eu"_s, u"meta.region:\u00c9U"_s, u"meta.region!=us"_s,
             u"meta.zone:missing or users<5"_s, u"-(meta.region:present created<7d) status:active"_s,
             u"meta.contract:C-1 or meta.REGION=US"_s, u"west -meta.region:eu"_s }) {
        const FilterExpression expression = FilterExpression::parse(text, later);
        QVERIFY2(expression.isExpression(), qPrintable(text));
        std::vector<quint8> fast(size_t(store.size()), 1);
        expression.keepMatchingRows(store, fast);
        int matching = 0;
        for (qsizetype row = 0; row < store.size(); ++row) {
            QCOMPARE(fast[size_t(row)], quint8(expression.matches(store, row)));
            matching += fast[size_t(row)];
        }
        // Neither all nor none: both would prove little.
        QVERIFY2(matching > 0 && matching < store.size(), qPrintable(text));
    }
}

void TestFilterExpression::aReplacedRowIsTestedByItsNewValues()
{
    AccountStore store(AccountKind::Organization);
    QList<Account> accounts = sampleAccounts();
    store.append(AccountFactory::batch(accounts, AccountKind::Organization));
    const FilterExpression expression = FilterExpression::parse(u"name:renamed meta.fresh=yes"_s, now);
    QVERIFY(!expression.matches(store, 1));

    // A longer name and a new key: the row's search text moves aside and a key is interned.
    accounts[1].name = u"Renamed to something much longer than North Star Imaging was"_s;
    accounts[1].metadata.append({ u"fresh"_s, u"YES"_s });
    store.upsert(AccountFactory::batch({ accounts[1] }, AccountKind::Organization));
    QVERIFY(expression.matches(store, 1));
    std::vector<quint8> rows(6, 1);
    expression.keepMatchingRows(store, rows);
    QCOMPARE(rowsSet(rows), Rows { 1 });
}

void TestFilterExpression::completionsNameTheFieldsAndTheStoresKeys()
{
    const QStringList fields = filterCompletions(nullptr);
    QCOMPARE(fields,
        QStringList(
            { u"name"_s, u"id"_s, u"status"_s, u"users"_s, u"created"_s, u"updated"_s, u"createdby"_s, u"meta."_s }));
    const QStringList all = filterCompletions(&m_store);
    QCOMPARE(all.mid(fields.size()),
        QStringList({ u"meta.a"_s, u"meta.bidi"_s, u"meta.contractId"_s, u"meta.\"my key\""_s, u"meta.note"_s,
            u"meta.region"_s, u"meta.tier"_s }));
    // Every completion of a key parses as the start of a term that names that key.
    for (const QString &completion : all.mid(fields.size())) {
        const FilterExpression expression = FilterExpression::parse(completion + u":present"_s, now);
        QVERIFY2(expression.isExpression(), qPrintable(completion));
        QVERIFY(!rowsMatching(expression, m_store).isEmpty());
    }
}

void TestFilterExpression::theFilterModelShowsTheMatchingRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("by name") << u"name:star"_s << QStringList { u"North Star Imaging"_s, u"north-star Labs"_s };
    QTest::newRow("by id") << u"id="_s + sampleAccounts()[3].id << QStringList { u"Beta \"Health\" \\ Care"_s };
    QTest::newRow("by status") << u"status:inactive"_s
                               << QStringList { u"North Star Imaging"_s, u"Gamma a:b Center - Radiology"_s };
    QTest::newRow("by users") << u"users>100"_s << QStringList { u"\u00dcn\u00efcode \u00c4rzte"_s };
    QTest::newRow("by creation date") << u"created<12h"_s << QStringList { u"\u00dcn\u00efcode \u00c4rzte"_s };
    QTest::newRow("by update date") << u"updated:2025-06"_s << QStringList { u"Acme Clinic"_s };
    QTest::newRow("by creator") << u"createdby:apikey users<12"_s
                                << QStringList { u"north-star Labs"_s, u"Gamma a:b Center - Radiology"_s };
    QTest::newRow("by metadata") << u"meta.tier=gold"_s << QStringList { u"Acme Clinic"_s };
    QTest::newRow("by a plain word in an expression")
        << u"-clinic -star"_s
        << QStringList { u"Beta \"Health\" \\ Care"_s, u"Gamma a:b Center - Radiology"_s,
               u"\u00dcn\u00efcode \u00c4rzte"_s };
}

void TestFilterExpression::theFilterModelShowsTheMatchingRows()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);

    AccountStore store(AccountKind::Organization);
    AccountTableModel table(&store);
    table.setInsertInterval(0);
    AccountFilterModel proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Account> accounts = sampleAccounts();
    store.append(AccountFactory::batch(accounts.first(3), AccountKind::Organization));

    AccountFilter filter;
    filter.setText(text, now);
    QVERIFY(filter.isExpression());
    proxy.setFilter(filter);
    // Rows arriving after the filter was set are filtered as they come.
    store.append(AccountFactory::batch(accounts.sliced(3), AccountKind::Organization));
    proxy.sort(AccountTableModel::NameColumn);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, AccountTableModel::NameColumn).data().toString();
    QStringList expected = names;
    std::sort(expected.begin(), expected.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(shown, expected);

    // A row changed in every field: it leaves (or stays) as a fresh test of every row says.
    const QString first = proxy.index(0, 0).data(AccountTableModel::AccountIdRole).toString();
    Account changed = accounts[store.rowOf(first)];
    changed.name = u"zzz"_s;
    changed.isActive = !changed.isActive;
    changed.userCount = 50;
    changed.createdAt = QDateTime();
    changed.updatedAt = QDateTime();
    changed.createdByApiKeyId.reset();
    changed.createdByUserId = u"usr_x"_s;
    changed.metadata = { { u"tier"_s, u"none"_s } };
    store.upsert(AccountFactory::batch({ changed }, AccountKind::Organization));
    QStringList expectedIds;
    for (qsizetype row = 0; row < store.size(); ++row) {
        if (filter.matches(store, row))
            expectedIds << store.id(row);
    }
    QStringList shownIds;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shownIds << proxy.index(row, 0).data(AccountTableModel::AccountIdRole).toString();
    expectedIds.sort();
    shownIds.sort();
    QCOMPARE(shownIds, expectedIds);
}

QTEST_GUILESS_MAIN(TestFilterExpression)
#include "tst_filterexpression.moc"
