// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/domain/pagereader.h"

using namespace Qt::StringLiterals;

class TestPageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPageOfEitherKindReadsIntoTheBatch_data();
    void aPageOfEitherKindReadsIntoTheBatch();
    void theReferenceExampleReads();
    void nullOptionalFieldsReadAsAbsent();
    void missingRequiredFieldsAreNamed_data();
    void missingRequiredFieldsAreNamed();
    void badValuesAreNamed_data();
    void badValuesAreNamed();
    void limitsAreAcceptedUpToTheirEdge_data();
    void limitsAreAcceptedUpToTheirEdge();
    void unknownFieldsAreIgnored();
    void duplicateKnownKeysAreRefused_data();
    void duplicateKnownKeysAreRefused();
    void malformedDocumentsAreRefused_data();
    void malformedDocumentsAreRefused();
    void everyTruncationIsRefused();
    void pageEnvelope_data();
    void pageEnvelope();
    void aSingleAccountReads();
    void aSingleAccountErrorNamesTheBareField();
    void anErrorLeavesNoRows();
};

namespace
{
const QString customerId1 = u"cus_1234567890abcdef1234567890abcdef"_s;
const QString customerId2 = u"cus_00000000000000000000000000000002"_s;
const QString orgId1 = u"org_1234567890abcdef1234567890abcdef"_s;
const QString orgId2 = u"org_00000000000000000000000000000002"_s;
const QString apiKeyId = u"550e8400-e29b-41d4-a716-446655440000"_s;
// Marks a value to be replaced by raw JSON text that QJsonDocument would not write.
const QString rawMarker = u"@@RAW@@"_s;

QJsonObject accountJson(AccountKind kind, const QString &id, const QString &name, bool active)
{
    const AccountKindInfo &info = accountKindInfo(kind);
    return QJsonObject {
        { info.idField, id },
        { info.nameField, name },
        { u"isActive"_s, active },
        { u"userCount"_s, 15 },
        { u"createdAt"_s, u"2024-01-15T09:00:00Z"_s },
        { u"updatedAt"_s, u"2024-03-15T14:20:00.250Z"_s },
        { u"createdByApiKeyId"_s, apiKeyId },
        { u"createdByUserId"_s, u"usr_1234567890abcdef1234567890abcdef"_s },
        { u"metadata"_s, QJsonObject { { u"region"_s, u"northeast"_s }, { u"department"_s, u"radiology"_s } } },
    };
}

QByteArray pageJson(AccountKind kind, const QJsonArray &accounts, bool hasMore = true,
    const QString &cursor = u"eyJvZmZzZXQiOjEwMH0="_s)
{
    QJsonObject page { { accountKindInfo(kind).listField, accounts }, { u"hasMore"_s, hasMore } };
    if (!cursor.isNull())
        page.insert(u"cursor"_s, cursor);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

// A page of two customers where the second one has `field` set to the raw JSON `value`
// (or removed, when `value` is empty).
QByteArray pageWithField(const QString &field, const QByteArray &value)
{
    QJsonObject second = accountJson(AccountKind::ExpressCustomer, customerId2, u"Second"_s, true);
    if (value.isEmpty())
        second.remove(field);
    else
        second.insert(field, rawMarker);
    QByteArray json = pageJson(AccountKind::ExpressCustomer,
        { accountJson(AccountKind::ExpressCustomer, customerId1, u"First"_s, false), second });
    const QByteArray marker = '"' + rawMarker.toUtf8() + '"';
    json.replace(marker, value);
    return json;
}

Account expectedAccount(AccountKind kind, const QString &id, const QString &name, bool active)
{
    Account account;
    account.kind = kind;
    account.id = id;
    account.name = name;
    account.isActive = active;
    account.userCount = 15;
    account.createdAt = QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC);
    account.updatedAt = QDateTime(QDate(2024, 3, 15), QTime(14, 20, 0, 250), Qt::UTC);
    account.createdByApiKeyId = apiKeyId;
    account.createdByUserId = u"usr_1234567890abcdef1234567890abcdef"_s;
    // QJsonObject writes keys sorted, and the reader keeps the order it was sent.
    account.metadata = { { u"department"_s, u"radiology"_s }, { u"region"_s, u"northeast"_s } };
    return account;
}

QByteArray repeated(const QString &text, int times)
{
    return text.repeated(times).toUtf8();
}
} // namespace

