// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;

namespace
{

const QString customersPath = u"/v1/express"_s;
const QString orgsPath = u"/v1/orgs"_s;
const QString unknownCustomer = u"cus_0123456789abcdef0123456789abcdef"_s;

SandboxOptions options(int customers, int organizations = 0)
{
    SandboxOptions result;
    result.customers = customers;
    result.organizations = organizations;
    return result;
}

QString encoded(const QByteArray &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(value)));
}

// Lists every account of a collection with pages of `limit`, calling `betweenPages` after
// each page; the ids in the order they came, each page's reply checked on the way.
QStringList listAll(SandboxTestClient &client, const QString &path, const QString &listField, int limit,
    const std::function<void(int page)> &betweenPages = {}, int *pages = nullptr)
{
    QStringList ids;
    QByteArray cursor;
    int page = 0;
    for (;;) {
        QString query = u"limit="_s + QString::number(limit);
        if (!cursor.isEmpty())
            query += u"&cursor="_s + encoded(cursor);
        const SandboxTestClient::Reply reply = client.get(path, query);
        if (reply.status != 200) {
            qWarning("page %d answered %d: %s", page, reply.status, reply.body.constData());
            return {};
        }
        const QJsonObject object = reply.object();
        const QJsonArray items = object.value(listField).toArray();
        const bool hasMore = object.value(u"hasMore"_s).toBool();
        for (const QJsonValue item : items)
            ids.append(item[listField == u"organizations"_s ? u"orgId"_s : u"expressCustomerId"_s].toString());
        ++page;
        // A cursor comes exactly when there is more.
        if (hasMore != object.contains(u"cursor"_s)) {
            qWarning("hasMore and cursor disagree on page %d", page);
            return {};
        }
        if (!hasMore)
            break;
        cursor = object.value(u"cursor"_s).toString().toUtf8();
        if (betweenPages)
            betweenPages(page);
    }
    if (pages)
        *pages = page;
    return ids;
}

QString firstActiveCustomer(const SandboxServer &server)
{
    const QStringList ids = server.accountIds(SandboxKind::ExpressCustomer);
    for (const QString &id : ids) {
        if (server.isActive(id) == true)
            return id;
    }
    return {};
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authentication_data();
    void authentication();
    void everyAnswerIsJson();
    void listsEveryAccountExactlyOnce();
    void listDefaultsToPagesOf100();
    void cursorsNeedPercentEncoding();
    void invalidListParameters_data();
    void invalidListParameters();
    void retrieve_data();
    void retrieve();
    void deactivateAndReactivate();
    void actionBodies_data();
    void actionBodies();
    void actionsOnUnknownAccounts();
    void createValidation_data();
    void createValidation();
    void createReturnsTheNewAccount();
    void updateValidation_data();
    void updateValidation();
    void updateChangesNameAndMetadata();
    void routing_data();
    void routing();
    void organizations();
    void organizationsDisabled();
    void listingStaysConsistentWhileAccountsChange();
    void accountsMatchTheContract();
    void seedsAreDeterministic();
    void hostileSeedIsValidJson();
    void changesBehindTheApisBack();
    void countsRequests();
};

void TestSandboxServer::authentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("a request without a key is refused") << QByteArray() << customersPath << 401;
    QTest::newRow("a wrong key is refused") << QByteArray("Bearer wrong-key") << customersPath << 401;
    QTest::newRow("a key that only starts right is refused")
        << QByteArray("Bearer sandbox-key-2") << customersPath << 401;
    QTest::newRow("the key in another scheme is refused") << QByteArray("Basic sandbox-key") << customersPath << 401;
    QTest::newRow("a bare key is refused") << QByteArray("sandbox-key") << customersPath << 401;
    QTest::newRow("an unknown path without a key is refused") << QByteArray() << u"/v1/nothing"_s << 401;
    QTest::newRow("the right key is accepted") << QByteArray("Bearer sandbox-key") << customersPath << 200;
    QTest::newRow("the scheme is case-insensitive") << QByteArray("bearer sandbox-key") << customersPath << 200;
}

void TestSandboxServer::authentication()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, path);
    QFETCH(int, status);

    SandboxServer server(options(3));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const auto reply = client.send("GET", path, {}, {}, {}, authorization);
    QCOMPARE(reply.status, status);
    if (status == 401)
        QVERIFY(!reply.message().isEmpty());
}

