// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "core/services/pager.h"
#include "tests/testkit/sandboxfixture.h"

using namespace Qt::StringLiterals;

class TestPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void everyAccountArrivesExactlyOnceInServerOrder_data();
    void everyAccountArrivesExactlyOnceInServerOrder();
    void accountsToggledOrCreatedDuringTheListingArriveOnce();
    void aServerWithoutOrganizationsIsUnavailableNotFailed();
    void cancellingFromABatchStopsTheListing();
    void restartingBeginsAgainFromTheFirstPage();
    void aPageThatKeepsFailingFailsTheListing();
    void aWrongKeyFailsTheListingWithAuthentication();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
};

namespace
{
constexpr int accountsPerKind = 1234;

QStringList idsOf(const AccountBatch &batch)
{
    QStringList ids;
    for (qsizetype i = 0; i < batch.size(); ++i)
        ids.append(batch.string(batch.record(i).id));
    return ids;
}
} // namespace

void TestPager::initTestCase()
{
    SandboxOptions options;
    options.customers = accountsPerKind;
    options.organizations = accountsPerKind;
    options.seed = 99;
    options.hostileNames = true; // names with quotes, escapes and astral characters
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
}

void TestPager::init()
{
    m_sandbox->server().setFaults({});
    m_client = m_sandbox->makeClient();
}

void TestPager::everyAccountArrivesExactlyOnceInServerOrder_data()
{
    QTest::addColumn<AccountKind>("kind");
    QTest::newRow("customers") << AccountKind::ExpressCustomer;
    QTest::newRow("organizations") << AccountKind::Organization;
}

