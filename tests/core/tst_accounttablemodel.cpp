// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <limits>
#include <memory>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include "core/models/accounttablemodel.h"

using namespace Qt::StringLiterals;

class TestAccountTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void headersNameEveryColumn();
    void displayRoleShowsEachColumn_data();
    void displayRoleShowsEachColumn();
    void sortRoleIsTyped_data();
    void sortRoleIsTyped();
    void timestampRoleIsNullWithoutADate();
    void accessibleTextFollowsThePendingAction_data();
    void accessibleTextFollowsThePendingAction();
    void toolTipsShowTimesInUtc();
    void toolTipsShowTheFullText();
    void usersAreRightAligned();
    void rowRolesDescribeTheAccount();
    void appendedRowsArePublishedTogether();
    void publishingNowEmitsOneInsert();
    void anIntervalOfZeroPublishesAtOnce();
    void aBusyEventLoopStillGetsEveryRowInOrder();
    void aChangedRowSignalsOnlyThatRow();
    void aRowChangedBeforePublishingShowsItsStateWhenPublished();
    void aStoreResetResetsTheModel();
    void rowsAlreadyInTheStoreAreShownAtOnce();
    void cellsAreSelectableButNotEditable();
    void aFailedRowSaysSoInItsStatusToolTip();

private:
    void appendAccounts(int first, int count);

    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<AccountTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace
{
const QString emDash = u"\u2014"_s;

QString expressId(int n)
{
    return u"cus_%1"_s.arg(n, 32, 16, QLatin1Char('0'));
}

Account makeAccount(int n)
{
    Account account;
    account.kind = AccountKind::ExpressCustomer;
    account.id = expressId(n);
    account.name = u"Clinic %1"_s.arg(n);
    account.isActive = n % 3 != 0;
    account.userCount = 1234 + n;
    account.createdAt = QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC);
    account.updatedAt = QDateTime(QDate(2024, 3, 15), QTime(14, 20, 5, 125), Qt::UTC);
    account.createdByApiKeyId = u"550e8400-e29b-41d4-a716-446655440000"_s;
    account.metadata = { { u"region"_s, u"northeast"_s }, { u"department"_s, u"radiology"_s } };
    return account;
}

// Row 0: everything present; row 1: no dates, created in the dashboard, no metadata;
// row 2: created by neither.
QList<Account> threeAccounts()
{
    Account full = makeAccount(1);
    Account sparse = makeAccount(2);
    sparse.createdAt = {};
    sparse.updatedAt = {};
    sparse.createdByApiKeyId.reset();
    sparse.createdByUserId = u"usr_1234567890abcdef1234567890abcdef"_s;
    sparse.metadata.clear();
    Account anonymous = makeAccount(3);
    anonymous.createdByApiKeyId.reset();
    return { full, sparse, anonymous };
}

AccountBatch batchOf(const QList<Account> &accounts)
{
    AccountBatch batch(AccountKind::ExpressCustomer);
    for (const Account &account : accounts)
        batch.append(account);
    return batch;
}
} // namespace

void TestAccountTableModel::initTestCase()
{
    // Fixed separators and formats, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAccountTableModel::init()
{
    m_store = std::make_unique<AccountStore>(AccountKind::ExpressCustomer);
    m_model = std::make_unique<AccountTableModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAccountTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
}

void TestAccountTableModel::appendAccounts(int first, int count)
{
    AccountBatch batch(AccountKind::ExpressCustomer);
    for (int n = first; n < first + count; ++n)
        batch.append(makeAccount(n));
    m_store->append(batch);
}

void TestAccountTableModel::headersNameEveryColumn()
{
    QCOMPARE(m_model->columnCount(), int(AccountTableModel::ColumnCount));
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column)
        headers << m_model->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
        QStringList({ u"Status"_s, u"Name"_s, u"ID"_s, u"Users"_s, u"Created"_s, u"Updated"_s, u"Metadata"_s,
            u"Created by"_s, u"What changed"_s }));
}