void TestSandboxServer::everyAnswerIsJson()
{
    SandboxServer server(options(3));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QList<SandboxTestClient::Reply> replies = {
        client.get(customersPath),
        client.get(u"/nowhere"_s),
        client.get(customersPath + u"/cus_nothex"_s),
        client.send("DELETE", customersPath),
        client.send("GET", customersPath, {}, {}, {}, QByteArray()),
    };
    for (const auto &reply : replies) {
        QVERIFY(reply.finished);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
}

void TestSandboxServer::listsEveryAccountExactlyOnce()
{
    SandboxServer server(options(1234));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());

    int pages = 0;
    const QStringList ids = listAll(client, customersPath, u"expressCustomers"_s, 100, {}, &pages);
    QCOMPARE(pages, 13);
    QCOMPARE(ids.size(), 1234);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 1234);
    QCOMPARE(ids, server.accountIds(SandboxKind::ExpressCustomer));

    // The last page holds the remaining 34, says there is no more, and carries no cursor.
    const QByteArray lastCursor = client.get(customersPath, u"limit=100"_s).object()[u"cursor"_s].toString().toUtf8();
    QVERIFY(!lastCursor.isEmpty());
    QByteArray cursor;
    SandboxTestClient::Reply page;
    for (int i = 0; i < 13; ++i) {
        QString query = u"limit=100"_s;
        if (!cursor.isEmpty())
            query += u"&cursor="_s + encoded(cursor);
        page = client.get(customersPath, query);
        cursor = page.object()[u"cursor"_s].toString().toUtf8();
    }
    QCOMPARE(page.object()[u"expressCustomers"_s].toArray().size(), 34);
    QCOMPARE(page.object()[u"hasMore"_s].toBool(true), false);
    QVERIFY(!page.object().contains(u"cursor"_s));
}

void TestSandboxServer::listDefaultsToPagesOf100()
{
    SandboxServer server(options(150));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const auto reply = client.get(customersPath);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object()[u"expressCustomers"_s].toArray().size(), 100);
    QCOMPARE(reply.object()[u"hasMore"_s].toBool(), true);
    QCOMPARE(client.get(customersPath, u"limit=1"_s).object()[u"expressCustomers"_s].toArray().size(), 1);

    SandboxServer empty(options(0));
    QVERIFY(empty.listen() != 0);
    SandboxTestClient emptyClient(empty.baseUrl());
    const auto none = emptyClient.get(customersPath);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.object()[u"expressCustomers"_s].toArray().size(), 0);
    QCOMPARE(none.object()[u"hasMore"_s].toBool(true), false);
}

void TestSandboxServer::cursorsNeedPercentEncoding()
{
    SandboxServer server(options(10));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QByteArray cursor = client.get(customersPath, u"limit=2"_s).object()[u"cursor"_s].toString().toUtf8();

    // Standard base64 with the characters a careless client gets wrong.
    QVERIFY(cursor.contains('+'));
    QVERIFY(cursor.contains('/'));
    QVERIFY(cursor.endsWith('='));
    QCOMPARE(client.get(customersPath, u"limit=2&cursor="_s + encoded(cursor)).status, 200);
    // Unencoded, '+' reads as a space, as on any server that decodes query strings as forms.
    QCOMPARE(client.get(customersPath, u"limit=2&cursor="_s + QString::fromLatin1(cursor)).status, 400);
}

void TestSandboxServer::invalidListParameters_data()
{
    QTest::addColumn<QString>("query");

    QTest::newRow("a limit of 0 is refused") << u"limit=0"_s;
    QTest::newRow("a limit of 101 is refused") << u"limit=101"_s;
    QTest::newRow("a limit that is not a number is refused") << u"limit=abc"_s;
    QTest::newRow("a negative limit is refused") << u"limit=-1"_s;
    QTest::newRow("a fractional limit is refused") << u"limit=1.5"_s;
    QTest::newRow("an empty limit is refused") << u"limit="_s;
    QTest::newRow("a cursor that is not base64 is refused") << u"cursor=not-a-cursor"_s;
    QTest::newRow("a cursor in the URL-safe alphabet is refused") << u"cursor=--__YwAAAALCdX0%3D"_s;
    QTest::newRow("a cursor without its padding is refused") << u"cursor=%2B%2B%2F%2FYwAAAALCdX0"_s;
    QTest::newRow("an edited cursor is refused") << u"cursor=%2B%2B%2F%2FYwAAAALCdX1%3D"_s;
    QTest::newRow("a cursor of the organizations list is refused") << u"cursor=ORGCURSOR"_s;
    QTest::newRow("a cursor beyond the end is refused") << u"cursor=FARCURSOR"_s;
}

