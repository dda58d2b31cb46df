// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>

// RFC 3339 timestamps as the API sends them, converted to milliseconds since the epoch
// (UTC) without QDateTime: a page of 100 accounts carries 200 of them, and
// QDateTime::fromString costs microseconds each.

/// Milliseconds since 1970-01-01T00:00:00Z for a strict RFC 3339 date-time, or nullopt.
///
/// Accepted: YYYY-MM-DD, 'T' or 't', HH:MM:SS, an optional fraction of one or more digits
/// (truncated to milliseconds), then 'Z', 'z' or a numeric offset +HH:MM / -HH:MM.
/// Refused: anything else, including spaces, a missing offset, impossible dates
/// (2023-02-29, 2024-04-31) and out-of-range fields. A leap second (:60) is accepted as
/// the RFC allows and folded into the next second, as POSIX time does.
std::optional<qint64> parseRfc3339Ms(QByteArrayView text);

/// "YYYY-MM-DDTHH:MM:SSZ", or with ".mmm" before the Z when the milliseconds are not zero.
/// Empty for times outside the years 0000 to 9999.
QByteArray formatRfc3339(qint64 msSinceEpoch);
