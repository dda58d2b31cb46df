// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/api/apierror.h"

using namespace Qt::StringLiterals;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusesMapToKinds_data();
    void statusesMapToKinds();
    void messagesComeFromTheBody_data();
    void messagesComeFromTheBody();
    void everyKindHasASummaryAndAdvice();
    void onlyConnectionAndTimeoutLeaveTheOutcomeUnknown();
    void theSummaryNamesStatusAndAttempts();
};

using Kind = ApiError::Kind;

void TestApiError::statusesMapToKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("400 is a bad request") << 400 << Kind::BadRequest;
    QTest::newRow("401 is an authentication failure") << 401 << Kind::Authentication;
    QTest::newRow("403 is a permission failure") << 403 << Kind::PermissionDenied;
    QTest::newRow("404 is not found") << 404 << Kind::NotFound;
    QTest::newRow("409 is a conflict") << 409 << Kind::Conflict;
    QTest::newRow("422 is an unprocessable entity") << 422 << Kind::UnprocessableEntity;
    QTest::newRow("429 is rate limiting") << 429 << Kind::RateLimited;
    QTest::newRow("500 is a server error") << 500 << Kind::Server;
    QTest::newRow("503 is a server error") << 503 << Kind::Server;
    QTest::newRow("a redirect is unexpected") << 302 << Kind::UnexpectedStatus;
    QTest::newRow("405 is unexpected") << 405 << Kind::UnexpectedStatus;
    QTest::newRow("408 is unexpected") << 408 << Kind::UnexpectedStatus;
}

void TestApiError::statusesMapToKinds()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QCOMPARE(ApiError::kindForStatus(status), kind);
}

void TestApiError::messagesComeFromTheBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("a top-level message") << R"({"message": "Invalid API key"})"_ba << u"Invalid API key"_s;
    QTest::newRow("a nested error message")
        << R"({"error": {"type": "not_found", "message": "No such customer"}})"_ba << u"No such customer"_s;
    QTest::newRow("an error string") << R"({"error": "rate limited"})"_ba << u"rate limited"_s;
    QTest::newRow("message wins over error") << R"({"message": "first", "error": "second"})"_ba << u"first"_s;
    QTest::newRow("whitespace is simplified") << R"({"message": "  two\n lines  "})"_ba << u"two lines"_s;
    QTest::newRow("a numeric message is no message") << R"({"message": 42})"_ba << QString();
    QTest::newRow("an HTML page is no message") << "<html><body>Bad Gateway</body></html>"_ba << QString();
    QTest::newRow("an empty body is no message") << QByteArray() << QString();
    QTest::newRow("a JSON array is no message") << R"(["message"])"_ba << QString();
    QTest::newRow("a long message is capped")
        << ("{\"message\": \"" + QByteArray(600, 'x') + "\"}") << QString(QString(497, u'x') + u"..."_s);
}

void TestApiError::messagesComeFromTheBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(ApiError::messageFromBody(body), message);
}

void TestApiError::everyKindHasASummaryAndAdvice()
{
    for (int k = int(Kind::InvalidId); k <= int(Kind::NotRecorded); ++k) {
        ApiError error;
        error.kind = Kind(k);
        error.httpStatus = 500;
        QVERIFY2(!error.summary().isEmpty(), qPrintable(QString::number(k)));
        QVERIFY2(!error.advice().isEmpty(), qPrintable(QString::number(k)));
        QVERIFY(!error.summary().contains(u'\n'));
    }
}

void TestApiError::onlyConnectionAndTimeoutLeaveTheOutcomeUnknown()
{
    for (int k = int(Kind::InvalidId); k <= int(Kind::NotRecorded); ++k) {
        ApiError error;
        error.kind = Kind(k);
        QCOMPARE(error.isOutcomeUnknown(), error.kind == Kind::Connection || error.kind == Kind::Timeout);
    }
}

void TestApiError::theSummaryNamesStatusAndAttempts()
{
    ApiError error;
    error.kind = Kind::Authentication;
    error.httpStatus = 401;
    error.attempts = 1;
    QCOMPARE(error.summary(), u"The server rejected the API key (HTTP 401)."_s);
    QCOMPARE(error.advice(), u"Check the API key and connect again."_s);
    error.kind = Kind::Server;
    error.httpStatus = 503;
    error.attempts = 3;
    QCOMPARE(error.summary(), u"The server failed with an internal error (HTTP 503). (3 attempts)"_s);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
