// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QTest>

#include "sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtestclient.h"

using namespace Qt::StringLiterals;

// Editing an account over the API: PATCH of name and metadata, and adding and removing
// the users of an Express customer (issue 12), with the faults that apply to them.
class TestSandboxEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchChangesOnlyWhatIsSent_data();
    void patchChangesOnlyWhatIsSent();
    void patchValidation_data();
    void patchValidation();
    void patchOfUnknownOrMalformedIds();
    void patchOfAnOrganization();
    void updatedAtAdvancesWithEveryChange();
    void hostileTextRoundTrips_data();
    void hostileTextRoundTrips();
    void usersAreAddedAndRemoved();
    void removingNeverTakesTheCountBelowTheSeededMembers();
    void userIdValidation_data();
    void userIdValidation();
    void usersOfUnknownOrMalformedCustomers();
    void aDeactivatedCustomerTakesNoNewUsers();
    void usersRouting_data();
    void usersRouting();
    void serverErrorsApplyToEdits();
    void rateLimitAppliesToEdits();
    void droppedEditsMayHaveTakenEffect();
    void latencyDelaysEditsButNotTheirEffect();
    void editsBehindTheApisBack();
};

namespace
{

const QString customersPath = u"/v1/express"_s;
const QString orgsPath = u"/v1/orgs"_s;
const QString unknownCustomer = u"cus_0123456789abcdef0123456789abcdef"_s;
const QString userA = u"usr_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
const QString userB = u"usr_0123456789abcdef0123456789abcdef"_s;

SandboxOptions options(int customers, int organizations = 0)
{
    SandboxOptions result;
    result.customers = customers;
    result.organizations = organizations;
    return result;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray userBody(const QString &userId)
{
    return json({ { u"userId"_s, userId } });
}

QString firstCustomerWhere(const SandboxServer &server, bool active)
{
    const QStringList ids = server.accountIds(SandboxKind::ExpressCustomer);
    for (const QString &id : ids) {
        if (server.isActive(id) == active)
            return id;
    }
    return {};
}

qint64 userCount(const SandboxServer &server, const QString &id)
{
    return QJsonDocument::fromJson(server.accountJson(id)).object().value(u"userCount"_s).toInteger(-1);
}

// A metadata object of `pairs` pairs with keys of `keyLength` and values of `valueLength` characters.
QJsonObject metadataOf(int pairs, int keyLength, int valueLength)
{
    QJsonObject metadata;
    for (int i = 0; i < pairs; ++i)
        metadata.insert(QString::number(i).rightJustified(keyLength, u'k'), QString(valueLength, u'v'));
    return metadata;
}

} // namespace

void TestSandboxEdit::patchChangesOnlyWhatIsSent_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("nameChanges");
    QTest::addColumn<bool>("metadataChanges");

    QTest::newRow("a name alone keeps the metadata")
        << QByteArray(R"({"expressCustomerName":"Harbor Clinic - MRI"})") << true << false;
    QTest::newRow("metadata alone keeps the name") << QByteArray(R"({"metadata":{"tier":"gold"}})") << false << true;
    QTest::newRow("both change together, as the SDKs send them")
        << QByteArray(R"({"expressCustomerName":"Harbor Clinic - MRI","metadata":{"tier":"gold"}})") << true << true;
    QTest::newRow("metadata null clears the metadata") << QByteArray(R"({"metadata":null})") << false << true;
    QTest::newRow("unknown and read-only fields are ignored") << QByteArray(
        R"({"isActive":false,"userCount":99999,"expressCustomerId":"cus_0123456789abcdef0123456789abcdef",)"
        R"("createdAt":"2000-01-01T00:00:00Z","nickname":"x","expressCustomerName":"Harbor Clinic - MRI"})")
                                                              << true << false;
}