void TestSandboxServer::invalidListParameters()
{
    QFETCH(QString, query);

    SandboxServer server(options(10, 10));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QByteArray orgCursor = client.get(orgsPath, u"limit=2"_s).object()[u"cursor"_s].toString().toUtf8();
    QVERIFY(!orgCursor.isEmpty());
    query.replace(u"ORGCURSOR"_s, encoded(orgCursor));
    // A genuine cursor of a larger server points past the end of this one.
    SandboxServer larger(options(300));
    QVERIFY(larger.listen() != 0);
    SandboxTestClient largerClient(larger.baseUrl());
    const QByteArray farCursor
        = largerClient.get(customersPath, u"limit=100"_s).object()[u"cursor"_s].toString().toUtf8();
    query.replace(u"FARCURSOR"_s, encoded(farCursor));

    const auto reply = client.get(customersPath, query);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.message().isEmpty());
}

void TestSandboxServer::retrieve_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");

    QTest::newRow("a seeded account is found") << u"SEEDED"_s << 200;
    QTest::newRow("an unknown well-formed id is not found") << unknownCustomer << 404;
    QTest::newRow("upper-case hex is a bad request") << u"cus_0123456789ABCDEF0123456789abcdef"_s << 400;
    QTest::newRow("a short id is a bad request") << u"cus_0123456789abcdef"_s << 400;
    QTest::newRow("an organization id on the customers path is a bad request")
        << u"org_0123456789abcdef0123456789abcdef"_s << 400;
    QTest::newRow("an encoded path separator is a bad request") << u"cus_0123456789abcdef%2F..%2F456789abcdef"_s << 400;
}

void TestSandboxServer::retrieve()
{
    QFETCH(QString, id);
    QFETCH(int, status);

    SandboxServer server(options(5));
    QVERIFY(server.listen() != 0);
    if (id == u"SEEDED"_s)
        id = server.accountIds(SandboxKind::ExpressCustomer).at(3);
    SandboxTestClient client(server.baseUrl());
    const auto reply = client.get(customersPath + u'/' + id);
    QCOMPARE(reply.status, status);
    if (status == 200)
        QCOMPARE(reply.body, server.accountJson(id));
    else
        QVERIFY(!reply.message().isEmpty());
}

void TestSandboxServer::deactivateAndReactivate()
{
    SandboxServer server(options(50));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = firstActiveCustomer(server);
    QVERIFY(!id.isEmpty());
    const QJsonObject before = client.get(customersPath + u'/' + id).object();

    const auto deactivated = client.post(customersPath + u'/' + id + u"/deactivate"_s);
    QCOMPARE(deactivated.status, 200);
    QCOMPARE(deactivated.object()[u"expressCustomerId"_s].toString(), id);
    QCOMPARE(deactivated.object()[u"isActive"_s].toBool(true), false);
    QVERIFY(deactivated.object()[u"updatedAt"_s].toString() > before[u"updatedAt"_s].toString());
    QCOMPARE(deactivated.object()[u"createdAt"_s].toString(), before[u"createdAt"_s].toString());
    QCOMPARE(server.isActive(id).value_or(true), false);
    QCOMPARE(deactivated.body, server.accountJson(id));

    // Idempotent: asking again leaves the account as it is, updatedAt included.
    const auto again = client.post(customersPath + u'/' + id + u"/deactivate"_s);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, deactivated.body);

    const auto reactivated = client.post(customersPath + u'/' + id + u"/reactivate"_s);
    QCOMPARE(reactivated.status, 200);
    QCOMPARE(reactivated.object()[u"isActive"_s].toBool(), true);
    QVERIFY(reactivated.object()[u"updatedAt"_s].toString() >= deactivated.object()[u"updatedAt"_s].toString());
    QCOMPARE(server.isActive(id).value_or(false), true);
    QCOMPARE(client.get(customersPath + u'/' + id).body, reactivated.body);
}

void TestSandboxServer::actionBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("no body and no content type are accepted") << QByteArray() << QByteArray();
    QTest::newRow("an empty body labelled JSON is accepted") << QByteArray() << QByteArray("application/json");
    QTest::newRow("an empty JSON object is accepted") << QByteArray("{}") << QByteArray("application/json");
}

void TestSandboxServer::actionBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);

    SandboxServer server(options(20));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = firstActiveCustomer(server);
    const auto reply = client.post(customersPath + u'/' + id + u"/deactivate"_s, body, contentType);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object()[u"isActive"_s].toBool(true), false);
}

void TestSandboxServer::actionsOnUnknownAccounts()
{
    SandboxServer server(options(2));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(client.post(customersPath + u'/' + unknownCustomer + u"/deactivate"_s).status, 404);
    QCOMPARE(client.post(customersPath + u"/cus_xyz/reactivate"_s).status, 400);
    QCOMPARE(client.patchJson(customersPath + u'/' + unknownCustomer, "{\"expressCustomerName\":\"x\"}").status, 404);
}

