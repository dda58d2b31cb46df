// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/models/accountfilter.h"
#include "core/models/accountstore.h"
#include "core/models/foldedtext.h"
#include "tests/testkit/accountfactory.h"

using namespace Qt::StringLiterals;

class TestAccountFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void theTextIsTrimmed();
    void isEmptyOnlyWithoutTextAndStatus();
    void matchRowsAgreesWithMatchesOnEveryRow_data();
    void matchRowsAgreesWithMatchesOnEveryRow();
    void aReplacedRowMatchesByItsNewText();
    void rowsOutsideTheStoreNeverMatch();
    void narrowsWhenTypingOn();
    void anIdListLimitsTheRowsOnTopOfTextAndStatus();
    void foldingUtf8AgreesWithFoldingText_data();
    void foldingUtf8AgreesWithFoldingText();
};

namespace
{
QString orgId(int n)
{
    return u"org_%1"_s.arg(n, 32, 16, QLatin1Char('0'));
}

Account clinic()
{
    Account account;
    account.kind = AccountKind::Organization;
    account.id = u"org_1234567890abcdef1234567890abcdef"_s;
    account.name = u"City Medical Center - Radiology Department"_s;
    account.isActive = true;
    account.userCount = 15;
    account.createdByApiKeyId = u"550e8400-e29b-41d4-a716-446655440000"_s;
    account.createdByUserId = u"usr_feedfacefeedfacefeedfacefeedface"_s;
    account.metadata = { { u"department"_s, u"radiology"_s }, { u"region"_s, u"northeast"_s } };
    return account;
}

AccountBatch batchOf(const QList<Account> &accounts)
{
    return AccountFactory::batch(accounts, AccountKind::Organization);
}

// A spread of names, cases and scripts for comparing the fast path with the slow one.
Account variedAccount(int n)
{
    static const QStringList names = {
        u"City Medical Center"_s,
        u"\u00c9COLE de Radiologie"_s,
        u"\u00e9cole Saint-Jean"_s,
        u"Stra\u00dfe Klinik"_s,
        u"\u03a3\u03a9\u039c\u0391 Clinic"_s,
        u"Lakeside IMAGING"_s,
        u"\U0001F3E5 Emoji Health"_s,
        u"K\u00f6ln Praxis"_s,
    };
    Account account;
    account.kind = AccountKind::Organization;
    account.id = orgId(n * 7919);
    account.name = names[n % names.size()] + u' ' + QString::number(n);
    account.isActive = n % 3 != 0;
    if (n % 2 == 0)
        account.metadata.append({ u"Region"_s, n % 4 == 0 ? u"NorthEast"_s : u"s\u00fcd"_s });
    if (n % 5 == 0)
        account.metadata.append({ u"tier"_s, u"Gold"_s });
    return account;
}

AccountFilter filterOf(const QString &text, AccountFilter::Status status = AccountFilter::Status::All)
{
    AccountFilter filter;
    filter.setText(text);
    filter.setStatus(status);
    return filter;
}
} // namespace

