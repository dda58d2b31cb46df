// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/domain/accountid.h"
#include "core/domain/consolelink.h"
#include "sandbox/sandboxserver.h"

using namespace Qt::StringLiterals;

// The real console binary, twice, as a desktop starts it for a link in a ticket: the first
// start opens the window; a second start with a link hands it to the first and exits.
class TestLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aSecondStartShowsItsAccountInTheFirstAndExits();
    void aSecondStartWithAViewLinkFiltersTheFirst();
    void aBadLinkIsRefusedBeforeAnythingStarts();

private:
    QProcessEnvironment environmentFor(const SandboxServer &server) const;
    std::unique_ptr<QProcess> startConsole(const SandboxServer &server, const QStringList &arguments);
    /// Runs a second start with `arguments` to its end; its exit code, or -1 when it did not end.
    int runSecondStart(const QStringList &arguments, QByteArray *errors);
    QByteArray &firstLog();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SandboxServer> m_server;
    // A server only the second start is told about: whatever asks it anything opened a window.
    std::unique_ptr<SandboxServer> m_secondServer;
    std::unique_ptr<QProcess> m_first;
    QByteArray m_firstLog;
};

QProcessEnvironment TestLinks::environmentFor(const SandboxServer &server) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_home->path();
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    // One runtime folder for both starts, and for no other console on this machine.
    environment.insert(u"XDG_RUNTIME_DIR"_s, home + u"/runtime"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"avara.links.info=true"_s);
    environment.insert(u"AVARA_API_KEY"_s, u"sandbox-key"_s);
    environment.insert(u"AVARA_BASE_URL"_s, server.baseUrl().toString());
    return environment;
}

void TestLinks::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir(m_home->path()).mkdir(u"runtime"_s));
    QVERIFY(
        QFile::setPermissions(m_home->filePath(u"runtime"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    SandboxOptions options;
    options.customers = 60;
    options.organizations = 5;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_secondServer = std::make_unique<SandboxServer>(options);
    QVERIFY(m_secondServer->listen() != 0);

    m_firstLog.clear();
    m_first = startConsole(*m_server, {});
    QVERIFY2(m_first->waitForStarted(), qPrintable(m_first->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(firstLog().contains("Listening for links on"), 30'000);
    QVERIFY2(firstLog().contains(m_home->filePath(u"runtime"_s).toUtf8()), firstLog().constData());
}

void TestLinks::cleanup()
{
    if (m_first) {
        m_first->terminate();
        m_first->waitForFinished(10'000);
        if (QTest::currentTestFailed())
            qWarning("The first console said:\n%s", firstLog().constData());
    }
    m_first.reset();
    m_server.reset();
    m_secondServer.reset();
    m_home.reset();
}

std::unique_ptr<QProcess> TestLinks::startConsole(const SandboxServer &server, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environmentFor(server));
    process->start(QStringLiteral(AVARA_CONSOLE_PATH), arguments);
    return process;
}

QByteArray &TestLinks::firstLog()
{
    m_firstLog += m_first->readAllStandardError();
    return m_firstLog;
}

int TestLinks::runSecondStart(const QStringList &arguments, QByteArray *errors)
{
    const std::unique_ptr<QProcess> second = startConsole(*m_secondServer, arguments);
    QSignalSpy finished(second.get(), &QProcess::finished);
    // The event loop runs while it waits: the first console's requests reach the sandbox here.
    if (!finished.wait(30'000))
        return -1;
    *errors = second->readAllStandardError();
    return second->exitStatus() == QProcess::NormalExit ? second->exitCode() : -1;
}

void TestLinks::aSecondStartShowsItsAccountInTheFirstAndExits()
{
    const QString id = m_server->accountIds(SandboxKind::ExpressCustomer).value(41);
    QVERIFY(!id.isEmpty());
    const QString link = ConsoleLink::toAccount(*AccountId::parse(AccountKind::ExpressCustomer, id)).toString();

    QByteArray errors;
    QCOMPARE(runSecondStart({ link }, &errors), 0);
    QVERIFY2(!errors.contains("Listening for links"), errors.constData());
    QVERIFY2(errors.contains("already running; it shows the link"), errors.constData());
    QCOMPARE(m_secondServer->requestCount(), 0u);
    const QByteArray shown = QByteArray("Showing ") + id.toUtf8() + " from a link";
    QTRY_VERIFY_WITH_TIMEOUT(firstLog().contains(shown), 30'000);
    QCOMPARE(m_first->state(), QProcess::Running);

    // Without a link a second start only brings the window forward, and still exits at once.
    QCOMPARE(runSecondStart({}, &errors), 0);
    QVERIFY2(errors.contains("window was brought forward"), errors.constData());
    QCOMPARE(m_secondServer->requestCount(), 0u);
}

void TestLinks::aSecondStartWithAViewLinkFiltersTheFirst()
{
    const QString link = ConsoleLink::toView(QString(), u"meta.region=EU users>10"_s).toString();
    QByteArray errors;
    QCOMPARE(runSecondStart({ link }, &errors), 0);
    QTRY_VERIFY_WITH_TIMEOUT(firstLog().contains(R"(Filtering with "meta.region=EU users>10" from a link)"), 30'000);
    QCOMPARE(m_secondServer->requestCount(), 0u);
}

void TestLinks::aBadLinkIsRefusedBeforeAnythingStarts()
{
    QByteArray errors;
    QCOMPARE(runSecondStart({ u"avara-console://express/../../etc/passwd"_s }, &errors), 2);
    QVERIFY2(errors.contains("cus_"), errors.constData());
    QCOMPARE(runSecondStart({ u"https://example.com/cus_00000000000000000000000000000000"_s }, &errors), 2);
    QCOMPARE(m_secondServer->requestCount(), 0u);
    // The running console heard nothing of either.
    QVERIFY(!firstLog().contains("from a link"));
}

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