void TestSandboxServer::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    const QByteArray name = "\"expressCustomerName\":\"Harbor Clinic\"";
    auto withMetadata = [&](int pairs, int keyLength, int valueLength) -> QByteArray {
        QByteArray body = "{" + name + ",\"metadata\":{";
        for (int i = 0; i < pairs; ++i) {
            if (i > 0)
                body += ',';
            const QByteArray key = QByteArray::number(i).rightJustified(keyLength, 'k');
            body += '"' + key + "\":\"" + QByteArray(valueLength, 'v') + '"';
        }
        return body + "}}";
    };
    QTest::newRow("a name alone is enough") << QByteArray("{" + name + "}") << 200;
    QTest::newRow("50 pairs, 100-character keys and 1000-character values are the limits")
        << withMetadata(50, 100, 1000) << 200;
    QTest::newRow("1000 non-ASCII characters are 1000 characters, not bytes")
        << QByteArray("{" + name + ",\"metadata\":{\"k\":\"" + QString(1000, QChar(0xe9)).toUtf8() + "\"}}") << 200;
    QTest::newRow("null metadata means none") << QByteArray("{" + name + ",\"metadata\":null}") << 200;
    QTest::newRow("a missing name is a bad request") << QByteArray("{\"metadata\":{}}") << 400;
    QTest::newRow("a numeric name is a bad request") << QByteArray("{\"expressCustomerName\":42}") << 400;
    QTest::newRow("a null name is a bad request") << QByteArray("{\"expressCustomerName\":null}") << 400;
    QTest::newRow("an empty name is unprocessable") << QByteArray("{\"expressCustomerName\":\"\"}") << 422;
    QTest::newRow("metadata as an array is a bad request") << QByteArray("{" + name + ",\"metadata\":[]}") << 400;
    QTest::newRow("a numeric metadata value is a bad request")
        << QByteArray("{" + name + ",\"metadata\":{\"a\":1}}") << 400;
    QTest::newRow("51 pairs are unprocessable") << withMetadata(51, 3, 1) << 422;
    QTest::newRow("a 101-character key is unprocessable") << withMetadata(1, 101, 1) << 422;
    QTest::newRow("a 1001-character value is unprocessable") << withMetadata(1, 3, 1001) << 422;
    QTest::newRow("an empty key is unprocessable") << QByteArray("{" + name + ",\"metadata\":{\"\":\"x\"}}") << 422;
    QTest::newRow("malformed JSON is a bad request") << QByteArray("{\"expressCustomerName\":") << 400;
    QTest::newRow("a JSON array is a bad request") << QByteArray("[]") << 400;
    QTest::newRow("an empty body is a bad request") << QByteArray() << 400;
}

void TestSandboxServer::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);

    SandboxServer server(options(1));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const auto reply = client.postJson(customersPath, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(server.accountCount(SandboxKind::ExpressCustomer), status == 200 ? 2 : 1);
    if (status != 200)
        QVERIFY(!reply.message().isEmpty());
}

void TestSandboxServer::createReturnsTheNewAccount()
{
    SandboxServer server(options(3));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const auto reply = client.postJson(customersPath,
        u"{\"expressCustomerName\":\"Bayview Clinic \u2013 MRI\",\"metadata\":{\"tier\":\"gold\"}}"_s.toUtf8());
    QCOMPARE(reply.status, 200);
    const QJsonObject account = reply.object();
    const QString id = account[u"expressCustomerId"_s].toString();
    QVERIFY(QRegularExpression(u"^cus_[0-9a-f]{32}$"_s).match(id).hasMatch());
    QCOMPARE(account[u"expressCustomerName"_s].toString(), u"Bayview Clinic \u2013 MRI"_s);
    QCOMPARE(account[u"isActive"_s].toBool(), true);
    QCOMPARE(account[u"userCount"_s].toInt(-1), 0);
    QCOMPARE(account[u"createdAt"_s], account[u"updatedAt"_s]);
    QCOMPARE(account[u"createdByApiKeyId"_s].toString(), server.apiKeyId());
    QVERIFY(account.contains(u"createdByUserId"_s));
    QVERIFY(account[u"createdByUserId"_s].isNull());
    QCOMPARE(account[u"metadata"_s].toObject(), QJsonObject({ { u"tier"_s, u"gold"_s } }));
    // The new account is last in the list and can be fetched.
    QCOMPARE(server.accountIds(SandboxKind::ExpressCustomer).constLast(), id);
    QCOMPARE(client.get(customersPath + u'/' + id).body, reply.body);

    const auto plain = client.postJson(customersPath, "{\"expressCustomerName\":\"Plain\"}");
    QVERIFY(!plain.object().contains(u"metadata"_s));
}

