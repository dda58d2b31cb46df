// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <limits>
#include <string>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "sandbox/sandboxjsonwriter.h"

using namespace Qt::StringLiterals;

class TestSandboxJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data();
    void strings();
    void everyByteRoundTrips();
    void timestamps_data();
    void timestamps();
    void timestampsAgreeWithQDateTime();
    void integers();
    void errorBody();
};

void TestSandboxJsonWriter::strings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("plain text is copied") << QByteArray("Harbor Clinic") << QByteArray("\"Harbor Clinic\"");
    QTest::newRow("the empty string stays empty") << QByteArray() << QByteArray("\"\"");
    QTest::newRow("quotes are escaped") << QByteArray("a\"b") << QByteArray("\"a\\\"b\"");
    QTest::newRow("backslashes are escaped") << QByteArray("a\\b") << QByteArray("\"a\\\\b\"");
    QTest::newRow("a newline is escaped as \\u000a") << QByteArray("a\nb") << QByteArray("\"a\\u000ab\"");
    QTest::newRow("NUL is escaped") << QByteArray("a\0b", 3) << QByteArray("\"a\\u0000b\"");
    QTest::newRow("escape and unit separator are escaped")
        << QByteArray("\x1b\x1f") << QByteArray("\"\\u001b\\u001f\"");
    QTest::newRow("DEL is escaped") << QByteArray("\x7f") << QByteArray("\"\\u007f\"");
    QTest::newRow("HTML passes unchanged") << QByteArray("<b>x</b>") << QByteArray("\"<b>x</b>\"");
    QTest::newRow("non-ASCII passes as UTF-8")
        << u"Tom\u00e1s \U0001F3E5"_s.toUtf8() << u"\"Tom\u00e1s \U0001F3E5\""_s.toUtf8();
    QTest::newRow("bidi overrides pass as UTF-8") << u"\u202Eabc"_s.toUtf8() << u"\"\u202Eabc\""_s.toUtf8();
    QTest::newRow("other characters with the same lead byte pass")
        << u"\u2013 \u20ac \u2027"_s.toUtf8() << u"\"\u2013 \u20ac \u2027\""_s.toUtf8();
    QTest::newRow("a truncated lead byte at the end passes") << QByteArray("a\xe2\x80") << QByteArray("\"a\xe2\x80\"");
    QTest::newRow("line and paragraph separators are escaped")
        << u"a\u2028b\u2029c"_s.toUtf8() << QByteArray("\"a\\u2028b\\u2029c\"");
}

void TestSandboxJsonWriter::strings()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, json);
    QCOMPARE(SandboxJsonWriter::string(text), json);
    std::string out = "x";
    SandboxJsonWriter::appendString(out, text);
    QCOMPARE(QByteArray::fromStdString(out), 'x' + json);
}

void TestSandboxJsonWriter::everyByteRoundTrips()
{
    // Every code point of the first 0x800, which covers all escapes and 1- and 2-byte UTF-8.
    QString text;
    for (char16_t c = 1; c < 0x800; ++c)
        text.append(QChar(c));
    text.append(QChar(u'\0'));
    const QByteArray out = '[' + SandboxJsonWriter::string(text.toUtf8()) + ']';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().at(0).toString(), text);
}

void TestSandboxJsonWriter::timestamps_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("the epoch") << qint64(0) << QByteArray("1970-01-01T00:00:00Z");
    QTest::newRow("the reference's example") << qint64(1710512400) << QByteArray("2024-03-15T14:20:00Z");
    QTest::newRow("a leap day") << qint64(1709164800) << QByteArray("2024-02-29T00:00:00Z");
    QTest::newRow("the last second of a year") << qint64(1767225599) << QByteArray("2025-12-31T23:59:59Z");
    QTest::newRow("before the epoch") << qint64(-1) << QByteArray("1969-12-31T23:59:59Z");
}

void TestSandboxJsonWriter::timestamps()
{
    QFETCH(qint64, seconds);
    QFETCH(QByteArray, text);
    QCOMPARE(SandboxJsonWriter::timestamp(seconds), text);
    std::string quoted;
    SandboxJsonWriter::appendTimestamp(quoted, seconds);
    QCOMPARE(QByteArray::fromStdString(quoted), '"' + text + '"');
}

void TestSandboxJsonWriter::timestampsAgreeWithQDateTime()
{
    // Steps of a prime number of seconds land on every hour, day and month boundary kind.
    for (qint64 seconds = -2208988800LL; seconds < 4102444800LL; seconds += 1000003LL * 7) {
        const QByteArray expected = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate).toLatin1();
        QCOMPARE(SandboxJsonWriter::timestamp(seconds), expected);
    }
}

void TestSandboxJsonWriter::integers()
{
    std::string out;
    for (qint64 value : { qint64(0), qint64(15), qint64(-7), std::numeric_limits<qint64>::max() }) {
        out.clear();
        SandboxJsonWriter::appendInteger(out, value);
        QCOMPARE(QByteArray::fromStdString(out), QByteArray::number(value));
    }
}

void TestSandboxJsonWriter::errorBody()
{
    const QByteArray body = SandboxJsonWriter::errorBody("Bad \"id\"");
    QCOMPARE(body, QByteArray("{\"message\":\"Bad \\\"id\\\"\"}"));
    QCOMPARE(QJsonDocument::fromJson(body).object().value(u"message"_s).toString(), u"Bad \"id\""_s);
}

QTEST_GUILESS_MAIN(TestSandboxJsonWriter)
#include "tst_sandboxjsonwriter.moc"