void TestSandboxEdit::patchChangesOnlyWhatIsSent()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, nameChanges);
    QFETCH(bool, metadataChanges);

    SandboxServer server(options(5));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = server.accountIds(SandboxKind::ExpressCustomer).at(2);
    const QString path = customersPath + u'/' + id;
    // Start from known metadata, so that "kept" and "cleared" can be told apart.
    QCOMPARE(client.patchJson(path, R"({"metadata":{"region":"north","tier":"silver"}})").status, 200);
    const QJsonObject before = client.get(path).object();
    const QJsonObject sent = QJsonDocument::fromJson(body).object();

    const auto reply = client.patchJson(path, body);
    QCOMPARE(reply.status, 200);
    const QJsonObject after = reply.object();
    QCOMPARE(after[u"expressCustomerName"_s],
        nameChanges ? sent[u"expressCustomerName"_s] : before[u"expressCustomerName"_s]);
    if (!metadataChanges)
        QCOMPARE(after[u"metadata"_s], before[u"metadata"_s]);
    else if (sent[u"metadata"_s].isNull())
        QVERIFY(!after.contains(u"metadata"_s));
    else
        QCOMPARE(after[u"metadata"_s], sent[u"metadata"_s]);
    for (const QString &kept : { u"expressCustomerId"_s, u"isActive"_s, u"userCount"_s, u"createdAt"_s,
             u"createdByApiKeyId"_s, u"createdByUserId"_s })
        QCOMPARE(after[kept], before[kept]);
    QVERIFY(after[u"updatedAt"_s].toString() > before[u"updatedAt"_s].toString());
    // The answer is the account as it now is: what GET and the store say.
    QCOMPARE(client.get(path).body, reply.body);
    QCOMPARE(server.accountJson(id), reply.body);
}

void TestSandboxEdit::patchValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messageNames"); // a word the message must contain: which rule

    const QString emoji = u"\U0001F9D1\u200D\u2695\uFE0F"_s; // four code points, five UTF-16 units
    auto withMetadata = [](const QJsonObject &metadata) { return json({ { u"metadata"_s, metadata } }); };

    QTest::newRow("50 pairs, 100-character keys and 1000-character values are the limits")
        << withMetadata(metadataOf(50, 100, 1000)) << 200 << QString();
    QTest::newRow("1000 code points are accepted although they are 1250 UTF-16 units")
        << withMetadata({ { u"k"_s, emoji.repeated(250) } }) << 200 << QString();
    QTest::newRow("an empty metadata object is accepted") << QByteArray(R"({"metadata":{}})") << 200 << QString();
    QTest::newRow("a one-character name is accepted")
        << QByteArray(R"({"expressCustomerName":"x"})") << 200 << QString();
    QTest::newRow("an empty name is unprocessable")
        << QByteArray(R"({"expressCustomerName":""})") << 422 << u"at least 1 character"_s;
    QTest::newRow("51 pairs are unprocessable") << withMetadata(metadataOf(51, 3, 1)) << 422 << u"50 pairs"_s;
    QTest::newRow("a 101-character key is unprocessable")
        << withMetadata(metadataOf(1, 101, 1)) << 422 << u"100 characters"_s;
    QTest::newRow("a 1001-character value is unprocessable")
        << withMetadata(metadataOf(1, 3, 1001)) << 422 << u"1000 characters"_s;
    QTest::newRow("1001 code points are unprocessable")
        << withMetadata({ { u"k"_s, QString(emoji.repeated(250) + u'x') } }) << 422 << u"1000 characters"_s;
    QTest::newRow("an empty key is unprocessable") << QByteArray(R"({"metadata":{"":"x"}})") << 422 << u"empty"_s;
    QTest::newRow("a numeric metadata value is a bad request")
        << QByteArray(R"({"metadata":{"tier":1}})") << 400 << u"strings"_s;
    QTest::newRow("a null metadata value is a bad request")
        << QByteArray(R"({"metadata":{"tier":null}})") << 400 << u"strings"_s;
    QTest::newRow("metadata as an array is a bad request") << QByteArray(R"({"metadata":[]})") << 400 << u"object"_s;
    QTest::newRow("a numeric name is a bad request")
        << QByteArray(R"({"expressCustomerName":7})") << 400 << u"string"_s;
    QTest::newRow("a null name is a bad request")
        << QByteArray(R"({"expressCustomerName":null})") << 400 << u"string"_s;
    QTest::newRow("a JSON array body is a bad request") << QByteArray("[]") << 400 << u"JSON object"_s;
    QTest::newRow("a JSON string body is a bad request") << QByteArray(R"("x")") << 400 << u"JSON"_s;
    QTest::newRow("malformed JSON is a bad request") << QByteArray("{\"metadata\":") << 400 << u"not valid JSON"_s;
    QTest::newRow("an empty body is a bad request") << QByteArray() << 400 << u"empty"_s;
}

