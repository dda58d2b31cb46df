// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;

// The sandbox's own endpoints (/_sandbox/faults, /_sandbox/stats), seen from a client.
class TestSandboxAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void faultsAreReadAndReplacedOverHttp();
    void aMissingFieldTurnsItsFaultOff();
    void badSettingsAreRefusedAndChangeNothing_data();
    void badSettingsAreRefusedAndChangeNothing();
    void theAdminEndpointsNeedTheKey_data();
    void theAdminEndpointsNeedTheKey();
    void theAdminEndpointsAreNeverFaulted();
    void statsCountApiRequestsAndFaultsByKind();
    void unknownPathsAndMethodsAreRefused_data();
    void unknownPathsAndMethodsAreRefused();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

namespace
{
const QString faultsPath = u"/_sandbox/faults"_s;
const QString statsPath = u"/_sandbox/stats"_s;
const QString customersPath = u"/v1/express"_s;
} // namespace

void TestSandboxAdmin::init()
{
    SandboxOptions options;
    options.customers = 10;
    options.organizations = 2;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void TestSandboxAdmin::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxAdmin::faultsAreReadAndReplacedOverHttp()
{
    const auto initial = m_client->get(faultsPath);
    QCOMPARE(initial.status, 200);
    QCOMPARE(initial.header("Content-Type"), "application/json"_ba);
    const QJsonObject off = initial.object();
    for (const char *field : { "latencyMs", "jitterMs", "serverErrorRate", "rateLimitPerSecond", "dropRate" }) {
        QVERIFY2(off.contains(QLatin1StringView(field)), field);
        QCOMPARE(off.value(QLatin1StringView(field)).toDouble(), 0.0);
    }

    const auto put = m_client->send("PUT", faultsPath, {},
        R"({"latencyMs": 15, "jitterMs": 5, "serverErrorRate": 0.05, "rateLimitPerSecond": 40, "dropRate": 0.02})"_ba,
        "application/json");
    QCOMPARE(put.status, 200);
    const SandboxFaults faults = m_server->faults();
    QCOMPARE(faults.latencyMs, 15);
    QCOMPARE(faults.jitterMs, 5);
    QCOMPARE(faults.serverErrorRate, 0.05);
    QCOMPARE(faults.rateLimitPerSecond, 40);
    QCOMPARE(faults.dropRate, 0.02);
    QCOMPARE(put.object(), m_client->get(faultsPath).object());
    QCOMPARE(put.object().value(u"rateLimitPerSecond"_s).toInt(), 40);
}

void TestSandboxAdmin::aMissingFieldTurnsItsFaultOff()
{
    SandboxFaults faults;
    faults.serverErrorRate = 1.0;
    faults.rateLimitPerSecond = 3;
    m_server->setFaults(faults);
    QCOMPARE(m_client->send("PUT", faultsPath, {}, R"({"latencyMs": 1})"_ba, "application/json").status, 200);
    QCOMPARE(m_server->faults().serverErrorRate, 0.0);
    QCOMPARE(m_server->faults().rateLimitPerSecond, 0);
    QCOMPARE(m_server->faults().latencyMs, 1);
    QCOMPARE(m_client->send("PUT", faultsPath, {}, "{}"_ba, "application/json").status, 200);
    QCOMPARE(m_server->faults().latencyMs, 0);
}

void TestSandboxAdmin::badSettingsAreRefusedAndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("a body that is not JSON is a bad request") << "latency=5"_ba << 400;
    QTest::newRow("an empty body is a bad request") << QByteArray() << 400;
    QTest::newRow("an array is a bad request") << "[1, 2]"_ba << 400;
    QTest::newRow("a misspelt field is a bad request") << R"({"errorRate": 0.5})"_ba << 400;
    QTest::newRow("a rate given as text is a bad request") << R"({"dropRate": "0.5"})"_ba << 400;
    QTest::newRow("a fractional latency is a bad request") << R"({"latencyMs": 2.5})"_ba << 400;
    QTest::newRow("a negative latency is out of range") << R"({"latencyMs": -1})"_ba << 422;
    QTest::newRow("a latency over ten minutes is out of range") << R"({"latencyMs": 600001})"_ba << 422;
    QTest::newRow("an error rate above 1 is out of range") << R"({"serverErrorRate": 1.5})"_ba << 422;
    QTest::newRow("a negative rate limit is out of range") << R"({"rateLimitPerSecond": -3})"_ba << 422;
}

