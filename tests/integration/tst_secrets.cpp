// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QDirIterator>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"
#include "core/services/actionqueue.h"
#include "core/services/auditjournal.h"
#include "tests/testkit/accountfactory.h"
#include "tests/testkit/cannedhttpserver.h"
#include "tests/testkit/sandboxfixture.h"

using namespace Qt::StringLiterals;

// A whole session with a distinctive API key: a wrong key first, then the right one,
// actions with the audit journal on, and every kind of error the console can meet,
// including servers that echo the Authorization header back. Everything the core can
// write or say (log output, settings, the journal, error texts) is captured and searched
// for the key.
class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theKeyAppearsNowhere();

private:
    void collect(const ApiError &error);

    QStringList m_texts; // every error text produced
};

namespace
{

const QString secretKey = u"sk_live_SECRET_9f8e7d"_s;
const QString wrongKey = u"sk_live_WRONG_1a2b3c"_s;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message + u' ' + QString::fromUtf8(context.category ? context.category : ""));
    // QtTest's own output (and so its failure messages) still goes where it should; the
    // flood of Qt's debug categories does not.
    if (previousHandler && type != QtDebugMsg)
        previousHandler(type, context, message);
}

} // namespace

void TestSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AvaraConsoleSecretsTest"_s);
    QCoreApplication::setApplicationName(u"tst_secrets"_s);
    // Every category on, Qt's own network debugging included: nothing may print the key.
    // Except the in-process sandbox's server: QHttpServer logs whole requests, headers and
    // all, at debug level. It is the server's side (a real Avara server keeps its own
    // logs), and it runs in the console only for --sandbox, with the sandbox's own key.
    QLoggingCategory::setFilterRules(u"*.debug=true\nqt.httpserver*.debug=false"_s);
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestSecrets::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestSecrets::collect(const ApiError &error)
{
    m_texts << error.summary() << error.advice() << error.message;
}

