// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include <QByteArray>
#include <QByteArrayView>

// The sandbox writes its JSON by hand: account objects are cached as bytes and a list
// page is mostly their concatenation, which QJsonDocument cannot do. Only the few
// primitives the sandbox needs are here; output is compact (no spaces). They append to a
// std::string because Qt 6.4's QByteArray::append() of short pieces goes through
// insert(), several times slower when 100,000 accounts are serialized at start-up.
class SandboxJsonWriter
{
public:
    /// Appends `utf8` as a JSON string literal: quotes and backslashes escaped, every
    /// control character (and DEL, U+2028, U+2029) as \u00XX, other text as UTF-8.
    static void appendString(std::string &out, QByteArrayView utf8);
    /// Appends an RFC 3339 UTC timestamp with whole seconds as a JSON string, e.g. "2024-03-15T14:20:00Z".
    static void appendTimestamp(std::string &out, qint64 secsSinceEpoch);
    /// Appends a signed integer.
    static void appendInteger(std::string &out, qint64 value);
    /// The RFC 3339 text of a timestamp, without quotes.
    static QByteArray timestamp(qint64 secsSinceEpoch);
    /// `utf8` as a JSON string literal.
    static QByteArray string(QByteArrayView utf8);
    /// An error body: {"message":"..."}.
    static QByteArray errorBody(QByteArrayView message);
};