void TestAccountTableModel::displayRoleShowsEachColumn_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    const QString created
        = QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    const QString updated
        = QDateTime(QDate(2024, 3, 15), QTime(14, 20, 5, 125), Qt::UTC).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    QTest::newRow("an active account says so") << 0 << int(AccountTableModel::StatusColumn) << u"Active"_s;
    QTest::newRow("an inactive account says so") << 2 << int(AccountTableModel::StatusColumn) << u"Inactive"_s;
    QTest::newRow("the name is shown") << 0 << int(AccountTableModel::NameColumn) << u"Clinic 1"_s;
    QTest::newRow("the id is shown") << 0 << int(AccountTableModel::IdColumn) << expressId(1);
    QTest::newRow("users are grouped by the locale") << 0 << int(AccountTableModel::UsersColumn) << u"1,235"_s;
    QTest::newRow("created is local time, year first") << 0 << int(AccountTableModel::CreatedColumn) << created;
    QTest::newRow("updated is local time, year first") << 0 << int(AccountTableModel::UpdatedColumn) << updated;
    QTest::newRow("a missing created date is a dash") << 1 << int(AccountTableModel::CreatedColumn) << emDash;
    QTest::newRow("a missing updated date is a dash") << 1 << int(AccountTableModel::UpdatedColumn) << emDash;
    QTest::newRow("metadata is key=value pairs in server order")
        << 0 << int(AccountTableModel::MetadataColumn) << u"region=northeast, department=radiology"_s;
    QTest::newRow("no metadata is empty") << 1 << int(AccountTableModel::MetadataColumn) << QString();
    QTest::newRow("an API key creator is named with its key")
        << 0 << int(AccountTableModel::CreatedByColumn) << u"API key 550e8400-e29b-41d4-a716-446655440000"_s;
    QTest::newRow("a dashboard creator is its user id")
        << 1 << int(AccountTableModel::CreatedByColumn) << u"usr_1234567890abcdef1234567890abcdef"_s;
    QTest::newRow("no creator is a dash") << 2 << int(AccountTableModel::CreatedByColumn) << emDash;
}

void TestAccountTableModel::displayRoleShowsEachColumn()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    m_store->append(batchOf(threeAccounts()));
    m_model->publishPendingRows();
    QCOMPARE(m_model->data(m_model->index(row, column)).toString(), expected);
}

void TestAccountTableModel::sortRoleIsTyped_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("status sorts as a bool") << int(AccountTableModel::StatusColumn) << QVariant(true);
    QTest::newRow("the name sorts as text") << int(AccountTableModel::NameColumn) << QVariant(u"Clinic 1"_s);
    QTest::newRow("the id sorts as text") << int(AccountTableModel::IdColumn) << QVariant(expressId(1));
    QTest::newRow("users sort as a number") << int(AccountTableModel::UsersColumn) << QVariant::fromValue(qint64(1235));
    QTest::newRow("created sorts as milliseconds")
        << int(AccountTableModel::CreatedColumn)
        << QVariant::fromValue(QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    QTest::newRow("updated sorts as milliseconds")
        << int(AccountTableModel::UpdatedColumn)
        << QVariant::fromValue(QDateTime(QDate(2024, 3, 15), QTime(14, 20, 5, 125), Qt::UTC).toMSecsSinceEpoch());
    QTest::newRow("metadata sorts as its text")
        << int(AccountTableModel::MetadataColumn) << QVariant(u"region=northeast, department=radiology"_s);
    QTest::newRow("the creator sorts as its id")
        << int(AccountTableModel::CreatedByColumn) << QVariant(u"550e8400-e29b-41d4-a716-446655440000"_s);
}

void TestAccountTableModel::sortRoleIsTyped()
{
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    m_store->append(batchOf(threeAccounts()));
    m_model->publishPendingRows();
    const QVariant key = m_model->data(m_model->index(0, column), AccountTableModel::SortRole);
    QCOMPARE(key.metaType(), expected.metaType());
    QCOMPARE(key, expected);
}

