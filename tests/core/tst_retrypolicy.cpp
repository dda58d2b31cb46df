// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/api/retrypolicy.h"

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatIsRetried_data();
    void whatIsRetried();
    void delays_data();
    void delays();
    void theDefaultScheduleOfTheSdks();
    void httpDates_data();
    void httpDates();
};

namespace
{
const QDateTime now(QDate(2024, 3, 15), QTime(14, 20, 0), Qt::UTC);
} // namespace

void TestRetryPolicy::whatIsRetried_data()
{
    QTest::addColumn<int>("status"); // 0: no HTTP response
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("retried");

    QTest::newRow("a connection failure is retried") << 0 << QByteArray() << true;
    QTest::newRow("a connection failure is retried whatever a header says") << 0 << "false"_ba << true;
    QTest::newRow("400 is not retried") << 400 << QByteArray() << false;
    QTest::newRow("401 is not retried") << 401 << QByteArray() << false;
    QTest::newRow("403 is not retried") << 403 << QByteArray() << false;
    QTest::newRow("404 is not retried") << 404 << QByteArray() << false;
    QTest::newRow("408 is retried") << 408 << QByteArray() << true;
    QTest::newRow("409 is retried") << 409 << QByteArray() << true;
    QTest::newRow("422 is not retried") << 422 << QByteArray() << false;
    QTest::newRow("429 is retried") << 429 << QByteArray() << true;
    QTest::newRow("500 is retried") << 500 << QByteArray() << true;
    QTest::newRow("503 is retried") << 503 << QByteArray() << true;
    QTest::newRow("599 is retried") << 599 << QByteArray() << true;
    QTest::newRow("x-should-retry true makes a 400 retried") << 400 << "true"_ba << true;
    QTest::newRow("x-should-retry false stops a 503 being retried") << 503 << "false"_ba << false;
    QTest::newRow("x-should-retry false stops a 429 being retried") << 429 << "false"_ba << false;
    QTest::newRow("x-should-retry in capitals is not understood") << 400 << "TRUE"_ba << false;
    QTest::newRow("x-should-retry with another value is ignored") << 503 << "maybe"_ba << true;
}

void TestRetryPolicy::whatIsRetried()
{
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(bool, retried);
    const std::optional<int> httpStatus = status == 0 ? std::nullopt : std::optional<int>(status);
    QCOMPARE(RetryPolicy::shouldRetry(httpStatus, header), retried);
}

void TestRetryPolicy::delays_data()
{
    QTest::addColumn<int>("retriesSoFar");
    QTest::addColumn<QByteArray>("retryAfterMs");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("the first retry waits 0.5 s without jitter")
        << 0 << QByteArray() << QByteArray() << 0.0 << qint64(500);
    QTest::newRow("the second retry waits 1 s") << 1 << QByteArray() << QByteArray() << 0.0 << qint64(1000);
    QTest::newRow("the third retry waits 2 s") << 2 << QByteArray() << QByteArray() << 0.0 << qint64(2000);
    QTest::newRow("the fifth retry reaches the 8 s ceiling")
        << 4 << QByteArray() << QByteArray() << 0.0 << qint64(8000);
    QTest::newRow("later retries stay at 8 s") << 9 << QByteArray() << QByteArray() << 0.0 << qint64(8000);
    QTest::newRow("huge retry counts stay at 8 s") << 5000 << QByteArray() << QByteArray() << 0.0 << qint64(8000);
    QTest::newRow("full jitter takes a quarter off") << 0 << QByteArray() << QByteArray() << 1.0 << qint64(375);
    QTest::newRow("half jitter takes an eighth off") << 2 << QByteArray() << QByteArray() << 0.5 << qint64(1750);
    QTest::newRow("jitter applies at the ceiling") << 6 << QByteArray() << QByteArray() << 1.0 << qint64(6000);
    QTest::newRow("retry-after-ms is obeyed") << 0 << "250"_ba << QByteArray() << 0.7 << qint64(250);
    QTest::newRow("a fractional retry-after-ms is rounded up") << 0 << "12.2"_ba << QByteArray() << 0.0 << qint64(13);
    QTest::newRow("retry-after-ms wins over retry-after") << 0 << "100"_ba
                                                          << "30"_ba << 0.0 << qint64(100);
    QTest::newRow("retry-after in seconds is obeyed") << 3 << QByteArray() << "1"_ba << 0.0 << qint64(1000);
    QTest::newRow("fractional retry-after seconds are obeyed") << 0 << QByteArray() << "1.5"_ba << 0.0 << qint64(1500);
    QTest::newRow("retry-after of exactly 60 s is obeyed") << 0 << QByteArray() << "60"_ba << 0.0 << qint64(60000);
    QTest::newRow("retry-after beyond 60 s falls back to backoff")
        << 0 << QByteArray() << "61"_ba << 0.0 << qint64(500);
    QTest::newRow("retry-after of zero falls back to backoff") << 1 << QByteArray() << "0"_ba << 0.0 << qint64(1000);
    QTest::newRow("a negative retry-after falls back to backoff") << 0 << QByteArray() << "-5"_ba << 0.0 << qint64(500);
    QTest::newRow("an unreadable retry-after falls back to backoff")
        << 0 << QByteArray() << "soon"_ba << 0.0 << qint64(500);
    QTest::newRow("an out-of-range retry-after-ms hides a valid retry-after, as in the SDKs")
        << 0 << "120000"_ba
        << "2"_ba << 0.0 << qint64(500);
    QTest::newRow("an unreadable retry-after-ms lets retry-after through") << 0 << "x"_ba
                                                                           << "2"_ba << 0.0 << qint64(2000);
    QTest::newRow("infinity is not a wait") << 0 << "inf"_ba << QByteArray() << 0.0 << qint64(500);
    QTest::newRow("retry-after as an HTTP date 30 s ahead")
        << 0 << QByteArray() << "Fri, 15 Mar 2024 14:20:30 GMT"_ba << 0.0 << qint64(30000);
    QTest::newRow("retry-after as an HTTP date in the past falls back to backoff")
        << 0 << QByteArray() << "Fri, 15 Mar 2024 14:19:00 GMT"_ba << 0.0 << qint64(500);
    QTest::newRow("retry-after as an HTTP date two minutes ahead falls back to backoff")
        << 1 << QByteArray() << "Fri, 15 Mar 2024 14:22:00 GMT"_ba << 0.0 << qint64(1000);
}

