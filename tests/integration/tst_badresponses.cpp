// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>
#include <memory>
#include <optional>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"
#include "tests/testkit/accountfactory.h"
#include "tests/testkit/cannedhttpserver.h"

using namespace Qt::StringLiterals;

namespace
{
// Small, so a body over it is cheap to make; one page of one account fits easily.
constexpr qint64 sizeCap = 4096;

// The ways a server (or whatever answers in its place) can get a 200 wrong.
enum class BadAnswer
{
    HtmlPage,
    TruncatedJson,
    MalformedJson,
    AnotherAccount,
    OverTheSizeCap,
    MissingRequiredField,
    EmptyBody,
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The answer for `bad`, standing in for `good`: one account, or a list page holding it.
CannedHttpServer::Response badResponse(BadAnswer bad, const Account &good, bool isPage)
{
    const auto wrap = [&](const QByteArray &account) {
        return isPage ? "{\"expressCustomers\":[" + account + "],\"hasMore\":false}" : account;
    };
    const QByteArray goodJson = wrap(compact(AccountFactory::json(good)));
    CannedHttpServer::Response response;
    switch (bad) {
    case BadAnswer::HtmlPage:
        // A captive portal or a misconfigured proxy: 200, but not the API.
        response.contentType = "text/html; charset=utf-8";
        response.body = "<html><body><h1>Welcome to nginx!</h1></body></html>";
        break;
    case BadAnswer::TruncatedJson:
        response.body = goodJson.left(goodJson.size() / 2);
        break;
    case BadAnswer::MalformedJson:
        response.body = goodJson;
        response.body.replace(":", "=");
        break;
    case BadAnswer::AnotherAccount:
        response.body = wrap(compact(AccountFactory::json(AccountFactory::account(good.kind, 0xbad, !good.isActive))));
        break;
    case BadAnswer::OverTheSizeCap:
        // Valid JSON: only its size is wrong.
        response.body = goodJson + QByteArray(3 * sizeCap, ' ');
        break;
    case BadAnswer::MissingRequiredField: {
        QJsonObject account = AccountFactory::json(good);
        account.remove(u"isActive"_s);
        response.body = wrap(compact(account));
        break;
    }
    case BadAnswer::EmptyBody:
        break;
    }
    return response;
}

// The rows shared by the tests: the bad answer, the error kind it must become and words
// the error's message must hold, so the user (and a bug report) learns what was wrong.
void addBadAnswerRows(bool isPage)
{
    QTest::addColumn<BadAnswer>("bad");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("an HTML page with status 200")
        << BadAnswer::HtmlPage << ApiError::Kind::InvalidResponse << u"text/html"_s;
    QTest::newRow("JSON cut off halfway") << BadAnswer::TruncatedJson << ApiError::Kind::InvalidResponse << u"JSON"_s;
    QTest::newRow("text that is not JSON") << BadAnswer::MalformedJson << ApiError::Kind::InvalidResponse << u"JSON"_s;
    if (!isPage)
        QTest::newRow("another account than the one asked for")
            << BadAnswer::AnotherAccount << ApiError::Kind::InvalidResponse
            << AccountFactory::id(AccountKind::ExpressCustomer, 0xbad);
    QTest::newRow("a body over the size cap")
        << BadAnswer::OverTheSizeCap << ApiError::Kind::ResponseTooLarge << QString::number(sizeCap);
    QTest::newRow("an account without isActive")
        << BadAnswer::MissingRequiredField << ApiError::Kind::InvalidResponse << u"isActive"_s;
    QTest::newRow("an empty body") << BadAnswer::EmptyBody << ApiError::Kind::InvalidResponse << u"empty"_s;
}

void verifyError(const ApiError &error, ApiError::Kind kind, const QString &expectedWords)
{
    QCOMPARE(error.kind, kind);
    QVERIFY(!error.retryable);
    QVERIFY2(error.message.contains(expectedWords), qPrintable(error.message));
    QVERIFY(!error.summary().isEmpty());
    QVERIFY(!error.advice().isEmpty());
}
} // namespace

Q_DECLARE_METATYPE(BadAnswer)

// Answers that are not what the API promises, through the whole stack the UI uses
// (AccountDirectory, ApiClient, the page reader): each must become a clear error, and
// must never change what a row shows.
class TestBadResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBadAnswerToARefreshLeavesTheRowAsItWas_data() { addBadAnswerRows(false); }
    void aBadAnswerToARefreshLeavesTheRowAsItWas();
    void aBadAnswerToAnActionLeavesTheRowAsTheServerHasIt_data() { addBadAnswerRows(false); }
    void aBadAnswerToAnActionLeavesTheRowAsTheServerHasIt();
    void aBadFirstPageFailsTheLoadAndSaysWhy_data() { addBadAnswerRows(true); }
    void aBadFirstPageFailsTheLoadAndSaysWhy();

private:
    // A directory over a canned server that has listed `account`; the server then answers
    // as `answer` says. The client's size cap is sizeCap.
    struct Setup
    {
        std::unique_ptr<CannedHttpServer> server;
        std::unique_ptr<ApiClient> client;
        std::unique_ptr<AccountDirectory> directory;
    };
    static Setup loaded(
        const Account &account, std::function<CannedHttpServer::Response(const CannedHttpServer::Request &)> answer);
};

