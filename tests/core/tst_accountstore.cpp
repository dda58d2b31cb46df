// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "core/models/accountstore.h"
#include "core/models/foldedtext.h"
#include "tests/testkit/accountfactory.h"

using namespace Qt::StringLiterals;

class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendingAPageAddsRowsInOrder();
    void appendingAKnownIdReplacesItsRow();
    void aRepeatedIdWithinABatchKeepsTheLastCopy();
    void upsertReplacesOrAppends();
    void rowOfFindsEveryIdAmongManyRows();
    void pendingAndFailedFlagsChangeOnlyTheirRow();
    void aReplacedRowKeepsItsPendingAction();
    void inactiveCountFollowsEveryChange();
    void clearEmitsResetAndForgetsEverything();
    void searchTextHoldsTheFoldedFields();
    void foldedNameAndIdAreTheFoldedFields();
    void aReplacedRowIsSearchedByItsNewText();
    void anAccountTakesAboutItsJsonSizeInMemory();
    void aPreparedSnapshotIsAdoptedAsRestoredRows();
    void aPreparedSnapshotWithARepeatedIdKeepsTheLastCopy();
};

namespace
{
QString orgId(int n)
{
    return u"org_%1"_s.arg(n, 32, 16, QLatin1Char('0'));
}

Account makeAccount(int n, bool isActive = true)
{
    Account account;
    account.kind = AccountKind::Organization;
    account.id = orgId(n);
    account.name = u"City Medical Center %1 - Radiology"_s.arg(n);
    account.isActive = isActive;
    account.userCount = n % 40;
    account.createdAt = QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC).addSecs(n);
    account.updatedAt = QDateTime(QDate(2024, 3, 15), QTime(14, 20), Qt::UTC).addSecs(n);
    account.createdByApiKeyId = u"550e8400-e29b-41d4-a716-446655440000"_s;
    account.metadata = { { u"department"_s, u"radiology"_s }, { u"region"_s, u"northeast"_s } };
    return account;
}

AccountBatch batchOf(const QList<Account> &accounts)
{
    return AccountFactory::batch(accounts, AccountKind::Organization);
}

