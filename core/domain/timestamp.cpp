// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamp.h"

namespace
{
constexpr qint64 msPerSecond = 1000;
constexpr qint64 msPerDay = 86'400'000;

// Days between 1970-01-01 and the given civil date in the proleptic Gregorian calendar.
// The year is shifted so it starts in March, which puts February's leap day at its end.
constexpr qint64 daysFromCivil(int year, int month, int day)
{
    const int y = month <= 2 ? year - 1 : year;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int shiftedMonth = month > 2 ? month - 3 : month + 9;
    const int dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

struct CivilDate
{
    int year;
    int month;
    int day;
};

// The inverse of daysFromCivil.
constexpr CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const int dayOfEra = int(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int shiftedMonth = (5 * dayOfYear + 2) / 153;
    const int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    return { int(era * 400 + yearOfEra + (month <= 2 ? 1 : 0)), month, day };
}

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 11017);
static_assert(civilFromDays(11017).year == 2000 && civilFromDays(11017).month == 3);

constexpr bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int daysInMonth(int year, int month)
{
    constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads `count` digits at `pos`; -1 when any of them is not a digit.
int digits(QByteArrayView text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

void appendDigits(QByteArray &out, int value, int count)
{
    char buffer[4];
    for (int i = count - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, count);
}
} // namespace

std::optional<qint64> parseRfc3339Ms(QByteArrayView text)
{
    // The shortest form is "YYYY-MM-DDTHH:MM:SSZ" (20 characters).
    if (text.size() < 20)
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 60)
        return std::nullopt;
    if (text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':')
        return std::nullopt;

    qsizetype pos = 19;
    int millis = 0;
    if (text[pos] == '.') {
        ++pos;
        const qsizetype firstDigit = pos;
        int scale = 100;
        while (pos < text.size() && isDigit(text[pos])) {
            millis += (text[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == firstDigit)
            return std::nullopt;
    }
    if (pos >= text.size())
        return std::nullopt;

    int offsetMinutes = 0;
    const char zone = text[pos];
    if (zone == 'Z' || zone == 'z') {
        ++pos;
    } else if (zone == '+' || zone == '-') {
        if (text.size() - pos != 6 || text[pos + 3] != ':')
            return std::nullopt;
        const int offsetHours = digits(text, pos + 1, 2);
        const int offsetMins = digits(text, pos + 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59)
            return std::nullopt;
        offsetMinutes = (offsetHours * 60 + offsetMins) * (zone == '-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;

    const qint64 secondsOfDay = qint64(hour) * 3600 + minute * 60 + second;
    const qint64 localMs = daysFromCivil(year, month, day) * msPerDay + secondsOfDay * msPerSecond + millis;
    return localMs - qint64(offsetMinutes) * 60 * msPerSecond;
}

QByteArray formatRfc3339(qint64 msSinceEpoch)
{
    constexpr qint64 earliest = daysFromCivil(0, 1, 1) * msPerDay;
    constexpr qint64 latest = daysFromCivil(10000, 1, 1) * msPerDay;
    if (msSinceEpoch < earliest || msSinceEpoch >= latest)
        return {};
    // Floor division, so times before 1970 land on the day they belong to.
    qint64 days = msSinceEpoch / msPerDay;
    qint64 msOfDay = msSinceEpoch % msPerDay;
    if (msOfDay < 0) {
        msOfDay += msPerDay;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    const int millis = int(msOfDay % msPerSecond);
    const int secondsOfDay = int(msOfDay / msPerSecond);

    QByteArray out;
    out.reserve(24);
    appendDigits(out, date.year, 4);
    out.append('-');
    appendDigits(out, date.month, 2);
    out.append('-');
    appendDigits(out, date.day, 2);
    out.append('T');
    appendDigits(out, secondsOfDay / 3600, 2);
    out.append(':');
    appendDigits(out, secondsOfDay / 60 % 60, 2);
    out.append(':');
    appendDigits(out, secondsOfDay % 60, 2);
    if (millis != 0) {
        out.append('.');
        appendDigits(out, millis, 3);
    }
    out.append('Z');
    return out;
}
