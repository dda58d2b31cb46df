// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <csignal>

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "tests/sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;

// The avara-sandbox executable as scripts and the SDKs' test suites run it.
class TestAvaraSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesUntilTerminated_data();
    void servesUntilTerminated();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void printsVersionAndHelp();
};

namespace
{

const QString executable = QStringLiteral(AVARA_SANDBOX_EXECUTABLE);

} // namespace

void TestAvaraSandbox::servesUntilTerminated_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("apiKey");
    QTest::addColumn<int>("signalNumber");

    QTest::newRow("SIGTERM stops a default sandbox cleanly")
        << QStringList({ u"--port"_s, u"0"_s }) << QByteArray("sandbox-key") << SIGTERM;
    QTest::newRow("SIGINT stops a configured sandbox cleanly") << QStringList({ u"--port"_s, u"0"_s, u"--api-key"_s,
        u"k-123"_s, u"--customers"_s, u"7"_s, u"--orgs"_s, u"0"_s, u"--seed"_s, u"99"_s, u"--hostile"_s,
        u"--latency-ms"_s, u"20"_s, u"--jitter-ms"_s, u"5"_s, u"--rate-limit"_s, u"1000"_s })
                                                               << QByteArray("k-123") << SIGINT;
}

void TestAvaraSandbox::servesUntilTerminated()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, apiKey);
    QFETCH(int, signalNumber);

    QProcess process;
    process.setProgram(executable);
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));

    // Exactly one line on stdout once it listens.
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() != QProcess::Running, 30000);
    const QByteArray line = process.readLine();
    const QRegularExpression listening(u"^listening on (http://127\\.0\\.0\\.1:(\\d+))\n$"_s);
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(line));
    QVERIFY2(match.hasMatch(), line.constData());
    QVERIFY(match.captured(2).toInt() > 0);

    SandboxTestClient client(QUrl(match.captured(1)), apiKey);
    const auto reply = client.get(u"/v1/express"_s);
    QCOMPARE(reply.status, 200);
    const bool expectSeven = arguments.contains(u"7"_s);
    QCOMPARE(reply.object()[u"expressCustomers"_s].toArray().size(), expectSeven ? 7 : 100);
    if (expectSeven)
        QCOMPARE(client.get(u"/v1/orgs"_s).object()[u"organizations"_s].toArray().size(), 0);

    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray()); // nothing after the one line
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(errors.isEmpty(), errors.constData());
}

void TestAvaraSandbox::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("a port that is not a number is refused") << QStringList({ u"--port"_s, u"http"_s });
    QTest::newRow("a port beyond 65535 is refused") << QStringList({ u"--port"_s, u"70000"_s });
    QTest::newRow("a negative customer count is refused") << QStringList({ u"--customers"_s, u"-1"_s });
    QTest::newRow("an error rate above 1 is refused") << QStringList({ u"--error-rate"_s, u"1.5"_s });
    QTest::newRow("an empty API key is refused") << QStringList({ u"--api-key"_s, QString() });
    QTest::newRow("an unknown option is refused") << QStringList({ u"--frobnicate"_s });
}

void TestAvaraSandbox::refusesBadOptions()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(executable, arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY(process.exitCode() != 0);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestAvaraSandbox::printsVersionAndHelp()
{
    QProcess version;
    version.start(executable, { u"--version"_s });
    QVERIFY(version.waitForFinished(30000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().contains(AVARA_VERSION_STRING));

    QProcess help;
    help.start(executable, { u"--help"_s });
    QVERIFY(help.waitForFinished(30000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char *option :
        { "--port", "--api-key", "--customers", "--orgs", "--seed", "--no-orgs", "--hostile", "--latency-ms",
            "--jitter-ms", "--error-rate", "--rate-limit", "--drop-rate", "/_sandbox/faults", "/_sandbox/stats" })
        QVERIFY2(text.contains(option), option);
}

QTEST_GUILESS_MAIN(TestAvaraSandbox)
#include "tst_avarasandbox.moc"