void TestPageReader::aPageOfEitherKindReadsIntoTheBatch_data()
{
    QTest::addColumn<AccountKind>("kind");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("secondId");

    QTest::newRow("a page of customers") << AccountKind::ExpressCustomer << customerId1 << customerId2;
    QTest::newRow("a page of organizations") << AccountKind::Organization << orgId1 << orgId2;
}

void TestPageReader::aPageOfEitherKindReadsIntoTheBatch()
{
    QFETCH(AccountKind, kind);
    QFETCH(QString, firstId);
    QFETCH(QString, secondId);

    const QString unicodeName = u"Clinique \u00e9t\u00e9 \U0001F3E5 \"quoted\" \\ back"_s;
    const QByteArray json = pageJson(
        kind, { accountJson(kind, firstId, unicodeName, true), accountJson(kind, secondId, u"Second"_s, false) });
    const PageReadResult result = PageReader::readPage(kind, json);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->message));
    QCOMPARE(result.batch.kind(), kind);
    QCOMPARE(result.batch.size(), 2);
    QCOMPARE(result.batch.account(0), expectedAccount(kind, firstId, unicodeName, true));
    QCOMPARE(result.batch.account(1), expectedAccount(kind, secondId, u"Second"_s, false));
    QVERIFY(result.hasMore);
    QCOMPARE(result.cursor, u"eyJvZmZzZXQiOjEwMH0="_s);
    QVERIFY(result.hasNextPage());
    // Interned keys: two accounts, two distinct keys.
    QCOMPARE(result.batch.metadataKeyCount(), 2);
}

void TestPageReader::theReferenceExampleReads()
{
    // The response example of the public reference for POST /v1/express/{id}/deactivate.
    const QByteArray json = R"({
  "createdAt": "2024-01-15T09:00:00Z",
  "expressCustomerId": "cus_1234567890abcdef1234567890abcdef",
  "expressCustomerName": "City Medical Center - Radiology Department",
  "isActive": true,
  "updatedAt": "2024-03-15T14:20:00Z",
  "userCount": 15,
  "createdByApiKeyId": "550e8400-e29b-41d4-a716-446655440000",
  "createdByUserId": "usr_1234567890abcdef1234567890abcdef",
  "metadata": {
    "department": "radiology",
    "region": "northeast"
  }
})"_ba;
    const AccountReadResult result = PageReader::readAccount(AccountKind::ExpressCustomer, json);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->message));
    QCOMPARE(result.batch.size(), 1);
    const Account account = result.batch.account(0);
    QCOMPARE(account.name, u"City Medical Center - Radiology Department"_s);
    QCOMPARE(account.updatedAt, QDateTime(QDate(2024, 3, 15), QTime(14, 20), Qt::UTC));
    QCOMPARE(account.metadataSummary(), u"department=radiology, region=northeast"_s);
}

void TestPageReader::nullOptionalFieldsReadAsAbsent()
{
    const QByteArray json = R"({"orgId": "org_1234567890abcdef1234567890abcdef", "orgName": "N", "isActive": false,
        "userCount": 0, "createdAt": null, "updatedAt": null, "createdByApiKeyId": null,
        "createdByUserId": null, "metadata": null})"_ba;
    const AccountReadResult result = PageReader::readAccount(AccountKind::Organization, json);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->message));
    const Account account = result.batch.account(0);
    QVERIFY(!account.createdAt.isValid());
    QVERIFY(!account.updatedAt.isValid());
    QCOMPARE(account.createdByApiKeyId, std::nullopt);
    QCOMPARE(account.createdByUserId, std::nullopt);
    QVERIFY(account.metadata.isEmpty());
    QCOMPARE(account.userCount, 0);
}

void TestPageReader::missingRequiredFieldsAreNamed_data()
{
    QTest::addColumn<QString>("field");

    for (const char *field :
        { "expressCustomerId", "expressCustomerName", "isActive", "userCount", "createdAt", "updatedAt" })
        QTest::newRow(qPrintable(u"a missing %1 is refused"_s.arg(QLatin1StringView(field))))
            << QString::fromLatin1(field);
}

