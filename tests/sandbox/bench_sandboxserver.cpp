// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <vector>

#include <QSet>
#include <QTest>

#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxcursor.h"
#include "sandbox/sandboxseeder.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "tests/sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;

// How fast the sandbox seeds and serves. Meaningful in a Release build; under the
// sanitizers it only shows that the measured paths work. QBENCHMARK runs its test
// function more than once, so whatever is set up outside the measured block lives in
// initTestCase().
class BenchSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedOneHundredThousand();
    void serveAPageOf100();
    void serveAPageOf100OverLoopback();

private:
    SandboxOptions m_options;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxApi> m_api;
    std::unique_ptr<SandboxServer> m_server;
};

void BenchSandboxServer::initTestCase()
{
    m_store = std::make_unique<SandboxStore>(1);
    m_store->reset(
        SandboxKind::ExpressCustomer, SandboxSeeder::generate(SandboxKind::ExpressCustomer, 100000, 1, false));
    m_api = std::make_unique<SandboxApi>(*m_store, m_options);
    // What a page costs does not depend on how many accounts there are.
    SandboxOptions options;
    options.customers = 10000;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
}

void BenchSandboxServer::seedOneHundredThousand()
{
    // All that SandboxServer's constructor does for 100,000 customers: generate,
    // serialize, index. The previous round's store is destroyed outside the measurement.
    std::unique_ptr<SandboxStore> store;
    std::vector<std::unique_ptr<SandboxStore>> replaced;
    QBENCHMARK
    {
        auto fresh = std::make_unique<SandboxStore>(1);
        fresh->reset(
            SandboxKind::ExpressCustomer, SandboxSeeder::generate(SandboxKind::ExpressCustomer, 100000, 1, false));
        store.swap(fresh);
        replaced.push_back(std::move(fresh));
    }
    QCOMPARE(store->count(SandboxKind::ExpressCustomer), qsizetype(100000));
    const QStringList ids = store->ids(SandboxKind::ExpressCustomer);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 100000);
}

void BenchSandboxServer::serveAPageOf100()
{
    // The server's own work for one page: authentication, routing, cursor, and the body
    // (QHttpServer's parsing and the socket write are not in it).
    const QByteArray cursor = SandboxCursor::encode(SandboxKind::ExpressCustomer, 50000);
    const SandboxRequest request { QHttpServerRequest::Method::Get, "/v1/express",
        "limit=100&cursor=" + QUrl::toPercentEncoding(QString::fromLatin1(cursor)), "Bearer sandbox-key", {} };
    SandboxResponse response;
    QBENCHMARK
    {
        response = m_api->handle(request);
    }
    QCOMPARE(response.status, 200);
    QCOMPARE(QJsonDocument::fromJson(response.body)[u"expressCustomers"_s].toArray().size(), 100);
}

void BenchSandboxServer::serveAPageOf100OverLoopback()
{
    // A whole round trip through QHttpServer and QNetworkAccessManager, client included.
    SandboxTestClient client(m_server->baseUrl());
    int status = 0;
    QBENCHMARK
    {
        status = client.get(u"/v1/express"_s, u"limit=100"_s).status;
    }
    QCOMPARE(status, 200);
}

QTEST_GUILESS_MAIN(BenchSandboxServer)
#include "bench_sandboxserver.moc"