void TestAccountFilter::matches_data()
{
    QTest::addColumn<Account>("account");
    QTest::addColumn<QString>("text");
    QTest::addColumn<AccountFilter::Status>("status");
    QTest::addColumn<bool>("expected");

    using Status = AccountFilter::Status;
    Account inactive = clinic();
    inactive.isActive = false;
    Account accented = clinic();
    accented.name = u"\u00c9cole de Radiologie \u00c0 Lyon"_s;
    Account greek = clinic();
    greek.name = u"\u039a\u039b\u0399\u039d\u0399\u039a\u0397 \u0391\u0398\u0397\u039d\u03a9\u039d"_s;

    QTest::newRow("an empty filter matches everything") << clinic() << QString() << Status::All << true;
    QTest::newRow("a name substring matches") << clinic() << u"center - rad"_s << Status::All << true;
    QTest::newRow("a metadata value matches") << clinic() << u"northeast"_s << Status::All << true;
    QTest::newRow("a metadata key matches") << clinic() << u"region"_s << Status::All << true;
    QTest::newRow("a key=value pair as shown matches") << clinic() << u"region=north"_s << Status::All << true;
    QTest::newRow("an id prefix matches") << clinic() << u"org_12345"_s << Status::All << true;
    QTest::newRow("the middle of an id matches") << clinic() << u"90abcdef12"_s << Status::All << true;
    QTest::newRow("case does not matter") << clinic() << u"RADIOLOGY DEPARTMENT"_s << Status::All << true;
    QTest::newRow("case does not matter in ids") << clinic() << u"ORG_1234"_s << Status::All << true;
    QTest::newRow("a non-ASCII name matches case-insensitively") << accented << u"\u00e9COLE"_s << Status::All << true;
    QTest::newRow("an uppercase non-ASCII needle matches lowercase text")
        << accented << u"\u00c0 LYON"_s << Status::All << true;
    QTest::newRow("a Greek name matches in lowercase")
        << greek << u"\u03ba\u03bb\u03b9\u03bd\u03b9\u03ba\u03b7"_s << Status::All << true;
    QTest::newRow("an accent is not ignored") << accented << u"ecole"_s << Status::All << false;
    QTest::newRow("text in no field does not match") << clinic() << u"oncology"_s << Status::All << false;
    QTest::newRow("text spanning two fields does not match") << clinic() << u"departmentorg_"_s << Status::All << false;
    QTest::newRow("text spanning two metadata pairs does not match")
        << clinic() << u"radiology, region"_s << Status::All << false;
    QTest::newRow("the creator is not searched") << clinic() << u"550e8400"_s << Status::All << false;
    QTest::newRow("the creating user is not searched") << clinic() << u"feedface"_s << Status::All << false;
    QTest::newRow("inactive status hides active rows") << clinic() << QString() << Status::Inactive << false;
    QTest::newRow("inactive status shows inactive rows") << inactive << QString() << Status::Inactive << true;
    QTest::newRow("active status hides inactive rows") << inactive << QString() << Status::Active << false;
    QTest::newRow("active status shows active rows") << clinic() << QString() << Status::Active << true;
    QTest::newRow("status and text must both hold") << inactive << u"northeast"_s << Status::Active << false;
    QTest::newRow("status and text together match") << inactive << u"northeast"_s << Status::Inactive << true;
}

void TestAccountFilter::matches()
{
    QFETCH(Account, account);
    QFETCH(QString, text);
    QFETCH(AccountFilter::Status, status);
    QFETCH(bool, expected);

    AccountStore store(AccountKind::Organization);
    store.append(batchOf({ account }));
    const AccountFilter filter = filterOf(text, status);
    QCOMPARE(filter.matches(store, 0), expected);

    std::vector<quint8> all(1, 7);
    filter.matchRows(store, all);
    QCOMPARE(all.front(), quint8(expected ? 1 : 0));
}

void TestAccountFilter::theTextIsTrimmed()
{
    AccountStore store(AccountKind::Organization);
    store.append(batchOf({ clinic() }));
    const AccountFilter filter = filterOf(u"  \tNorthEast \n"_s);
    QCOMPARE(filter.text(), u"NorthEast"_s);
    QVERIFY(filter.matches(store, 0));
    QVERIFY(filterOf(u"   "_s).isEmpty());
}

void TestAccountFilter::isEmptyOnlyWithoutTextAndStatus()
{
    QVERIFY(AccountFilter().isEmpty());
    QCOMPARE(AccountFilter().status(), AccountFilter::Status::All);
    QVERIFY(!filterOf(u"a"_s).isEmpty());
    QVERIFY(!filterOf(QString(), AccountFilter::Status::Active).isEmpty());
    QVERIFY(filterOf(u"a"_s) == filterOf(u" a "_s));
    QVERIFY(filterOf(u"a"_s) != filterOf(u"a"_s, AccountFilter::Status::Inactive));
}

