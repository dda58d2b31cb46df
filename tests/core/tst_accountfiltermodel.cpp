// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTest>
#include <QThread>

#include "core/models/accountfiltermodel.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/models/foldedtext.h"

using namespace Qt::StringLiterals;

class TestAccountFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void filteringTenThousandRowsMatchesABruteForceCheck();
    void typingOnGivesTheSameRowsAsAFreshFilter();
    void aRefilterIsOneLayoutChange();
    void aRefilterWithTheSameResultEmitsNothing();
    void persistentIndexesSurviveARefilter();
    void sortingAgreesWithSortRole();
    void textSortsAsQStringCompareWithoutCase();
    void accountsWithoutADateSortFirst();
    void equalKeysKeepSourceOrderInBothDirections();
    void sortingAFilteredViewKeepsTheFilter();
    void aNegativeColumnRestoresSourceOrder();
    void aRowThatStopsMatchingLeavesTheProxy();
    void aRowThatStartsMatchingEntersInSortedPlace();
    void aRowWhoseSortKeyChangesMoves();
    void aPendingActionChangesOneProxyRow();
    void appendingWhileUnsortedAddsMatchingRowsAtTheEnd();
    void appendingWhileSortedMergesNewRows_data();
    void appendingWhileSortedMergesNewRows();
    void coalescedPagesReachTheProxyAsOneInsert();
    void manyNewRowsEnterALargeSortedProxyInSteps();
    void aSnapshotSizedBlockEntersAnEmptySortedProxyInTurns();
    void aPreparedSnapshotEntersTheSortedProxyInOneStep_data();
    void aPreparedSnapshotEntersTheSortedProxyInOneStep();
    void aSnapshotPreparedForAnotherSortEntersInTurns();
    void aStoreResetEmptiesTheProxy();
    void indexOfAccount_data();
    void indexOfAccount();
    void headersStayWhenNothingMatches();
    void onlyAnAccountTableModelIsAccepted();
    void randomChangesKeepTheProxyInStepWithAFreshOne();
    void mappingRoundTrips();
    void aChangeToManyRowsAtOnceRefiltersThemAll();
    void columnHeaderChangesAreForwarded();
    void rowHeadersCountTheShownRows();
    void theProxyEmptiesWhenItsTableIsDestroyed();

private:
    void load(int count, int first = 0);
    QStringList shownIds() const;
    QList<int> shownSourceRows() const;
    QStringList bruteForceIds(const AccountFilter &filter) const;

    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<AccountTableModel> m_table;
    std::unique_ptr<AccountFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tableTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

namespace
{
QString expressId(int n)
{
    // Spread the ids so that their order differs from the order of n.
    return u"cus_%1%2"_s.arg(uint(n) * 2654435761U % 100000U, 5, 10, QLatin1Char('0')).arg(n, 27, 16, QLatin1Char('0'));
}

// Deterministic rows with repeated keys, missing dates, mixed case and non-ASCII text.
Account generatedAccount(int n)
{
    static const QStringList names = {
        u"City Medical Center"_s,
        u"\u00c9cole de Radiologie"_s,
        u"Lakeside IMAGING"_s,
        u"North Clinic"_s,
        u"K\u00f6ln Praxis"_s,
        u"valley health"_s,
        u"Saint Mary"_s,
        u"\u00e9COLE Normale"_s,
        u"Harbor Lab"_s,
        u"Zenith Care"_s,
    };
    static const QStringList regions = { u"northeast"_s, u"South"_s, u"west"_s, u"M\u00fcnchen"_s };
    Account account;
    account.kind = AccountKind::ExpressCustomer;
    account.id = expressId(n);
    account.name = names[(n * 7) % names.size()] + u' ' + QString::number(n % 997);
    account.isActive = n % 4 != 0;
    account.userCount = (n * 37) % 211;
    const QDateTime base(QDate(2023, 6, 1), QTime(8, 0), Qt::UTC);
    if (n % 11 != 0)
        account.createdAt = base.addSecs(qint64((n * 7919) % 5000) * 3600);
    if (n % 13 != 0)
        account.updatedAt = base.addSecs((qint64(n) * 104729 % 9000) * 1800);
    if (n % 3 == 0)
        account.createdByApiKeyId = u"%1-e29b-41d4-a716-446655440000"_s.arg(n % 50, 8, 16, QLatin1Char('0'));
    else if (n % 3 == 1)
        account.createdByUserId = u"usr_%1"_s.arg(n % 40, 32, 16, QLatin1Char('0'));
    if (n % 2 == 0)
        account.metadata.append({ u"region"_s, regions[(n / 2) % regions.size()] });
    if (n % 5 == 0)
        account.metadata.append({ u"Tier"_s, n % 10 == 0 ? u"gold"_s : u"Silver"_s });
    return account;
}

AccountBatch batchOf(const QList<Account> &accounts)
{
    AccountBatch batch(AccountKind::ExpressCustomer);
    for (const Account &account : accounts)
        batch.append(account);
    return batch;
}

AccountFilter filterOf(const QString &text, AccountFilter::Status status = AccountFilter::Status::All)
{
    AccountFilter filter;
    filter.setText(text);
    filter.setStatus(status);
    return filter;
}

bool bruteForceMatches(const Account &account, const AccountFilter &filter)
{
    if (filter.status() != AccountFilter::Status::All
        && account.isActive != (filter.status() == AccountFilter::Status::Active))
        return false;
    const QString text = filter.text();
    if (text.isEmpty())
        return true;
    if (account.name.contains(text, Qt::CaseInsensitive) || account.id.contains(text, Qt::CaseInsensitive))
        return true;
    return std::any_of(account.metadata.cbegin(), account.metadata.cend(), [&text](const auto &pair) {
        return QString(pair.first % u'=' % pair.second).contains(text, Qt::CaseInsensitive);
    });
}
} // namespace

