// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTcpSocket>
#include <QTest>

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "tests/sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;

class TestSandboxThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsServesAndStops();
    void serverCallsAreThreadSafe();
    void twoSandboxesRunSideBySide();
    void destroyingAnUnstartedThreadIsHarmless();
};

void TestSandboxThread::startsServesAndStops()
{
    QUrl url;
    {
        SandboxThread thread;
        QCOMPARE(thread.server(), nullptr);
        SandboxOptions options;
        options.customers = 30;
        options.organizations = 10;
        url = thread.start(options);
        QVERIFY(url.isValid());
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0);
        QVERIFY(thread.server() != nullptr);
        QCOMPARE(thread.server()->baseUrl(), url);
        // A second start is refused while the first server runs.
        QVERIFY(thread.start(options).isEmpty());

        SandboxTestClient client(url);
        const auto reply = client.get(u"/v1/express"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"expressCustomers"_s].toArray().size(), 30);
        QCOMPARE(thread.server()->requestCount(), quint64(1));
    }
    // Stopped and joined: nothing listens on the port any more.
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, quint16(url.port()));
    QVERIFY(!socket.waitForConnected(5000));
}

void TestSandboxThread::serverCallsAreThreadSafe()
{
    SandboxThread thread;
    SandboxOptions options;
    options.customers = 200;
    const QUrl url = thread.start(options);
    QVERIFY(!url.isEmpty());
    SandboxServer *server = thread.server();
    SandboxTestClient client(url);

    // Calls from this thread interleave with requests served on the sandbox thread.
    const QStringList ids = server->accountIds(SandboxKind::ExpressCustomer);
    for (int i = 0; i < 20; ++i) {
        const QString &id = ids.at(i);
        const bool active = server->isActive(id).value();
        QVERIFY(server->setActive(id, !active));
        const auto reply = client.get(u"/v1/express/"_s + id);
        QCOMPARE(reply.object()[u"isActive"_s].toBool(), !active);
        QCOMPARE(reply.body, server->accountJson(id));
    }
    const QString created = server->createAccount(SandboxKind::ExpressCustomer, u"Thread Clinic"_s);
    QCOMPARE(client.get(u"/v1/express/"_s + created).status, 200);
    QCOMPARE(server->accountCount(SandboxKind::ExpressCustomer), 201);

    SandboxFaults faults;
    faults.serverErrorRate = 1.0;
    server->setFaults(faults);
    QVERIFY(client.get(u"/v1/express"_s).status >= 500);
    QCOMPARE(server->faults().serverErrorRate, 1.0);
}

void TestSandboxThread::twoSandboxesRunSideBySide()
{
    SandboxThread first;
    SandboxThread second;
    SandboxOptions options;
    options.customers = 3;
    const QUrl a = first.start(options);
    options.apiKey = "other-key";
    const QUrl b = second.start(options);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(a.port() != b.port());
    SandboxTestClient clientA(a);
    SandboxTestClient clientB(b, "other-key");
    QCOMPARE(clientA.get(u"/v1/express"_s).status, 200);
    QCOMPARE(clientB.get(u"/v1/express"_s).status, 200);
    clientB.setApiKey("sandbox-key");
    QCOMPARE(clientB.get(u"/v1/express"_s).status, 401);
}

void TestSandboxThread::destroyingAnUnstartedThreadIsHarmless()
{
    SandboxThread thread;
    QCOMPARE(thread.server(), nullptr);
}

QTEST_GUILESS_MAIN(TestSandboxThread)
#include "tst_sandboxthread.moc"