void TestSandboxServer::updateValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QByteArray pairs51 = "{\"metadata\":{";
    for (int i = 0; i < 51; ++i)
        pairs51 += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) + "\":\"v\"";
    pairs51 += "}}";
    QTest::newRow("an empty object changes nothing") << QByteArray("{}") << 200;
    QTest::newRow("a new name is accepted") << QByteArray("{\"expressCustomerName\":\"Renamed\"}") << 200;
    QTest::newRow("an empty name is unprocessable") << QByteArray("{\"expressCustomerName\":\"\"}") << 422;
    QTest::newRow("a null name is a bad request") << QByteArray("{\"expressCustomerName\":null}") << 400;
    QTest::newRow("a boolean name is a bad request") << QByteArray("{\"expressCustomerName\":true}") << 400;
    QTest::newRow("metadata as a string is a bad request") << QByteArray("{\"metadata\":\"a=b\"}") << 400;
    QTest::newRow("a nested metadata value is a bad request") << QByteArray("{\"metadata\":{\"a\":{}}}") << 400;
    QTest::newRow("51 pairs are unprocessable") << pairs51 << 422;
    QTest::newRow("a 101-character key is unprocessable")
        << QByteArray("{\"metadata\":{\"" + QByteArray(101, 'k') + "\":\"v\"}}") << 422;
    QTest::newRow("a 1001-character value is unprocessable")
        << QByteArray("{\"metadata\":{\"k\":\"" + QByteArray(1001, 'v') + "\"}}") << 422;
    QTest::newRow("malformed JSON is a bad request") << QByteArray("{metadata:null}") << 400;
}

void TestSandboxServer::updateValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);

    SandboxServer server(options(3));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = server.accountIds(SandboxKind::ExpressCustomer).at(1);
    const QByteArray before = server.accountJson(id);
    const auto reply = client.patchJson(customersPath + u'/' + id, body);
    QCOMPARE(reply.status, status);
    if (status != 200)
        QCOMPARE(server.accountJson(id), before);
    else
        QCOMPARE(reply.body, server.accountJson(id));
}

void TestSandboxServer::updateChangesNameAndMetadata()
{
    SandboxServer server(options(3));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString path = customersPath + u'/' + server.accountIds(SandboxKind::ExpressCustomer).at(0);
    const QJsonObject before = client.get(path).object();

    const auto renamed = client.patchJson(path, "{\"expressCustomerName\":\"Renamed\",\"metadata\":{\"a\":\"1\"}}");
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.object()[u"expressCustomerName"_s].toString(), u"Renamed"_s);
    QCOMPARE(renamed.object()[u"metadata"_s].toObject(), QJsonObject({ { u"a"_s, u"1"_s } }));
    QVERIFY(renamed.object()[u"updatedAt"_s].toString() > before[u"updatedAt"_s].toString());
    QCOMPARE(renamed.object()[u"isActive"_s].toBool(), before[u"isActive"_s].toBool());

    // Metadata alone keeps the name; null clears the metadata; {} leaves an empty object.
    const auto nameKept = client.patchJson(path, "{\"metadata\":{\"b\":\"2\"}}");
    QCOMPARE(nameKept.object()[u"expressCustomerName"_s].toString(), u"Renamed"_s);
    QCOMPARE(nameKept.object()[u"metadata"_s].toObject(), QJsonObject({ { u"b"_s, u"2"_s } }));
    const auto cleared = client.patchJson(path, "{\"metadata\":null}");
    QCOMPARE(cleared.status, 200);
    QVERIFY(!cleared.object().contains(u"metadata"_s));
    QVERIFY(!client.get(path).object().contains(u"metadata"_s));
    const auto emptied = client.patchJson(path, "{\"metadata\":{}}");
    QVERIFY(emptied.object()[u"metadata"_s].isObject());
    QVERIFY(emptied.object()[u"metadata"_s].toObject().isEmpty());
}