void TestSecrets::theKeyAppearsNowhere()
{
    SandboxOptions options;
    options.apiKey = secretKey.toUtf8();
    options.customers = 30;
    options.organizations = 10;
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.isListening());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString journalPath = folder.filePath(u"audit.jsonl"_s);
    AuditJournal journal(journalPath);

    // A wrong key first.
    ConnectionSettings settings = sandbox.settings();
    settings.apiKey = wrongKey;
    settings.maxRetries = 1;
    const auto client = sandbox.makeClient(settings);
    AccountDirectory directory(client.get(), AccountKind::ExpressCustomer);
    directory.setAuditJournal(&journal);
    directory.actionQueue()->setReconcileTries(1);
    connect(&directory, &AccountDirectory::loadFailed, this, &TestSecrets::collect);
    connect(&directory, &AccountDirectory::actionFailed, this,
        [this](const QString &, bool, const ApiError &error) { collect(error); });
    connect(&directory, &AccountDirectory::refreshFailed, this,
        [this](const QString &, const ApiError &error) { collect(error); });
    connect(directory.actionQueue(), &ActionQueue::actionFinished, this,
        [this](const ActionResult &result) { collect(result.error); });
    QSignalSpy authentication(&directory, &AccountDirectory::authenticationRequired);
    QSignalSpy loadFailed(&directory, &AccountDirectory::loadFailed);
    directory.reload();
    QVERIFY(loadFailed.wait());
    QCOMPARE(loadFailed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Authentication);
    QCOMPARE(authentication.size(), 1);

    // Then the right one, and actions.
    client->setApiKey(secretKey);
    QSignalSpy loaded(&directory, &AccountDirectory::loadFinished);
    directory.reload();
    QVERIFY(loaded.wait());
    QSignalSpy idle(directory.actionQueue(), &ActionQueue::idle);
    AccountStore *store = directory.store();
    for (int row = 0; row < 4; ++row)
        QVERIFY(directory.setActive(store->id(row), !store->account(row).isActive, u"Reason quoting "_s + secretKey));
    QVERIFY(idle.wait());

    // Errors: 5xx, dropped connections, 429, 404, a malformed id.
    SandboxFaults faults;
    faults.serverErrorRate = 1.0;
    sandbox.server().setFaults(faults);
    QVERIFY(directory.setActive(store->id(5), !store->account(5).isActive));
    QVERIFY(idle.wait(30'000));
    faults = {};
    faults.dropRate = 1.0;
    sandbox.server().setFaults(faults);
    QVERIFY(directory.setActive(store->id(6), !store->account(6).isActive));
    QVERIFY(idle.wait(30'000));
    faults = {};
    faults.rateLimitPerSecond = 1;
    sandbox.server().setFaults(faults);
    for (int row = 7; row < 10; ++row)
        directory.refresh(store->id(row));
    QVERIFY(directory.setActive(store->id(10), !store->account(10).isActive));
    QVERIFY(idle.wait(30'000));
    sandbox.server().setFaults({});
    QSignalSpy refreshFailed(&directory, &AccountDirectory::refreshFailed);
    directory.refresh(AccountFactory::id(AccountKind::ExpressCustomer, 0xdead));
    directory.refresh(u"cus_"_s + secretKey);
    QTRY_VERIFY(refreshFailed.size() >= 2);

    // A server that echoes the Authorization header into its errors and an account's name.
    CannedHttpServer echo;
    echo.setHandler([](const CannedHttpServer::Request &request) -> std::optional<CannedHttpServer::Response> {
        const QByteArray authorization = request.header("Authorization");
        if (request.method == "POST" && request.target.endsWith("/deactivate")) {
            Account account = AccountFactory::account(AccountKind::ExpressCustomer, 1, false);
            account.name = u"Echo of "_s + QString::fromUtf8(authorization);
            return CannedHttpServer::Response { 200, QJsonDocument(AccountFactory::json(account)).toJson(),
                "application/json", {}, false };
        }
        const QByteArray body = R"({"message": "Header was )" + authorization + R"("})";
        return CannedHttpServer::Response { request.method == "POST" ? 403 : 500, body, "application/json",
            { { "X-Echo", authorization } }, false };
    });
    ConnectionSettings echoSettings = settings;
    echoSettings.baseUrl = echo.baseUrl();
    echoSettings.apiKey = secretKey;
    const auto echoClient = sandbox.makeClient(echoSettings);
    AccountDirectory echoDirectory(echoClient.get(), AccountKind::ExpressCustomer);
    echoDirectory.setAuditJournal(&journal);
    echoDirectory.actionQueue()->setReconcileTries(1);
    connect(&echoDirectory, &AccountDirectory::loadFailed, this, &TestSecrets::collect);
    connect(&echoDirectory, &AccountDirectory::actionFailed, this,
        [this](const QString &, bool, const ApiError &error) { collect(error); });
    connect(echoDirectory.actionQueue(), &ActionQueue::actionFinished, this,
        [this](const ActionResult &result) { collect(result.error); });
    QSignalSpy echoLoadFailed(&echoDirectory, &AccountDirectory::loadFailed);
    echoDirectory.reload();
    QVERIFY(echoLoadFailed.wait(30'000));
    echoDirectory.store()->append(AccountFactory::batch(
        AccountFactory::accounts(AccountKind::ExpressCustomer, 3, 1), AccountKind::ExpressCustomer));
    QSignalSpy echoIdle(echoDirectory.actionQueue(), &ActionQueue::idle);
    QVERIFY(echoDirectory.setActive(AccountFactory::id(AccountKind::ExpressCustomer, 1), false));
    QVERIFY(echoIdle.wait(30'000));
    QVERIFY(echoDirectory.setActive(AccountFactory::id(AccountKind::ExpressCustomer, 2), true));
    QVERIFY(echoIdle.wait(30'000));
    // The echoing server's name is shown as the server sent it, but never journalled with the key.
    QVERIFY(echoDirectory.store()->name(0).contains(secretKey));

    // Now search everything.
    QSettings().sync();
    QByteArray settingsBytes;
    const QString configFolder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QDirIterator files(configFolder, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            settingsBytes += file.readAll();
    }
    journal.flush(); // outcomes are written on the journal's thread
    QFile journalFile(journalPath);
    QVERIFY(journalFile.open(QIODevice::ReadOnly));
    const QByteArray journalBytes = journalFile.readAll();
    const QList<AuditRecord> records = AuditJournal::read(journalPath);
    QVERIFY(records.size() >= 12); // intents and outcomes were written
    bool reasonKept = false;
    for (const AuditRecord &record : records)
        reasonKept = reasonKept || record.reason.startsWith(u"Reason quoting [redacted]"_s);
    QVERIFY(reasonKept);

    QVERIFY(m_texts.size() >= 15);
    QVERIFY(!capturedLog.isEmpty()); // the capture works: Qt's debug categories said something
    const QByteArray key = secretKey.toUtf8();
    const QByteArray distinctive = "SECRET_9f8e7d";
    QVERIFY2(!journalBytes.contains(distinctive), journalBytes.constData());
    QVERIFY(!settingsBytes.contains(distinctive));
    for (const QString &text : std::as_const(m_texts))
        QVERIFY2(!text.contains(QLatin1StringView(distinctive)), qPrintable(text));
    for (const QString &line : std::as_const(capturedLog))
        QVERIFY2(!line.contains(QLatin1StringView(distinctive)), qPrintable(line.left(300)));
    qInfo("secrets: searched %lld error texts, %lld log lines, %lld journal bytes, %lld settings bytes",
        qlonglong(m_texts.size()), qlonglong(capturedLog.size()), qlonglong(journalBytes.size()),
        qlonglong(settingsBytes.size()));
    Q_UNUSED(key);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