void TestSandboxEdit::patchValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, messageNames);

    SandboxServer server(options(3));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = server.accountIds(SandboxKind::ExpressCustomer).at(1);
    const QByteArray before = server.accountJson(id);
    const auto reply = client.patchJson(customersPath + u'/' + id, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    if (status == 200) {
        QCOMPARE(reply.body, server.accountJson(id));
        return;
    }
    QVERIFY2(reply.message().contains(messageNames), qPrintable(reply.message()));
    // A refused edit changes nothing, updatedAt included.
    QCOMPARE(server.accountJson(id), before);
}

void TestSandboxEdit::patchOfUnknownOrMalformedIds()
{
    SandboxServer server(options(2, 2));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QByteArray body = R"({"expressCustomerName":"x"})";
    const auto unknown = client.patchJson(customersPath + u'/' + unknownCustomer, body);
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.message().contains(unknownCustomer));
    QCOMPARE(client.patchJson(customersPath + u"/cus_XYZ"_s, body).status, 400);
    QCOMPARE(client.patchJson(customersPath + u"/cus_0123456789ABCDEF0123456789ABCDEF"_s, body).status, 400);
    // An organization id on the customers path is malformed there, and the other way round.
    const QString org = server.accountIds(SandboxKind::Organization).first();
    QCOMPARE(client.patchJson(customersPath + u'/' + org, body).status, 400);
    QCOMPARE(client.patchJson(orgsPath + u"/org_0123456789abcdef0123456789abcdef"_s, R"({"orgName":"x"})").status, 404);
}

void TestSandboxEdit::patchOfAnOrganization()
{
    SandboxServer server(options(1, 3));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString path = orgsPath + u'/' + server.accountIds(SandboxKind::Organization).at(1);
    const auto reply = client.patchJson(path, R"({"orgName":"Riverside Health","metadata":{"region":"west"}})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object()[u"orgName"_s].toString(), u"Riverside Health"_s);
    QCOMPARE(reply.object()[u"metadata"_s].toObject(), QJsonObject({ { u"region"_s, u"west"_s } }));
    // The customer's name field means nothing to an organization: ignored like any unknown field.
    const auto ignored = client.patchJson(path, R"({"expressCustomerName":"Elsewhere"})");
    QCOMPARE(ignored.status, 200);
    QCOMPARE(ignored.object()[u"orgName"_s].toString(), u"Riverside Health"_s);
    QVERIFY(!ignored.object().contains(u"expressCustomerName"_s));
    QCOMPARE(client.patchJson(path, R"({"orgName":""})").status, 422);
}

void TestSandboxEdit::updatedAtAdvancesWithEveryChange()
{
    SandboxServer server(options(2));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = server.accountIds(SandboxKind::ExpressCustomer).first();
    const QString path = customersPath + u'/' + id;
    // Several changes within one second: each still moves updatedAt strictly forward.
    QString previous = client.get(path).object()[u"updatedAt"_s].toString();
    for (int i = 0; i < 4; ++i) {
        const auto reply
            = client.patchJson(path, json({ { u"metadata"_s, QJsonObject { { u"n"_s, QString::number(i) } } } }));
        QCOMPARE(reply.status, 200);
        const QString updatedAt = reply.object()[u"updatedAt"_s].toString();
        QVERIFY2(updatedAt > previous, qPrintable(updatedAt + u" after "_s + previous));
        QVERIFY(QDateTime::fromString(updatedAt, Qt::ISODate).isValid());
        previous = updatedAt;
    }
    // A user added is a change too; a PATCH that sends nothing to change is not.
    QCOMPARE(client.postJson(path + u"/users"_s, userBody(userA)).status, 200);
    const QString afterUser = client.get(path).object()[u"updatedAt"_s].toString();
    QVERIFY(afterUser > previous);
    const auto empty = client.patchJson(path, "{}");
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.object()[u"updatedAt"_s].toString(), afterUser);
}