void TestAccountFilterModel::init()
{
    m_store = std::make_unique<AccountStore>(AccountKind::ExpressCustomer);
    m_table = std::make_unique<AccountTableModel>(m_store.get());
    m_table->setInsertInterval(0);
    m_proxy = std::make_unique<AccountFilterModel>();
    m_proxy->setSourceModel(m_table.get());
    m_tableTester = std::make_unique<QAbstractItemModelTester>(
        m_table.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAccountFilterModel::cleanup()
{
    m_proxyTester.reset();
    m_tableTester.reset();
    m_proxy.reset();
    m_table.reset();
    m_store.reset();
}

void TestAccountFilterModel::load(int count, int first)
{
    AccountBatch batch(AccountKind::ExpressCustomer);
    for (int n = first; n < first + count; ++n)
        batch.append(generatedAccount(n));
    m_store->append(batch);
}

QStringList TestAccountFilterModel::shownIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, 0).data(AccountTableModel::AccountIdRole).toString();
    return ids;
}

QList<int> TestAccountFilterModel::shownSourceRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    return rows;
}

QStringList TestAccountFilterModel::bruteForceIds(const AccountFilter &filter) const
{
    QStringList ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Account account = m_store->account(row);
        if (bruteForceMatches(account, filter))
            ids << account.id;
    }
    return ids;
}

void TestAccountFilterModel::filteringTenThousandRowsMatchesABruteForceCheck()
{
    // One load for every case: the model testers walk all 10,000 rows on each signal.
    load(10000);
    QCOMPARE(m_proxy->rowCount(), 10000);
    QList<Account> accounts;
    for (qsizetype row = 0; row < m_store->size(); ++row)
        accounts << m_store->account(row);

    using Status = AccountFilter::Status;
    const struct
    {
        const char *name;
        QString text;
        Status status;
    } cases[] = {
        { "one letter matches most rows", u"a"_s, Status::All },
        { "a word in some names", u"clinic"_s, Status::All },
        { "a name with its number", u"Harbor Lab 12"_s, Status::All },
        { "a metadata value in another case", u"SOUTH"_s, Status::All },
        { "a metadata pair as shown", u"tier=gold"_s, Status::Active },
        { "an id prefix", u"cus_000"_s, Status::All },
        { "a non-ASCII needle in capitals", u"\u00c9COLE"_s, Status::All },
        { "a non-ASCII metadata value", u"m\u00fcnchen"_s, Status::Inactive },
        { "only inactive accounts", QString(), Status::Inactive },
        { "only active accounts matching a word", u"lab"_s, Status::Active },
        { "nothing matches", u"no such account"_s, Status::All },
        { "no filter shows every row", QString(), Status::All },
    };
    for (const auto &c : cases) {
        const AccountFilter filter = filterOf(c.text, c.status);
        m_proxy->setFilter(filter);

        QStringList expected;
        for (const Account &account : std::as_const(accounts)) {
            if (bruteForceMatches(account, filter))
                expected << account.id;
        }
        const QStringList shown = shownIds();
        QVERIFY2(shown == expected, c.name);
        QVERIFY2(m_proxy->shownCount() == expected.size(), c.name);
        const QList<int> rows = shownSourceRows();
        QVERIFY2(std::is_sorted(rows.cbegin(), rows.cend()), c.name); // unsorted means source order
        QCOMPARE(m_proxy->filter(), filter);
    }
}

void TestAccountFilterModel::typingOnGivesTheSameRowsAsAFreshFilter()
{
    load(4000);
    // Each step narrows the last: after the first few, only the shown rows are checked again.
    for (const QString &typed : { u"h"_s, u"ha"_s, u"har"_s, u"harbor"_s, u"harbor lab 1"_s, u"harbor lab 12"_s }) {
        const AccountFilter filter = filterOf(typed);
        m_proxy->setFilter(filter);
        QCOMPARE(shownIds(), bruteForceIds(filter));
    }
    const AccountFilter wider = filterOf(u"lab"_s);
    m_proxy->setFilter(wider);
    QCOMPARE(shownIds(), bruteForceIds(wider));
}

void TestAccountFilterModel::aRefilterIsOneLayoutChange()
{
    load(2000);
    QSignalSpy layoutChanged(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    QSignalSpy countChanged(m_proxy.get(), &AccountFilterModel::shownCountChanged);

    m_proxy->setFilter(filterOf(u"clinic"_s));
    QCOMPARE(layoutChanged.count(), 1);
    m_proxy->setFilter(filterOf(u"e"_s, AccountFilter::Status::Inactive));
    QCOMPARE(layoutChanged.count(), 2);
    m_proxy->setFilter(AccountFilter());
    QCOMPARE(layoutChanged.count(), 3);
    QCOMPARE(m_proxy->rowCount(), 2000);

    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(countChanged.count(), 3);
}

void TestAccountFilterModel::aRefilterWithTheSameResultEmitsNothing()
{
    load(500);
    m_proxy->setFilter(filterOf(u"harbor lab"_s));
    QSignalSpy layoutChanged(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy countChanged(m_proxy.get(), &AccountFilterModel::shownCountChanged);
    m_proxy->setFilter(filterOf(u"  harbor lab "_s)); // the same filter once trimmed
    m_proxy->setFilter(filterOf(u"harbor la"_s)); // another filter, the same rows
    QCOMPARE(layoutChanged.count(), 0);
    QCOMPARE(countChanged.count(), 0);
    QCOMPARE(m_proxy->filter().text(), u"harbor la"_s);
}

void TestAccountFilterModel::persistentIndexesSurviveARefilter()
{
    load(1000);
    const QString kept = generatedAccount(604).id; // "Harbor Lab 604"
    QPersistentModelIndex persistent = m_proxy->indexOfAccount(kept, AccountTableModel::NameColumn);
    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.row(), 604);

    m_proxy->setFilter(filterOf(u"harbor"_s));
    QVERIFY(persistent.isValid());
    QVERIFY(persistent.row() < 604);
    QCOMPARE(persistent.column(), int(AccountTableModel::NameColumn));
    QCOMPARE(persistent.data(AccountTableModel::AccountIdRole).toString(), kept);

    m_proxy->sort(AccountTableModel::UsersColumn, Qt::DescendingOrder);
    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.data(AccountTableModel::AccountIdRole).toString(), kept);
    QCOMPARE(persistent, QPersistentModelIndex(m_proxy->indexOfAccount(kept, AccountTableModel::NameColumn)));

    m_proxy->setFilter(filterOf(u"zenith"_s));
    QVERIFY(!persistent.isValid());
}