void TestPageReader::missingRequiredFieldsAreNamed()
{
    QFETCH(QString, field);
    const PageReadResult result = PageReader::readPage(AccountKind::ExpressCustomer, pageWithField(field, {}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->field, u"expressCustomers[1]."_s + field);
    QCOMPARE(result.error->message, u"expressCustomers[1]."_s + field + u": is missing"_s);
}

void TestPageReader::badValuesAreNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expectedField");
    QTest::addColumn<QString>("expectedProblem");

    const auto row = [](const char *name, const QString &field, const QByteArray &value, const QString &problem,
                         const QString &errorField = QString()) {
        QTest::newRow(name) << field << value
                            << (u"expressCustomers[1]."_s + (errorField.isNull() ? field : errorField)) << problem;
    };
    const QString idProblem = u"expected an id of the form cus_ followed by 32 lowercase hex digits"_s;
    row("an organization id among customers", u"expressCustomerId"_s, "\"org_1234567890abcdef1234567890abcdef\"",
        idProblem);
    row("an upper-case id", u"expressCustomerId"_s, "\"cus_1234567890ABCDEF1234567890abcdef\"", idProblem);
    row("an id with a path in it", u"expressCustomerId"_s, "\"cus_1234567890abcdef/../4567890abcdef\"", idProblem);
    row("a numeric id", u"expressCustomerId"_s, "42", idProblem);
    row("an empty name", u"expressCustomerName"_s, "\"\"", u"expected a non-empty string"_s);
    row("a null name", u"expressCustomerName"_s, "null", u"expected a non-empty string"_s);
    row("isActive as a string", u"isActive"_s, "\"true\"", u"expected true or false"_s);
    row("isActive as a number", u"isActive"_s, "1", u"expected true or false"_s);
    row("a negative userCount", u"userCount"_s, "-1", u"expected a non-negative integer"_s);
    row("a fractional userCount", u"userCount"_s, "1.5", u"expected a non-negative integer"_s);
    row("a userCount written as a float", u"userCount"_s, "3.0", u"expected a non-negative integer"_s);
    row("a userCount in exponent form", u"userCount"_s, "1e3", u"expected a non-negative integer"_s);
    row("a userCount beyond 64 bits signed", u"userCount"_s, "18446744073709551615",
        u"expected a non-negative integer"_s);
    row("a userCount as a string", u"userCount"_s, "\"3\"", u"expected a non-negative integer"_s);
    row("a createdAt that is not a date", u"createdAt"_s, "\"yesterday\"", u"expected an RFC 3339 date-time or null"_s);
    row("a createdAt without an offset", u"createdAt"_s, "\"2024-01-15T09:00:00\"",
        u"expected an RFC 3339 date-time or null"_s);
    row("an updatedAt as epoch seconds", u"updatedAt"_s, "1710512400", u"expected an RFC 3339 date-time or null"_s);
    row("a createdByApiKeyId that is not a UUID", u"createdByApiKeyId"_s, "\"key-1\"", u"expected a UUID"_s);
    row("a createdByApiKeyId as a number", u"createdByApiKeyId"_s, "7", u"expected a UUID"_s);
    row("a createdByUserId as a number", u"createdByUserId"_s, "7", u"expected a string or null"_s);
    row("metadata as an array", u"metadata"_s, "[\"a\"]", u"expected an object of strings"_s);
    row("a metadata value that is a number", u"metadata"_s, "{\"seats\": 4}", u"expected a string"_s,
        u"metadata[\"seats\"]"_s);
    row("a metadata value that is null", u"metadata"_s, "{\"seats\": null}", u"expected a string"_s,
        u"metadata[\"seats\"]"_s);
    QByteArray tooMany = "{";
    for (int i = 0; i < 51; ++i)
        tooMany += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":\"v\"";
    tooMany += '}';
    row("51 metadata pairs", u"metadata"_s, tooMany, u"has more than 50 pairs"_s);
    row("a metadata key of 101 characters", u"metadata"_s, "{\"" + repeated(u"k"_s, 101) + "\":\"v\"}",
        u"key is longer than 100 characters"_s, u"metadata[\"kkkkkkkkkkkkkkkkkkkkkkkk...\"]"_s);
    row("a metadata value of 1001 characters", u"metadata"_s, "{\"k\":\"" + repeated(u"\u00e9"_s, 1001) + "\"}",
        u"value is longer than 1000 characters"_s, u"metadata[\"k\"]"_s);
    row("a duplicated metadata key", u"metadata"_s, "{\"k\":\"1\",\"k\":\"2\"}", u"appears more than once"_s,
        u"metadata[\"k\"]"_s);
    row("an account that is not an object", u"expressCustomerId"_s, "\"x\"", idProblem);
}