TestBadResponses::Setup TestBadResponses::loaded(
    const Account &account, std::function<CannedHttpServer::Response(const CannedHttpServer::Request &)> answer)
{
    Setup setup;
    setup.server = std::make_unique<CannedHttpServer>();
    setup.server->setHandler(
        [account, answer](const CannedHttpServer::Request &request) -> std::optional<CannedHttpServer::Response> {
            if (request.method == "GET" && request.target.startsWith("/v1/express?"))
                return CannedHttpServer::Response { 200,
                    AccountFactory::pageJson(account.kind, { account }, false, QString()), "application/json", {} };
            return answer(request);
        });
    ConnectionSettings settings;
    settings.baseUrl = setup.server->baseUrl();
    settings.apiKey = u"bad-responses-key"_s;
    settings.timeout = std::chrono::seconds(10);
    settings.maxResponseBytes = sizeCap;
    setup.client = std::make_unique<ApiClient>(settings);
    setup.directory = std::make_unique<AccountDirectory>(setup.client.get(), account.kind);
    QSignalSpy finished(setup.directory.get(), &AccountDirectory::loadFinished);
    setup.directory->reload();
    if (!finished.wait(10'000) || setup.directory->store()->size() != 1)
        return {};
    return setup;
}

void TestBadResponses::aBadAnswerToARefreshLeavesTheRowAsItWas()
{
    QFETCH(BadAnswer, bad);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, expectedWords);
    const Account account = AccountFactory::account(AccountKind::ExpressCustomer, 1, true);
    const Setup setup
        = loaded(account, [&](const CannedHttpServer::Request &) { return badResponse(bad, account, false); });
    QVERIFY(setup.directory);
    AccountStore *store = setup.directory->store();
    QCOMPARE(store->account(0), account);

    QSignalSpy failed(setup.directory.get(), &AccountDirectory::refreshFailed);
    QSignalSpy changed(store, &AccountStore::rowChanged);
    QSignalSpy appended(store, &AccountStore::rowsAppended);
    setup.directory->refresh(account.id);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), account.id);
    verifyError(failed.at(0).at(1).value<ApiError>(), kind, expectedWords);

    QCOMPARE(store->size(), 1);
    QCOMPARE(store->account(0), account);
    QVERIFY(!store->isPending(0));
    QVERIFY(!store->hasFailed(0)); // a failed read is not a failed change
    QCOMPARE(changed.size(), 0);
    QCOMPARE(appended.size(), 0);
    QCOMPARE(setup.server->requests().size(), 2); // the list, then one GET: nothing retried
}

void TestBadResponses::aBadAnswerToAnActionLeavesTheRowAsTheServerHasIt()
{
    QFETCH(BadAnswer, bad);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, expectedWords);
    const Account account = AccountFactory::account(AccountKind::ExpressCustomer, 2, true);
    // The deactivation gets the bad answer; a GET afterwards says the account is unchanged.
    const Setup setup = loaded(account, [&](const CannedHttpServer::Request &request) {
        if (request.method == "POST")
            return badResponse(bad, account, false);
        return CannedHttpServer::Response { 200, compact(AccountFactory::json(account)), "application/json", {} };
    });
    QVERIFY(setup.directory);
    AccountDirectory &directory = *setup.directory;
    AccountStore *store = directory.store();

    QSignalSpy failed(&directory, &AccountDirectory::actionFailed);
    QSignalSpy succeeded(&directory, &AccountDirectory::actionSucceeded);
    QVERIFY(directory.setActive(account.id, false));
    QVERIFY(store->isPending(0));
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(failed.at(0).at(0).toString(), account.id);
    QCOMPARE(failed.at(0).at(1).toBool(), false);
    verifyError(failed.at(0).at(2).value<ApiError>(), kind, expectedWords);

    QCOMPARE(store->size(), 1);
    QCOMPARE(store->account(0), account);
    QVERIFY(!store->isPending(0));
    QVERIFY(!directory.isActionPending(account.id));
    QVERIFY(store->hasFailed(0));

    // The server may have acted on a request whose answer the console cannot read (or
    // would not take in): the directory asks it before it shows anything.
    const QList<CannedHttpServer::Request> &requests = setup.server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).method, "POST"_ba);
    QCOMPARE(requests.at(2).method, "GET"_ba);
    QCOMPARE(requests.at(2).target, "/v1/express/" + account.id.toUtf8());
}

void TestBadResponses::aBadFirstPageFailsTheLoadAndSaysWhy()
{
    QFETCH(BadAnswer, bad);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, expectedWords);
    const Account account = AccountFactory::account(AccountKind::ExpressCustomer, 3, true);
    CannedHttpServer server;
    server.enqueue(badResponse(bad, account, true));
    ConnectionSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.apiKey = u"bad-responses-key"_s;
    settings.maxResponseBytes = sizeCap;
    ApiClient client(settings);
    AccountDirectory directory(&client, AccountKind::ExpressCustomer);
    QSignalSpy failed(&directory, &AccountDirectory::loadFailed);
    QSignalSpy finished(&directory, &AccountDirectory::loadFinished);
    directory.reload();
    QVERIFY(failed.wait(10'000));
    QCOMPARE(finished.size(), 0);
    verifyError(failed.at(0).at(0).value<ApiError>(), kind, expectedWords);
    QVERIFY(!directory.isLoading());
    QCOMPARE(directory.store()->size(), 0);
    QCOMPARE(server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestBadResponses)
#include "tst_badresponses.moc"