// The JSON the API would send for an account, to compare the store's size with.
QByteArray jsonOf(const Account &account)
{
    QJsonObject metadata;
    for (const auto &[key, value] : account.metadata)
        metadata.insert(key, value);
    QJsonObject object {
        { u"orgId"_s, account.id },
        { u"orgName"_s, account.name },
        { u"isActive"_s, account.isActive },
        { u"userCount"_s, account.userCount },
        { u"createdAt"_s, account.createdAt.toString(Qt::ISODate) },
        { u"updatedAt"_s, account.updatedAt.toString(Qt::ISODate) },
        { u"createdByApiKeyId"_s, *account.createdByApiKeyId },
        { u"createdByUserId"_s, QJsonValue::Null },
        { u"metadata"_s, metadata },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

void TestAccountStore::appendingAPageAddsRowsInOrder()
{
    AccountStore store(AccountKind::Organization);
    QSignalSpy appended(&store, &AccountStore::rowsAppended);
    QSignalSpy changed(&store, &AccountStore::rowChanged);

    store.append(batchOf({ makeAccount(0), makeAccount(1), makeAccount(2) }));

    QCOMPARE(store.kind(), AccountKind::Organization);
    QCOMPARE(store.size(), 3);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.at(0).at(0).value<qsizetype>(), 0);
    QCOMPARE(appended.at(0).at(1).value<qsizetype>(), 2);
    QCOMPARE(changed.count(), 0);
    for (int n = 0; n < 3; ++n) {
        QCOMPARE(store.account(n), makeAccount(n));
        QCOMPARE(store.id(n), orgId(n));
        QCOMPARE(store.name(n), makeAccount(n).name);
        QCOMPARE(store.rowOf(orgId(n)), n);
        QCOMPARE(store.record(n).userCount, n % 40);
    }
    QCOMPARE(store.rows().size(), 3);
    QCOMPARE(store.rowOf(orgId(3)), -1);
}

void TestAccountStore::appendingAKnownIdReplacesItsRow()
{
    AccountStore store(AccountKind::Organization);
    store.append(batchOf({ makeAccount(0), makeAccount(1), makeAccount(2) }));
    QSignalSpy appended(&store, &AccountStore::rowsAppended);
    QSignalSpy changed(&store, &AccountStore::rowChanged);

    Account renamed = makeAccount(1);
    renamed.name = u"Renamed Clinic"_s;
    renamed.metadata.clear();
    store.append(batchOf({ renamed, makeAccount(3) }));

    QCOMPARE(store.size(), 4);
    QCOMPARE(store.account(1), renamed);
    QCOMPARE(store.account(3), makeAccount(3));
    QCOMPARE(store.rowOf(orgId(1)), 1);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.at(0).at(0).value<qsizetype>(), 3);
    QCOMPARE(appended.at(0).at(1).value<qsizetype>(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<qsizetype>(), 1);
}

void TestAccountStore::aRepeatedIdWithinABatchKeepsTheLastCopy()
{
    AccountStore store(AccountKind::Organization);
    QSignalSpy appended(&store, &AccountStore::rowsAppended);
    QSignalSpy changed(&store, &AccountStore::rowChanged);
    Account later = makeAccount(7, false);
    later.userCount = 99;

    store.append(batchOf({ makeAccount(7), makeAccount(8), later }));

    QCOMPARE(store.size(), 2);
    QCOMPARE(store.account(0), later);
    QCOMPARE(store.inactiveCount(), 1);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(changed.count(), 0); // the row is new to every listener
}

void TestAccountStore::upsertReplacesOrAppends()
{
    AccountStore store(AccountKind::Organization);
    store.append(batchOf({ makeAccount(0), makeAccount(1) }));
    QSignalSpy appended(&store, &AccountStore::rowsAppended);
    QSignalSpy changed(&store, &AccountStore::rowChanged);

    const AccountBatch response = batchOf({ makeAccount(5), makeAccount(1, false) });
    QCOMPARE(store.upsert(response, 1), 1);
    QCOMPARE(store.account(1), makeAccount(1, false));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(appended.count(), 0);

    QCOMPARE(store.upsert(response), 2);
    QCOMPARE(store.account(2), makeAccount(5));
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.at(0).at(0).value<qsizetype>(), 2);
    QCOMPARE(appended.at(0).at(1).value<qsizetype>(), 2);
    QCOMPARE(store.size(), 3);
}

void TestAccountStore::rowOfFindsEveryIdAmongManyRows()
{
    AccountStore store(AccountKind::Organization);
    for (int page = 0; page < 50; ++page) {
        AccountBatch batch(AccountKind::Organization);
        for (int i = 0; i < 100; ++i)
            batch.append(makeAccount(page * 100 + i));
        store.append(batch);
    }
    QCOMPARE(store.size(), 5000);
    for (int n = 0; n < 5000; ++n)
        QCOMPARE(store.rowOf(orgId(n)), n);
    QCOMPARE(store.rowOf(orgId(5000)), -1);
    QCOMPARE(store.rowOf(u""_s), -1);
    QCOMPARE(store.rowOf(u"org_\u00e9"_s), -1);
    QCOMPARE(store.rowOfUtf8(orgId(42).toUtf8()), 42);
}