void TestSandboxEdit::hostileTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("HTML and script") << u"<img src=x onerror=alert(1)> <b>bold</b> & \"quoted\" 'single'"_s;
    QTest::newRow("bidi overrides and isolates") << u"\u202Eevil\u202C \u2066isolated\u2069 \u200Fmark"_s;
    QTest::newRow("control characters") << QString::fromUtf8("nul\0esc\x1b"
                                                             "del\x7f"
                                                             "cr\rlf\ntab\t",
        22);
    QTest::newRow("line and paragraph separators") << u"one\u2028two\u2029three"_s;
    QTest::newRow("emoji with ZWJ, skin tone and a flag")
        << u"\U0001F469\U0001F3FD\u200D\u2695\uFE0F \U0001F1EF\U0001F1F5"_s;
    QTest::newRow("RTL text and combining marks")
        << u"\u05E9\u05DC\u05D5\u05DD e\u0301\u0323 \u0627\u0644\u0639\u0631\u0628\u064A\u0629"_s;
    QTest::newRow("zero-width space alone") << u"\u200B"_s;
    QTest::newRow("JSON and backslashes") << u"{\"a\":\"\\u0000\"} \\ / \\\\"_s;
}

void TestSandboxEdit::hostileTextRoundTrips()
{
    QFETCH(QString, text);

    SandboxServer server(options(2));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString path = customersPath + u'/' + server.accountIds(SandboxKind::ExpressCustomer).first();
    const QJsonObject metadata { { text, text }, { u"plain"_s, text } };
    const auto patched
        = client.patchJson(path, json({ { u"expressCustomerName"_s, text }, { u"metadata"_s, metadata } }));
    QCOMPARE(patched.status, 200);
    const auto fetched = client.get(path);
    QCOMPARE(fetched.body, patched.body);
    // Byte-exact: the UTF-8 of every string read back is the UTF-8 that was sent.
    for (const QJsonObject &account : { patched.object(), fetched.object() }) {
        QCOMPARE(account[u"expressCustomerName"_s].toString().toUtf8(), text.toUtf8());
        const QJsonObject back = account[u"metadata"_s].toObject();
        QCOMPARE(back.keys(), metadata.keys());
        QCOMPARE(back[text].toString().toUtf8(), text.toUtf8());
        QCOMPARE(back[u"plain"_s].toString().toUtf8(), text.toUtf8());
    }
    // Control characters and the line separators never go out raw.
    for (const char raw : { '\0', '\x1b', '\x7f', '\r', '\n' })
        QVERIFY(!patched.body.contains(raw));
    QVERIFY(!patched.body.contains("\xe2\x80\xa8"));
}