void TestAccountFilter::matchRowsAgreesWithMatchesOnEveryRow_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<AccountFilter::Status>("status");

    using Status = AccountFilter::Status;
    QTest::newRow("one letter matches almost every row") << u"e"_s << Status::All;
    QTest::newRow("a word in some names") << u"clinic"_s << Status::All;
    QTest::newRow("a metadata key in another case") << u"REGION"_s << Status::Active;
    QTest::newRow("a metadata value with an umlaut") << u"S\u00dcD"_s << Status::All;
    QTest::newRow("a sharp s") << u"stra\u00dfe"_s << Status::Inactive;
    QTest::newRow("Greek capitals") << u"\u03c3\u03c9\u03bc\u03b1"_s << Status::All;
    QTest::newRow("an emoji") << u"\U0001F3E5"_s << Status::All;
    QTest::newRow("digits inside ids and names") << u"12"_s << Status::All;
    QTest::newRow("an id prefix") << u"org_0000"_s << Status::Active;
    QTest::newRow("nothing matches") << u"zzzz"_s << Status::All;
    QTest::newRow("status alone") << QString() << Status::Inactive;
}

void TestAccountFilter::matchRowsAgreesWithMatchesOnEveryRow()
{
    QFETCH(QString, text);
    QFETCH(AccountFilter::Status, status);

    AccountStore store(AccountKind::Organization);
    AccountBatch batch(AccountKind::Organization);
    for (int n = 0; n < 600; ++n)
        batch.append(variedAccount(n));
    store.append(batch);
    // Replacements in place, moved aside, and replaced twice.
    for (const int n : { 3, 40, 41, 41, 599 }) {
        Account changed = variedAccount(n);
        changed.name
            = (n % 2 ? u"Renamed to a much longer name than before, Clinic "_s : u"Short "_s) + QString::number(n);
        changed.isActive = !changed.isActive;
        store.upsert(batchOf({ changed }));
    }

    const AccountFilter filter = filterOf(text, status);
    std::vector<quint8> fast(size_t(store.size()), 9);
    filter.matchRows(store, fast);
    int matching = 0;
    for (qsizetype row = 0; row < store.size(); ++row) {
        const Account account = store.account(row);
        bool slow
            = status == AccountFilter::Status::All || account.isActive == (status == AccountFilter::Status::Active);
        if (slow && !filter.text().isEmpty()) {
            bool found = account.name.contains(filter.text(), Qt::CaseInsensitive)
                || account.id.contains(filter.text(), Qt::CaseInsensitive);
            for (const auto &[key, value] : std::as_const(account.metadata))
                found = found || QString(key % u'=' % value).contains(filter.text(), Qt::CaseInsensitive);
            slow = found;
        }
        QCOMPARE(filter.matches(store, row), slow);
        QCOMPARE(fast[size_t(row)], quint8(slow ? 1 : 0));
        matching += slow ? 1 : 0;
    }
    // Both sides agreeing on nothing would prove nothing.
    QCOMPARE(matching > 0, filter.text() != u"zzzz"_s);
}

void TestAccountFilter::aReplacedRowMatchesByItsNewText()
{
    AccountStore store(AccountKind::Organization);
    store.append(batchOf({ clinic() }));
    const AccountFilter filter = filterOf(u"northeast"_s);
    QVERIFY(filter.matches(store, 0));

    Account moved = clinic();
    moved.metadata = { { u"region"_s, u"southwest"_s } };
    store.upsert(batchOf({ moved }));
    QVERIFY(!filter.matches(store, 0));
    QVERIFY(filterOf(u"southwest"_s).matches(store, 0));
}

void TestAccountFilter::rowsOutsideTheStoreNeverMatch()
{
    AccountStore store(AccountKind::Organization);
    store.append(batchOf({ clinic() }));
    QVERIFY(!AccountFilter().matches(store, 1));
    QVERIFY(!AccountFilter().matches(store, -1));

    std::vector<quint8> longer(3, 5);
    AccountFilter().matchRows(store, longer);
    QCOMPARE(longer, std::vector<quint8>({ 1, 0, 0 }));
}

