// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QTest>

#include "core/domain/timestamp.h"

using namespace Qt::StringLiterals;

class TestTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedTimestamps_data();
    void acceptedTimestamps();
    void refusedTimestamps_data();
    void refusedTimestamps();
    void everyDayOfFourHundredYearsMatchesQDateTime();
    void formatting_data();
    void formatting();
    void formatRoundTripsThroughParse();
};

namespace
{
qint64 utcMs(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

void TestTimestamp::acceptedTimestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("the reference example in UTC") << "2024-03-15T14:20:00Z"_ba << utcMs(2024, 3, 15, 14, 20, 0);
    QTest::newRow("lower-case t and z are allowed") << "2024-03-15t14:20:00z"_ba << utcMs(2024, 3, 15, 14, 20, 0);
    QTest::newRow("milliseconds are kept") << "2024-03-15T14:20:00.125Z"_ba << utcMs(2024, 3, 15, 14, 20, 0, 125);
    QTest::newRow("one fraction digit means tenths")
        << "2024-03-15T14:20:00.5Z"_ba << utcMs(2024, 3, 15, 14, 20, 0, 500);
    QTest::newRow("nanoseconds are truncated to milliseconds")
        << "2024-03-15T14:20:00.123999999Z"_ba << utcMs(2024, 3, 15, 14, 20, 0, 123);
    QTest::newRow("a positive offset is subtracted") << "2024-03-15T16:20:00+02:00"_ba << utcMs(2024, 3, 15, 14, 20, 0);
    QTest::newRow("a negative offset crosses midnight")
        << "2024-03-15T22:30:00-05:30"_ba << utcMs(2024, 3, 16, 4, 0, 0);
    QTest::newRow("minus zero offset means UTC") << "2024-03-15T14:20:00-00:00"_ba << utcMs(2024, 3, 15, 14, 20, 0);
    QTest::newRow("the leap day of a leap year exists") << "2024-02-29T00:00:00Z"_ba << utcMs(2024, 2, 29, 0, 0, 0);
    QTest::newRow("2000 is a leap year") << "2000-02-29T12:00:00Z"_ba << utcMs(2000, 2, 29, 12, 0, 0);
    QTest::newRow("the epoch is zero") << "1970-01-01T00:00:00Z"_ba << qint64(0);
    QTest::newRow("times before the epoch are negative") << "1969-12-31T23:59:59.999Z"_ba << qint64(-1);
    QTest::newRow("a leap second folds into the next second")
        << "2016-12-31T23:59:60Z"_ba << utcMs(2017, 1, 1, 0, 0, 0);
    QTest::newRow("the last representable instant")
        << "9999-12-31T23:59:59.999Z"_ba << utcMs(9999, 12, 31, 23, 59, 59, 999);
}

void TestTimestamp::acceptedTimestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    QCOMPARE(parseRfc3339Ms(text), std::optional<qint64>(expected));
}