void TestAccountFilterModel::sortingAgreesWithSortRole()
{
    load(2500);
    // The reference: Qt's own stable sort over the table's SortRole, text without case.
    QSortFilterProxyModel reference;
    reference.setSourceModel(m_table.get());
    reference.setSortRole(AccountTableModel::SortRole);
    reference.setSortCaseSensitivity(Qt::CaseInsensitive);

    const std::pair<const char *, int> columns[] = {
        { "status", AccountTableModel::StatusColumn },
        { "name", AccountTableModel::NameColumn },
        { "id", AccountTableModel::IdColumn },
        { "users", AccountTableModel::UsersColumn },
        { "created", AccountTableModel::CreatedColumn },
        { "updated", AccountTableModel::UpdatedColumn },
        { "metadata", AccountTableModel::MetadataColumn },
        { "creator", AccountTableModel::CreatedByColumn },
    };
    for (const auto &[name, column] : columns) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const QByteArray what
                = "sorting by "_ba + name + (order == Qt::AscendingOrder ? " ascending" : " descending");
            // QSortFilterProxyModel keeps ties in the order of its previous sort; ours keep
            // source order whatever was clicked before, so start the reference from there.
            reference.sort(-1);
            reference.sort(column, order);
            QList<int> expected;
            for (int row = 0; row < reference.rowCount(); ++row)
                expected << reference.mapToSource(reference.index(row, 0)).row();

            QSignalSpy layoutChanged(m_proxy.get(), &QAbstractItemModel::layoutChanged);
            m_proxy->sort(column, order);
            QVERIFY2(layoutChanged.count() == 1, what.constData());
            QCOMPARE(m_proxy->sortColumn(), column);
            QCOMPARE(m_proxy->sortOrder(), order);
            QVERIFY2(shownSourceRows() == expected, what.constData());
        }
    }
}

void TestAccountFilterModel::textSortsAsQStringCompareWithoutCase()
{
    // Both ways the proxy compares text (folded keys for a full sort, on the fly for a few
    // rows) must order exactly as the SortRole strings do.
    const QStringList texts = {
        QString(),
        u"a"_s,
        u"A"_s,
        u"ab"_s,
        u"aB"_s,
        u"abc"_s,
        u"b"_s,
        u"_"_s,
        u"["_s,
        u"Z"_s,
        u"z"_s,
        u"\u00e9cole"_s,
        u"\u00c9COLE"_s,
        u"ecole"_s,
        u"\u00df"_s,
        u"SS"_s,
        u"\u03a3\u03b1"_s,
        u"\u03c3\u03b1"_s,
        u"\u03c2\u03b1"_s,
        u"\u212a"_s,
        u"k"_s,
        u"\u0130"_s,
        u"i"_s,
        u"\uff21"_s,
        u"\uff41"_s,
        u"\ue000"_s,
        u"\U0001F3E5"_s,
        u"\U0001F3E5a"_s,
        u"a\U0001F3E5"_s,
        u"a\uffff"_s,
        u"\U00010400"_s,
        u"\U00010428"_s,
        u"K\u00f6ln"_s,
        u"k\u00d6LN"_s,
        u"Koln"_s,
    };
    const auto sign = [](int value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); };
    for (const QString &a : texts) {
        const QByteArray foldedA = FoldedText::fold(a);
        for (const QString &b : texts) {
            const QByteArray what = a.toUtf8() + " vs " + b.toUtf8();
            const int expected = sign(a.compare(b, Qt::CaseInsensitive));
            QVERIFY2(sign(FoldedText::compare(a.toUtf8(), b.toUtf8())) == expected, what.constData());
            QVERIFY2(sign(FoldedText::compareFolded(foldedA, FoldedText::fold(b))) == expected, what.constData());
        }
    }
}

void TestAccountFilterModel::accountsWithoutADateSortFirst()
{
    load(300);
    const auto isUndated = [this](int row, int column) {
        return m_proxy->index(row, column).data(AccountTableModel::TimestampMsRole).isNull();
    };
    for (const int column : { int(AccountTableModel::CreatedColumn), int(AccountTableModel::UpdatedColumn) }) {
        m_proxy->sort(column, Qt::AscendingOrder);
        const int undated = column == AccountTableModel::CreatedColumn ? 28 : 24; // n % 11 == 0, n % 13 == 0
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            QCOMPARE(isUndated(row, column), row < undated);
        for (int row = undated + 1; row < m_proxy->rowCount(); ++row) {
            QVERIFY(m_proxy->index(row - 1, column).data(AccountTableModel::TimestampMsRole).toLongLong()
                <= m_proxy->index(row, column).data(AccountTableModel::TimestampMsRole).toLongLong());
        }
        m_proxy->sort(column, Qt::DescendingOrder);
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            QCOMPARE(isUndated(row, column), row >= m_proxy->rowCount() - undated);
    }
}