void TestSandboxServer::routing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");

    const QString item = customersPath + u'/' + unknownCustomer;
    QTest::newRow("an unknown resource is not found") << QByteArray("GET") << u"/v1/customers"_s << 404 << QByteArray();
    QTest::newRow("an unknown version is not found") << QByteArray("GET") << u"/v2/express"_s << 404 << QByteArray();
    QTest::newRow("the root is not found") << QByteArray("GET") << u"/"_s << 404 << QByteArray();
    QTest::newRow("a trailing slash is not found") << QByteArray("GET") << customersPath + u'/' << 404 << QByteArray();
    QTest::newRow("an unknown action is not found") << QByteArray("POST") << item + u"/delete"_s << 404 << QByteArray();
    QTest::newRow("a deeper path is not found")
        << QByteArray("GET") << item + u"/deactivate/x"_s << 404 << QByteArray();
    QTest::newRow("deleting the list is not allowed")
        << QByteArray("DELETE") << customersPath << 405 << QByteArray("GET, POST");
    QTest::newRow("putting an account is not allowed") << QByteArray("PUT") << item << 405 << QByteArray("GET, PATCH");
    QTest::newRow("getting an action is not allowed")
        << QByteArray("GET") << item + u"/deactivate"_s << 405 << QByteArray("POST");
}

void TestSandboxServer::routing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);

    SandboxServer server(options(1));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const auto reply = client.send(method, path);
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.message().isEmpty());
    QCOMPARE(reply.header("Allow"), allow);
}

void TestSandboxServer::organizations()
{
    SandboxServer server(options(5, 130));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());

    const QStringList ids = listAll(client, orgsPath, u"organizations"_s, 50);
    QCOMPARE(ids, server.accountIds(SandboxKind::Organization));
    QCOMPARE(ids.size(), 130);
    const QJsonObject first = client.get(orgsPath + u'/' + ids.first()).object();
    QCOMPARE(first[u"orgId"_s].toString(), ids.first());
    QVERIFY(!first[u"orgName"_s].toString().isEmpty());
    QVERIFY(!first.contains(u"expressCustomerId"_s));

    const bool wasActive = server.isActive(ids.first()).value();
    const auto toggled = client.post(orgsPath + u'/' + ids.first() + (wasActive ? u"/deactivate"_s : u"/reactivate"_s));
    QCOMPARE(toggled.status, 200);
    QCOMPARE(toggled.object()[u"isActive"_s].toBool(), !wasActive);
    QCOMPARE(client.postJson(orgsPath, "{\"orgName\":\"Summit Health System\"}").status, 200);
    QCOMPARE(client.postJson(orgsPath, "{\"expressCustomerName\":\"Wrong field\"}").status, 400);
    QCOMPARE(server.accountCount(SandboxKind::Organization), 131);
    // A customer id is malformed on the orgs path.
    QCOMPARE(client.get(orgsPath + u'/' + unknownCustomer).status, 400);
}

void TestSandboxServer::organizationsDisabled()
{
    SandboxOptions withoutOrgs = options(5, 20);
    withoutOrgs.organizationsEnabled = false;
    SandboxServer server(withoutOrgs);
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());

    const QString org = orgsPath + u"/org_0123456789abcdef0123456789abcdef"_s;
    const QList<SandboxTestClient::Reply> replies = {
        client.get(orgsPath),
        client.get(orgsPath, u"limit=abc"_s),
        client.postJson(orgsPath, "{\"orgName\":\"x\"}"),
        client.get(org),
        client.patchJson(org, "{}"),
        client.post(org + u"/deactivate"_s),
        client.post(org + u"/reactivate"_s),
    };
    for (const auto &reply : replies) {
        QCOMPARE(reply.status, 404);
        QVERIFY(!reply.message().isEmpty());
    }
    QCOMPARE(server.accountCount(SandboxKind::Organization), 0);
    QCOMPARE(client.get(customersPath).status, 200);
    // Still a key check first: the 404 is not a way to probe without a key.
    QCOMPARE(client.send("GET", orgsPath, {}, {}, {}, QByteArray()).status, 401);
}

void TestSandboxServer::listingStaysConsistentWhileAccountsChange()
{
    SandboxServer server(options(500));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    SandboxTestClient changer(server.baseUrl());

    int created = 0;
    const QStringList ids = listAll(client, customersPath, u"expressCustomers"_s, 37, [&](int page) {
        const QStringList all = server.accountIds(SandboxKind::ExpressCustomer);
        // Toggle accounts behind, at and ahead of the cursor, through the API and behind its back.
        for (int row : { page * 37 - 1, page * 37, page * 37 + 5, page * 3, int(all.size()) - 1 }) {
            const QString id = all.at(qBound(0, row, int(all.size()) - 1));
            const bool active = server.isActive(id).value();
            if (row % 2)
                server.setActive(id, !active);
            else
                changer.post(customersPath + u'/' + id + (active ? u"/deactivate"_s : u"/reactivate"_s));
        }
        if (page % 2)
            server.createAccount(SandboxKind::ExpressCustomer, u"Created between pages %1"_s.arg(page));
        else
            changer.postJson(customersPath, "{\"expressCustomerName\":\"Created through the API\"}");
        ++created;
    });
    QVERIFY(created > 10);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    // Every account that existed when listing ended was seen, in list order.
    QCOMPARE(ids, server.accountIds(SandboxKind::ExpressCustomer));
    QCOMPARE(ids.size(), 500 + created);
}

