// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <cmath>

#include <QByteArray>

namespace RetryPolicy
{
namespace
{
// A decimal number of seconds or milliseconds as Python's float() reads header values:
// surrounding whitespace allowed, "inf" and "nan" refused (they cannot be waited for).
std::optional<double> parseNumber(QByteArrayView text)
{
    const QByteArray trimmed = text.trimmed().toByteArray();
    if (trimmed.isEmpty())
        return std::nullopt;
    for (const char c : trimmed) {
        const bool allowed = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
        if (!allowed)
            return std::nullopt;
    }
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Milliseconds from a double, rounded up so a server's wait is never cut short; saturated
// well outside the range anyone obeys.
milliseconds ceilMilliseconds(double ms)
{
    constexpr double limit = 1e15;
    return milliseconds(qint64(std::ceil(qBound(-limit, ms, limit))));
}

int monthFromName(QByteArrayView name)
{
    static constexpr const char *months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    for (int i = 0; i < 12; ++i) {
        if (name == QByteArrayView(months[i], 3))
            return i + 1;
    }
    return 0;
}

int twoDigits(QByteArrayView text, qsizetype pos)
{
    const char a = text[pos];
    const char b = text[pos + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9')
        return -1;
    return (a - '0') * 10 + (b - '0');
}
} // namespace

bool shouldRetry(std::optional<int> httpStatus, QByteArrayView xShouldRetryHeader)
{
    if (!httpStatus)
        return true;
    // The SDKs compare the header to the exact strings; anything else falls through.
    if (xShouldRetryHeader == "true")
        return true;
    if (xShouldRetryHeader == "false")
        return false;
    const int status = *httpStatus;
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

std::optional<milliseconds> serverRequestedDelay(
    QByteArrayView retryAfterMsHeader, QByteArrayView retryAfterHeader, const QDateTime &now)
{
    // Same order as the SDKs: a readable retry-after-ms wins even when it is out of range.
    if (const auto ms = parseNumber(retryAfterMsHeader))
        return ceilMilliseconds(*ms);
    if (const auto seconds = parseNumber(retryAfterHeader))
        return ceilMilliseconds(*seconds * 1000.0);
    if (const auto date = parseHttpDate(retryAfterHeader))
        return milliseconds(now.msecsTo(*date));
    return std::nullopt;
}

milliseconds backoffDelay(int retriesSoFar, double random01)
{
    const int exponent = qBound(0, retriesSoFar, 30);
    const double delay
        = std::min(double(initialRetryDelay.count()) * std::pow(2.0, exponent), double(maxRetryDelay.count()));
    const double jitter = 1.0 - 0.25 * qBound(0.0, random01, 1.0);
    return milliseconds(std::llround(delay * jitter));
}

milliseconds retryDelay(int retriesSoFar, QByteArrayView retryAfterMsHeader, QByteArrayView retryAfterHeader,
    const QDateTime &now, double random01)
{
    const auto requested = serverRequestedDelay(retryAfterMsHeader, retryAfterHeader, now);
    if (requested && requested->count() > 0 && *requested <= maxServerRequestedDelay)
        return *requested;
    return backoffDelay(retriesSoFar, random01);
}

std::optional<QDateTime> parseHttpDate(QByteArrayView text)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT": fixed positions, 29 characters.
    if (text.size() != 29 || text[3] != ',' || text[4] != ' ' || text[7] != ' ' || text[11] != ' ' || text[16] != ' '
        || text[19] != ':' || text[22] != ':' || text.sliced(25) != " GMT")
        return std::nullopt;
    static constexpr const char *weekdays[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    int weekday = 0;
    for (int i = 0; i < 7; ++i) {
        if (text.first(3) == QByteArrayView(weekdays[i], 3))
            weekday = i + 1;
    }
    const int day = twoDigits(text, 5);
    const int month = monthFromName(text.sliced(8, 3));
    const int century = twoDigits(text, 12);
    const int yearInCentury = twoDigits(text, 14);
    const int hour = twoDigits(text, 17);
    const int minute = twoDigits(text, 20);
    const int second = twoDigits(text, 23);
    if (weekday == 0 || day < 0 || month == 0 || century < 0 || yearInCentury < 0 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 60)
        return std::nullopt;
    const QDate date(century * 100 + yearInCentury, month, day);
    // The weekday is redundant; a date that contradicts it is not one to trust.
    if (!date.isValid() || date.dayOfWeek() != weekday)
        return std::nullopt;
    return QDateTime(date, QTime(hour, minute, qMin(second, 59)), Qt::UTC);
}
} // namespace RetryPolicy