void TestRetryPolicy::delays()
{
    QFETCH(int, retriesSoFar);
    QFETCH(QByteArray, retryAfterMs);
    QFETCH(QByteArray, retryAfter);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    QCOMPARE(RetryPolicy::retryDelay(retriesSoFar, retryAfterMs, retryAfter, now, random).count(), expectedMs);
}

void TestRetryPolicy::theDefaultScheduleOfTheSdks()
{
    QCOMPARE(RetryPolicy::defaultMaxRetries, 2);
    QCOMPARE(RetryPolicy::defaultTimeout, milliseconds(60'000));
    // Every jitter keeps the delay within [75 %, 100 %] of the nominal one.
    for (int retry = 0; retry < 6; ++retry) {
        const qint64 nominal = std::min<qint64>(500LL << retry, 8000);
        for (double random = 0.0; random <= 1.0; random += 0.125) {
            const qint64 delay = RetryPolicy::backoffDelay(retry, random).count();
            QVERIFY(delay <= nominal);
            QVERIFY(delay >= nominal * 3 / 4);
        }
    }
}

void TestRetryPolicy::httpDates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("the RFC 9110 example")
        << "Sun, 06 Nov 1994 08:49:37 GMT"_ba << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("a leap day") << "Thu, 29 Feb 2024 23:59:59 GMT"_ba
                                << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("a wrong weekday is refused") << "Mon, 06 Nov 1994 08:49:37 GMT"_ba << QDateTime();
    QTest::newRow("the obsolete RFC 850 form is refused") << "Sunday, 06-Nov-94 08:49:37 GMT"_ba << QDateTime();
    QTest::newRow("the asctime form is refused") << "Sun Nov  6 08:49:37 1994"_ba << QDateTime();
    QTest::newRow("a numeric zone is refused") << "Sun, 06 Nov 1994 08:49:37 +0000"_ba << QDateTime();
    QTest::newRow("February 30 is refused") << "Fri, 30 Feb 2024 08:49:37 GMT"_ba << QDateTime();
    QTest::newRow("an unknown month is refused") << "Sun, 06 Nvo 1994 08:49:37 GMT"_ba << QDateTime();
    QTest::newRow("hour 24 is refused") << "Sun, 06 Nov 1994 24:49:37 GMT"_ba << QDateTime();
}

void TestRetryPolicy::httpDates()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = RetryPolicy::parseHttpDate(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed)
        QCOMPARE(*parsed, expected);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