void TestAccountStore::pendingAndFailedFlagsChangeOnlyTheirRow()
{
    AccountStore store(AccountKind::Organization);
    store.append(batchOf({ makeAccount(0), makeAccount(1), makeAccount(2) }));
    QSignalSpy changed(&store, &AccountStore::rowChanged);

    store.setPendingAction(1, PendingAction::Deactivate);
    QCOMPARE(store.pendingAction(1), PendingAction::Deactivate);
    QVERIFY(store.isPending(1));
    QVERIFY(!store.isPending(0));
    QVERIFY(!store.isPending(2));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<qsizetype>(), 1);

    store.setPendingAction(1, PendingAction::Deactivate);
    QCOMPARE(changed.count(), 1); // no change, no signal

    store.setFailed(2, true);
    QVERIFY(store.hasFailed(2));
    QVERIFY(!store.hasFailed(1));
    QCOMPARE(store.pendingAction(2), PendingAction::None);
    QCOMPARE(changed.count(), 2);

    store.setPendingAction(2, PendingAction::Reactivate);
    QVERIFY(store.hasFailed(2)); // the flags are independent
    QCOMPARE(store.pendingAction(2), PendingAction::Reactivate);
    store.setFailed(2, false);
    store.setPendingAction(1, PendingAction::None);
    QVERIFY(!store.hasFailed(2));
    QCOMPARE(store.pendingAction(2), PendingAction::Reactivate);
    QVERIFY(!store.isPending(1));
    QCOMPARE(changed.count(), 5);
}

void TestAccountStore::aReplacedRowKeepsItsPendingAction()
{
    // The row's state belongs to the action flow, which clears it once it has the answer.
    AccountStore store(AccountKind::Organization);
    store.append(batchOf({ makeAccount(0) }));
    store.setPendingAction(0, PendingAction::Deactivate);
    store.upsert(batchOf({ makeAccount(0, false) }));
    QCOMPARE(store.pendingAction(0), PendingAction::Deactivate);
    QVERIFY(!store.record(0).isActive());
}

void TestAccountStore::inactiveCountFollowsEveryChange()
{
    AccountStore store(AccountKind::Organization);
    QCOMPARE(store.inactiveCount(), 0);
    store.append(batchOf({ makeAccount(0, true), makeAccount(1, false), makeAccount(2, false) }));
    QCOMPARE(store.inactiveCount(), 2);

    store.upsert(batchOf({ makeAccount(0, false) }));
    QCOMPARE(store.inactiveCount(), 3);
    store.upsert(batchOf({ makeAccount(1, true) }));
    QCOMPARE(store.inactiveCount(), 2);
    store.upsert(batchOf({ makeAccount(2, false) }));
    QCOMPARE(store.inactiveCount(), 2);
    store.append(batchOf({ makeAccount(2, true), makeAccount(3, false) }));
    QCOMPARE(store.inactiveCount(), 2);

    qsizetype counted = 0;
    for (qsizetype row = 0; row < store.size(); ++row)
        counted += store.record(row).isActive() ? 0 : 1;
    QCOMPARE(store.inactiveCount(), counted);

    store.clear();
    QCOMPARE(store.inactiveCount(), 0);
}

void TestAccountStore::clearEmitsResetAndForgetsEverything()
{
    AccountStore store(AccountKind::Organization);
    store.append(batchOf({ makeAccount(0), makeAccount(1) }));
    store.setFailed(1, true);
    QStringList events;
    connect(&store, &AccountStore::aboutToReset, this, [&] { events << u"about %1"_s.arg(store.size()); });
    connect(&store, &AccountStore::wasReset, this, [&] { events << u"reset %1"_s.arg(store.size()); });

    store.clear();

    QCOMPARE(events, QStringList({ u"about 2"_s, u"reset 0"_s }));
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.rowOf(orgId(0)), -1);

    store.append(batchOf({ makeAccount(1) }));
    QCOMPARE(store.rowOf(orgId(1)), 0);
    QVERIFY(!store.hasFailed(0));
    QCOMPARE(store.account(0), makeAccount(1));
}

void TestAccountStore::searchTextHoldsTheFoldedFields()
{
    AccountStore store(AccountKind::Organization);
    Account account = makeAccount(3);
    account.name = u"\u00c9COLE Saint-Jean"_s;
    store.append(batchOf({ account }));

    const QByteArray expected = u"\u00e9cole saint-jean"_s.toUtf8() + '\0' + orgId(3).toUtf8() + '\0'
        + "department=radiology" + '\0' + "region=northeast" + '\0';
    QCOMPARE(store.searchText(0).toByteArray(), expected);
    QCOMPARE(store.metadataSummary(0), "department=radiology, region=northeast"_ba);
}