void TestAccountFilter::anIdListLimitsTheRowsOnTopOfTextAndStatus()
{
    AccountStore store(AccountKind::Organization);
    AccountBatch batch(AccountKind::Organization);
    for (int n = 0; n < 60; ++n)
        batch.append(variedAccount(n));
    store.append(batch);
    const QSet<QString> listed { variedAccount(2).id, variedAccount(3).id, variedAccount(10).id,
        u"org_ffffffffffffffffffffffffffffffff"_s };

    AccountFilter filter;
    filter.setIdList(listed);
    QVERIFY(filter.hasIdList());
    QVERIFY(!filter.isEmpty());
    QVERIFY(filter != AccountFilter());
    AccountFilter inactiveListed = filter;
    inactiveListed.setStatus(AccountFilter::Status::Inactive); // variedAccount(3) is the inactive one
    for (const AccountFilter &f : { filter, inactiveListed }) {
        std::vector<quint8> fast(size_t(store.size()), 9);
        f.matchRows(store, fast);
        int matching = 0;
        for (qsizetype row = 0; row < store.size(); ++row) {
            const Account account = store.account(row);
            const bool expected
                = listed.contains(account.id) && (f.status() == AccountFilter::Status::All || !account.isActive);
            QCOMPARE(f.matches(store, row), expected);
            QCOMPARE(fast[size_t(row)], quint8(expected ? 1 : 0));
            matching += expected;
        }
        QCOMPARE(matching, f.status() == AccountFilter::Status::All ? 3 : 1);
    }
    // An empty list shows nothing: "these 0 accounts", not "every account".
    AccountFilter none;
    none.setIdList({});
    QVERIFY(!none.matches(store, 0));
    // A list narrows the unlisted filter and a larger list, never the other way round.
    QVERIFY(filter.narrows(AccountFilter()));
    QVERIFY(!AccountFilter().narrows(filter));
    AccountFilter smaller;
    smaller.setIdList({ variedAccount(2).id });
    QVERIFY(smaller.narrows(filter));
    QVERIFY(!filter.narrows(smaller));
    filter.clearIdList();
    QVERIFY(filter.isEmpty());
}

void TestAccountFilter::narrowsWhenTypingOn()
{
    using Status = AccountFilter::Status;
    QVERIFY(filterOf(u"abc"_s).narrows(filterOf(u"ab"_s)));
    QVERIFY(filterOf(u"xABy"_s).narrows(filterOf(u"ab"_s)));
    QVERIFY(filterOf(u"ab"_s).narrows(filterOf(QString())));
    QVERIFY(!filterOf(u"ab"_s).narrows(filterOf(u"abc"_s)));
    QVERIFY(filterOf(u"ab"_s, Status::Active).narrows(filterOf(u"ab"_s)));
    QVERIFY(!filterOf(u"ab"_s).narrows(filterOf(u"ab"_s, Status::Active)));
    QVERIFY(!filterOf(u"ab"_s, Status::Inactive).narrows(filterOf(u"a"_s, Status::Active)));
}

void TestAccountFilter::foldingUtf8AgreesWithFoldingText_data()
{
    QTest::addColumn<QByteArray>("utf8");

    QTest::newRow("ASCII folds to lower case") << "City Medical CENTER 12_x"_ba;
    QTest::newRow("Latin letters with accents fold") << u"\u00c9COLE \u00c0 K\u00d6LN"_s.toUtf8();
    QTest::newRow("Greek folds, final sigma too") << u"\u03a3\u039f\u03a6\u0399\u0391 \u03c2"_s.toUtf8();
    QTest::newRow("the Kelvin sign folds to k") << u"\u212a"_s.toUtf8();
    QTest::newRow("characters beyond U+FFFF fold") << u"\U00010400 \U0001F3E5"_s.toUtf8();
    QTest::newRow("a truncated sequence is folded like QString reads it") << "ab\xc3"_ba;
    QTest::newRow("an encoded surrogate is folded like QString reads it") << "\xed\xa0\x80X"_ba;
    QTest::newRow("an overlong form is folded like QString reads it") << QByteArray::fromHex("c0af41");
    QTest::newRow("a stray continuation byte is folded like QString reads it") << QByteArray::fromHex("418042");
    QTest::newRow("a byte beyond Unicode is folded like QString reads it") << "\xf5\x80\x80\x80"_ba;
}

void TestAccountFilter::foldingUtf8AgreesWithFoldingText()
{
    QFETCH(QByteArray, utf8);
    QByteArray folded = "prefix"_ba;
    FoldedText::appendFolded(folded, utf8);
    QCOMPARE(folded, "prefix"_ba + FoldedText::fold(QString::fromUtf8(utf8)));
}

QTEST_GUILESS_MAIN(TestAccountFilter)
#include "tst_accountfilter.moc"
