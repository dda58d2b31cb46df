// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSet>
#include <QTest>

#include "sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;

// The faults a SandboxServer injects, seen from a client.
class TestSandboxFaultInjector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultsAreOffByDefault();
    void faultsChangeAtRunTime();
    void serverErrorsAreHalf500Half503();
    void serverErrorsApplyToEveryEndpoint();
    void rateLimitAnswers429WithRetryHeaders();
    void droppedConnectionsGetNoResponse();
    void latencyDelaysButDelivers();
    void latencyOutlivesAClientThatGaveUp();
    void serverGoesWhileAnswersArePending();
};

namespace
{

SandboxOptions smallServer()
{
    SandboxOptions options;
    options.customers = 20;
    options.organizations = 5;
    return options;
}

const QString customersPath = u"/v1/express"_s;

} // namespace

void TestSandboxFaultInjector::faultsAreOffByDefault()
{
    SandboxServer server(smallServer());
    const SandboxFaults faults = server.faults();
    QCOMPARE(faults.latencyMs, 0);
    QCOMPARE(faults.jitterMs, 0);
    QCOMPARE(faults.serverErrorRate, 0.0);
    QCOMPARE(faults.rateLimitPerSecond, 0);
    QCOMPARE(faults.dropRate, 0.0);
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    for (int i = 0; i < 20; ++i)
        QCOMPARE(client.get(customersPath).status, 200);
}

void TestSandboxFaultInjector::faultsChangeAtRunTime()
{
    SandboxOptions options = smallServer();
    options.faults.serverErrorRate = 1.0;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    QVERIFY(client.get(customersPath).status >= 500);

    server.setFaults({});
    QCOMPARE(server.faults().serverErrorRate, 0.0);
    QCOMPARE(client.get(customersPath).status, 200);

    SandboxFaults limited;
    limited.rateLimitPerSecond = 7;
    limited.jitterMs = 3;
    server.setFaults(limited);
    QCOMPARE(server.faults().rateLimitPerSecond, 7);
    QCOMPARE(server.faults().jitterMs, 3);
}

void TestSandboxFaultInjector::serverErrorsAreHalf500Half503()
{
    SandboxOptions options = smallServer();
    options.faults.serverErrorRate = 1.0;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    QSet<int> statuses;
    for (int i = 0; i < 40; ++i) {
        const auto reply = client.get(customersPath);
        QVERIFY2(reply.status == 500 || reply.status == 503, qPrintable(QString::number(reply.status)));
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!reply.message().isEmpty());
        statuses.insert(reply.status);
    }
    // The chance that 40 fair coin flips all agree is 2^-39.
    QCOMPARE(statuses, QSet<int>({ 500, 503 }));
}

void TestSandboxFaultInjector::serverErrorsApplyToEveryEndpoint()
{
    SandboxOptions options = smallServer();
    options.faults.serverErrorRate = 1.0;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    const QString id = server.accountIds(SandboxKind::ExpressCustomer).first();
    const bool wasActive = server.isActive(id).value();
    SandboxTestClient client(server.baseUrl());
    const QList<SandboxTestClient::Reply> replies = {
        client.get(customersPath + u'/' + id),
        client.post(customersPath + u'/' + id + (wasActive ? u"/deactivate"_s : u"/reactivate"_s)),
        client.postJson(customersPath, "{\"expressCustomerName\":\"x\"}"),
        client.patchJson(customersPath + u'/' + id, "{\"expressCustomerName\":\"x\"}"),
        client.get(u"/v1/orgs"_s),
        client.get(u"/nowhere"_s),
        client.send("GET", customersPath, {}, {}, {}, QByteArray()),
    };
    for (const auto &reply : replies)
        QVERIFY(reply.status == 500 || reply.status == 503);
    // A request answered with an injected error did nothing.
    QCOMPARE(server.isActive(id).value(), wasActive);
    QCOMPARE(server.accountCount(SandboxKind::ExpressCustomer), 20);
}