void TestSandboxEdit::usersAreAddedAndRemoved()
{
    SandboxServer server(options(10));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = firstCustomerWhere(server, true);
    QVERIFY(!id.isEmpty());
    const QString users = customersPath + u'/' + id + u"/users"_s;
    const qint64 seeded = userCount(server, id);
    QVERIFY(seeded >= 0);
    QCOMPARE(server.isMember(id, userA), false);

    const auto added = client.postJson(users, userBody(userA));
    QCOMPARE(added.status, 200);
    QCOMPARE(added.object()[u"success"_s].toBool(), true);
    QVERIFY(added.message().contains(userA));
    QCOMPARE(userCount(server, id), seeded + 1);
    QCOMPARE(server.isMember(id, userA), true);
    QCOMPARE(client.postJson(users, userBody(userB)).status, 200);
    QCOMPARE(userCount(server, id), seeded + 2);

    // Adding a member again succeeds and changes nothing, updatedAt included.
    const QByteArray beforeAgain = server.accountJson(id);
    const auto again = client.postJson(users, userBody(userA));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object()[u"success"_s].toBool(), true);
    QVERIFY(again.message().contains(u"already a member"_s));
    QCOMPARE(server.accountJson(id), beforeAgain);

    // DELETE with a JSON body, as the SDKs send it.
    const auto removed = client.send("DELETE", users, {}, userBody(userA), "application/json");
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.object()[u"success"_s].toBool(), true);
    QCOMPARE(userCount(server, id), seeded + 1);
    QCOMPARE(server.isMember(id, userA), false);
    QCOMPARE(server.isMember(id, userB), true);

    // Removing a non-member succeeds and changes nothing.
    const QByteArray beforeNonMember = server.accountJson(id);
    const auto nonMember = client.send("DELETE", users, {}, userBody(userA), "application/json");
    QCOMPARE(nonMember.status, 200);
    QCOMPARE(nonMember.object()[u"success"_s].toBool(), true);
    QVERIFY(nonMember.message().contains(u"not a member"_s));
    QCOMPARE(server.accountJson(id), beforeNonMember);
    QCOMPARE(nonMember.object().keys(), QStringList({ u"message"_s, u"success"_s }));
    QCOMPARE(client.get(customersPath + u'/' + id).object()[u"userCount"_s].toInteger(), seeded + 1);
}

void TestSandboxEdit::removingNeverTakesTheCountBelowTheSeededMembers()
{
    SandboxServer server(options(1));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    // A new customer has no members at all.
    const auto created = client.postJson(customersPath, R"({"expressCustomerName":"Empty Clinic"})");
    const QString id = created.object()[u"expressCustomerId"_s].toString();
    const QString users = customersPath + u'/' + id + u"/users"_s;
    QCOMPARE(client.send("DELETE", users, {}, userBody(userA), "application/json").status, 200);
    QCOMPARE(userCount(server, id), 0);
    QCOMPARE(client.postJson(users, userBody(userA)).status, 200);
    QCOMPARE(userCount(server, id), 1);
    QCOMPARE(client.send("DELETE", users, {}, userBody(userA), "application/json").status, 200);
    QCOMPARE(client.send("DELETE", users, {}, userBody(userA), "application/json").status, 200);
    QCOMPARE(userCount(server, id), 0);
}

void TestSandboxEdit::userIdValidation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messageNames");

    for (const QByteArray &method : { QByteArray("POST"), QByteArray("DELETE") }) {
        const char *verb = method == "POST" ? "adding" : "removing";
        auto row = [&](const char *what, const QByteArray &body, const QString &names) {
            QTest::addRow("%s: %s is a bad request", verb, what) << method << body << names;
        };
        row("a missing userId", "{}", u"required"_s);
        row("a numeric userId", R"({"userId":42})", u"string"_s);
        row("a null userId", R"({"userId":null})", u"string"_s);
        row("uppercase hex", R"({"userId":"usr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})", u"usr_"_s);
        row("a customer id", R"({"userId":"cus_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})", u"usr_"_s);
        row("31 hex digits", R"({"userId":"usr_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})", u"usr_"_s);
        row("a path in the id", R"({"userId":"usr_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/../x"})", u"usr_"_s);
        row("a body that is an array", R"(["usr_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"])", u"JSON object"_s);
        row("an empty body", QByteArray(), u"empty"_s);
    }
}

