// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/models/changesummary.h"
#include "tests/testkit/accountfactory.h"

using namespace Qt::StringLiterals;

class TestChangeSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachCategoryIsFoundExactly();
    void changesOfOneAccountCombine();
    void metadataChangesNameTheirKeys();
    void pairsInAnotherOrderAreNoChange();
    void unchangedAccountsAreNotListed();
    void emptyInputs();
    void theLineCountsEachCategory_data();
    void theLineCountsEachCategory();
    void theLineSaysWhenNothingChanged();
    void aHundredThousandAccountsInOnePass();
};

namespace
{
constexpr AccountKind kind = AccountKind::ExpressCustomer;

Account account(quint64 n, bool isActive = true)
{
    return AccountFactory::account(kind, n, isActive);
}

AccountBatch batchOf(const QList<Account> &accounts)
{
    return AccountFactory::batch(accounts, kind);
}

QString id(quint64 n)
{
    return AccountFactory::id(kind, n);
}

// Tuesday 2026-03-10 17:40 local time, and "now" a day later.
const QDateTime tuesday(QDate(2026, 3, 10), QTime(17, 40));
const QDateTime wednesday(QDate(2026, 3, 11), QTime(9, 15));
const QLocale english(QLocale::English, QLocale::UnitedKingdom);
} // namespace

void TestChangeSummary::eachCategoryIsFoundExactly()
{
    const QList<Account> before { account(1), account(2, false), account(3), account(4), account(5) };
    Account renamed = account(4);
    renamed.name = u"Renamed clinic"_s;
    const QList<Account> after { account(1, false), account(2, true), account(3), renamed, account(6) };

    const ChangeSummary summary = ChangeSummary::compare(batchOf(before), batchOf(after), 0);
    QCOMPARE(summary.changes(id(1)), ChangeSummary::Changes(ChangeSummary::Deactivated));
    QCOMPARE(summary.changes(id(2)), ChangeSummary::Changes(ChangeSummary::Reactivated));
    QCOMPARE(summary.changes(id(3)), ChangeSummary::Changes());
    QCOMPARE(summary.changes(id(4)), ChangeSummary::Changes(ChangeSummary::Renamed));
    QCOMPARE(summary.changes(id(5)), ChangeSummary::Changes(ChangeSummary::Gone));
    QCOMPARE(summary.changes(id(6)), ChangeSummary::Changes(ChangeSummary::New));
    QCOMPARE(summary.count(ChangeSummary::Deactivated), 1);
    QCOMPARE(summary.count(ChangeSummary::Reactivated), 1);
    QCOMPARE(summary.count(ChangeSummary::New), 1);
    QCOMPARE(summary.count(ChangeSummary::Gone), 1);
    QCOMPARE(summary.count(ChangeSummary::Edited), 1);
    // The server's order, then what is gone.
    QCOMPARE(summary.changedIds(), (QStringList { id(1), id(2), id(4), id(6), id(5) }));
    QCOMPARE(summary.describe(id(1)), u"deactivated"_s);
    QCOMPARE(summary.describe(id(5)), u"gone"_s);
    QCOMPARE(summary.describe(id(6)), u"new"_s);
    QCOMPARE(summary.describe(id(3)), QString());
    QCOMPARE(summary.entry(id(5))->oldName, account(5).name);
    QCOMPARE(summary.entry(id(6))->newName, account(6).name);
}

void TestChangeSummary::changesOfOneAccountCombine()
{
    Account old = account(7);
    old.name = u"Old"_s;
    old.userCount = 3;
    Account now = old;
    now.isActive = false;
    now.name = u"New"_s;
    now.userCount = 5;
    now.updatedAt = now.updatedAt.addDays(3); // the server's clock alone is no edit

    const ChangeSummary summary = ChangeSummary::compare(batchOf({ old }), batchOf({ now }), 0);
    QCOMPARE(summary.changes(id(7)), ChangeSummary::Deactivated | ChangeSummary::Renamed | ChangeSummary::UsersChanged);
    QCOMPARE(summary.count(ChangeSummary::Deactivated), 1);
    QCOMPARE(summary.count(ChangeSummary::Edited), 1); // once, however many edits
    QCOMPARE(summary.describe(id(7)), u"deactivated; name: Old → New; users 3 → 5"_s);
}

void TestChangeSummary::metadataChangesNameTheirKeys()
{
    Account old = account(8);
    old.metadata = { { u"tier"_s, u"basic"_s }, { u"region"_s, u"west"_s }, { u"contract"_s, u"C-8"_s } };
    Account now = account(8);
    now.metadata = { { u"contract"_s, u"C-8"_s }, { u"siteCode"_s, u"S1"_s }, { u"tier"_s, u"gold"_s } };
    Account untouched = account(9);
    Account cleared = account(10);
    cleared.metadata.clear();

    const ChangeSummary summary
        = ChangeSummary::compare(batchOf({ old, untouched, account(10) }), batchOf({ now, untouched, cleared }), 0);
    QCOMPARE(summary.changes(id(8)), ChangeSummary::Changes(ChangeSummary::MetadataChanged));
    const ChangeSummary::Entry *entry = summary.entry(id(8));
    QVERIFY(entry);
    QCOMPARE(entry->addedKeys, QStringList { u"siteCode"_s });
    QCOMPARE(entry->removedKeys, QStringList { u"region"_s });
    QCOMPARE(entry->changedValues.size(), 1);
    QCOMPARE(entry->changedValues.first().key, u"tier"_s);
    QCOMPARE(entry->changedValues.first().oldValue, u"basic"_s);
    QCOMPARE(entry->changedValues.first().newValue, u"gold"_s);
    QCOMPARE(summary.describe(id(8)), u"metadata: +siteCode, -region, tier basic → gold"_s);
    QCOMPARE(summary.describe(id(10)), u"metadata: -contract, -region"_s);
    QCOMPARE(summary.changes(id(9)), ChangeSummary::Changes());
    QCOMPARE(summary.count(ChangeSummary::Edited), 2);
}