void TestSandboxFaultInjector::rateLimitAnswers429WithRetryHeaders()
{
    SandboxOptions options = smallServer();
    options.faults.rateLimitPerSecond = 1;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());

    // Sent together, so they all arrive within the one-second window.
    std::vector<std::unique_ptr<QNetworkReply>> pending;
    for (int i = 0; i < 5; ++i)
        pending.emplace_back(client.startGet(customersPath));
    int ok = 0;
    int limited = 0;
    for (const auto &reply : pending) {
        const auto result = SandboxTestClient::wait(reply.get());
        QVERIFY(result.finished);
        if (result.status == 200) {
            ++ok;
            continue;
        }
        QCOMPARE(result.status, 429);
        ++limited;
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        bool secondsOk = false;
        bool msOk = false;
        const int seconds = result.header("Retry-After").toInt(&secondsOk);
        const int ms = result.header("retry-after-ms").toInt(&msOk);
        QVERIFY(secondsOk && msOk);
        QCOMPARE(seconds, 1);
        QVERIFY(ms >= 1 && ms <= 1000);
        QVERIFY(!result.message().isEmpty());
    }
    QCOMPARE(ok, 1);
    QCOMPARE(limited, 4);
    // The window moves on: a client that keeps asking is let through again. (Once let
    // through, stop asking: QTRY evaluates its condition once more at the end.)
    bool admitted = false;
    QTRY_VERIFY_WITH_TIMEOUT(admitted || (admitted = client.get(customersPath).status == 200), 10000);
}

void TestSandboxFaultInjector::droppedConnectionsGetNoResponse()
{
    SandboxOptions options = smallServer();
    options.faults.dropRate = 1.0;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const auto reply = client.get(customersPath);
    QVERIFY(reply.finished);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.body.isEmpty());
    QVERIFY(server.requestCount() >= 1);

    // Dropped after a delay, too.
    SandboxFaults delayedDrop;
    delayedDrop.dropRate = 1.0;
    delayedDrop.latencyMs = 50;
    server.setFaults(delayedDrop);
    const auto late = client.get(customersPath);
    QVERIFY(late.finished);
    QCOMPARE(late.status, 0);

    server.setFaults({});
    QCOMPARE(client.get(customersPath).status, 200);
}

void TestSandboxFaultInjector::latencyDelaysButDelivers()
{
    SandboxOptions options = smallServer();
    options.faults.latencyMs = 100;
    options.faults.jitterMs = 50;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = server.accountIds(SandboxKind::ExpressCustomer).first();
    const auto reply = client.get(customersPath + u'/' + id);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, server.accountJson(id));

    // Faults combine: a delayed 5xx still arrives whole.
    SandboxFaults both = options.faults;
    both.serverErrorRate = 1.0;
    server.setFaults(both);
    const auto error = client.get(customersPath);
    QVERIFY(error.status == 500 || error.status == 503);
    QVERIFY(!error.message().isEmpty());
}

void TestSandboxFaultInjector::latencyOutlivesAClientThatGaveUp()
{
    SandboxOptions options = smallServer();
    options.faults.latencyMs = 150;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    const QString id = server.accountIds(SandboxKind::ExpressCustomer).first();
    const bool wasActive = server.isActive(id).value();
    {
        SandboxTestClient impatient(server.baseUrl());
        std::unique_ptr<QNetworkReply> reply(impatient.startGet(customersPath));
        QTRY_VERIFY(server.requestCount() == 1);
        reply->abort();
        // A second connection while the first one's late answer is still pending.
        impatient.post(customersPath + u'/' + id + (wasActive ? u"/deactivate"_s : u"/reactivate"_s));
    }
    QCOMPARE(server.isActive(id).value(), !wasActive);
    // The late answers find their sockets closed; the server carries on (ASan watches for the rest).
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(client.get(customersPath).status, 200);
    QCOMPARE(client.get(customersPath).status, 200);
}

void TestSandboxFaultInjector::serverGoesWhileAnswersArePending()
{
    SandboxOptions options = smallServer();
    options.faults.latencyMs = 60000;
    auto server = std::make_unique<SandboxServer>(options);
    QVERIFY(server->listen() != 0);
    SandboxTestClient client(server->baseUrl());
    std::unique_ptr<QNetworkReply> first(client.startGet(customersPath));
    std::unique_ptr<QNetworkReply> second(client.startGet(customersPath));
    QTRY_COMPARE(server->requestCount(), quint64(2));

    // The pending answers are dropped with their timers; the clients see the connection close.
    server.reset();
    const auto reply = SandboxTestClient::wait(first.get());
    QVERIFY(reply.finished);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(reply.status, 0);
    QVERIFY(SandboxTestClient::wait(second.get()).error != QNetworkReply::NoError);
}

QTEST_GUILESS_MAIN(TestSandboxFaultInjector)
#include "tst_sandboxfaultinjector.moc"