void TestSandboxEdit::userIdValidation()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QString, messageNames);

    SandboxServer server(options(5));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = firstCustomerWhere(server, true);
    const QByteArray before = server.accountJson(id);
    const auto reply = client.send(method, customersPath + u'/' + id + u"/users"_s, {}, body, "application/json");
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(messageNames), qPrintable(reply.message()));
    QCOMPARE(server.accountJson(id), before);
}

void TestSandboxEdit::usersOfUnknownOrMalformedCustomers()
{
    SandboxServer server(options(2));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const auto unknown = client.postJson(customersPath + u'/' + unknownCustomer + u"/users"_s, userBody(userA));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.message().contains(unknownCustomer));
    QCOMPARE(client
                 .send("DELETE", customersPath + u'/' + unknownCustomer + u"/users"_s, {}, userBody(userA),
                     "application/json")
                 .status,
        404);
    QCOMPARE(client.postJson(customersPath + u"/cus_nope/users"_s, userBody(userA)).status, 400);
}

void TestSandboxEdit::aDeactivatedCustomerTakesNoNewUsers()
{
    SandboxServer server(options(10));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = firstCustomerWhere(server, true);
    const QString users = customersPath + u'/' + id + u"/users"_s;
    QCOMPARE(client.postJson(users, userBody(userA)).status, 200);
    QVERIFY(server.setActive(id, false));
    const QByteArray before = server.accountJson(id);

    const auto refused = client.postJson(users, userBody(userB));
    QCOMPARE(refused.status, 422);
    QVERIFY(refused.message().contains(u"deactivated"_s));
    QCOMPARE(server.accountJson(id), before);
    QCOMPARE(server.isMember(id, userB), false);
    // A user already in is already in: a retried add still reads as done.
    QCOMPARE(client.postJson(users, userBody(userA)).status, 200);
    // Removing is not an assignment: a deactivated customer's users can still be taken out.
    const auto removed = client.send("DELETE", users, {}, userBody(userA), "application/json");
    QCOMPARE(removed.status, 200);
    QCOMPARE(userCount(server, id), QJsonDocument::fromJson(before).object()[u"userCount"_s].toInteger() - 1);
    // Deactivation stops new assignments, not edits: the data is kept and may be corrected.
    const auto edited = client.patchJson(customersPath + u'/' + id, R"({"metadata":{"note":"closed"}})");
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.object()[u"isActive"_s].toBool(true), false);
    // Reactivated, it takes users again.
    QVERIFY(server.setActive(id, true));
    QCOMPARE(client.postJson(users, userBody(userB)).status, 200);
}

void TestSandboxEdit::usersRouting_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");

    const QString customerUsers = customersPath + u'/' + unknownCustomer + u"/users"_s;
    const QString orgUsers = orgsPath + u"/org_0123456789abcdef0123456789abcdef/users"_s;
    QTest::newRow("getting the users is not allowed: there is no list call")
        << QByteArray("GET") << customerUsers << 405 << QByteArray("POST, DELETE");
    QTest::newRow("putting the users is not allowed")
        << QByteArray("PUT") << customerUsers << 405 << QByteArray("POST, DELETE");
    QTest::newRow("organizations have no users endpoint for POST")
        << QByteArray("POST") << orgUsers << 404 << QByteArray();
    QTest::newRow("organizations have no users endpoint for DELETE")
        << QByteArray("DELETE") << orgUsers << 404 << QByteArray();
    QTest::newRow("a user's own path is not found")
        << QByteArray("DELETE") << customerUsers + u'/' + userA << 404 << QByteArray();
    QTest::newRow("deleting an account is not allowed")
        << QByteArray("DELETE") << customersPath + u'/' + unknownCustomer << 405 << QByteArray("GET, PATCH");
}