void TestPager::everyAccountArrivesExactlyOnceInServerOrder()
{
    QFETCH(AccountKind, kind);
    Pager pager(m_client.get(), kind);
    QCOMPARE(pager.pageSize(), 100);
    QStringList received;
    QList<qsizetype> batchSizes;
    connect(&pager, &Pager::batchReady, this, [&](const AccountBatch &batch) {
        QCOMPARE(batch.kind(), kind);
        batchSizes.append(batch.size());
        received += idsOf(batch);
    });
    QSignalSpy finished(&pager, &Pager::finished);
    QSignalSpy failed(&pager, &Pager::failed);
    pager.start();
    QVERIFY(pager.isRunning());
    QVERIFY2(finished.wait(30'000),
        failed.isEmpty() ? "no signal" : qPrintable(failed.at(0).at(0).value<ApiError>().message));
    QCOMPARE(failed.size(), 0);
    QVERIFY(!pager.isRunning());

    QCOMPARE(received, m_sandbox->server().accountIds(SandboxFixture::sandboxKind(kind)));
    QCOMPARE(QSet<QString>(received.cbegin(), received.cend()).size(), accountsPerKind);
    QCOMPARE(pager.loadedCount(), accountsPerKind);
    QCOMPARE(pager.pageCount(), 13);
    QCOMPARE(batchSizes.first(), 100);
    QCOMPARE(batchSizes.last(), 34);
}

void TestPager::accountsToggledOrCreatedDuringTheListingArriveOnce()
{
    SandboxServer &server = m_sandbox->server();
    const QStringList before = server.accountIds(SandboxKind::ExpressCustomer);
    Pager pager(m_client.get(), AccountKind::ExpressCustomer);
    pager.setPageSize(100);
    QStringList received;
    QStringList created;
    int page = 0;
    connect(&pager, &Pager::batchReady, this, [&](const AccountBatch &batch) {
        received += idsOf(batch);
        // Between pages: flip accounts already listed, not yet listed and on the page
        // just read, and add a new one, as support staff elsewhere might.
        for (const int index : { 5, page * 100 + 50, page * 100 + 150, accountsPerKind - 1 }) {
            const QString &id = before.at(qMin(index, accountsPerKind - 1));
            server.setActive(id, !server.isActive(id).value());
        }
        if (page % 4 == 0 && page < 10) // the last page must come after the last creation
            created.append(server.createAccount(SandboxKind::ExpressCustomer, u"Created during page %1"_s.arg(page)));
        ++page;
    });
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    QVERIFY(finished.wait(30'000));

    const QStringList after = server.accountIds(SandboxKind::ExpressCustomer);
    QCOMPARE(QSet<QString>(received.cbegin(), received.cend()).size(), received.size()); // no repeats
    for (const QString &id : before)
        QVERIFY2(received.contains(id), qPrintable(id)); // nothing skipped
    QCOMPARE(received, after);
    QVERIFY(!created.isEmpty());
    for (const QString &id : created)
        QVERIFY(received.contains(id));
}

void TestPager::aServerWithoutOrganizationsIsUnavailableNotFailed()
{
    SandboxOptions options;
    options.customers = 3;
    options.organizationsEnabled = false;
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.isListening());
    const auto client = sandbox.makeClient();

    Pager organizations(client.get(), AccountKind::Organization);
    QSignalSpy unavailable(&organizations, &Pager::unavailable);
    QSignalSpy failed(&organizations, &Pager::failed);
    QSignalSpy finished(&organizations, &Pager::finished);
    organizations.start();
    QVERIFY(unavailable.wait());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!organizations.isRunning());

    // The same server still lists customers.
    Pager customers(client.get(), AccountKind::ExpressCustomer);
    QSignalSpy customersFinished(&customers, &Pager::finished);
    customers.start();
    QVERIFY(customersFinished.wait());
    QCOMPARE(customers.loadedCount(), 3);
}

void TestPager::cancellingFromABatchStopsTheListing()
{
    Pager pager(m_client.get(), AccountKind::Organization);
    int batches = 0;
    connect(&pager, &Pager::batchReady, this, [&] {
        if (++batches == 2)
            pager.cancel();
    });
    QSignalSpy failed(&pager, &Pager::failed);
    QSignalSpy finished(&pager, &Pager::finished);
    const quint64 requestsBefore = m_sandbox->server().requestCount();
    pager.start();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(!pager.isRunning());
    QCOMPARE(pager.loadedCount(), 200);
    QVERIFY(!finished.wait(300));
    QCOMPARE(batches, 2);
    // The third page was asked for before the second was handed over, and cancel() aborted
    // it (the server may or may not have seen it by then); nothing after it was asked for.
    QVERIFY(m_sandbox->server().requestCount() >= requestsBefore + 2);
    QVERIFY(m_sandbox->server().requestCount() <= requestsBefore + 3);
}

void TestPager::restartingBeginsAgainFromTheFirstPage()
{
    Pager pager(m_client.get(), AccountKind::ExpressCustomer);
    pager.setPageSize(500); // clamped to the API's maximum
    QCOMPARE(pager.pageSize(), 100);
    QStringList received;
    bool restarted = false;
    connect(&pager, &Pager::batchReady, this, [&](const AccountBatch &batch) {
        received += idsOf(batch);
        if (!restarted && received.size() == 300) {
            restarted = true;
            received.clear();
            pager.start();
        }
    });
    QSignalSpy finished(&pager, &Pager::finished);
    QSignalSpy failed(&pager, &Pager::failed);
    pager.start();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(failed.size(), 0); // a restart is not a failure
    QCOMPARE(finished.size(), 1);
    QCOMPARE(received, m_sandbox->server().accountIds(SandboxKind::ExpressCustomer));
}

void TestPager::aPageThatKeepsFailingFailsTheListing()
{
    SandboxFaults faults;
    faults.serverErrorRate = 1.0;
    m_sandbox->server().setFaults(faults);
    Pager pager(m_client.get(), AccountKind::ExpressCustomer);
    QSignalSpy failed(&pager, &Pager::failed);
    QSignalSpy batches(&pager, &Pager::batchReady);
    pager.start();
    QVERIFY(failed.wait(20'000));
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.attempts, 3);
    QCOMPARE(batches.size(), 0);
    QVERIFY(!pager.isRunning());
}

void TestPager::aWrongKeyFailsTheListingWithAuthentication()
{
    ConnectionSettings settings = m_sandbox->settings();
    settings.apiKey = u"not-the-key"_s;
    const auto client = m_sandbox->makeClient(settings);
    Pager pager(client.get(), AccountKind::Organization);
    QSignalSpy failed(&pager, &Pager::failed);
    QSignalSpy unavailable(&pager, &Pager::unavailable);
    pager.start();
    QVERIFY(failed.wait());
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Authentication);
    QCOMPARE(unavailable.size(), 0);
}

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