void TestPageReader::badValuesAreNamed()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, expectedField);
    QFETCH(QString, expectedProblem);

    const PageReadResult result = PageReader::readPage(AccountKind::ExpressCustomer, pageWithField(field, value));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->field, expectedField);
    QCOMPARE(result.error->message, expectedField + u": "_s + expectedProblem);
    QVERIFY(result.batch.isEmpty());
    QVERIFY(!result.hasNextPage());
}

void TestPageReader::limitsAreAcceptedUpToTheirEdge_data()
{
    QTest::addColumn<QByteArray>("metadata");
    QTest::addColumn<int>("pairs");

    QByteArray fifty = "{";
    for (int i = 0; i < 50; ++i)
        fifty += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":\"v\"";
    fifty += '}';
    QTest::newRow("50 metadata pairs are allowed") << fifty << 50;
    QTest::newRow("a key of 100 two-byte characters is allowed")
        << "{\"" + repeated(u"\u00e9"_s, 100) + "\":\"v\"}" << 1;
    QTest::newRow("a value of 1000 characters outside the BMP is allowed (counted as code points)")
        << "{\"k\":\"" + repeated(u"\U0001F3E5"_s, 1000) + "\"}" << 1;
    QTest::newRow("an empty metadata object is allowed") << "{}"_ba << 0;
}

void TestPageReader::limitsAreAcceptedUpToTheirEdge()
{
    QFETCH(QByteArray, metadata);
    QFETCH(int, pairs);
    const PageReadResult result
        = PageReader::readPage(AccountKind::ExpressCustomer, pageWithField(u"metadata"_s, metadata));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->message));
    QCOMPARE(result.batch.account(1).metadata.size(), pairs);
}

void TestPageReader::unknownFieldsAreIgnored()
{
    QJsonObject account = accountJson(AccountKind::Organization, orgId1, u"Org"_s, true);
    account.insert(u"billingPlan"_s, QJsonObject { { u"tier"_s, u"gold"_s }, { u"seats"_s, QJsonArray { 1, 2 } } });
    account.insert(u"expressCustomerId"_s, 12); // the other kind's id field means nothing here
    QJsonObject page { { u"organizations"_s, QJsonArray { account } }, { u"hasMore"_s, false }, { u"total"_s, 1 },
        { u"nextPageUrl"_s, QJsonValue::Null } };
    const QByteArray json = QJsonDocument(page).toJson();
    const PageReadResult result = PageReader::readPage(AccountKind::Organization, json);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->message));
    QCOMPARE(result.batch.size(), 1);
    QCOMPARE(result.batch.account(0), expectedAccount(AccountKind::Organization, orgId1, u"Org"_s, true));
}

void TestPageReader::duplicateKnownKeysAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    const QByteArray account = R"("orgId": "org_1234567890abcdef1234567890abcdef", "orgName": "N", "isActive": true,
        "userCount": 0, "createdAt": null, "updatedAt": null)";
    QTest::newRow("a repeated isActive is refused")
        << "{\"organizations\": [{" + account + ", \"isActive\": false}]}" << u"organizations[0].isActive"_s;
    QTest::newRow("a repeated id is refused")
        << "{\"organizations\": [{" + account + ", \"orgId\": \"org_00000000000000000000000000000000\"}]}"
        << u"organizations[0].orgId"_s;
    QTest::newRow("a repeated list is refused")
        << "{\"organizations\": [], \"organizations\": []}"_ba << u"organizations"_s;
    QTest::newRow("a repeated cursor is refused")
        << "{\"organizations\": [], \"cursor\": \"a\", \"cursor\": \"b\"}"_ba << u"cursor"_s;
}

void TestPageReader::duplicateKnownKeysAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const PageReadResult result = PageReader::readPage(AccountKind::Organization, json);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->field, field);
    QVERIFY(result.error->message.endsWith(u"appears more than once"_s));
}

