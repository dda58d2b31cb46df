// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"
#include "core/services/actionqueue.h"
#include "core/services/bulkaction.h"
#include "tests/testkit/sandboxfixture.h"

using namespace Qt::StringLiterals;

class TestBulkAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fiftyAccountsAreAllDeactivatedUnderARateLimit();
    void accountsAlreadyInTheWantedStateAreNotSentAndNotCountedAsChanged();
    void cancelHandsNoMoreAccountsToTheQueue();
    void retryFailedRunsTheFailedAccountsOnly();
    void unknownAndMalformedIdsFailWithoutARequest();

private:
    QStringList activeCustomers(int count, int skip = 0) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AccountDirectory> m_directory;
};

void TestBulkAction::initTestCase()
{
    SandboxOptions options;
    options.customers = 300;
    options.organizations = 0;
    options.seed = 77;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
}

void TestBulkAction::init()
{
    SandboxServer &server = m_sandbox->server();
    server.setFaults({});
    for (const QString &id : server.accountIds(SandboxKind::ExpressCustomer))
        QVERIFY(server.setActive(id, true));
    m_client = m_sandbox->makeClient();
    m_directory = std::make_unique<AccountDirectory>(m_client.get(), AccountKind::ExpressCustomer);
    QSignalSpy finished(m_directory.get(), &AccountDirectory::loadFinished);
    m_directory->reload();
    QVERIFY(finished.wait(20'000));
}

void TestBulkAction::cleanup()
{
    m_directory.reset();
    m_client.reset();
}

QStringList TestBulkAction::activeCustomers(int count, int skip) const
{
    return m_sandbox->server().accountIds(SandboxKind::ExpressCustomer).mid(skip, count);
}

void TestBulkAction::fiftyAccountsAreAllDeactivatedUnderARateLimit()
{
    SandboxServer &server = m_sandbox->server();
    SandboxFaults faults;
    faults.rateLimitPerSecond = 15;
    server.setFaults(faults);
    const QStringList ids = activeCustomers(50);
    BulkAction action(m_directory.get(), ids, false, u"ticket 4711"_s);
    QAbstractItemModelTester tester(&action, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(action.rowCount(), 50);
    QCOMPARE(action.count(BulkAction::State::Waiting), 50);
    QSignalSpy progressed(&action, &BulkAction::progressed);
    QSignalSpy finished(&action, &BulkAction::finished);
    action.start();
    QVERIFY(action.isRunning());
    // The queue's limit holds: never more than its concurrency under way at the server.
    QVERIFY(m_directory->actionQueue()->runningCount() <= m_directory->actionQueue()->maxConcurrent());
    QVERIFY(finished.wait(60'000));

    QCOMPARE(action.count(BulkAction::State::Changed), 50);
    QCOMPARE(action.finishedCount(), 50);
    QVERIFY(!action.isRunning());
    QCOMPARE(action.changedIds(), ids);
    QCOMPARE(progressed.size(), 50);
    QCOMPARE(progressed.last().at(0).value<qsizetype>(), 50);
    QVERIFY2(server.faultCounts().rateLimited > 0, "the rate limit was never reached: the test proves nothing");
    const AccountStore *store = m_directory->store();
    for (const QString &id : ids) {
        QCOMPARE(server.isActive(id), std::optional<bool>(false));
        const qsizetype row = store->rowOf(id);
        QVERIFY(!store->record(row).isActive());
        QVERIFY(!store->isPending(row));
    }
    // Nothing else was touched.
    QCOMPARE(server.isActive(activeCustomers(1, 50).first()), std::optional<bool>(true));
    QCOMPARE(action.index(0, BulkAction::ResultColumn).data().toString(), u"Deactivated"_s);
}

void TestBulkAction::accountsAlreadyInTheWantedStateAreNotSentAndNotCountedAsChanged()
{
    SandboxServer &server = m_sandbox->server();
    const QStringList ids = activeCustomers(10);
    QStringList alreadyInactive { ids.at(1), ids.at(4), ids.at(9) };
    for (const QString &id : alreadyInactive)
        QVERIFY(server.setActive(id, false));
    // The console learns it from the server, as it would from a reload.
    QSignalSpy refreshed(m_directory.get(), &AccountDirectory::refreshed);
    for (const QString &id : alreadyInactive)
        m_directory->refresh(id);
    QTRY_COMPARE(refreshed.size(), 3);

    const quint64 requestsBefore = server.requestCount();
    BulkAction action(m_directory.get(), ids + QStringList { ids.at(0) }, false); // a duplicate, dropped
    QCOMPARE(action.size(), 10);
    QSignalSpy finished(&action, &BulkAction::finished);
    action.start();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(action.count(BulkAction::State::Unchanged), 3);
    QCOMPARE(action.count(BulkAction::State::Changed), 7);
    QStringList expectedChanged = ids;
    for (const QString &id : alreadyInactive)
        expectedChanged.removeOne(id);
    QCOMPARE(action.changedIds(), expectedChanged);
    QCOMPARE(server.requestCount(), requestsBefore + 7);
    QCOMPARE(action.index(1, BulkAction::ResultColumn).data().toString(), u"Already inactive"_s);
}

void TestBulkAction::cancelHandsNoMoreAccountsToTheQueue()
{
    SandboxServer &server = m_sandbox->server();
    SandboxFaults slow;
    slow.latencyMs = 150;
    server.setFaults(slow);
    const QStringList ids = activeCustomers(40);
    BulkAction action(m_directory.get(), ids, false);
    QSignalSpy progressed(&action, &BulkAction::progressed);
    QSignalSpy finished(&action, &BulkAction::finished);
    action.start();
    QVERIFY(progressed.wait(10'000));
    action.cancel();
    QVERIFY(action.isCancelled());
    QVERIFY(finished.wait(20'000));
    const qsizetype cancelled = action.count(BulkAction::State::Cancelled);
    const qsizetype changed = action.count(BulkAction::State::Changed);
    QVERIFY2(cancelled > 0, "cancel() came after every account was handed over");
    QCOMPARE(changed + cancelled, 40);
    QVERIFY(m_directory->actionQueue()->isIdle());
    for (qsizetype i = 0; i < action.size(); ++i) {
        const BulkAction::Item &item = action.item(i);
        QCOMPARE(server.isActive(item.accountId), std::optional<bool>(item.state != BulkAction::State::Changed));
    }
}

void TestBulkAction::retryFailedRunsTheFailedAccountsOnly()
{
    SandboxServer &server = m_sandbox->server();
    const QStringList ids = activeCustomers(6);
    m_directory->actionQueue()->setReconcileTries(1);
    SandboxFaults failing;
    failing.serverErrorRate = 1.0;
    server.setFaults(failing);
    BulkAction action(m_directory.get(), ids, false, u"retry test"_s);
    QSignalSpy finished(&action, &BulkAction::finished);
    action.start();
    QVERIFY(finished.wait(60'000));
    QCOMPARE(action.count(BulkAction::State::Failed), 6);
    QCOMPARE(action.failedIds(), ids);
    QVERIFY(action.index(0, BulkAction::ResultColumn).data().toString().startsWith(u"Failed: "_s));
    QVERIFY(!action.item(0).error.message.isEmpty());
    for (const QString &id : ids)
        QCOMPARE(server.isActive(id), std::optional<bool>(true));

    server.setFaults({});
    QVERIFY(action.retryFailed());
    QVERIFY(finished.wait(20'000));
    QCOMPARE(action.count(BulkAction::State::Changed), 6);
    QVERIFY(action.failedIds().isEmpty());
    QVERIFY(!action.retryFailed());
    for (const QString &id : ids)
        QCOMPARE(server.isActive(id), std::optional<bool>(false));
}

void TestBulkAction::unknownAndMalformedIdsFailWithoutARequest()
{
    SandboxServer &server = m_sandbox->server();
    const QString loaded = activeCustomers(1).first();
    const QString unknown = u"cus_00000000000000000000000000000000"_s;
    const QString malformed = u"cus_../../v1/orgs"_s;
    const quint64 requestsBefore = server.requestCount();
    BulkAction action(m_directory.get(), { unknown, loaded, malformed }, false);
    QSignalSpy finished(&action, &BulkAction::finished);
    action.start();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(action.item(0).state, BulkAction::State::Failed);
    QCOMPARE(action.item(0).error.kind, ApiError::Kind::NotFound);
    QCOMPARE(action.item(1).state, BulkAction::State::Changed);
    QCOMPARE(action.item(2).state, BulkAction::State::Failed);
    QCOMPARE(action.item(2).error.kind, ApiError::Kind::InvalidId);
    QCOMPARE(server.requestCount(), requestsBefore + 1);
}

QTEST_GUILESS_MAIN(TestBulkAction)
#include "tst_bulkaction.moc"
