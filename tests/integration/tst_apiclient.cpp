// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/domain/pagereader.h"
#include "tests/testkit/accountfactory.h"
#include "tests/testkit/cannedhttpserver.h"
#include "tests/testkit/manualclock.h"
#include "tests/testkit/sandboxfixture.h"

using namespace Qt::StringLiterals;

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void retrievingReturnsTheServersAccount_data();
    void retrievingReturnsTheServersAccount();
    void aCursorWithPlusSlashAndEqualsReachesTheServerIntact();
    void deactivateThenReactivateChangesTheServer_data();
    void deactivateThenReactivateChangesTheServer();
    void aWrongKeyIsAnAuthenticationErrorThatNeverShowsTheKey();
    void aNewKeyWorksAfterA401();
    void anUnknownIdIsNotFound();
    void aBadLimitIsABadRequest_data();
    void aBadLimitIsABadRequest();
    void aMalformedIdNeverReachesTheNetwork_data();
    void aMalformedIdNeverReachesTheNetwork();
    void plainHttpToAnotherHostIsRefusedWithoutARequest();
    void serverErrorsAreRetriedTwice();
    void aRetryAfterAServerErrorSucceeds();
    void zeroMaxRetriesDisablesRetrying();
    void rateLimitedCallsWaitForRetryAfterAndSucceed();
    void droppedConnectionsAreRetriedAndLeaveTheOutcomeUnknown();
    void aSilentServerTimesOut();
    void aResponseOverTheSizeCapIsRefused();
    void abortFinishesOnceWithCancelled();
    void requestsCarryTheSdkHeaders();
    void xShouldRetryOverridesTheStatus_data();
    void xShouldRetryOverridesTheStatus();
    void anHttpDateRetryAfterIsReadAgainstTheClock();
    void aSuccessThatIsNotJsonIsAnInvalidResponse();
    void redirectsAreNotFollowed();

private:
    static bool waitFor(ApiCall *call);
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
};

namespace
{
constexpr int customers = 30;
constexpr int organizations = 30;

SandboxOptions sandboxOptions()
{
    SandboxOptions options;
    options.customers = customers;
    options.organizations = organizations;
    options.seed = 20240315;
    return options;
}
} // namespace

bool TestApiClient::waitFor(ApiCall *call)
{
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(20'000))
        return false;
    // Exactly once, and the call is deleted only later: read it now.
    return finished.size() == 1;
}

void TestApiClient::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>(sandboxOptions());
    QVERIFY(m_sandbox->isListening());
}

void TestApiClient::init()
{
    m_sandbox->server().setFaults({});
    m_client = m_sandbox->makeClient();
}

void TestApiClient::retrievingReturnsTheServersAccount_data()
{
    QTest::addColumn<AccountKind>("kind");
    QTest::newRow("a customer") << AccountKind::ExpressCustomer;
    QTest::newRow("an organization") << AccountKind::Organization;
}

void TestApiClient::retrievingReturnsTheServersAccount()
{
    QFETCH(AccountKind, kind);
    const QString id = m_sandbox->server().accountIds(SandboxFixture::sandboxKind(kind)).at(3);
    ApiCall *call = m_client->retrieve(kind, id);
    QVERIFY(waitFor(call));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message));
    QCOMPARE(call->httpStatus(), 200);
    QCOMPARE(call->attempts(), 1);
    const AccountReadResult read = PageReader::readAccount(kind, call->body());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error->message));
    const Account account = read.batch.account(0);
    QCOMPARE(account.id, id);
    QCOMPARE(std::optional<bool>(account.isActive), m_sandbox->server().isActive(id));
    // The sandbox's own JSON of the account reads to the same value.
    const AccountReadResult direct = PageReader::readAccount(kind, m_sandbox->server().accountJson(id));
    QVERIFY(direct.ok());
    QCOMPARE(direct.batch.account(0), account);
}