void TestPageReader::malformedDocumentsAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const QByteArray valid = pageJson(
        AccountKind::ExpressCustomer, { accountJson(AccountKind::ExpressCustomer, customerId1, u"Caf\u00e9"_s, true) });
    QByteArray overlong = valid;
    overlong.replace("Caf\xc3\xa9", "Caf\xc0\xa9"); // an overlong encoding
    QByteArray lone = valid;
    lone.replace("Caf\xc3\xa9", "Caf\xed\xa0\x80"); // a UTF-16 surrogate encoded as UTF-8
    QByteArray stray = valid;
    stray.replace("Caf\xc3\xa9", "Caf\xff");

    QTest::newRow("an empty body") << QByteArray() << u"the response is empty"_s;
    QTest::newRow("whitespace only") << "  \n"_ba << u"the response is empty"_s;
    QTest::newRow("an HTML error page") << "<html>502 Bad Gateway</html>"_ba << QString();
    QTest::newRow("a top-level array") << "[]"_ba << u"the response is not a JSON object"_s;
    QTest::newRow("a top-level string") << "\"expressCustomers\""_ba << u"the response is not a JSON object"_s;
    QTest::newRow("a top-level null") << "null"_ba << u"the response is not a JSON object"_s;
    QTest::newRow("no list field") << "{\"hasMore\": false}"_ba << u"expressCustomers: is missing"_s;
    QTest::newRow("the other kind's list field")
        << "{\"organizations\": [], \"hasMore\": false}"_ba << u"expressCustomers: is missing"_s;
    QTest::newRow("a list that is an object")
        << "{\"expressCustomers\": {}}"_ba << u"expressCustomers: expected an array"_s;
    QTest::newRow("an item that is not an object")
        << "{\"expressCustomers\": [1]}"_ba << u"expressCustomers[0]: expected an account object"_s;
    QTest::newRow("hasMore as a string") << "{\"expressCustomers\": [], \"hasMore\": \"no\"}"_ba
                                         << u"hasMore: expected true or false"_s;
    QTest::newRow("a numeric cursor") << "{\"expressCustomers\": [], \"cursor\": 5}"_ba
                                      << u"cursor: expected a string"_s;
    QTest::newRow("an overlong UTF-8 sequence") << overlong << u"the response is not valid UTF-8"_s;
    QTest::newRow("a surrogate encoded in UTF-8") << lone << u"the response is not valid UTF-8"_s;
    QTest::newRow("a stray 0xFF byte") << stray << u"the response is not valid UTF-8"_s;
    QTest::newRow("a lone surrogate escape") << "{\"expressCustomers\": [], \"cursor\": \"\\ud800\"}"_ba << QString();
    QTest::newRow("a lone low surrogate escape")
        << "{\"expressCustomers\": [], \"cursor\": \"\\udc00\"}"_ba << QString();
    QTest::newRow("a high surrogate escape followed by a letter")
        << "{\"expressCustomers\": [], \"cursor\": \"\\ud800\\u0041\"}"_ba << QString();
    QTest::newRow("trailing garbage after the object") << valid + "}"_ba << QString();
    QTest::newRow("two documents") << valid + valid << QString();
    QTest::newRow("a comment") << "{\"expressCustomers\": [] /* none */}"_ba << QString();
    QTest::newRow("a trailing comma") << "{\"expressCustomers\": [],}"_ba << QString();
    QTest::newRow("single quotes") << "{'expressCustomers': []}"_ba << QString();
}

void TestPageReader::malformedDocumentsAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const PageReadResult result = PageReader::readPage(AccountKind::ExpressCustomer, json);
    QVERIFY(!result.ok());
    QVERIFY(result.batch.isEmpty());
    if (message.isEmpty())
        QVERIFY2(
            result.error->message.startsWith(u"the response is not valid JSON"_s), qPrintable(result.error->message));
    else
        QCOMPARE(result.error->message, message);
}

void TestPageReader::everyTruncationIsRefused()
{
    const QByteArray json = pageJson(AccountKind::ExpressCustomer,
        { accountJson(AccountKind::ExpressCustomer, customerId1, u"First"_s, true),
            accountJson(AccountKind::ExpressCustomer, customerId2, u"Second"_s, true) });
    QVERIFY(PageReader::readPage(AccountKind::ExpressCustomer, json).ok());
    for (qsizetype length = 0; length < json.size(); ++length) {
        const PageReadResult result = PageReader::readPage(AccountKind::ExpressCustomer, json.first(length));
        if (result.ok() || !result.batch.isEmpty())
            QFAIL(qPrintable(u"a page cut after %1 bytes was accepted"_s.arg(length)));
    }
}