void TestAccountFilterModel::equalKeysKeepSourceOrderInBothDirections()
{
    load(400);
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        m_proxy->sort(AccountTableModel::StatusColumn, order);
        const QList<int> rows = shownSourceRows();
        for (int i = 1; i < rows.size(); ++i) {
            const bool previous = m_store->record(rows[i - 1]).isActive();
            const bool current = m_store->record(rows[i]).isActive();
            if (previous == current)
                QVERIFY(rows[i - 1] < rows[i]);
            else
                QCOMPARE(current, order == Qt::AscendingOrder);
        }
    }
}

void TestAccountFilterModel::sortingAFilteredViewKeepsTheFilter()
{
    load(3000);
    const AccountFilter filter = filterOf(u"north"_s, AccountFilter::Status::Active);
    m_proxy->setFilter(filter);
    m_proxy->sort(AccountTableModel::NameColumn, Qt::AscendingOrder);
    QStringList expected = bruteForceIds(filter);
    QStringList shown = shownIds();
    QCOMPARE(shown.size(), expected.size());
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const QString previous = m_proxy->index(row - 1, AccountTableModel::NameColumn).data().toString();
        const QString current = m_proxy->index(row, AccountTableModel::NameColumn).data().toString();
        QVERIFY(previous.compare(current, Qt::CaseInsensitive) <= 0);
    }

    // Filtering a sorted view keeps it sorted.
    m_proxy->setFilter(filterOf(u"north clinic 1"_s));
    QVERIFY(m_proxy->rowCount() > 1);
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const QString previous = m_proxy->index(row - 1, AccountTableModel::NameColumn).data().toString();
        const QString current = m_proxy->index(row, AccountTableModel::NameColumn).data().toString();
        QVERIFY(previous.compare(current, Qt::CaseInsensitive) <= 0);
    }
}

void TestAccountFilterModel::aNegativeColumnRestoresSourceOrder()
{
    load(200);
    m_proxy->setFilter(filterOf(u"e"_s));
    const QList<int> unsorted = shownSourceRows();
    m_proxy->sort(AccountTableModel::UsersColumn);
    QVERIFY(shownSourceRows() != unsorted);
    m_proxy->sort(-1);
    QCOMPARE(m_proxy->sortColumn(), -1);
    QCOMPARE(shownSourceRows(), unsorted);
}

void TestAccountFilterModel::aRowThatStopsMatchingLeavesTheProxy()
{
    load(100);
    m_proxy->sort(AccountTableModel::NameColumn);
    m_proxy->setFilter(filterOf(u"northeast"_s));
    const int before = m_proxy->rowCount();
    const Account original = generatedAccount(8); // region northeast
    const QModelIndex index = m_proxy->indexOfAccount(original.id);
    QVERIFY(index.isValid());
    const int proxyRow = index.row();

    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy countChanged(m_proxy.get(), &AccountFilterModel::shownCountChanged);
    Account moved = original;
    moved.metadata = { { u"region"_s, u"west"_s } };
    m_store->upsert(batchOf({ moved }));

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), proxyRow);
    QCOMPARE(removed.at(0).at(2).toInt(), proxyRow);
    QCOMPARE(m_proxy->rowCount(), before - 1);
    QCOMPARE(countChanged.count(), 1);
    QVERIFY(!m_proxy->indexOfAccount(original.id).isValid());
    QStringList shown = shownIds();
    QStringList expected = bruteForceIds(m_proxy->filter());
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
}

void TestAccountFilterModel::aRowThatStartsMatchingEntersInSortedPlace()
{
    load(100);
    m_proxy->sort(AccountTableModel::NameColumn, Qt::DescendingOrder);
    m_proxy->setFilter(filterOf(u"northeast"_s));
    const Account original = generatedAccount(1); // no metadata
    QVERIFY(!m_proxy->indexOfAccount(original.id).isValid());

    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    Account moved = original;
    moved.metadata = { { u"region"_s, u"Northeast"_s } };
    m_store->upsert(batchOf({ moved }));

    QCOMPARE(inserted.count(), 1);
    const QModelIndex index = m_proxy->indexOfAccount(original.id);
    QVERIFY(index.isValid());
    QCOMPARE(inserted.at(0).at(1).toInt(), index.row());
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const QString previous = m_proxy->index(row - 1, AccountTableModel::NameColumn).data().toString();
        const QString current = m_proxy->index(row, AccountTableModel::NameColumn).data().toString();
        QVERIFY(previous.compare(current, Qt::CaseInsensitive) >= 0);
    }
}

void TestAccountFilterModel::aRowWhoseSortKeyChangesMoves()
{
    load(200);
    m_proxy->sort(AccountTableModel::UsersColumn, Qt::AscendingOrder);
    Account account = generatedAccount(50);
    QPersistentModelIndex persistent = m_proxy->indexOfAccount(account.id, AccountTableModel::UsersColumn);
    QVERIFY(persistent.isValid());
    QVERIFY(persistent.row() < m_proxy->rowCount() - 1);

    QSignalSpy layoutChanged(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_proxy.get(), &QAbstractItemModel::dataChanged);
    account.userCount = 100000;
    m_store->upsert(batchOf({ account }));

    QCOMPARE(layoutChanged.count(), 1);
    QCOMPARE(persistent.row(), m_proxy->rowCount() - 1);
    QCOMPARE(persistent.data(AccountTableModel::AccountIdRole).toString(), account.id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), persistent.row());

    // Back among the others: with users 0 it goes after row 0, which has 0 users too, and
    // before row 211, the next with 0.
    account.userCount = 0;
    m_store->upsert(batchOf({ account }));
    QCOMPARE(m_proxy->index(0, 0).data(AccountTableModel::AccountIdRole).toString(), expressId(0));
    QCOMPARE(persistent.row(), 1);
    QCOMPARE(persistent.data(AccountTableModel::AccountIdRole).toString(), account.id);
    const QList<int> rows = shownSourceRows();
    for (int row = 1; row < rows.size(); ++row)
        QVERIFY(m_store->record(rows[row - 1]).userCount <= m_store->record(rows[row]).userCount);
}