void TestApiClient::aCursorWithPlusSlashAndEqualsReachesTheServerIntact()
{
    const QStringList ids = m_sandbox->server().accountIds(SandboxKind::ExpressCustomer);
    ApiCall *first = m_client->listPage(AccountKind::ExpressCustomer, QString(), 10);
    QVERIFY(waitFor(first));
    QVERIFY(first->isSuccess());
    const PageReadResult page1 = PageReader::readPage(AccountKind::ExpressCustomer, first->body());
    QVERIFY(page1.hasNextPage());
    QVERIFY2(page1.cursor.contains(u'+') && page1.cursor.contains(u'/') && page1.cursor.contains(u'='),
        qPrintable(page1.cursor));

    ApiCall *second = m_client->listPage(AccountKind::ExpressCustomer, page1.cursor, 10);
    QVERIFY(waitFor(second));
    QVERIFY2(second->isSuccess(), qPrintable(second->error().message));
    const PageReadResult page2 = PageReader::readPage(AccountKind::ExpressCustomer, second->body());
    QVERIFY(page2.ok());
    QCOMPARE(page2.batch.size(), 10);
    for (qsizetype i = 0; i < 10; ++i)
        QCOMPARE(page2.batch.string(page2.batch.record(i).id), ids.at(10 + i));
}

void TestApiClient::deactivateThenReactivateChangesTheServer_data()
{
    QTest::addColumn<AccountKind>("kind");
    QTest::newRow("a customer") << AccountKind::ExpressCustomer;
    QTest::newRow("an organization") << AccountKind::Organization;
}

void TestApiClient::deactivateThenReactivateChangesTheServer()
{
    QFETCH(AccountKind, kind);
    SandboxServer &server = m_sandbox->server();
    const QString id = server.accountIds(SandboxFixture::sandboxKind(kind)).at(5);
    QVERIFY(server.setActive(id, true));

    ApiCall *deactivate = m_client->deactivate(kind, id);
    QVERIFY(waitFor(deactivate));
    QVERIFY2(deactivate->isSuccess(), qPrintable(deactivate->error().message));
    AccountReadResult read = PageReader::readAccount(kind, deactivate->body());
    QVERIFY(read.ok());
    QCOMPARE(read.batch.account(0).id, id);
    QVERIFY(!read.batch.account(0).isActive);
    QCOMPARE(server.isActive(id), std::optional<bool>(false));

    ApiCall *reactivate = m_client->setActive(kind, id, true);
    QVERIFY(waitFor(reactivate));
    QVERIFY(reactivate->isSuccess());
    read = PageReader::readAccount(kind, reactivate->body());
    QVERIFY(read.ok());
    QVERIFY(read.batch.account(0).isActive);
    QCOMPARE(server.isActive(id), std::optional<bool>(true));
}

void TestApiClient::aWrongKeyIsAnAuthenticationErrorThatNeverShowsTheKey()
{
    ConnectionSettings settings = m_sandbox->settings();
    settings.apiKey = u"wrong-key-0123456789"_s;
    const auto client = m_sandbox->makeClient(settings);
    ApiCall *call = client->listPage(AccountKind::ExpressCustomer, QString());
    QVERIFY(waitFor(call));
    QVERIFY(!call->isSuccess());
    const ApiError error = call->error();
    QCOMPARE(error.kind, ApiError::Kind::Authentication);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.attempts, 1);
    QVERIFY(!error.retryable);
    QCOMPARE(error.message, u"Invalid API key."_s);
    QCOMPARE(error.summary(), u"The server rejected the API key (HTTP 401)."_s);
    for (const QString &text : { error.message, error.summary(), error.advice() })
        QVERIFY(!text.contains(settings.apiKey));
}

void TestApiClient::aNewKeyWorksAfterA401()
{
    ConnectionSettings settings = m_sandbox->settings();
    const QString goodKey = settings.apiKey;
    settings.apiKey = u"revoked"_s;
    const auto client = m_sandbox->makeClient(settings);
    ApiCall *rejected = client->listPage(AccountKind::Organization, QString(), 5);
    QVERIFY(waitFor(rejected));
    QCOMPARE(rejected->error().kind, ApiError::Kind::Authentication);

    client->setApiKey(goodKey);
    QCOMPARE(client->settings().apiKey, goodKey);
    ApiCall *accepted = client->listPage(AccountKind::Organization, QString(), 5);
    QVERIFY(waitFor(accepted));
    QVERIFY2(accepted->isSuccess(), qPrintable(accepted->error().message));
}