void TestSandboxEdit::usersRouting()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);

    SandboxServer server(options(1, 1));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const auto reply = client.send(method, path, {}, userBody(userA), "application/json");
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.message().isEmpty());
    QCOMPARE(reply.header("Allow"), allow);
}

void TestSandboxEdit::serverErrorsApplyToEdits()
{
    SandboxOptions withErrors = options(5);
    withErrors.faults.serverErrorRate = 1.0;
    SandboxServer server(withErrors);
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = firstCustomerWhere(server, true);
    const QString path = customersPath + u'/' + id;
    const QByteArray before = server.accountJson(id);
    const QList<SandboxTestClient::Reply> replies = {
        client.patchJson(path, R"({"expressCustomerName":"x","metadata":null})"),
        client.postJson(path + u"/users"_s, userBody(userA)),
        client.send("DELETE", path + u"/users"_s, {}, userBody(userA), "application/json"),
    };
    for (const auto &reply : replies) {
        QVERIFY2(reply.status == 500 || reply.status == 503, qPrintable(QString::number(reply.status)));
        QVERIFY(!reply.message().isEmpty());
    }
    // An injected error did nothing.
    QCOMPARE(server.accountJson(id), before);
    QCOMPARE(server.requestCount(), quint64(3));
}

void TestSandboxEdit::rateLimitAppliesToEdits()
{
    SandboxOptions limited = options(5);
    limited.faults.rateLimitPerSecond = 1;
    SandboxServer server(limited);
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = firstCustomerWhere(server, true);
    QUrl url = server.baseUrl();
    url.setPath(customersPath + u'/' + id);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer sandbox-key");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    // Sent together, so that they arrive within one one-second window: one is admitted.
    std::vector<std::unique_ptr<QNetworkReply>> pending;
    for (int i = 0; i < 3; ++i) {
        const QByteArray body = json({ { u"expressCustomerName"_s, QString(u"Name "_s + QString::number(i)) } });
        pending.emplace_back(client.manager().sendCustomRequest(request, "PATCH", body));
    }
    int admitted = 0;
    QString admittedName;
    for (const auto &reply : pending) {
        const auto result = SandboxTestClient::wait(reply.get());
        if (result.status == 200) {
            ++admitted;
            admittedName = result.object()[u"expressCustomerName"_s].toString();
            continue;
        }
        QCOMPARE(result.status, 429);
        QVERIFY(!result.header("retry-after-ms").isEmpty());
    }
    QCOMPARE(admitted, 1);
    // Only the admitted edit took effect.
    QCOMPARE(
        QJsonDocument::fromJson(server.accountJson(id)).object()[u"expressCustomerName"_s].toString(), admittedName);
    QCOMPARE(server.faultCounts().rateLimited, quint64(2));
}

void TestSandboxEdit::droppedEditsMayHaveTakenEffect()
{
    SandboxOptions dropping = options(5);
    dropping.faults.dropRate = 1.0;
    SandboxServer server(dropping);
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = firstCustomerWhere(server, true);
    const QString path = customersPath + u'/' + id;
    const qint64 seeded = userCount(server, id);

    // Each dropped request was acted on or not; the counters say which, and the account agrees.
    // QNAM resends a request once when the connection resets before any answer, so one call
    // may be dropped (and acted on) twice: compare with "any", not with exact counts.
    const auto patch = client.patchJson(path, R"({"expressCustomerName":"Dropped Rename"})");
    QVERIFY(patch.finished);
    QCOMPARE(patch.status, 0);
    const quint64 actedOnAfterPatch = server.faultCounts().droppedAfterActing;
    QCOMPARE(QJsonDocument::fromJson(server.accountJson(id)).object()[u"expressCustomerName"_s].toString()
            == u"Dropped Rename"_s,
        actedOnAfterPatch > 0);

    const auto add = client.postJson(path + u"/users"_s, userBody(userA));
    QCOMPARE(add.status, 0);
    const bool added = server.faultCounts().droppedAfterActing > actedOnAfterPatch;
    QCOMPARE(server.isMember(id, userA), added);
    // Acted on twice is still one user more: adding is idempotent.
    QCOMPARE(userCount(server, id), seeded + (added ? 1 : 0));

    // The client cannot know, so it retries: adding is idempotent and the retry succeeds either way.
    server.setFaults({});
    const auto retry = client.postJson(path + u"/users"_s, userBody(userA));
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.object()[u"success"_s].toBool(), true);
    QCOMPARE(userCount(server, id), seeded + 1);
    QVERIFY(server.faultCounts().dropped >= 2);
}

