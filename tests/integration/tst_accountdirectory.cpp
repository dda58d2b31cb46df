// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include "core/domain/pagereader.h"
#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"
#include "core/services/actionqueue.h"
#include "tests/testkit/accountfactory.h"
#include "tests/testkit/cannedhttpserver.h"
#include "tests/testkit/manualclock.h"
#include "tests/testkit/sandboxfixture.h"

using namespace Qt::StringLiterals;

class TestAccountDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void reloadLoadsEveryRowProgressively_data();
    void reloadLoadsEveryRowProgressively();
    void setActiveChangesTheRowAndTheServer_data();
    void setActiveChangesTheRowAndTheServer();
    void setActiveRefusesWithoutSending_data();
    void setActiveRefusesWithoutSending();
    void aClickWhileWaitingIsQueuedAndTheNewestIntentWins();
    void aLateRefreshNeverUndoesAnAction();
    void aPageAskedBeforeAnActionReportedNeverUndoesIt();
    void aFailingServerLeavesTheRowAsItWasAndMarksItFailed();
    void anUnknownOutcomeShowsWhatTheServerSays();
    void anUnknownOutcomeIsSettledByTheServersAnswer_data();
    void anUnknownOutcomeIsSettledByTheServersAnswer();
    void anAnswerForAnotherAccountNeverTouchesTheStore();
    void refreshStoresOneAccountLoadedOrNot();
    void refreshOfAnUnknownAccountFails();
    void a401AsksForAuthentication();
    void aReloadThatFailsAtOnceKeepsTheRowsItHad();
    void aServerWithoutOrganizationsIsUnavailable();
    void cancelLoadingKeepsTheRowsSoFar();

private:
    void loadAll(AccountDirectory &directory);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    ManualClock m_clock;
};

namespace
{
constexpr int accountsPerKind = 250;
} // namespace

void TestAccountDirectory::initTestCase()
{
    SandboxOptions options;
    options.customers = accountsPerKind;
    options.organizations = accountsPerKind;
    options.seed = 4242;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
}

void TestAccountDirectory::init()
{
    m_sandbox->server().setFaults({});
    m_client = m_sandbox->makeClient();
    m_client->setClock(&m_clock);
}

void TestAccountDirectory::cleanup()
{
    m_client.reset();
}