void TestSandboxAdmin::badSettingsAreRefusedAndChangeNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    SandboxFaults faults;
    faults.jitterMs = 7;
    m_server->setFaults(faults);
    const auto reply = m_client->send("PUT", faultsPath, {}, body, "application/json");
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.message().isEmpty());
    QCOMPARE(m_server->faults().jitterMs, 7);
    QCOMPARE(m_server->faults().dropRate, 0.0);
}

void TestSandboxAdmin::theAdminEndpointsNeedTheKey_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");

    QTest::newRow("reading faults without a key") << "GET"_ba << faultsPath << QByteArray();
    QTest::newRow("changing faults with a wrong key") << "PUT"_ba << faultsPath << "Bearer not-the-key"_ba;
    QTest::newRow("reading stats with a key of another scheme") << "GET"_ba << statsPath << "Basic sandbox-key"_ba;
}

void TestSandboxAdmin::theAdminEndpointsNeedTheKey()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    const auto reply
        = m_client->send(method, path, {}, R"({"dropRate": 1})"_ba, "application/json", std::optional(authorization));
    QCOMPARE(reply.status, 401);
    QCOMPARE(m_server->faults().dropRate, 0.0);
}

void TestSandboxAdmin::theAdminEndpointsAreNeverFaulted()
{
    SandboxFaults faults;
    faults.dropRate = 1.0;
    faults.serverErrorRate = 1.0;
    faults.rateLimitPerSecond = 1;
    m_server->setFaults(faults);
    QVERIFY(m_client->get(customersPath).status != 200); // dropped (or, resent by Qt, refused)
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->get(statsPath).status, 200);
    QCOMPARE(m_client->send("PUT", faultsPath, {}, "{}"_ba, "application/json").status, 200);
    QCOMPARE(m_client->get(customersPath).status, 200);
}

void TestSandboxAdmin::statsCountApiRequestsAndFaultsByKind()
{
    SandboxFaults faults;
    faults.serverErrorRate = 1.0;
    m_server->setFaults(faults);
    for (int i = 0; i < 6; ++i)
        QVERIFY(m_client->get(customersPath).status >= 500);
    faults = {};
    faults.dropRate = 1.0;
    m_server->setFaults(faults);
    QCOMPARE(m_client->get(customersPath).status, 0);
    m_server->setFaults({});
    QCOMPARE(m_client->get(customersPath).status, 200);

    const auto reply = m_client->get(statsPath);
    QCOMPARE(reply.status, 200);
    const QJsonObject stats = reply.object();
    const QJsonObject injected = stats.value(u"faults"_s).toObject();
    const SandboxFaultCounts counts = m_server->faultCounts();
    QCOMPARE(qint64(m_server->requestCount()), stats.value(u"requests"_s).toInteger());
    QVERIFY(m_server->requestCount() >= 8); // Qt may resend a dropped request once on its own
    QCOMPARE(stats.value(u"adminRequests"_s).toInteger(), 1);
    QCOMPARE(
        injected.value(u"internalServerError"_s).toInteger() + injected.value(u"serviceUnavailable"_s).toInteger(), 6);
    QCOMPARE(injected.value(u"internalServerError"_s).toInteger(), qint64(counts.internalServerError));
    QCOMPARE(injected.value(u"dropped"_s).toInteger(), qint64(counts.dropped));
    QVERIFY(counts.dropped >= 1);
    QCOMPARE(injected.value(u"droppedAfterActing"_s).toInteger(), qint64(counts.droppedAfterActing));
    QCOMPARE(injected.value(u"rateLimited"_s).toInteger(), 0);
}

void TestSandboxAdmin::unknownPathsAndMethodsAreRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("an unknown admin path is not found") << "GET"_ba << u"/_sandbox/reset"_s << 404;
    QTest::newRow("the admin root is not found") << "GET"_ba << u"/_sandbox"_s << 404;
    QTest::newRow("posting faults is not allowed") << "POST"_ba << faultsPath << 405;
    QTest::newRow("deleting stats is not allowed") << "DELETE"_ba << statsPath << 405;
}

void TestSandboxAdmin::unknownPathsAndMethodsAreRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const quint64 requestsBefore = m_server->requestCount();
    const auto reply = m_client->send(method, path, {}, "{}"_ba, "application/json");
    QCOMPARE(reply.status, status);
    if (status == 405)
        QVERIFY(!reply.header("Allow").isEmpty());
    QCOMPARE(m_server->requestCount(), requestsBefore); // not an API request
}

QTEST_GUILESS_MAIN(TestSandboxAdmin)
#include "tst_sandboxadmin.moc"