void TestSandboxServer::accountsMatchTheContract()
{
    SandboxServer server(options(1000));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());

    const QRegularExpression timestamp(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    const QRegularExpression userId(u"^usr_[0-9a-f]{32}$"_s);
    const QRegularExpression customerId(u"^cus_[0-9a-f]{32}$"_s);
    int inactive = 0;
    int byApiKey = 0;
    int withMetadata = 0;
    qint64 maxUsers = 0;
    QString previousCreatedAt;
    const QStringList ids = server.accountIds(SandboxKind::ExpressCustomer);
    for (const QString &id : ids) {
        const QJsonObject account = QJsonDocument::fromJson(server.accountJson(id)).object();
        QVERIFY(customerId.match(account[u"expressCustomerId"_s].toString()).hasMatch());
        QVERIFY(!account[u"expressCustomerName"_s].toString().isEmpty());
        QVERIFY(account[u"isActive"_s].isBool());
        QVERIFY(account[u"userCount"_s].isDouble());
        QVERIFY(account[u"userCount"_s].toInteger(-1) >= 0);
        const QString createdAt = account[u"createdAt"_s].toString();
        const QString updatedAt = account[u"updatedAt"_s].toString();
        QVERIFY(timestamp.match(createdAt).hasMatch());
        QVERIFY(timestamp.match(updatedAt).hasMatch());
        QVERIFY(QDateTime::fromString(createdAt, Qt::ISODate).isValid());
        QVERIFY(updatedAt >= createdAt);
        QVERIFY(createdAt >= previousCreatedAt); // the list is in creation order
        previousCreatedAt = createdAt;
        QVERIFY(account.contains(u"createdByUserId"_s));
        if (account.contains(u"createdByApiKeyId"_s)) {
            ++byApiKey;
            QVERIFY(uuid.match(account[u"createdByApiKeyId"_s].toString()).hasMatch());
            QVERIFY(account[u"createdByUserId"_s].isNull());
        } else {
            QVERIFY(userId.match(account[u"createdByUserId"_s].toString()).hasMatch());
        }
        if (account.contains(u"metadata"_s)) {
            const QJsonObject metadata = account[u"metadata"_s].toObject();
            QVERIFY(account[u"metadata"_s].isObject());
            QVERIFY(metadata.size() <= 8);
            withMetadata += metadata.isEmpty() ? 0 : 1;
            for (const QJsonValue value : metadata)
                QVERIFY(value.isString());
        }
        inactive += account[u"isActive"_s].toBool() ? 0 : 1;
        maxUsers = qMax(maxUsers, account[u"userCount"_s].toInteger());
    }
    // Shares that make the data look like a real tenant (wide bounds: this is not a statistics test).
    QVERIFY2(inactive > 50 && inactive < 250, qPrintable(QString::number(inactive)));
    QVERIFY2(byApiKey > 350 && byApiKey < 650, qPrintable(QString::number(byApiKey)));
    QVERIFY(withMetadata > 600);
    QVERIFY(maxUsers >= 1000);
    // Creation times span several years.
    const QString firstCreatedAt
        = QJsonDocument::fromJson(server.accountJson(ids.first())).object()[u"createdAt"_s].toString();
    QVERIFY(previousCreatedAt.left(4).toInt() - firstCreatedAt.left(4).toInt() >= 4);
}

void TestSandboxServer::seedsAreDeterministic()
{
    auto pageOf = [](quint64 seed) -> QByteArray {
        SandboxOptions seeded = options(300, 300);
        seeded.seed = seed;
        SandboxServer server(seeded);
        if (server.listen() == 0)
            return QByteArray();
        SandboxTestClient client(server.baseUrl());
        return client.get(customersPath).body + client.get(orgsPath).body;
    };
    const QByteArray first = pageOf(7);
    QVERIFY(first.size() > 10000);
    QCOMPARE(pageOf(7), first);
    QVERIFY(pageOf(8) != first);
}