void TestApiClient::anUnknownIdIsNotFound()
{
    ApiCall *call
        = m_client->retrieve(AccountKind::ExpressCustomer, AccountFactory::id(AccountKind::ExpressCustomer, 0xdead));
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().kind, ApiError::Kind::NotFound);
    QCOMPARE(call->httpStatus(), 404);
    QCOMPARE(call->attempts(), 1);
    QVERIFY(call->error().message.contains(u"not found"_s));
}

void TestApiClient::aBadLimitIsABadRequest_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("a limit of zero") << 0;
    QTest::newRow("a limit of 101") << 101;
    QTest::newRow("a negative limit") << -5;
}

void TestApiClient::aBadLimitIsABadRequest()
{
    QFETCH(int, limit);
    ApiCall *call = m_client->listPage(AccountKind::ExpressCustomer, QString(), limit);
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().kind, ApiError::Kind::BadRequest);
    QCOMPARE(call->httpStatus(), 400);
    QVERIFY(!call->error().retryable);
    QVERIFY2(call->error().message.contains(u"limit"_s), qPrintable(call->error().message));
}

void TestApiClient::aMalformedIdNeverReachesTheNetwork_data()
{
    QTest::addColumn<AccountKind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("isAction");

    const AccountKind customer = AccountKind::ExpressCustomer;
    QTest::newRow("an organization id retrieved as a customer")
        << customer << AccountFactory::id(AccountKind::Organization, 1) << false;
    QTest::newRow("a path traversal") << customer << u"cus_1234567890abcdef/../../v1/orgs"_s << false;
    QTest::newRow("a query smuggled into an action") << customer << u"cus_1234567890abcdef123456789?x=1"_s << true;
    QTest::newRow("an empty id") << AccountKind::Organization << QString() << true;
    QTest::newRow("upper-case hex") << customer << u"cus_1234567890ABCDEF1234567890ABCDEF"_s << true;
}

void TestApiClient::aMalformedIdNeverReachesTheNetwork()
{
    QFETCH(AccountKind, kind);
    QFETCH(QString, id);
    QFETCH(bool, isAction);
    const quint64 requestsBefore = m_sandbox->server().requestCount();
    ApiCall *call = isAction ? m_client->deactivate(kind, id) : m_client->retrieve(kind, id);
    QSignalSpy finished(call, &ApiCall::finished);
    QCOMPARE(finished.size(), 0); // delivered later, through the same path as every answer
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->error().kind, ApiError::Kind::InvalidId);
    QCOMPARE(call->attempts(), 0);
    QCOMPARE(m_sandbox->server().requestCount(), requestsBefore);
}

void TestApiClient::plainHttpToAnotherHostIsRefusedWithoutARequest()
{
    ConnectionSettings settings = m_sandbox->settings();
    settings.baseUrl = QUrl(u"http://192.0.2.10:%1"_s.arg(m_sandbox->baseUrl().port()));
    const std::optional<ApiError> refusal = ApiClient::checkBaseUrl(settings.baseUrl);
    QVERIFY(refusal);
    QCOMPARE(refusal->kind, ApiError::Kind::InsecureTransport);
    QVERIFY(!refusal->message.contains(settings.apiKey));

    const auto client = m_sandbox->makeClient(settings);
    ApiCall *call = client->listPage(AccountKind::ExpressCustomer, QString());
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().kind, ApiError::Kind::InsecureTransport);
    QCOMPARE(call->attempts(), 0);
}