void TestAccountTableModel::timestampRoleIsNullWithoutADate()
{
    m_store->append(batchOf(threeAccounts()));
    m_model->publishPendingRows();
    const QModelIndex dated = m_model->index(0, AccountTableModel::CreatedColumn);
    const QModelIndex undated = m_model->index(1, AccountTableModel::CreatedColumn);
    QCOMPARE(dated.data(AccountTableModel::TimestampMsRole).metaType(), QMetaType::fromType<qint64>());
    QCOMPARE(dated.data(AccountTableModel::TimestampMsRole).toLongLong(),
        QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(undated.data(AccountTableModel::TimestampMsRole).isNull());
    QVERIFY(!m_model->index(1, AccountTableModel::NameColumn).data(AccountTableModel::TimestampMsRole).isValid());
    // Without a date an account sorts before every dated one.
    QCOMPARE(undated.data(AccountTableModel::SortRole).toLongLong(), std::numeric_limits<qint64>::min());
    QCOMPARE(m_model->index(1, AccountTableModel::UpdatedColumn).data(AccountTableModel::SortRole).toLongLong(),
        std::numeric_limits<qint64>::min());
}

void TestAccountTableModel::accessibleTextFollowsThePendingAction_data()
{
    QTest::addColumn<bool>("isActive");
    QTest::addColumn<PendingAction>("action");
    QTest::addColumn<QString>("expected");

    QTest::newRow("an active account reads Active") << true << PendingAction::None << u"Active"_s;
    QTest::newRow("an inactive account reads Inactive") << false << PendingAction::None << u"Inactive"_s;
    QTest::newRow("a pending deactivation reads Deactivating")
        << true << PendingAction::Deactivate << u"Deactivating\u2026"_s;
    QTest::newRow("a pending reactivation reads Reactivating")
        << false << PendingAction::Reactivate << u"Reactivating\u2026"_s;
}

void TestAccountTableModel::accessibleTextFollowsThePendingAction()
{
    QFETCH(bool, isActive);
    QFETCH(PendingAction, action);
    QFETCH(QString, expected);
    Account account = makeAccount(1);
    account.isActive = isActive;
    m_store->append(batchOf({ account }));
    m_model->publishPendingRows();
    m_store->setPendingAction(0, action);

    const QModelIndex status = m_model->index(0, AccountTableModel::StatusColumn);
    QCOMPARE(status.data(Qt::AccessibleTextRole).toString(), expected);
    QCOMPARE(status.data(Qt::DisplayRole).toString(), expected);
    QCOMPARE(status.data(AccountTableModel::PendingRole).toBool(), action != PendingAction::None);
    QCOMPARE(status.data(AccountTableModel::PendingActionRole).toInt(), int(action));
    QCOMPARE(status.data(AccountTableModel::IsActiveRole).toBool(), isActive);
}

void TestAccountTableModel::toolTipsShowTimesInUtc()
{
    m_store->append(batchOf(threeAccounts()));
    m_model->publishPendingRows();
    QCOMPARE(m_model->index(0, AccountTableModel::CreatedColumn).data(Qt::ToolTipRole).toString(),
        u"2024-01-15T09:00:00 UTC"_s);
    QCOMPARE(m_model->index(0, AccountTableModel::UpdatedColumn).data(Qt::ToolTipRole).toString(),
        u"2024-03-15T14:20:05.125 UTC"_s);
    QVERIFY(!m_model->index(1, AccountTableModel::CreatedColumn).data(Qt::ToolTipRole).toString().contains(u"UTC"_s));
}

void TestAccountTableModel::toolTipsShowTheFullText()
{
    Account account = makeAccount(1);
    account.name = u"Northwestern Regional Diagnostic Imaging Partners of the Great Lakes"_s;
    m_store->append(batchOf({ account }));
    m_model->publishPendingRows();
    QCOMPARE(m_model->index(0, AccountTableModel::NameColumn).data(Qt::ToolTipRole).toString(), account.name);
    QCOMPARE(m_model->index(0, AccountTableModel::MetadataColumn).data(Qt::ToolTipRole).toString(),
        account.metadataSummary());
}

void TestAccountTableModel::usersAreRightAligned()
{
    appendAccounts(0, 1);
    m_model->publishPendingRows();
    const int users = m_model->index(0, AccountTableModel::UsersColumn).data(Qt::TextAlignmentRole).toInt();
    QVERIFY(users & Qt::AlignRight);
    QVERIFY(!m_model->index(0, AccountTableModel::NameColumn).data(Qt::TextAlignmentRole).isValid());
}

void TestAccountTableModel::rowRolesDescribeTheAccount()
{
    appendAccounts(0, 3);
    m_model->publishPendingRows();
    m_store->setFailed(2, true);
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
        const QModelIndex index = m_model->index(2, column);
        QCOMPARE(index.data(AccountTableModel::AccountIdRole).toString(), expressId(2));
        QCOMPARE(index.data(AccountTableModel::IsActiveRole).toBool(), true);
        QCOMPARE(index.data(AccountTableModel::FailedRole).toBool(), true);
        QCOMPARE(index.data(AccountTableModel::PendingRole).toBool(), false);
    }
    QCOMPARE(m_model->index(0, 0).data(AccountTableModel::IsActiveRole).toBool(), false);
    QCOMPARE(m_model->index(1, 0).data(AccountTableModel::FailedRole).toBool(), false);
    QVERIFY(!m_model->index(0, 0).data(Qt::DecorationRole).isValid());
}