void TestSandboxServer::hostileSeedIsValidJson()
{
    SandboxOptions hostile = options(400, 100);
    hostile.hostileNames = true;
    SandboxServer server(hostile);
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());

    QSet<QString> names;
    QSet<QString> values;
    QSet<QString> keys;
    QByteArray cursor;
    do {
        QString query = u"limit=100"_s;
        if (!cursor.isEmpty())
            query += u"&cursor="_s + encoded(cursor);
        const auto reply = client.get(customersPath, query);
        QCOMPARE(reply.status, 200);
        // Control characters never appear raw: they are escaped.
        for (const char c : reply.body)
            QVERIFY(uchar(c) >= 0x20);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray items = document[u"expressCustomers"_s].toArray();
        for (const QJsonValue item : items) {
            const QString name = item[u"expressCustomerName"_s].toString();
            QVERIFY(!name.isEmpty());
            names.insert(name);
            const QJsonObject metadata = item[u"metadata"_s].toObject();
            QVERIFY(metadata.size() <= 50);
            for (auto it = metadata.begin(); it != metadata.end(); ++it) {
                // Within the API's limits, whether counted in UTF-16 units or in code points.
                QVERIFY(it.key().size() <= 100);
                QVERIFY(it.value().toString().size() <= 1000);
                keys.insert(it.key());
                values.insert(it.value().toString());
            }
        }
        cursor = document[u"cursor"_s].toString().toUtf8();
    } while (!cursor.isEmpty());

    QVERIFY(names.contains(u"<img src=x onerror=alert(1)> Imaging Center"_s));
    QVERIFY(names.contains(u"<a href=\"https://evil.example\">click</a>"_s));
    QVERIFY(names.contains(u"<b>bold</b> Radiology Associates"_s));
    QVERIFY(names.contains(u"Northside \u202Eygoloidar\u202C Clinic"_s));
    QVERIFY(names.contains(u"Tab\there\nnewline\r\u0001 \u001b[31mred\u001b[0m \u007f end"_s));
    bool hasEmoji = false;
    bool hasLongName = false;
    for (const QString &name : std::as_const(names)) {
        hasEmoji = hasEmoji || name.contains(u"\U0001F3E5"_s);
        hasLongName = hasLongName || name.size() == 1000;
    }
    QVERIFY(hasEmoji);
    QVERIFY(hasLongName);
    QVERIFY(values.contains(u"<img src=x onerror=alert(1)>"_s));
    QVERIFY(keys.contains(u"<script>alert(1)</script>"_s));
    QVERIFY(keys.contains(QString(100, u'k')));
    QVERIFY(values.contains(QString::fromUtf8("nul\0byte\x01\x02\x1f\ttab\nline", 20)));
    bool hasLongValue = false;
    for (const QString &value : std::as_const(values))
        hasLongValue = hasLongValue || value.size() == 1000;
    QVERIFY(hasLongValue);

    // Organizations are hostile too, and still parse.
    const auto orgs = client.get(orgsPath);
    QJsonParseError error;
    QJsonDocument::fromJson(orgs.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestSandboxServer::changesBehindTheApisBack()
{
    SandboxServer server(options(4));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = firstActiveCustomer(server);
    const QString before = client.get(customersPath + u'/' + id).object()[u"updatedAt"_s].toString();

    QVERIFY(server.setActive(id, false));
    const QJsonObject after = client.get(customersPath + u'/' + id).object();
    QCOMPARE(after[u"isActive"_s].toBool(true), false);
    QVERIFY(after[u"updatedAt"_s].toString() > before);
    QVERIFY(!server.setActive(unknownCustomer, true));
    QVERIFY(!server.isActive(unknownCustomer).has_value());
    QVERIFY(!server.isActive(u"not an id"_s).has_value());
    QVERIFY(server.accountJson(unknownCustomer).isEmpty());

    const QString created = server.createAccount(SandboxKind::ExpressCustomer, u"Dashboard Clinic"_s);
    const QJsonObject account = client.get(customersPath + u'/' + created).object();
    QCOMPARE(account[u"expressCustomerName"_s].toString(), u"Dashboard Clinic"_s);
    QVERIFY(!account.contains(u"createdByApiKeyId"_s));
    QVERIFY(account[u"createdByUserId"_s].toString().startsWith(u"usr_"_s));
    QVERIFY(server.createAccount(SandboxKind::ExpressCustomer, QString()).isEmpty());
}

void TestSandboxServer::countsRequests()
{
    SandboxServer server(options(1));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    QCOMPARE(server.requestCount(), quint64(0));
    client.get(customersPath);
    client.get(u"/unknown"_s);
    client.send("GET", customersPath, {}, {}, {}, QByteArray());
    QCOMPARE(server.requestCount(), quint64(3));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