void TestAccountDirectory::loadAll(AccountDirectory &directory)
{
    QSignalSpy finished(&directory, &AccountDirectory::loadFinished);
    directory.reload();
    QVERIFY(finished.wait(20'000));
}

void TestAccountDirectory::reloadLoadsEveryRowProgressively_data()
{
    QTest::addColumn<AccountKind>("kind");
    QTest::newRow("customers") << AccountKind::ExpressCustomer;
    QTest::newRow("organizations") << AccountKind::Organization;
}

void TestAccountDirectory::reloadLoadsEveryRowProgressively()
{
    QFETCH(AccountKind, kind);
    AccountDirectory directory(m_client.get(), kind);
    QCOMPARE(directory.kind(), kind);
    QCOMPARE(directory.client(), m_client.get());
    QCOMPARE(directory.store()->kind(), kind);
    QVERIFY(!directory.lastLoadedAt().isValid());

    QSignalSpy started(&directory, &AccountDirectory::loadStarted);
    QSignalSpy progress(&directory, &AccountDirectory::loadProgress);
    QSignalSpy appended(directory.store(), &AccountStore::rowsAppended);
    QSignalSpy finished(&directory, &AccountDirectory::loadFinished);
    directory.reload();
    QCOMPARE(started.size(), 1);
    QVERIFY(directory.isLoading());
    QVERIFY(finished.wait(20'000));
    QVERIFY(!directory.isLoading());
    QVERIFY(directory.isAvailable());
    QCOMPARE(directory.lastLoadedAt(), m_clock.nowUtc());

    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(0).at(0).value<qsizetype>(), 100);
    QCOMPARE(progress.at(2).at(0).value<qsizetype>(), accountsPerKind);
    QCOMPARE(appended.size(), 3); // one insert per page, not one per row

    const QStringList ids = m_sandbox->server().accountIds(SandboxFixture::sandboxKind(kind));
    QCOMPARE(directory.store()->size(), ids.size());
    for (qsizetype row = 0; row < ids.size(); ++row) {
        QCOMPARE(directory.store()->id(row), ids.at(row));
        QCOMPARE(
            std::optional<bool>(directory.store()->account(row).isActive), m_sandbox->server().isActive(ids.at(row)));
    }

    // A second reload starts from an empty store and ends with the same rows.
    loadAll(directory);
    QCOMPARE(directory.store()->size(), ids.size());
}

void TestAccountDirectory::setActiveChangesTheRowAndTheServer_data()
{
    QTest::addColumn<AccountKind>("kind");
    QTest::addColumn<bool>("wanted");
    QTest::newRow("deactivating a customer") << AccountKind::ExpressCustomer << false;
    QTest::newRow("reactivating a customer") << AccountKind::ExpressCustomer << true;
    QTest::newRow("deactivating an organization") << AccountKind::Organization << false;
    QTest::newRow("reactivating an organization") << AccountKind::Organization << true;
}

void TestAccountDirectory::setActiveChangesTheRowAndTheServer()
{
    QFETCH(AccountKind, kind);
    QFETCH(bool, wanted);
    SandboxServer &server = m_sandbox->server();
    const QString id = server.accountIds(SandboxFixture::sandboxKind(kind)).at(17);
    QVERIFY(server.setActive(id, !wanted));
    AccountDirectory directory(m_client.get(), kind);
    loadAll(directory);
    AccountStore *store = directory.store();
    const qsizetype row = store->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(store->account(row).isActive, !wanted);

    QSignalSpy succeeded(&directory, &AccountDirectory::actionSucceeded);
    QSignalSpy failed(&directory, &AccountDirectory::actionFailed);
    QVERIFY(directory.setActive(id, wanted));
    QCOMPARE(store->pendingAction(row), wanted ? PendingAction::Reactivate : PendingAction::Deactivate);
    QVERIFY(directory.isActionPending(id));
    QCOMPARE(store->account(row).isActive, !wanted); // nothing shown before the server says so

    QVERIFY(succeeded.wait());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(succeeded.at(0).at(0).toString(), id);
    QCOMPARE(succeeded.at(0).at(1).toBool(), wanted);
    QCOMPARE(store->rowOf(id), row);
    QCOMPARE(store->account(row).isActive, wanted);
    QVERIFY(!store->isPending(row));
    QVERIFY(!store->hasFailed(row));
    QVERIFY(!directory.isActionPending(id));
    QCOMPARE(server.isActive(id), std::optional<bool>(wanted));
    // The row is the server's account, timestamps and all.
    QCOMPARE(store->account(row), PageReader::readAccount(kind, server.accountJson(id)).batch.account(0));
}

void TestAccountDirectory::setActiveRefusesWithoutSending_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("a malformed id") << u"cus_../../orgs"_s;
    QTest::newRow("an organization id in the customer directory") << AccountFactory::id(AccountKind::Organization, 1);
    QTest::newRow("an id that is not loaded") << AccountFactory::id(AccountKind::ExpressCustomer, 0xfeed);
}

void TestAccountDirectory::setActiveRefusesWithoutSending()
{
    QFETCH(QString, id);
    AccountDirectory directory(m_client.get(), AccountKind::ExpressCustomer);
    loadAll(directory);
    const quint64 requestsBefore = m_sandbox->server().requestCount();
    QVERIFY(!directory.setActive(id, true));
    QVERIFY(!directory.isActionPending(id));
    QVERIFY(directory.actionQueue()->isIdle());
    // Anything sent would have reached the server by the time a refresh of another account did.
    QSignalSpy changed(directory.store(), &AccountStore::rowChanged);
    directory.refresh(directory.store()->id(0));
    QVERIFY(changed.wait());
    QCOMPARE(m_sandbox->server().requestCount(), requestsBefore + 1);
}

void TestAccountDirectory::aClickWhileWaitingIsQueuedAndTheNewestIntentWins()
{
    SandboxServer &server = m_sandbox->server();
    const QString id = server.accountIds(SandboxKind::ExpressCustomer).at(3);
    QVERIFY(server.setActive(id, true));
    AccountDirectory directory(m_client.get(), AccountKind::ExpressCustomer);
    loadAll(directory);
    AccountStore *store = directory.store();
    const qsizetype row = store->rowOf(id);
    SandboxFaults slow;
    slow.latencyMs = 100;
    server.setFaults(slow);

    QSignalSpy succeeded(&directory, &AccountDirectory::actionSucceeded);
    QSignalSpy failed(&directory, &AccountDirectory::actionFailed);
    QSignalSpy idle(directory.actionQueue(), &ActionQueue::idle);
    const quint64 requestsBefore = server.requestCount();
    QVERIFY(directory.setActive(id, false)); // sent
    QVERIFY(directory.setActive(id, true)); // waits
    QCOMPARE(store->pendingAction(row), PendingAction::Reactivate); // the row shows the newest intent
    QVERIFY(directory.setActive(id, false)); // the same as the one under way: nothing more to send
    QCOMPARE(store->pendingAction(row), PendingAction::Deactivate);
    QVERIFY(directory.isActionPending(id));
    QVERIFY(idle.wait());

    QCOMPARE(server.requestCount(), requestsBefore + 1);
    QCOMPARE(succeeded.size(), 1);
    QCOMPARE(succeeded.at(0).at(1).toBool(), false);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(server.isActive(id), std::optional<bool>(false));
    QCOMPARE(store->account(row).isActive, false);
    QVERIFY(!store->isPending(row));
    QVERIFY(!directory.isActionPending(id));

    // Opposite clicks: the first goes, the last waits and goes after it; the middle one never does.
    QVERIFY(directory.setActive(id, true));
    QVERIFY(directory.setActive(id, false));
    QVERIFY(directory.setActive(id, true));
    QVERIFY(directory.setActive(id, false));
    QVERIFY(idle.wait());
    QCOMPARE(server.requestCount(), requestsBefore + 3);
    QCOMPARE(succeeded.size(), 3);
    QCOMPARE(succeeded.at(1).at(1).toBool(), true);
    QCOMPARE(succeeded.at(2).at(1).toBool(), false);
    QCOMPARE(server.isActive(id), std::optional<bool>(false));
    QCOMPARE(store->account(row).isActive, false);
}

void TestAccountDirectory::aLateRefreshNeverUndoesAnAction()
{
    // A refresh answered with the old state but delivered after a deactivation reported.
    Account account = AccountFactory::account(AccountKind::Organization, 5, true);
    const QByteArray oldJson = QJsonDocument(AccountFactory::json(account)).toJson();
    CannedHttpServer canned;
    bool holdRetrieves = true;
    canned.setHandler([&](const CannedHttpServer::Request &request) -> std::optional<CannedHttpServer::Response> {
        if (request.method == "POST")
            account.isActive = false;
        const QByteArray body = request.method == "POST" ? QJsonDocument(AccountFactory::json(account)).toJson()
            : holdRetrieves                              ? oldJson
                                                         : QJsonDocument(AccountFactory::json(account)).toJson();
        return CannedHttpServer::Response { 200, body, "application/json", {},
            request.method == "GET" && holdRetrieves };
    });
    ConnectionSettings settings = m_sandbox->settings();
    settings.baseUrl = canned.baseUrl();
    const auto client = m_sandbox->makeClient(settings);
    AccountDirectory directory(client.get(), AccountKind::Organization);
    AccountStore *store = directory.store();
    store->append(AccountFactory::batch({ account }, AccountKind::Organization));
    QVERIFY(store->account(0).isActive);

    QSignalSpy succeeded(&directory, &AccountDirectory::actionSucceeded);
    QSignalSpy refreshFailed(&directory, &AccountDirectory::refreshFailed);
    directory.refresh(account.id);
    QTRY_COMPARE(canned.heldCount(), 1);
    QVERIFY(directory.setActive(account.id, false));
    QVERIFY(succeeded.wait());
    QCOMPARE(store->account(0).isActive, false);

    QSignalSpy changed(store, &AccountStore::rowChanged);
    canned.releaseHeld();
    QTRY_VERIFY(client->findChildren<ApiCall *>().isEmpty()); // the refresh's answer was read
    QCOMPARE(changed.size(), 0);
    QCOMPARE(store->account(0).isActive, false);
    QCOMPARE(refreshFailed.size(), 0);

    // A refresh asked after the action reported writes as usual.
    holdRetrieves = false;
    account.isActive = true; // changed behind the console's back
    directory.refresh(account.id);
    QTRY_COMPARE(store->account(0).isActive, true);
}

void TestAccountDirectory::aPageAskedBeforeAnActionReportedNeverUndoesIt()
{
    Account account = AccountFactory::account(AccountKind::ExpressCustomer, 9, true);
    const QByteArray oldPage = AccountFactory::pageJson(AccountKind::ExpressCustomer, { account }, false, QString());
    CannedHttpServer canned;
    bool holdPages = false;
    canned.setHandler([&](const CannedHttpServer::Request &request) -> std::optional<CannedHttpServer::Response> {
        if (request.method == "POST") {
            account.isActive = false;
            return CannedHttpServer::Response { 200, QJsonDocument(AccountFactory::json(account)).toJson(),
                "application/json", {}, false };
        }
        return CannedHttpServer::Response { 200, oldPage, "application/json", {}, holdPages };
    });
    ConnectionSettings settings = m_sandbox->settings();
    settings.baseUrl = canned.baseUrl();
    const auto client = m_sandbox->makeClient(settings);
    AccountDirectory directory(client.get(), AccountKind::ExpressCustomer);
    loadAll(directory);
    AccountStore *store = directory.store();
    QCOMPARE(store->size(), 1);

    // The deactivation goes out, then a reload whose page (showing the old state) is held
    // until the deactivation has reported.
    QSignalSpy succeeded(&directory, &AccountDirectory::actionSucceeded);
    QSignalSpy finished(&directory, &AccountDirectory::loadFinished);
    QVERIFY(directory.setActive(account.id, false));
    holdPages = true;
    directory.reload();
    QVERIFY(succeeded.wait());
    QCOMPARE(store->size(), 1); // shown at once, before its page
    QCOMPARE(store->account(0).isActive, false);
    QTRY_COMPARE(canned.heldCount(), 1);
    canned.releaseHeld();
    QVERIFY(finished.wait());
    QCOMPARE(store->size(), 1);
    QCOMPARE(store->account(0).isActive, false);
    QVERIFY(!store->isPending(0));

    // A page asked after the action reported is newer, and wins.
    holdPages = false;
    loadAll(directory);
    QCOMPARE(store->account(0).isActive, true); // oldPage: as if reactivated behind the console's back
}

void TestAccountDirectory::aFailingServerLeavesTheRowAsItWasAndMarksItFailed()
{
    SandboxServer &server = m_sandbox->server();
    const QString id = server.accountIds(SandboxKind::Organization).at(40);
    QVERIFY(server.setActive(id, true));
    AccountDirectory directory(m_client.get(), AccountKind::Organization);
    loadAll(directory);
    AccountStore *store = directory.store();
    const qsizetype row = store->rowOf(id);
    const Account before = store->account(row);

    SandboxFaults faults;
    faults.serverErrorRate = 1.0;
    server.setFaults(faults);
    // A 5xx may come after the work was done, so the account is checked; once is enough here.
    directory.actionQueue()->setReconcileTries(1);
    QSignalSpy failed(&directory, &AccountDirectory::actionFailed);
    QSignalSpy succeeded(&directory, &AccountDirectory::actionSucceeded);
    QVERIFY(directory.setActive(id, false));
    QVERIFY(failed.wait(20'000));
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(failed.at(0).at(0).toString(), id);
    QCOMPARE(failed.at(0).at(1).toBool(), false);
    const ApiError error = failed.at(0).at(2).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.attempts, 3);

    QCOMPARE(store->account(row), before);
    QVERIFY(!store->isPending(row));
    QVERIFY(store->hasFailed(row));
    QCOMPARE(server.isActive(id), std::optional<bool>(true));

    // The next attempt clears the failed mark as it starts.
    server.setFaults({});
    QVERIFY(directory.setActive(id, false));
    QVERIFY(!store->hasFailed(row));
    QVERIFY(succeeded.wait());
    QCOMPARE(server.isActive(id), std::optional<bool>(false));
}

void TestAccountDirectory::anUnknownOutcomeShowsWhatTheServerSays()
{
    SandboxServer &server = m_sandbox->server();
    ConnectionSettings settings = m_sandbox->settings();
    settings.maxRetries = 0;
    const auto client = m_sandbox->makeClient(settings);
    AccountDirectory directory(client.get(), AccountKind::ExpressCustomer);
    loadAll(directory);
    AccountStore *store = directory.store();

    // The server recovers the moment the action's reply ends, before the directory's
    // check goes out. QNetworkAccessManager::finished() comes before the reply's own
    // finished(), which the client acts on. (Qt itself resends a request whose connection
    // closed without an answer, so counting requests at the server would not say when.)
    auto *network = client->findChild<QNetworkAccessManager *>();
    QVERIFY(network);
    connect(network, &QNetworkAccessManager::finished, this, [&server](QNetworkReply *reply) {
        if (reply->operation() == QNetworkAccessManager::PostOperation)
            server.setFaults({});
    });

    // Several accounts, so both fates of a dropped request (acted on before the
    // connection died, or not) may be seen; each must end as the server says.
    const QStringList ids = server.accountIds(SandboxKind::ExpressCustomer);
    for (int i = 60; i < 66; ++i) {
        const QString &id = ids.at(i);
        const qsizetype row = store->rowOf(id);
        QVERIFY(row >= 0);
        QVERIFY(server.setActive(id, true));
        directory.refresh(id);
        QTRY_VERIFY(store->account(row).isActive);

        SandboxFaults faults;
        faults.dropRate = 1.0;
        server.setFaults(faults);
        QSignalSpy succeeded(&directory, &AccountDirectory::actionSucceeded);
        QSignalSpy failed(&directory, &AccountDirectory::actionFailed);
        QVERIFY(directory.setActive(id, false));
        QTRY_COMPARE(succeeded.size() + failed.size(), 1);

        const bool serverState = server.isActive(id).value();
        QCOMPARE(store->account(row).isActive, serverState);
        QVERIFY(!store->isPending(row));
        if (succeeded.size() == 1) {
            QVERIFY(!serverState);
            QVERIFY(!store->hasFailed(row));
        } else {
            QVERIFY(serverState);
            QVERIFY(store->hasFailed(row));
            QVERIFY(failed.at(0).at(2).value<ApiError>().isOutcomeUnknown());
        }
    }
}

void TestAccountDirectory::anUnknownOutcomeIsSettledByTheServersAnswer_data()
{
    QTest::addColumn<bool>("serverActed");
    QTest::newRow("the server acted before the connection died") << true;
    QTest::newRow("the server never saw the request") << false;
}

void TestAccountDirectory::anUnknownOutcomeIsSettledByTheServersAnswer()
{
    QFETCH(bool, serverActed);
    Account account = AccountFactory::account(AccountKind::Organization, 77, true);
    CannedHttpServer canned;
    int posts = 0;
    // Every POST dies without an answer; GETs say what the server holds.
    canned.setHandler([&](const CannedHttpServer::Request &request) -> std::optional<CannedHttpServer::Response> {
        if (request.method == "POST") {
            ++posts;
            if (serverActed)
                account.isActive = false;
            return std::nullopt;
        }
        const QByteArray body = request.target.startsWith("/v1/orgs?")
            ? AccountFactory::pageJson(AccountKind::Organization, { account }, false, QString())
            : QJsonDocument(AccountFactory::json(account)).toJson();
        return CannedHttpServer::Response { 200, body, "application/json", {} };
    });
    ConnectionSettings settings = m_sandbox->settings();
    settings.baseUrl = canned.baseUrl();
    settings.maxRetries = 1;
    const auto client = m_sandbox->makeClient(settings);
    AccountDirectory directory(client.get(), AccountKind::Organization);
    loadAll(directory);
    AccountStore *store = directory.store();
    QCOMPARE(store->size(), 1);

    QSignalSpy succeeded(&directory, &AccountDirectory::actionSucceeded);
    QSignalSpy failed(&directory, &AccountDirectory::actionFailed);
    QVERIFY(directory.setActive(account.id, false));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size() + failed.size(), 1, 20'000);
    QVERIFY(posts >= 2); // the first try and one retry (Qt may resend each once more itself)
    QCOMPARE(canned.requests().last().method, "GET"_ba);
    QCOMPARE(store->account(0).isActive, !serverActed);
    QVERIFY(!store->isPending(0));
    QCOMPARE(store->hasFailed(0), !serverActed);
    if (serverActed) {
        QCOMPARE(succeeded.at(0).at(1).toBool(), false);
    } else {
        const ApiError error = failed.at(0).at(2).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Connection);
        QCOMPARE(error.attempts, 2);
    }
}

void TestAccountDirectory::anAnswerForAnotherAccountNeverTouchesTheStore()
{
    const Account asked = AccountFactory::account(AccountKind::ExpressCustomer, 1, true);
    const Account other = AccountFactory::account(AccountKind::ExpressCustomer, 2, false);
    CannedHttpServer canned;
    canned.enqueue({ 200, AccountFactory::pageJson(AccountKind::ExpressCustomer, { asked }, false, QString()),
        "application/json", {} });
    const QByteArray otherJson = QJsonDocument(AccountFactory::json(other)).toJson();
    canned.enqueue({ 200, otherJson, "application/json", {} }); // the deactivate
    canned.enqueue({ 200, otherJson, "application/json", {} }); // the check that follows
    ConnectionSettings settings = m_sandbox->settings();
    settings.baseUrl = canned.baseUrl();
    const auto client = m_sandbox->makeClient(settings);
    AccountDirectory directory(client.get(), AccountKind::ExpressCustomer);
    loadAll(directory);
    AccountStore *store = directory.store();
    QCOMPARE(store->size(), 1);
    QCOMPARE(store->account(0), asked);

    QSignalSpy failed(&directory, &AccountDirectory::actionFailed);
    QSignalSpy changed(store, &AccountStore::rowChanged);
    QSignalSpy appended(store, &AccountStore::rowsAppended);
    QVERIFY(directory.setActive(asked.id, false));
    QVERIFY(failed.wait());
    const ApiError error = failed.at(0).at(2).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(error.message.contains(other.id), qPrintable(error.message));
    QCOMPARE(store->size(), 1);
    QCOMPARE(store->account(0), asked);
    QCOMPARE(appended.size(), 0);
    QVERIFY(store->hasFailed(0));
    QVERIFY(!store->isPending(0));
    QCOMPARE(canned.requests().size(), 3);
    QCOMPARE(canned.requests().at(2).method, "GET"_ba);
}

void TestAccountDirectory::refreshStoresOneAccountLoadedOrNot()
{
    SandboxServer &server = m_sandbox->server();
    AccountDirectory directory(m_client.get(), AccountKind::Organization);
    loadAll(directory);
    AccountStore *store = directory.store();
    const QString id = server.accountIds(SandboxKind::Organization).at(7);
    const bool was = server.isActive(id).value();
    QVERIFY(server.setActive(id, !was)); // behind the console's back
    const qsizetype row = store->rowOf(id);
    QVERIFY(row >= 0);
    QSignalSpy changed(store, &AccountStore::rowChanged);
    directory.refresh(id);
    QTRY_COMPARE(store->account(row).isActive, !was);
    QVERIFY(!changed.isEmpty());

    const QString created = server.createAccount(SandboxKind::Organization, u"Opened in the dashboard"_s);
    QVERIFY(!created.isEmpty());
    QCOMPARE(store->rowOf(created), -1);
    directory.refresh(created);
    QTRY_VERIFY(store->rowOf(created) >= 0);
    QCOMPARE(store->size(), accountsPerKind + 1);
    QCOMPARE(store->account(store->rowOf(created)).name, u"Opened in the dashboard"_s);
}

void TestAccountDirectory::refreshOfAnUnknownAccountFails()
{
    AccountDirectory directory(m_client.get(), AccountKind::ExpressCustomer);
    QSignalSpy refreshFailed(&directory, &AccountDirectory::refreshFailed);
    const QString unknown = AccountFactory::id(AccountKind::ExpressCustomer, 0xabc);
    directory.refresh(unknown);
    directory.refresh(u"not-an-id"_s);
    QTRY_COMPARE(refreshFailed.size(), 2);
    QCOMPARE(directory.store()->size(), 0);
    QList<ApiError::Kind> kinds;
    for (const auto &arguments : refreshFailed)
        kinds.append(arguments.at(1).value<ApiError>().kind);
    QVERIFY(kinds.contains(ApiError::Kind::NotFound));
    QVERIFY(kinds.contains(ApiError::Kind::InvalidId));
}

void TestAccountDirectory::a401AsksForAuthentication()
{
    ConnectionSettings settings = m_sandbox->settings();
    const QString goodKey = settings.apiKey;
    settings.apiKey = u"expired"_s;
    const auto client = m_sandbox->makeClient(settings);
    AccountDirectory directory(client.get(), AccountKind::ExpressCustomer);
    QSignalSpy authentication(&directory, &AccountDirectory::authenticationRequired);
    QSignalSpy loadFailed(&directory, &AccountDirectory::loadFailed);
    directory.reload();
    QVERIFY(loadFailed.wait());
    QCOMPARE(loadFailed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Authentication);
    QCOMPARE(authentication.size(), 1);

    client->setApiKey(goodKey);
    loadAll(directory);
    QCOMPARE(directory.store()->size(), accountsPerKind);

    // A key revoked while the list is shown: the action fails and asks again.
    client->setApiKey(u"revoked"_s);
    const QString id = directory.store()->id(0);
    const Account before = directory.store()->account(0);
    QSignalSpy actionFailed(&directory, &AccountDirectory::actionFailed);
    QVERIFY(directory.setActive(id, !before.isActive));
    QVERIFY(actionFailed.wait());
    QCOMPARE(authentication.size(), 2);
    QCOMPARE(directory.store()->account(0), before);
}

void TestAccountDirectory::aReloadThatFailsAtOnceKeepsTheRowsItHad()
{
    const auto client = m_sandbox->makeClient();
    AccountDirectory directory(client.get(), AccountKind::Organization);
    loadAll(directory);
    const qsizetype loaded = directory.store()->size();
    QVERIFY(loaded >= accountsPerKind);
    const Account first = directory.store()->account(0);

    client->setApiKey(u"revoked"_s);
    QSignalSpy loadFailed(&directory, &AccountDirectory::loadFailed);
    QSignalSpy reset(directory.store(), &AccountStore::wasReset);
    directory.reload();
    QVERIFY(loadFailed.wait());
    QCOMPARE(directory.store()->size(), loaded);
    QCOMPARE(directory.store()->account(0), first);
    QCOMPARE(reset.size(), 0);

    // The next reload that gets its first page replaces them, once.
    client->setApiKey(m_sandbox->settings().apiKey);
    loadAll(directory);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(directory.store()->size(), loaded);
}

void TestAccountDirectory::aServerWithoutOrganizationsIsUnavailable()
{
    SandboxOptions options;
    options.customers = 2;
    options.organizationsEnabled = false;
    SandboxFixture sandbox(options);
    const auto client = sandbox.makeClient();
    AccountDirectory directory(client.get(), AccountKind::Organization);
    QSignalSpy unavailable(&directory, &AccountDirectory::unavailable);
    QSignalSpy loadFailed(&directory, &AccountDirectory::loadFailed);
    directory.reload();
    QVERIFY(unavailable.wait());
    QVERIFY(!directory.isAvailable());
    QVERIFY(!directory.isLoading());
    QCOMPARE(loadFailed.size(), 0);
    QCOMPARE(directory.store()->size(), 0);
}

void TestAccountDirectory::cancelLoadingKeepsTheRowsSoFar()
{
    AccountDirectory directory(m_client.get(), AccountKind::ExpressCustomer);
    QSignalSpy loadFailed(&directory, &AccountDirectory::loadFailed);
    QSignalSpy finished(&directory, &AccountDirectory::loadFinished);
    connect(&directory, &AccountDirectory::loadProgress, this, [&directory](qsizetype loaded) {
        if (loaded == 100)
            directory.cancelLoading();
    });
    directory.reload();
    QTRY_COMPARE(loadFailed.size(), 1);
    QCOMPARE(loadFailed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QCOMPARE(directory.store()->size(), 100);
    QVERIFY(!directory.isLoading());
    QCOMPARE(finished.size(), 0);
    QVERIFY(!directory.lastLoadedAt().isValid());
}

QTEST_GUILESS_MAIN(TestAccountDirectory)
#include "tst_accountdirectory.moc"