void TestApiClient::serverErrorsAreRetriedTwice()
{
    SandboxFaults faults;
    faults.serverErrorRate = 1.0;
    m_sandbox->server().setFaults(faults);
    const quint64 requestsBefore = m_sandbox->server().requestCount();
    ApiCall *call = m_client->retrieve(
        AccountKind::ExpressCustomer, m_sandbox->server().accountIds(SandboxKind::ExpressCustomer).at(0));
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().kind, ApiError::Kind::Server);
    QVERIFY(call->httpStatus() == 500 || call->httpStatus() == 503);
    QVERIFY(call->error().retryable);
    QCOMPARE(call->attempts(), 3);
    QCOMPARE(call->error().attempts, 3);
    QCOMPARE(m_sandbox->server().requestCount(), requestsBefore + 3);
}

void TestApiClient::aRetryAfterAServerErrorSucceeds()
{
    SandboxFaults faults;
    faults.serverErrorRate = 1.0;
    m_sandbox->server().setFaults(faults);
    // The jitter source is asked exactly once per scheduled retry: the moment between the
    // failed try and the next one, where the server recovers.
    int retriesScheduled = 0;
    m_client->setRandomSource([this, &retriesScheduled] {
        ++retriesScheduled;
        m_sandbox->server().setFaults({});
        return 1.0;
    });
    ApiCall *call = m_client->retrieve(
        AccountKind::Organization, m_sandbox->server().accountIds(SandboxKind::Organization).at(1));
    QVERIFY(waitFor(call));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message));
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(retriesScheduled, 1);
}

void TestApiClient::zeroMaxRetriesDisablesRetrying()
{
    SandboxFaults faults;
    faults.serverErrorRate = 1.0;
    m_sandbox->server().setFaults(faults);
    ConnectionSettings settings = m_sandbox->settings();
    settings.maxRetries = 0;
    const auto client = m_sandbox->makeClient(settings);
    const quint64 requestsBefore = m_sandbox->server().requestCount();
    ApiCall *call = client->listPage(AccountKind::ExpressCustomer, QString());
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().kind, ApiError::Kind::Server);
    QCOMPARE(call->attempts(), 1);
    QCOMPARE(m_sandbox->server().requestCount(), requestsBefore + 1);
}

void TestApiClient::rateLimitedCallsWaitForRetryAfterAndSucceed()
{
    // Two requests a second: of four sent at once, two are told to come back when the
    // window has room (retry-after-ms <= 1000, Retry-After: 1), and then get through.
    SandboxFaults faults;
    faults.rateLimitPerSecond = 2;
    m_sandbox->server().setFaults(faults);
    const QStringList ids = m_sandbox->server().accountIds(SandboxKind::ExpressCustomer);
    const quint64 requestsBefore = m_sandbox->server().requestCount();
    // A call is deleted soon after finished(), so each result is read in its slot.
    struct Outcome
    {
        bool isFinished = false;
        bool isSuccess = false;
        int attempts = 0;
        QString problem;
    };
    QList<Outcome> outcomes(4);
    for (int i = 0; i < 4; ++i) {
        ApiCall *call = m_client->retrieve(AccountKind::ExpressCustomer, ids.at(i));
        connect(call, &ApiCall::finished, this, [call, &outcome = outcomes[i]] {
            outcome = { true, call->isSuccess(), call->attempts(), call->error().message };
        });
    }
    int totalAttempts = 0;
    int retried = 0;
    for (const Outcome &outcome : outcomes) {
        QTRY_VERIFY_WITH_TIMEOUT(outcome.isFinished, 20'000);
        QVERIFY2(outcome.isSuccess, qPrintable(outcome.problem));
        totalAttempts += outcome.attempts;
        retried += outcome.attempts > 1;
    }
    QVERIFY(retried >= 2);
    QCOMPARE(m_sandbox->server().requestCount(), requestsBefore + quint64(totalAttempts));
}

void TestApiClient::droppedConnectionsAreRetriedAndLeaveTheOutcomeUnknown()
{
    SandboxFaults faults;
    faults.dropRate = 1.0;
    m_sandbox->server().setFaults(faults);
    ConnectionSettings settings = m_sandbox->settings();
    settings.maxRetries = 1;
    const auto client = m_sandbox->makeClient(settings);
    ApiCall *call = client->reactivate(
        AccountKind::ExpressCustomer, m_sandbox->server().accountIds(SandboxKind::ExpressCustomer).at(2));
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().kind, ApiError::Kind::Connection);
    QVERIFY(call->error().isOutcomeUnknown());
    QCOMPARE(call->httpStatus(), 0);
    QCOMPARE(call->attempts(), 2);
}