void TestChangeSummary::pairsInAnotherOrderAreNoChange()
{
    Account old = account(11);
    Account now = old;
    std::reverse(now.metadata.begin(), now.metadata.end());
    QVERIFY(old.metadata != now.metadata);
    const ChangeSummary summary = ChangeSummary::compare(batchOf({ old }), batchOf({ now }), 0);
    QVERIFY(summary.isEmpty());
}

void TestChangeSummary::unchangedAccountsAreNotListed()
{
    const QList<Account> accounts = AccountFactory::accounts(kind, 50);
    // The same accounts in another order, as a server may list them.
    QList<Account> reordered = accounts;
    std::reverse(reordered.begin(), reordered.end());
    const ChangeSummary summary = ChangeSummary::compare(batchOf(accounts), batchOf(reordered), 0);
    QVERIFY(summary.isEmpty());
    QVERIFY(summary.changedIds().isEmpty());
    QVERIFY(!summary.entry(id(3)));
}

void TestChangeSummary::emptyInputs()
{
    const AccountBatch none(kind);
    const AccountBatch three = batchOf({ account(1), account(2), account(3) });

    QVERIFY(ChangeSummary::compare(none, none, 0).isEmpty());
    QVERIFY(ChangeSummary().isEmpty());

    const ChangeSummary allNew = ChangeSummary::compare(none, three, 0);
    QCOMPARE(allNew.count(ChangeSummary::New), 3);
    QCOMPARE(allNew.entries().size(), 3);

    const ChangeSummary allGone = ChangeSummary::compare(three, none, 0);
    QCOMPARE(allGone.count(ChangeSummary::Gone), 3);
    QCOMPARE(allGone.count(ChangeSummary::New | ChangeSummary::Edited), 0);
}

void TestChangeSummary::theLineCountsEachCategory_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");
    const QString counts = u"3 deactivated, 1 reactivated, 5 new, 2 gone, 4 edited"_s;
    QTest::newRow("a day later names the weekday") << wednesday << u"Since Tuesday 17:40: "_s + counts;
    QTest::newRow("the same day says today") << tuesday.addSecs(3600) << u"Since today 17:40: "_s + counts;
    QTest::newRow("a fortnight later gives the date") << tuesday.addDays(14) << u"Since 10/03/2026 17:40: "_s + counts;
}

void TestChangeSummary::theLineCountsEachCategory()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    QList<Account> before;
    QList<Account> after;
    for (quint64 n = 0; n < 3; ++n) { // deactivated
        before.append(account(n, true));
        after.append(account(n, false));
    }
    before.append(account(3, false)); // reactivated
    after.append(account(3, true));
    for (quint64 n = 10; n < 15; ++n) // new
        after.append(account(n));
    for (quint64 n = 20; n < 22; ++n) // gone
        before.append(account(n));
    for (quint64 n = 30; n < 34; ++n) { // edited
        before.append(account(n));
        Account edited = account(n);
        edited.userCount += 1;
        after.append(edited);
    }
    const ChangeSummary summary = ChangeSummary::compare(batchOf(before), batchOf(after), tuesday.toMSecsSinceEpoch());
    QCOMPARE(summary.text(now, english), expected);
}

void TestChangeSummary::theLineSaysWhenNothingChanged()
{
    const AccountBatch same = batchOf({ account(1) });
    QCOMPARE(ChangeSummary::compare(same, same, tuesday.toMSecsSinceEpoch()).text(wednesday, english),
        u"No changes since Tuesday 17:40"_s);
    const ChangeSummary one = ChangeSummary::compare(
        batchOf({ account(1, true) }), batchOf({ account(1, false) }), tuesday.toMSecsSinceEpoch());
    QCOMPARE(one.text(wednesday, english), u"Since Tuesday 17:40: 1 deactivated"_s);
}

void TestChangeSummary::aHundredThousandAccountsInOnePass()
{
    // No timing asserted (sanitizer builds are slow); tests/bench/bench_snapshot times it.
    constexpr int count = 100'000;
    AccountBatch before(kind);
    AccountBatch after(kind);
    for (int n = 0; n < count; ++n) {
        const Account old = account(quint64(n), true);
        before.append(old);
        Account now = old;
        if (n % 100 == 0)
            now.isActive = false;
        if (n % 250 == 0)
            now.metadata.append({ u"tier"_s, u"gold"_s });
        after.append(now);
    }
    const ChangeSummary summary = ChangeSummary::compare(before, after, 0);
    QCOMPARE(summary.count(ChangeSummary::Deactivated), count / 100);
    QCOMPARE(summary.count(ChangeSummary::Edited), count / 250);
    QCOMPARE(summary.entries().size(), count / 100 + count / 250 - count / 500);
}

QTEST_GUILESS_MAIN(TestChangeSummary)
#include "tst_changesummary.moc"