void TestAccountTableModel::appendedRowsArePublishedTogether()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    for (int page = 0; page < 50; ++page)
        appendAccounts(page * 10, 10);
    QCOMPARE(m_model->rowCount(), 0); // not yet: the model lags the store until the timer fires
    QCOMPARE(inserted.count(), 0);

    QTRY_COMPARE(m_model->rowCount(), 500);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 499);
    QCOMPARE(m_model->index(499, AccountTableModel::IdColumn).data().toString(), expressId(499));
}

void TestAccountTableModel::publishingNowEmitsOneInsert()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    appendAccounts(0, 10);
    appendAccounts(10, 10);
    m_model->publishPendingRows();
    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(inserted.count(), 1);
    m_model->publishPendingRows();
    QCOMPARE(inserted.count(), 1); // nothing left to publish

    appendAccounts(20, 5);
    QTRY_COMPARE(m_model->rowCount(), 25);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 20);
    QCOMPARE(inserted.at(1).at(2).toInt(), 24);
}

void TestAccountTableModel::anIntervalOfZeroPublishesAtOnce()
{
    appendAccounts(0, 5);
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setInsertInterval(0);
    QCOMPARE(m_model->insertInterval(), 0);
    QCOMPARE(m_model->rowCount(), 5); // what was waiting goes out at once
    appendAccounts(5, 3);
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(inserted.count(), 2);
}