void TestApiClient::aSilentServerTimesOut()
{
    SandboxFaults faults;
    faults.latencyMs = 3000;
    m_sandbox->server().setFaults(faults);
    ConnectionSettings settings = m_sandbox->settings();
    settings.maxRetries = 0;
    settings.timeout = std::chrono::milliseconds(300);
    const auto client = m_sandbox->makeClient(settings);
    ApiCall *call = client->listPage(AccountKind::Organization, QString());
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().kind, ApiError::Kind::Timeout);
    QVERIFY(call->error().isOutcomeUnknown());
    QVERIFY(call->error().retryable);
}

void TestApiClient::aResponseOverTheSizeCapIsRefused()
{
    ConnectionSettings settings = m_sandbox->settings();
    settings.maxResponseBytes = 2000;
    const auto client = m_sandbox->makeClient(settings);
    ApiCall *call = client->listPage(AccountKind::ExpressCustomer, QString(), 30);
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().kind, ApiError::Kind::ResponseTooLarge);
    QVERIFY(!call->error().retryable);
    QVERIFY(call->body().isEmpty());
}

void TestApiClient::abortFinishesOnceWithCancelled()
{
    SandboxFaults faults;
    faults.latencyMs = 500;
    m_sandbox->server().setFaults(faults);
    ApiCall *call = m_client->listPage(AccountKind::ExpressCustomer, QString());
    QSignalSpy finished(call, &ApiCall::finished);
    call->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->error().kind, ApiError::Kind::Cancelled);
    call->abort();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.wait(100)); // never a second finished()
}

void TestApiClient::requestsCarryTheSdkHeaders()
{
    CannedHttpServer canned;
    const QByteArray account
        = QJsonDocument(AccountFactory::json(AccountFactory::account(AccountKind::ExpressCustomer, 1, false))).toJson();
    canned.enqueue({ 503, R"({"message": "busy"})", "application/json", {} });
    canned.enqueue({ 200, account, "application/json; charset=utf-8", {} });
    ConnectionSettings settings = m_sandbox->settings();
    settings.baseUrl = canned.baseUrl();
    settings.apiKey = u"sk-test-headers"_s;
    const auto client = m_sandbox->makeClient(settings);
    ApiCall *call
        = client->deactivate(AccountKind::ExpressCustomer, AccountFactory::id(AccountKind::ExpressCustomer, 1));
    QVERIFY(waitFor(call));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message));
    QCOMPARE(canned.requests().size(), 2);
    for (int i = 0; i < 2; ++i) {
        const CannedHttpServer::Request &request = canned.requests().at(i);
        QCOMPARE(request.method, "POST"_ba);
        QCOMPARE(request.target, "/v1/express/cus_00000000000000000000000000000001/deactivate"_ba);
        QCOMPARE(request.header("Authorization"), "Bearer sk-test-headers"_ba);
        QCOMPARE(request.header("Accept"), "application/json"_ba);
        QCOMPARE(request.header("X-Stainless-Retry-Count"), QByteArray::number(i));
        QVERIFY(request.header("User-Agent").startsWith("AvaraConsole/" AVARA_VERSION_STRING " (Qt "));
        QCOMPARE(request.header("Content-Type"), "application/json"_ba);
        QCOMPARE(request.header("Content-Length"), "0"_ba);
        QVERIFY(request.body.isEmpty());
        QVERIFY(!request.hasHeader("Idempotency-Key"));
    }
}