void TestSandboxEdit::latencyDelaysEditsButNotTheirEffect()
{
    SandboxOptions slow = options(5);
    // Long enough that the edit is seen to take effect while its answer is still on the way.
    slow.faults.latencyMs = 1000;
    SandboxServer server(slow);
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = firstCustomerWhere(server, true);
    const QString path = customersPath + u'/' + id;
    std::unique_ptr<QNetworkReply> reply;
    {
        QUrl url = server.baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer sandbox-key");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply.reset(client.manager().sendCustomRequest(request, "PATCH", R"({"metadata":{"slow":"yes"}})"));
    }
    // Acted on when it arrives; only the answer is late.
    QTRY_VERIFY(server.accountJson(id).contains("\"slow\":\"yes\""));
    QVERIFY(!reply->isFinished());
    const auto result = SandboxTestClient::wait(reply.get());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, server.accountJson(id));
}

void TestSandboxEdit::editsBehindTheApisBack()
{
    SandboxServer server(options(5, 2));
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QString id = firstCustomerWhere(server, true);
    const QString path = customersPath + u'/' + id;
    const QJsonObject before = client.get(path).object();
    const quint64 requests = server.requestCount();

    // Another client changes metadata between a dialog's read and its send.
    QCOMPARE(server.updateAccount(id, R"({"metadata":{"changedBy":"someone else"}})"), 200);
    QCOMPARE(server.addUser(id, userA), 200);
    QCOMPARE(server.requestCount(), requests);
    const QJsonObject after = client.get(path).object();
    QCOMPARE(after[u"metadata"_s].toObject(), QJsonObject({ { u"changedBy"_s, u"someone else"_s } }));
    QCOMPARE(after[u"expressCustomerName"_s], before[u"expressCustomerName"_s]);
    QCOMPARE(after[u"userCount"_s].toInteger(), before[u"userCount"_s].toInteger() + 1);
    QVERIFY(after[u"updatedAt"_s].toString() > before[u"updatedAt"_s].toString());
    QCOMPARE(server.isMember(id, userA), true);

    // The hooks validate as the API does.
    QCOMPARE(server.updateAccount(id, R"({"expressCustomerName":""})"), 422);
    QCOMPARE(server.updateAccount(id, "[]"), 400);
    QCOMPARE(server.updateAccount(unknownCustomer, "{}"), 404);
    QCOMPARE(server.updateAccount(u"not an id"_s, "{}"), 400);
    QCOMPARE(server.addUser(id, u"usr_nope"_s), 400);
    QCOMPARE(server.addUser(unknownCustomer, userA), 404);
    QCOMPARE(server.removeUser(id, userA), 200);
    QCOMPARE(server.isMember(id, userA), false);
    QVERIFY(!server.isMember(unknownCustomer, userA).has_value());
    const QString org = server.accountIds(SandboxKind::Organization).first();
    QCOMPARE(server.updateAccount(org, R"({"orgName":"Renamed Org"})"), 200);
    QVERIFY(server.accountJson(org).contains("\"orgName\":\"Renamed Org\""));
    QCOMPARE(server.addUser(org, userA), 400);
}

QTEST_GUILESS_MAIN(TestSandboxEdit)
#include "tst_sandboxedit.moc"