void TestAccountFilterModel::aPendingActionChangesOneProxyRow()
{
    load(300);
    m_proxy->sort(AccountTableModel::NameColumn);
    m_proxy->setFilter(filterOf(u"e"_s));
    const QString id = generatedAccount(123).id;
    const QModelIndex index = m_proxy->indexOfAccount(id);
    QVERIFY(index.isValid());
    QSignalSpy changed(m_proxy.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layoutChanged(m_proxy.get(), &QAbstractItemModel::layoutChanged);

    m_store->setPendingAction(m_store->rowOf(id), PendingAction::Deactivate);

    QCOMPARE(layoutChanged.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), index.siblingAtColumn(0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), index.siblingAtColumn(AccountTableModel::ColumnCount - 1));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(AccountTableModel::PendingRole));
    QCOMPARE(index.siblingAtColumn(AccountTableModel::StatusColumn).data(Qt::AccessibleTextRole).toString(),
        u"Deactivating\u2026"_s);
}

void TestAccountFilterModel::appendingWhileUnsortedAddsMatchingRowsAtTheEnd()
{
    load(100);
    const AccountFilter filter = filterOf(u"lab"_s);
    m_proxy->setFilter(filter);
    const int before = m_proxy->rowCount();
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layoutChanged(m_proxy.get(), &QAbstractItemModel::layoutChanged);

    load(100, 100);

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), before);
    QCOMPARE(layoutChanged.count(), 0);
    QCOMPARE(shownIds(), bruteForceIds(filter));

    load(3, 200); // "Zenith Care", "Harbor Lab" ... nothing or something: either way the set is right
    QCOMPARE(shownIds(), bruteForceIds(filter));
}

void TestAccountFilterModel::appendingWhileSortedMergesNewRows_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("together");

    const int users = AccountTableModel::UsersColumn;
    const int name = AccountTableModel::NameColumn;
    QTest::newRow("new rows that land together are one insert") << users << 20 << true;
    QTest::newRow("new rows that land apart are one layout change") << users << 20 << false;
    QTest::newRow("many new rows that land together are one insert") << users << 2000 << true;
    QTest::newRow("many new rows that land apart are one layout change") << users << 2000 << false;
    QTest::newRow("new rows sorted by name are merged") << name << 20 << false;
    QTest::newRow("many new rows sorted by name are merged") << name << 2000 << false;
}