void TestApiClient::xShouldRetryOverridesTheStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("attempts");

    QTest::newRow("a 400 with x-should-retry true is retried") << 400 << "true"_ba << 3;
    QTest::newRow("a 503 with x-should-retry false is not") << 503 << "false"_ba << 1;
    QTest::newRow("a 409 is retried") << 409 << QByteArray() << 3;
    QTest::newRow("a 408 is retried") << 408 << QByteArray() << 3;
    QTest::newRow("a 403 is not") << 403 << QByteArray() << 1;
}

void TestApiClient::xShouldRetryOverridesTheStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(int, attempts);
    CannedHttpServer canned;
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers.append(std::pair("x-should-retry"_ba, header));
    // retry-after-ms keeps the test quick; it is obeyed as the SDKs do.
    headers.append(std::pair("retry-after-ms"_ba, "20"_ba));
    for (int i = 0; i < 3; ++i)
        canned.enqueue({ status, R"({"error": {"message": "canned"}})", "application/json", headers });
    ConnectionSettings settings = m_sandbox->settings();
    settings.baseUrl = canned.baseUrl();
    const auto client = m_sandbox->makeClient(settings);
    ApiCall *call = client->listPage(AccountKind::Organization, QString());
    QVERIFY(waitFor(call));
    QCOMPARE(call->httpStatus(), status);
    QCOMPARE(call->attempts(), attempts);
    QCOMPARE(canned.requests().size(), attempts);
    QCOMPARE(call->error().message, u"canned"_s);
}

void TestApiClient::anHttpDateRetryAfterIsReadAgainstTheClock()
{
    // Retry-After as a date 1 s after the injected clock's now: the wait is 1 s, not the
    // 60 s-plus a wrong clock would give (which would fall back to the backoff).
    CannedHttpServer canned;
    canned.enqueue({ 429, {}, "application/json", { { "Retry-After", "Fri, 15 Mar 2024 14:20:01 GMT" } } });
    canned.enqueue(
        { 200, AccountFactory::pageJson(AccountKind::Organization, {}, false, QString()), "application/json", {} });
    ManualClock clock(QDateTime(QDate(2024, 3, 15), QTime(14, 20), Qt::UTC));
    ConnectionSettings settings = m_sandbox->settings();
    settings.baseUrl = canned.baseUrl();
    const auto client = m_sandbox->makeClient(settings);
    client->setClock(&clock);
    int backoffsAsked = 0;
    client->setRandomSource([&backoffsAsked] {
        ++backoffsAsked;
        return 1.0;
    });
    ApiCall *call = client->listPage(AccountKind::Organization, QString());
    QVERIFY(waitFor(call));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message));
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(RetryPolicy::retryDelay(0, {}, "Fri, 15 Mar 2024 14:20:01 GMT", clock.nowUtc(), 1.0).count(), 1000);
    QCOMPARE(backoffsAsked, 1);
}

void TestApiClient::aSuccessThatIsNotJsonIsAnInvalidResponse()
{
    CannedHttpServer canned;
    canned.enqueue({ 200, "<html>Welcome to the captive portal</html>", "text/html", {} });
    ConnectionSettings settings = m_sandbox->settings();
    settings.baseUrl = canned.baseUrl();
    const auto client = m_sandbox->makeClient(settings);
    ApiCall *call = client->listPage(AccountKind::ExpressCustomer, QString());
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(call->httpStatus(), 200);
    QVERIFY(call->error().message.contains(u"text/html"_s));
    QCOMPARE(call->attempts(), 1);
}

void TestApiClient::redirectsAreNotFollowed()
{
    CannedHttpServer canned;
    canned.enqueue({ 302, {}, {}, { { "Location", "http://127.0.0.1:1/steal-the-key" } } });
    ConnectionSettings settings = m_sandbox->settings();
    settings.baseUrl = canned.baseUrl();
    const auto client = m_sandbox->makeClient(settings);
    ApiCall *call = client->retrieve(AccountKind::ExpressCustomer, AccountFactory::id(AccountKind::ExpressCustomer, 9));
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().kind, ApiError::Kind::UnexpectedStatus);
    QCOMPARE(call->httpStatus(), 302);
    QCOMPARE(canned.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