void TestTimestamp::refusedTimestamps_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("the empty string") << QByteArray();
    QTest::newRow("a date alone") << "2024-03-15"_ba;
    QTest::newRow("a missing offset") << "2024-03-15T14:20:00"_ba;
    QTest::newRow("a space instead of T") << "2024-03-15 14:20:00Z"_ba;
    QTest::newRow("minutes without seconds") << "2024-03-15T14:20Z"_ba;
    QTest::newRow("February 29 of a common year") << "2023-02-29T00:00:00Z"_ba;
    QTest::newRow("February 29 of 1900") << "1900-02-29T00:00:00Z"_ba;
    QTest::newRow("April 31") << "2024-04-31T00:00:00Z"_ba;
    QTest::newRow("month zero") << "2024-00-10T00:00:00Z"_ba;
    QTest::newRow("month thirteen") << "2024-13-10T00:00:00Z"_ba;
    QTest::newRow("day zero") << "2024-01-00T00:00:00Z"_ba;
    QTest::newRow("hour 24") << "2024-01-10T24:00:00Z"_ba;
    QTest::newRow("minute 60") << "2024-01-10T10:60:00Z"_ba;
    QTest::newRow("second 61") << "2024-01-10T10:00:61Z"_ba;
    QTest::newRow("a dot without fraction digits") << "2024-01-10T10:00:00.Z"_ba;
    QTest::newRow("a comma as the decimal separator") << "2024-01-10T10:00:00,5Z"_ba;
    QTest::newRow("an offset without a colon") << "2024-01-10T10:00:00+0200"_ba;
    QTest::newRow("an offset of hours only") << "2024-01-10T10:00:00+02"_ba;
    QTest::newRow("an offset of 24 hours") << "2024-01-10T10:00:00+24:00"_ba;
    QTest::newRow("an offset minute of 60") << "2024-01-10T10:00:00+01:60"_ba;
    QTest::newRow("trailing text after Z") << "2024-01-10T10:00:00ZZ"_ba;
    QTest::newRow("trailing text after the offset") << "2024-01-10T10:00:00+01:00 "_ba;
    QTest::newRow("leading whitespace") << " 2024-01-10T10:00:00Z"_ba;
    QTest::newRow("a signed year") << "+2024-01-10T10:00:00Z"_ba;
    QTest::newRow("a non-digit in the year") << "2O24-01-10T10:00:00Z"_ba;
    QTest::newRow("a slash as date separator") << "2024/01/10T10:00:00Z"_ba;
    QTest::newRow("a named time zone") << "2024-01-10T10:00:00UTC"_ba;
    QTest::newRow("non-ASCII digits") << "2024-01-10T10:00:0\xd9\xa1Z"_ba;
}

void TestTimestamp::refusedTimestamps()
{
    QFETCH(QByteArray, text);
    QCOMPARE(parseRfc3339Ms(text), std::nullopt);
}

void TestTimestamp::everyDayOfFourHundredYearsMatchesQDateTime()
{
    // One Gregorian cycle covers every leap-year rule; QDateTime is the independent oracle.
    QDate date(1900, 1, 1);
    const QDate end(2300, 1, 1);
    int checked = 0;
    for (; date < end; date = date.addDays(1), ++checked) {
        const QDateTime expected(date, QTime(23, 59, 58, 7), Qt::UTC);
        const QByteArray text = date.toString(Qt::ISODate).toLatin1() + "T23:59:58.007Z";
        const std::optional<qint64> parsed = parseRfc3339Ms(text);
        if (parsed != expected.toMSecsSinceEpoch())
            QFAIL(text.constData());
        if (formatRfc3339(*parsed) != text)
            QFAIL(formatRfc3339(*parsed).constData());
    }
    QCOMPARE(checked, 146097);
}

void TestTimestamp::formatting_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("whole seconds carry no fraction") << utcMs(2024, 3, 15, 14, 20, 0) << "2024-03-15T14:20:00Z"_ba;
    QTest::newRow("milliseconds get three digits") << utcMs(2024, 3, 15, 14, 20, 0, 7) << "2024-03-15T14:20:00.007Z"_ba;
    QTest::newRow("the epoch") << qint64(0) << "1970-01-01T00:00:00Z"_ba;
    QTest::newRow("one millisecond before the epoch") << qint64(-1) << "1969-12-31T23:59:59.999Z"_ba;
    QTest::newRow("year 10000 cannot be written") << utcMs(9999, 12, 31, 23, 59, 59, 999) + 1 << QByteArray();
    QTest::newRow("the first instant of year 0000") << qint64(-62'167'219'200'000) << "0000-01-01T00:00:00Z"_ba;
    QTest::newRow("a negative year cannot be written") << qint64(-62'167'219'200'001) << QByteArray();
}

void TestTimestamp::formatting()
{
    QFETCH(qint64, ms);
    QFETCH(QByteArray, expected);
    QCOMPARE(formatRfc3339(ms), expected);
}

void TestTimestamp::formatRoundTripsThroughParse()
{
    const qint64 samples[] = { 0, 1, -1, 1'710'512'400'000, 253'402'300'799'999, -62'167'219'200'000 };
    for (const qint64 ms : samples)
        QCOMPARE(parseRfc3339Ms(formatRfc3339(ms)), std::optional<qint64>(ms));
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