void TestAccountFilterModel::appendingWhileSortedMergesNewRows()
{
    QFETCH(int, column);
    QFETCH(int, pageSize);
    QFETCH(bool, together);
    load(500);
    m_proxy->sort(column, Qt::AscendingOrder);
    m_proxy->setFilter(filterOf(QString(), AccountFilter::Status::Active));

    QList<Account> page;
    for (int i = 0; i < pageSize; ++i) {
        Account account = generatedAccount(1000 + i);
        account.isActive = i % 2 == 0;
        account.userCount = together ? 5000 + i : (i * 97) % 211;
        page << account;
    }
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layoutChanged(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_store->append(batchOf(page));

    QCOMPARE(inserted.count(), together ? 1 : 0);
    QCOMPARE(layoutChanged.count(), together ? 0 : 1);
    QCOMPARE(m_proxy->rowCount(), bruteForceIds(m_proxy->filter()).size());

    // The same rows in the same order as sorting everything afresh.
    const QList<int> merged = shownSourceRows();
    AccountFilterModel fresh;
    fresh.setSourceModel(m_table.get());
    fresh.setFilter(m_proxy->filter());
    fresh.sort(column, Qt::AscendingOrder);
    QList<int> expected;
    for (int row = 0; row < fresh.rowCount(); ++row)
        expected << fresh.mapToSource(fresh.index(row, 0)).row();
    QCOMPARE(merged, expected);
}

void TestAccountFilterModel::manyNewRowsEnterALargeSortedProxyInSteps()
{
    m_proxy->setSortedInsertLimit(100);
    load(500);
    m_proxy->sort(AccountTableModel::NameColumn, Qt::AscendingOrder);
    m_proxy->setFilter(filterOf(QString(), AccountFilter::Status::Active));
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layoutChanged(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    load(1000, 500);

    // Five turns' worth or more goes five hundred a turn on the next turns of the event loop.
    QCOMPARE(m_table->rowCount(), 1500);
    QCOMPARE(m_proxy->sourceRowsTaken(), 1000);
    QVERIFY(!m_proxy->indexOfAccount(m_store->id(1499)).isValid());
    QTRY_COMPARE(m_proxy->sourceRowsTaken(), 1500);
    QCOMPARE(inserted.count() + layoutChanged.count(), 2);
    // Fewer than five turns' worth goes a hundred a turn.
    load(300, 1500);
    QCOMPARE(m_proxy->sourceRowsTaken(), 1600);
    QTRY_COMPARE(m_proxy->sourceRowsTaken(), 1800);
    QCOMPARE(inserted.count() + layoutChanged.count(), 5);
    QCOMPARE(shownIds().size(), bruteForceIds(m_proxy->filter()).size());

    // The same rows in the same order as sorting everything afresh.
    AccountFilterModel fresh;
    fresh.setSourceModel(m_table.get());
    fresh.setFilter(m_proxy->filter());
    fresh.sort(AccountTableModel::NameColumn, Qt::AscendingOrder);
    QList<int> expected;
    for (int row = 0; row < fresh.rowCount(); ++row)
        expected << fresh.mapToSource(fresh.index(row, 0)).row();
    QCOMPARE(shownSourceRows(), expected);
}

void TestAccountFilterModel::aSnapshotSizedBlockEntersAnEmptySortedProxyInTurns()
{
    // A restored snapshot arrives as one block: sorting it whole held the GUI thread for 40 ms.
    m_proxy->setSortedInsertLimit(100);
    m_proxy->sort(AccountTableModel::NameColumn, Qt::DescendingOrder);
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layoutChanged(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    load(2000);

    QCOMPARE(m_table->rowCount(), 2000);
    QCOMPARE(m_proxy->sourceRowsTaken(), 500);
    QTRY_COMPARE(m_proxy->sourceRowsTaken(), 2000);
    QCOMPARE(inserted.count() + layoutChanged.count(), 4);
    AccountFilterModel fresh;
    fresh.setSourceModel(m_table.get());
    fresh.sort(AccountTableModel::NameColumn, Qt::DescendingOrder);
    QList<int> expected;
    for (int row = 0; row < fresh.rowCount(); ++row)
        expected << fresh.mapToSource(fresh.index(row, 0)).row();
    QCOMPARE(shownSourceRows(), expected);
}

void TestAccountFilterModel::aPreparedSnapshotEntersTheSortedProxyInOneStep_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("writtenInOrder"); // as the console writes snapshots: checked, not sorted
    QTest::newRow("name, descending") << int(AccountTableModel::NameColumn) << Qt::DescendingOrder << false;
    QTest::newRow("name, descending, written so") << int(AccountTableModel::NameColumn) << Qt::DescendingOrder << true;
    QTest::newRow("users, ascending") << int(AccountTableModel::UsersColumn) << Qt::AscendingOrder << false;
    QTest::newRow("users, ascending, written so") << int(AccountTableModel::UsersColumn) << Qt::AscendingOrder << true;
    QTest::newRow("metadata, ascending") << int(AccountTableModel::MetadataColumn) << Qt::AscendingOrder << false;
}

void TestAccountFilterModel::aPreparedSnapshotEntersTheSortedProxyInOneStep()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, writtenInOrder);
    // Pages are paced as in the console: the snapshot's rows must not wait for the timer.
    m_table->setInsertInterval(16);
    m_proxy->setSortedInsertLimit(100);
    m_proxy->sort(column, order);
    // A filter typed before the rows arrived applies to them as they enter.
    m_proxy->setFilter(filterOf(u"north"_s));
    QCOMPARE(m_store->preferredSortColumn(), column);
    QCOMPARE(m_store->preferredSortOrder(), order);

    // More rows than SortedRows sorts on one thread, with repeated keys.
    QList<Account> accounts;
    for (int n = 0; n < 25'000; ++n)
        accounts << generatedAccount(n);
    AccountBatch snapshot = batchOf(accounts);
    if (writtenInOrder) {
        AccountBatch inOrder(snapshot.kind());
        for (const int row : AccountStore::sortedOrderOf(snapshot, column, order))
            inOrder.appendRow(snapshot, row);
        snapshot = inOrder;
    }
    std::unique_ptr<AccountStore> prepared;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        prepared = AccountStore::preparedFrom(snapshot, m_store->preferredSortColumn(), m_store->preferredSortOrder());
    }));
    worker->start();
    QVERIFY(worker->wait(60'000));

    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layoutChanged(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_store->adoptRows(*prepared);
    QCOMPARE(m_proxy->sourceRowsTaken(), 25'000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(layoutChanged.count(), 0);
    QVERIFY(!m_store->hasPresorted());
    QCOMPARE(m_proxy->rowCount(), bruteForceIds(m_proxy->filter()).size());
    QVERIFY(m_proxy->rowCount() > 1000);

    AccountFilterModel fresh;
    fresh.setSourceModel(m_table.get());
    fresh.setFilter(m_proxy->filter());
    fresh.sort(column, order);
    QList<int> expected;
    for (int row = 0; row < fresh.rowCount(); ++row)
        expected << fresh.mapToSource(fresh.index(row, 0)).row();
    QCOMPARE(shownSourceRows(), expected);
    if (writtenInOrder)
        QVERIFY(std::is_sorted(expected.cbegin(), expected.cend()));

    // And the proxy goes on from there: a later page is merged in its place.
    load(50, 25'000);
    QTRY_COMPARE(m_proxy->sourceRowsTaken(), 25'050);
    QCOMPARE(m_proxy->rowCount(), bruteForceIds(m_proxy->filter()).size());
}

void TestAccountFilterModel::aSnapshotPreparedForAnotherSortEntersInTurns()
{
    m_table->setInsertInterval(0);
    m_proxy->setSortedInsertLimit(100);
    m_proxy->sort(AccountTableModel::UsersColumn, Qt::AscendingOrder);
    QList<Account> accounts;
    for (int n = 0; n < 2'000; ++n)
        accounts << generatedAccount(n);
    // Prepared for a name sort; the view has changed to users since.
    std::unique_ptr<AccountStore> prepared
        = AccountStore::preparedFrom(batchOf(accounts), AccountTableModel::NameColumn, Qt::AscendingOrder);
    m_store->adoptRows(*prepared);
    QCOMPARE(m_proxy->sourceRowsTaken(), 500);
    QTRY_COMPARE(m_proxy->sourceRowsTaken(), 2'000);
    QVERIFY(!m_store->hasPresorted());
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        QVERIFY(m_proxy->index(row - 1, AccountTableModel::UsersColumn).data(AccountTableModel::SortRole).toLongLong()
            <= m_proxy->index(row, AccountTableModel::UsersColumn).data(AccountTableModel::SortRole).toLongLong());
    }
}

void TestAccountFilterModel::coalescedPagesReachTheProxyAsOneInsert()
{
    m_table->setInsertInterval(16);
    m_proxy->setFilter(filterOf(u"e"_s));
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    for (int page = 0; page < 20; ++page)
        load(100, page * 100);
    QCOMPARE(m_proxy->rowCount(), 0);

    QTRY_COMPARE(m_table->rowCount(), 2000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(shownIds(), bruteForceIds(m_proxy->filter()));
}

void TestAccountFilterModel::aStoreResetEmptiesTheProxy()
{
    load(300);
    m_proxy->sort(AccountTableModel::CreatedColumn, Qt::DescendingOrder);
    m_proxy->setFilter(filterOf(u"a"_s));
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    QSignalSpy countChanged(m_proxy.get(), &AccountFilterModel::shownCountChanged);

    m_store->clear();

    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->shownCount(), 0);
    QCOMPARE(countChanged.count(), 1);

    // The filter and the sort still hold for what comes next.
    load(50, 7);
    QCOMPARE(m_proxy->sortColumn(), int(AccountTableModel::CreatedColumn));
    QCOMPARE(m_proxy->rowCount(), bruteForceIds(m_proxy->filter()).size());
}

void TestAccountFilterModel::indexOfAccount_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("found");

    QTest::newRow("a shown account is found") << generatedAccount(8).id << int(AccountTableModel::IdColumn) << true;
    QTest::newRow("a filtered-out account is not") << generatedAccount(1).id << 0 << false;
    QTest::newRow("an account not loaded is not") << generatedAccount(5000).id << 0 << false;
    QTest::newRow("an account not yet published is not") << generatedAccount(160).id << 0 << false;
    QTest::newRow("a column out of range is not") << generatedAccount(8).id << 99 << false;
}

void TestAccountFilterModel::indexOfAccount()
{
    QFETCH(QString, id);
    QFETCH(int, column);
    QFETCH(bool, found);
    load(150);
    m_proxy->setFilter(filterOf(u"northeast"_s));
    m_table->setInsertInterval(1000);
    load(20, 150); // waiting in the store

    const QModelIndex index = m_proxy->indexOfAccount(id, column);
    QCOMPARE(index.isValid(), found);
    if (found) {
        QCOMPARE(index.column(), column);
        QCOMPARE(index.data(AccountTableModel::AccountIdRole).toString(), id);
        QCOMPARE(index.data().toString(), id);
    }
}

void TestAccountFilterModel::headersStayWhenNothingMatches()
{
    load(10);
    m_proxy->setFilter(filterOf(u"no such account"_s));
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->columnCount(), int(AccountTableModel::ColumnCount));
    QCOMPARE(m_proxy->headerData(AccountTableModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
    QVERIFY(!m_proxy->hasChildren());
}

void TestAccountFilterModel::onlyAnAccountTableModelIsAccepted()
{
    QStringListModel other({ u"a"_s, u"b"_s });
    QTest::ignoreMessage(QtWarningMsg, "AccountFilterModel: the source model must be an AccountTableModel");
    m_proxy->setSourceModel(&other);
    QCOMPARE(m_proxy->sourceModel(), m_table.get());

    m_proxy->setSourceModel(nullptr);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->columnCount(), 0);
    QVERIFY(!m_proxy->indexOfAccount(generatedAccount(0).id).isValid());
}

void TestAccountFilterModel::randomChangesKeepTheProxyInStepWithAFreshOne()
{
    // Incremental updates (appends, changed rows, pending flags) against a proxy built from
    // scratch after every step, with persistent indexes that must follow their accounts.
    QRandomGenerator random(20260115);
    load(150);
    const QStringList needles = { QString(), u"a"_s, u"north"_s, u"lab"_s, u"\u00e9cole"_s, u"tier"_s, u"cus_0"_s };
    QList<QPersistentModelIndex> persistent;
    QStringList persistentIds;
    int nextAccount = 150;
    for (int step = 0; step < 250; ++step) {
        const QByteArray what = "step "_ba + QByteArray::number(step);
        switch (random.bounded(8)) {
        case 0: {
            const AccountFilter::Status status = AccountFilter::Status(random.bounded(3));
            m_proxy->setFilter(filterOf(needles[random.bounded(needles.size())], status));
            break;
        }
        case 1:
            m_proxy->sort(int(random.bounded(-1, int(AccountTableModel::ColumnCount))),
                random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            break;
        case 2: {
            QList<Account> page;
            for (int i = random.bounded(1, 12); i > 0; --i)
                page << generatedAccount(nextAccount++);
            page << generatedAccount(random.bounded(nextAccount)); // sometimes a known id: a replacement
            m_store->append(batchOf(page));
            break;
        }
        case 3:
        case 4: {
            Account account = m_store->account(random.bounded(int(m_store->size())));
            const Account other = generatedAccount(random.bounded(5000));
            switch (random.bounded(4)) {
            case 0:
                account.name = other.name;
                break;
            case 1:
                account.userCount = other.userCount;
                account.createdAt = other.createdAt;
                break;
            case 2:
                account.isActive = !account.isActive;
                break;
            default:
                account.metadata = other.metadata;
                account.updatedAt = other.updatedAt;
                break;
            }
            m_store->upsert(batchOf({ account }));
            break;
        }
        case 5: {
            const int row = random.bounded(int(m_store->size()));
            m_store->setPendingAction(row, PendingAction(random.bounded(3)));
            m_store->setFailed(row, random.bounded(2));
            break;
        }
        case 6:
            if (m_proxy->rowCount() > 0 && persistent.size() < 20) {
                const QModelIndex index = m_proxy->index(random.bounded(m_proxy->rowCount()), random.bounded(8));
                persistent << index;
                persistentIds << index.data(AccountTableModel::AccountIdRole).toString();
            }
            break;
        default:
            if (random.bounded(10) == 0) {
                m_store->clear();
                for (const QPersistentModelIndex &index : std::as_const(persistent))
                    QVERIFY(!index.isValid());
                persistent.clear();
                persistentIds.clear();
                load(60, nextAccount);
                nextAccount += 60;
            }
            break;
        }

        AccountFilterModel fresh;
        fresh.setSourceModel(m_table.get());
        fresh.setFilter(m_proxy->filter());
        fresh.sort(m_proxy->sortColumn(), m_proxy->sortOrder());
        QList<int> expected;
        for (int row = 0; row < fresh.rowCount(); ++row)
            expected << fresh.mapToSource(fresh.index(row, 0)).row();
        QVERIFY2(shownSourceRows() == expected, what.constData());
        QVERIFY2(m_proxy->rowCount() == bruteForceIds(m_proxy->filter()).size(), what.constData());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const QModelIndex now = m_proxy->indexOfAccount(persistentIds[i], persistent[i].column());
            QVERIFY2(QModelIndex(persistent[i]) == now, what.constData());
        }
    }
}

void TestAccountFilterModel::mappingRoundTrips()
{
    load(300);
    m_proxy->sort(AccountTableModel::UpdatedColumn, Qt::DescendingOrder);
    m_proxy->setFilter(filterOf(u"e"_s, AccountFilter::Status::Active));
    QVERIFY(m_proxy->rowCount() > 0);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, AccountTableModel::UsersColumn);
        const QModelIndex source = m_proxy->mapToSource(index);
        QCOMPARE(source.model(), m_table.get());
        QCOMPARE(source.column(), int(AccountTableModel::UsersColumn));
        QCOMPARE(m_proxy->mapFromSource(source), index);
        QCOMPARE(index.data(), source.data());
    }
    const int hiddenRow = int(m_store->rowOf(generatedAccount(0).id)); // inactive
    QVERIFY(!m_proxy->mapFromSource(m_table->index(hiddenRow, 0)).isValid());
    QVERIFY(!m_proxy->mapFromSource(QModelIndex()).isValid());
    QVERIFY(!m_proxy->mapToSource(QModelIndex()).isValid());
    QStringListModel other({ u"x"_s });
    QVERIFY(!m_proxy->mapFromSource(other.index(0, 0)).isValid());
    QVERIFY(!m_proxy->index(0, 0, m_proxy->index(0, 0)).isValid());
    QVERIFY(!m_proxy->parent(m_proxy->index(0, 0)).isValid());
    QCOMPARE(m_proxy->sibling(1, 2, m_proxy->index(0, 0)), m_proxy->index(1, 2));
}

void TestAccountFilterModel::aChangeToManyRowsAtOnceRefiltersThemAll()
{
    load(200);
    m_proxy->sort(AccountTableModel::NameColumn);
    const AccountFilter filter = filterOf(u"renamed"_s);
    m_proxy->setFilter(filter);
    QCOMPARE(m_proxy->rowCount(), 0);
    {
        // Rewrite many rows without a signal each, then announce them in one go.
        const QSignalBlocker blocker(m_store.get());
        for (int n = 0; n < 200; n += 2) {
            Account account = generatedAccount(n);
            account.name = u"Renamed %1"_s.arg(199 - n);
            m_store->upsert(batchOf({ account }));
        }
    }
    QSignalSpy changed(m_proxy.get(), &QAbstractItemModel::dataChanged);
    Q_EMIT m_table->dataChanged(m_table->index(0, 0), m_table->index(199, AccountTableModel::ColumnCount - 1));

    QCOMPARE(m_proxy->rowCount(), 100);
    QCOMPARE(m_proxy->index(0, AccountTableModel::NameColumn).data().toString(), u"Renamed 1"_s);
    QCOMPARE(changed.count(), 1);
    QStringList shown = shownIds();
    QStringList expected = bruteForceIds(filter);
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
}

void TestAccountFilterModel::columnHeaderChangesAreForwarded()
{
    load(5);
    QSignalSpy headers(m_proxy.get(), &QAbstractItemModel::headerDataChanged);
    Q_EMIT m_table->headerDataChanged(Qt::Horizontal, 1, 2);
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(0).at(1).toInt(), 1);
    QCOMPARE(headers.at(0).at(2).toInt(), 2);
    Q_EMIT m_table->headerDataChanged(Qt::Vertical, 0, 0); // source row numbers mean nothing here
    QCOMPARE(headers.count(), 1);
}

void TestAccountFilterModel::rowHeadersCountTheShownRows()
{
    load(50);
    m_proxy->setFilter(filterOf(u"lab"_s));
    QVERIFY(m_proxy->rowCount() > 1);
    QCOMPARE(m_proxy->headerData(0, Qt::Vertical).toInt(), 1);
    QCOMPARE(m_proxy->headerData(1, Qt::Vertical).toInt(), 2);
}

void TestAccountFilterModel::theProxyEmptiesWhenItsTableIsDestroyed()
{
    load(20);
    auto table = std::make_unique<AccountTableModel>(m_store.get());
    AccountFilterModel proxy;
    proxy.setSourceModel(table.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 20);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy countChanged(&proxy, &AccountFilterModel::shownCountChanged);

    table.reset();

    QCOMPARE(reset.count(), 1);
    QCOMPARE(countChanged.count(), 1);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(!proxy.indexOfAccount(generatedAccount(3).id).isValid());
    proxy.setFilter(filterOf(u"a"_s));
    proxy.sort(AccountTableModel::NameColumn);
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAccountFilterModel)
#include "tst_accountfiltermodel.moc"