void TestPageReader::pageEnvelope_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("hasMore");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<bool>("hasNextPage");

    const QByteArray one = QJsonDocument(accountJson(AccountKind::ExpressCustomer, customerId1, u"A"_s, true))
                               .toJson(QJsonDocument::Compact);
    QTest::newRow("items, hasMore and a cursor mean another page")
        << "{\"expressCustomers\": [" + one + "], \"hasMore\": true, \"cursor\": \"YQ+/=\"}" << true << u"YQ+/="_s
        << true;
    QTest::newRow("hasMore false ends the listing")
        << "{\"expressCustomers\": [" + one + "], \"hasMore\": false, \"cursor\": \"YQ==\"}" << false << u"YQ=="_s
        << false;
    QTest::newRow("a missing hasMore reads as false")
        << "{\"expressCustomers\": [" + one + "], \"cursor\": \"YQ==\"}" << false << u"YQ=="_s << false;
    QTest::newRow("a null hasMore reads as false")
        << "{\"expressCustomers\": [" + one + "], \"hasMore\": null, \"cursor\": \"YQ==\"}" << false << u"YQ=="_s
        << false;
    QTest::newRow("a missing cursor ends the listing")
        << "{\"expressCustomers\": [" + one + "], \"hasMore\": true}" << true << QString() << false;
    QTest::newRow("an empty cursor ends the listing")
        << "{\"expressCustomers\": [" + one + "], \"hasMore\": true, \"cursor\": \"\"}" << true << QString() << false;
    QTest::newRow("a null cursor ends the listing")
        << "{\"expressCustomers\": [" + one + "], \"hasMore\": true, \"cursor\": null}" << true << QString() << false;
    QTest::newRow("an empty page ends the listing even with a cursor")
        << "{\"expressCustomers\": [], \"hasMore\": true, \"cursor\": \"YQ==\"}"_ba << true << u"YQ=="_s << false;
}

void TestPageReader::pageEnvelope()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, hasMore);
    QFETCH(QString, cursor);
    QFETCH(bool, hasNextPage);
    const PageReadResult result = PageReader::readPage(AccountKind::ExpressCustomer, json);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->message));
    QCOMPARE(result.hasMore, hasMore);
    QCOMPARE(result.cursor, cursor);
    QCOMPARE(result.hasNextPage(), hasNextPage);
}

void TestPageReader::aSingleAccountReads()
{
    const QByteArray json = QJsonDocument(accountJson(AccountKind::Organization, orgId2, u"Solo"_s, false)).toJson();
    const AccountReadResult result = PageReader::readAccount(AccountKind::Organization, json);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->message));
    QCOMPARE(result.batch.size(), 1);
    QCOMPARE(result.batch.account(0), expectedAccount(AccountKind::Organization, orgId2, u"Solo"_s, false));
}

void TestPageReader::aSingleAccountErrorNamesTheBareField()
{
    QJsonObject account = accountJson(AccountKind::Organization, orgId2, u"Solo"_s, false);
    account.insert(u"userCount"_s, -3);
    AccountReadResult result = PageReader::readAccount(AccountKind::Organization, QJsonDocument(account).toJson());
    QVERIFY(!result.ok());
    QCOMPARE(result.error->message, u"userCount: expected a non-negative integer"_s);
    QVERIFY(result.batch.isEmpty());

    result = PageReader::readAccount(AccountKind::Organization, "[]");
    QVERIFY(!result.ok());
    QCOMPARE(result.error->message, u"the response is not a JSON object"_s);

    // A customer is not an organization.
    result = PageReader::readAccount(AccountKind::Organization,
        QJsonDocument(accountJson(AccountKind::ExpressCustomer, customerId1, u"C"_s, true)).toJson());
    QVERIFY(!result.ok());
    QCOMPARE(result.error->field, u"orgId"_s);
}

void TestPageReader::anErrorLeavesNoRows()
{
    // The first 99 accounts are fine; the 100th is not: nothing may come out.
    QJsonArray accounts;
    for (int i = 0; i < 100; ++i)
        accounts.append(accountJson(
            AccountKind::ExpressCustomer, u"cus_%1"_s.arg(i, 32, 10, QLatin1Char('0')), u"Customer %1"_s.arg(i), true));
    QJsonObject last = accounts.last().toObject();
    last.insert(u"isActive"_s, u"yes"_s);
    accounts.replace(99, last);
    const PageReadResult result
        = PageReader::readPage(AccountKind::ExpressCustomer, pageJson(AccountKind::ExpressCustomer, accounts));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->field, u"expressCustomers[99].isActive"_s);
    QCOMPARE(result.batch.size(), 0);
    QCOMPARE(result.batch.textBytes(), 0);
    QVERIFY(result.cursor.isEmpty());
    QVERIFY(!result.hasMore);
}

QTEST_GUILESS_MAIN(TestPageReader)
#include "tst_pagereader.moc"
