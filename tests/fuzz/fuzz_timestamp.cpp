// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes parseRfc3339Ms against a reference written differently (a regular expression and
// QDateTime), and formatRfc3339 against QDateTime, with a round trip through both.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>

#include <QDateTime>
#include <QRegularExpression>

#include "core/domain/timestamp.h"
#include "tests/fuzz/fuzzcheck.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 msPerDay = 86'400'000;
// The proleptic Gregorian calendar repeats every 400 years, which are exactly 146097 days.
constexpr qint64 msPer400Years = 146'097 * msPerDay;

// 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z, the ends of what formatRfc3339 prints.
qint64 earliestPrintable()
{
    return QDateTime(QDate(400, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - msPer400Years;
}

qint64 endOfPrintable()
{
    return QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// RFC 3339's date-time as the parser documents it. \z, not $: $ also matches before a final newline.
const QRegularExpression &pattern()
{
    static const QRegularExpression expression(
        uR"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))\z)"_s);
    return expression;
}

std::optional<qint64> referenceParse(QByteArrayView bytes)
{
    // Latin-1 maps each byte to one character, so no byte can pass as a digit by decoding.
    const QRegularExpressionMatch match = pattern().match(QString::fromLatin1(bytes));
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&match](int group) { return match.captured(group).toInt(); };
    const int year = number(1);
    const int month = number(2);
    const int day = number(3);
    const int hour = number(4);
    const int minute = number(5);
    const int second = number(6);
    // QDate has no year 0; year 400 has the same calendar and lies 146097 days later.
    const bool yearZero = year == 0;
    const QDate date(yearZero ? 400 : year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    int offsetMinutes = 0;
    if (match.hasCaptured(8)) {
        const int offsetHours = number(9);
        const int offsetMins = number(10);
        if (offsetHours > 23 || offsetMins > 59)
            return std::nullopt;
        offsetMinutes = (offsetHours * 60 + offsetMins) * (match.captured(8) == u"-"_s ? -1 : 1);
    }
    const int millis = match.hasCaptured(7) ? QString(match.captured(7) + u"00"_s).left(3).toInt() : 0;
    // A leap second is the first second of the next minute, as POSIX time counts it.
    qint64 ms = QDateTime(date, QTime(hour, minute, qMin(second, 59), millis), Qt::UTC).toMSecsSinceEpoch();
    if (second == 60)
        ms += 1000;
    if (yearZero)
        ms -= msPer400Years;
    return ms - qint64(offsetMinutes) * 60'000;
}

void checkFormat(qint64 ms)
{
    const QByteArray text = formatRfc3339(ms);
    const bool printable = ms >= earliestPrintable() && ms < endOfPrintable();
    FUZZ_CHECK(text.isEmpty() == !printable);
    if (!printable)
        return;
    FUZZ_CHECK(text.size() == (ms % 1000 == 0 ? 20 : 24));
    FUZZ_CHECK(parseRfc3339Ms(text) == ms);
    FUZZ_CHECK(referenceParse(text) == ms);
    // QDate calls the year before 1 year -1, so QDateTime only speaks for years 1 to 9999.
    const QDateTime dateTime = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    if (dateTime.date().year() >= 1) {
        const QString expected
            = dateTime.toString(ms % 1000 == 0 ? u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s : u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
        FUZZ_CHECK(QString::fromLatin1(text) == expected);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<qint64> parsed = parseRfc3339Ms(text);
    FUZZ_CHECK(parsed == referenceParse(text));
    if (parsed)
        checkFormat(*parsed);

    // The first eight bytes as an instant: anywhere at all, and folded into the printable years.
    if (size >= sizeof(qint64)) {
        qint64 ms = 0;
        std::memcpy(&ms, data, sizeof ms);
        checkFormat(ms);
        const qint64 span = endOfPrintable() - earliestPrintable();
        const qint64 folded = ms % span;
        checkFormat(earliestPrintable() + (folded < 0 ? folded + span : folded));
    }
    return 0;
}