void TestAccountStore::foldedNameAndIdAreTheFoldedFields()
{
    AccountStore store(AccountKind::Organization);
    Account plain = makeAccount(0);
    plain.name = u"\u00c9COLE Saint-Jean"_s;
    Account withNul = makeAccount(1);
    withNul.name = u"name"_s + QChar(0) + orgId(1); // looks like the field that follows it
    Account shrinking = makeAccount(2);
    shrinking.name = u"\u212Aelvin \u1E9E"_s; // folds two and one byte shorter
    store.append(batchOf({ plain, withNul, shrinking }));

    const auto folded = [](const QString &text) {
        QByteArray out;
        FoldedText::appendFolded(out, text.toUtf8());
        return out;
    };
    QCOMPARE(store.foldedName(0).toByteArray(), u"\u00e9cole saint-jean"_s.toUtf8());
    QCOMPARE(store.foldedName(1).toByteArray(), folded(withNul.name));
    QCOMPARE(store.foldedName(2).toByteArray(), u"kelvin \u00df"_s.toUtf8());
    for (int row = 0; row < 3; ++row)
        QCOMPARE(store.foldedId(row).toByteArray(), orgId(row).toUtf8());

    // Replacements that fit in place, that move aside, and that change how the name folds.
    Account grown = shrinking;
    grown.name = u"Northwestern Regional Diagnostic Imaging \u212A"_s;
    Account plainAgain = plain;
    plainAgain.name = u"\u212A"_s;
    store.upsert(batchOf({ grown }));
    store.upsert(batchOf({ plainAgain }));
    QCOMPARE(store.foldedName(2).toByteArray(), folded(grown.name));
    QCOMPARE(store.foldedName(0).toByteArray(), "k"_ba);
    QCOMPARE(store.foldedId(2).toByteArray(), orgId(2).toUtf8());
    QCOMPARE(store.foldedId(0).toByteArray(), orgId(0).toUtf8());
    plainAgain.name = u"Plain"_s;
    store.upsert(batchOf({ plainAgain }));
    QCOMPARE(store.foldedName(0).toByteArray(), "plain"_ba);
    QCOMPARE(store.foldedId(0).toByteArray(), orgId(0).toUtf8());
}

void TestAccountStore::aReplacedRowIsSearchedByItsNewText()
{
    AccountStore store(AccountKind::Organization);
    store.append(batchOf({ makeAccount(0), makeAccount(1), makeAccount(2), makeAccount(3) }));
    Account shorter = makeAccount(1);
    shorter.name = u"Lakeside Imaging"_s; // fits where the old text was
    Account longer = makeAccount(2);
    longer.name = u"Northwestern Regional Diagnostic Imaging Partners of the Lakes"_s; // does not
    store.upsert(batchOf({ shorter }));
    store.upsert(batchOf({ longer }));

    const auto matching = [&store](const char *needle, size_t rows) {
        std::vector<quint8> matches(rows, 0);
        store.markTextMatches(needle, matches);
        return matches;
    };
    QCOMPARE(matching("city medical", 4), std::vector<quint8>({ 1, 0, 0, 1 }));
    QCOMPARE(matching("lakes", 4), std::vector<quint8>({ 0, 1, 1, 0 }));
    QCOMPARE(matching("region=northeast", 4), std::vector<quint8>({ 1, 1, 1, 1 }));
    QVERIFY(store.searchText(1).startsWith("lakeside imaging"));
    QVERIFY(store.searchText(2).startsWith("northwestern regional"));

    // Replaced again, the row that had moved aside is still found by its newest text only.
    Account again = longer;
    again.name = u"Harbor Clinic"_s;
    store.upsert(batchOf({ again }));
    QCOMPARE(matching("northwestern", 4), std::vector<quint8>({ 0, 0, 0, 0 }));
    QCOMPARE(matching("harbor", 4), std::vector<quint8>({ 0, 0, 1, 0 }));

    // Rows beyond the vector are left out.
    QCOMPARE(matching("harbor", 2), std::vector<quint8>({ 0, 0 }));
    QCOMPARE(matching("center 3", 3), std::vector<quint8>({ 0, 0, 0 }));
}