void TestAccountTableModel::aBusyEventLoopStillGetsEveryRowInOrder()
{
    // A view that takes longer to repaint than the interval makes the timer fire late; the
    // model then waits a little longer, but every row still arrives, in order, exactly once.
    m_model->setInsertInterval(4);
    QTimer slowView;
    connect(&slowView, &QTimer::timeout, this, [] {
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 6) { }
    });
    slowView.start(0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    for (int page = 0; page < 30; ++page) {
        appendAccounts(page * 5, 5);
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(m_model->rowCount(), 150);
    slowView.stop();
    int expectedFirst = 0;
    for (const QList<QVariant> &signal : std::as_const(inserted)) {
        QCOMPARE(signal.at(1).toInt(), expectedFirst);
        expectedFirst = signal.at(2).toInt() + 1;
    }
    QCOMPARE(expectedFirst, 150);
    QCOMPARE(m_model->index(149, AccountTableModel::IdColumn).data().toString(), expressId(149));
}

void TestAccountTableModel::aChangedRowSignalsOnlyThatRow()
{
    appendAccounts(0, 10);
    m_model->publishPendingRows();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_store->setPendingAction(3, PendingAction::Deactivate);

    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QCOMPARE(topLeft, m_model->index(3, 0));
    QCOMPARE(bottomRight, m_model->index(3, AccountTableModel::ColumnCount - 1));
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(Qt::AccessibleTextRole));
    QVERIFY(roles.contains(AccountTableModel::PendingRole));
    QVERIFY(roles.contains(AccountTableModel::IsActiveRole));

    // A new copy of the account from the server is the same one-row change.
    Account renamed = makeAccount(7);
    renamed.name = u"Renamed"_s;
    m_store->upsert(batchOf({ renamed }));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 7);
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 7);
    QCOMPARE(m_model->index(7, AccountTableModel::NameColumn).data().toString(), u"Renamed"_s);
}

void TestAccountTableModel::aRowChangedBeforePublishingShowsItsStateWhenPublished()
{
    appendAccounts(0, 4);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_store->setFailed(2, true);
    QCOMPARE(changed.count(), 0);

    m_model->publishPendingRows();
    QCOMPARE(m_model->index(2, 0).data(AccountTableModel::FailedRole).toBool(), true);
}

void TestAccountTableModel::aStoreResetResetsTheModel()
{
    appendAccounts(0, 4);
    m_model->publishPendingRows();
    appendAccounts(4, 4); // waiting to be published when the reset comes
    QSignalSpy aboutToReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    m_store->clear();

    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    appendAccounts(100, 2);
    QTRY_COMPARE(m_model->rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->index(1, AccountTableModel::IdColumn).data().toString(), expressId(101));
}

void TestAccountTableModel::rowsAlreadyInTheStoreAreShownAtOnce()
{
    appendAccounts(0, 6);
    AccountTableModel late(m_store.get());
    QAbstractItemModelTester tester(&late, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(late.rowCount(), 6);
    QCOMPARE(late.store(), m_store.get());
}

void TestAccountTableModel::cellsAreSelectableButNotEditable()
{
    appendAccounts(0, 1);
    m_model->publishPendingRows();
    const Qt::ItemFlags flags = m_model->flags(m_model->index(0, AccountTableModel::NameColumn));
    QVERIFY(flags & Qt::ItemIsSelectable);
    QVERIFY(flags & Qt::ItemIsEnabled);
    QVERIFY(!(flags & Qt::ItemIsEditable));
    QCOMPARE(m_model->flags(QModelIndex()), Qt::NoItemFlags);
    QCOMPARE(m_model->headerData(AccountTableModel::UsersColumn, Qt::Horizontal, Qt::TextAlignmentRole).toInt()
            & Qt::AlignRight,
        Qt::AlignRight);
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toInt(), 1);
    QVERIFY(m_model->roleNames().value(AccountTableModel::AccountIdRole) == "accountId");
}

void TestAccountTableModel::aFailedRowSaysSoInItsStatusToolTip()
{
    appendAccounts(1, 1);
    m_model->publishPendingRows();
    const QModelIndex status = m_model->index(0, AccountTableModel::StatusColumn);
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), u"Active"_s);
    m_store->setFailed(0, true);
    QVERIFY(status.data(Qt::ToolTipRole).toString().startsWith(u"Active (the last change failed"_s));
    QCOMPARE(status.data(Qt::AccessibleTextRole).toString(), u"Active"_s);
    QCOMPARE(m_model->index(0, AccountTableModel::CreatedByColumn).data(Qt::ToolTipRole).toString(),
        u"API key 550e8400-e29b-41d4-a716-446655440000"_s);
}

QTEST_GUILESS_MAIN(TestAccountTableModel)
#include "tst_accounttablemodel.moc"