void TestAccountStore::anAccountTakesAboutItsJsonSizeInMemory()
{
    AccountStore store(AccountKind::Organization);
    qsizetype jsonBytes = 0;
    for (int page = 0; page < 100; ++page) {
        AccountBatch batch(AccountKind::Organization);
        for (int i = 0; i < 100; ++i) {
            const Account account = makeAccount(page * 100 + i);
            jsonBytes += jsonOf(account).size() + 1; // and a comma
            batch.append(account);
        }
        store.append(batch);
    }
    const qsizetype perAccount = store.memoryBytes() / store.size();
    const qsizetype jsonPerAccount = jsonBytes / store.size();
    qDebug("store: %lld bytes an account; JSON: %lld bytes", qlonglong(perAccount), qlonglong(jsonPerAccount));
    // Records, text, id hash, search text and spare capacity together: a QString per field
    // alone would be several times the JSON.
    QVERIFY2(perAccount * 4 <= jsonPerAccount * 5,
        qPrintable(u"%1 bytes > 1.25 x %2"_s.arg(perAccount).arg(jsonPerAccount)));
}

void TestAccountStore::aPreparedSnapshotIsAdoptedAsRestoredRows()
{
    QList<Account> accounts;
    for (int n = 0; n < 300; ++n)
        accounts.append(makeAccount(n, n % 3 != 0));
    accounts[7].name = u"\u212Aelvin Clinic"_s; // folds to a shorter form
    const AccountBatch snapshot = batchOf(accounts);
    AccountStore restored(AccountKind::Organization);
    restored.restore(snapshot);

    // Prepared on another thread, as the directory does, then adopted here.
    std::unique_ptr<AccountStore> prepared;
    std::unique_ptr<QThread> worker(QThread::create([&] { prepared = AccountStore::preparedFrom(snapshot); }));
    worker->start();
    QVERIFY(worker->wait(30'000));
    QVERIFY(prepared);
    AccountStore store(AccountKind::Organization);
    QSignalSpy appended(&store, &AccountStore::rowsAppended);
    store.adoptRows(*prepared);

    QCOMPARE(prepared->size(), 0);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.at(0).at(0).value<qsizetype>(), 0);
    QCOMPARE(appended.at(0).at(1).value<qsizetype>(), 299);
    QCOMPARE(store.size(), restored.size());
    QCOMPARE(store.staleCount(), 300);
    QCOMPARE(store.inactiveCount(), restored.inactiveCount());
    for (int row = 0; row < 300; ++row) {
        QCOMPARE(store.account(row), accounts.at(row));
        QVERIFY(store.isStale(row));
        QCOMPARE(store.rowOf(accounts.at(row).id), row);
        QCOMPARE(store.searchText(row), restored.searchText(row));
        QCOMPARE(store.foldedName(row), restored.foldedName(row));
    }
    // The adopted rows are the store's own: a confirmation and a replacement work as after restore().
    Account renamed = accounts.at(5);
    renamed.name = u"Renamed"_s;
    store.append(batchOf({ accounts.at(4), renamed }));
    QVERIFY(!store.isStale(4));
    QCOMPARE(store.name(5), u"Renamed"_s);
    QCOMPARE(store.foldedName(5).toByteArray(), "renamed"_ba);
    QCOMPARE(store.staleCount(), 298);
    // The snapshot it came from is untouched.
    QCOMPARE(snapshot.account(5), accounts.at(5));
}

void TestAccountStore::aPreparedSnapshotWithARepeatedIdKeepsTheLastCopy()
{
    Account later = makeAccount(1);
    later.name = u"Later copy"_s;
    const std::unique_ptr<AccountStore> prepared
        = AccountStore::preparedFrom(batchOf({ makeAccount(0), makeAccount(1), later }));
    AccountStore store(AccountKind::Organization);
    store.adoptRows(*prepared);
    QCOMPARE(store.size(), 2);
    QCOMPARE(store.name(store.rowOf(makeAccount(1).id)), u"Later copy"_s);
    QCOMPARE(store.staleCount(), 2);
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
