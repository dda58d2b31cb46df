// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxjsonwriter.h"

#include <array>
#include <charconv>

namespace
{

constexpr char hexDigits[] = "0123456789abcdef";

// Bytes that stop the fast copy: those that cannot go into a JSON string as they are,
// DEL (legal but invisible and hostile to terminals), and 0xe2, the lead byte of U+2028
// and U+2029.
constexpr std::array<bool, 256> stopBytes = [] {
    std::array<bool, 256> table {};
    for (int c = 0; c < 0x20; ++c)
        table[std::size_t(c)] = true;
    table['"'] = true;
    table['\\'] = true;
    table[0x7f] = true;
    table[0xe2] = true;
    return table;
}();

void appendUnicodeEscape(std::string &out, unsigned int codeUnit)
{
    const char escape[] = { '\\', 'u', hexDigits[(codeUnit >> 12) & 0xf], hexDigits[(codeUnit >> 8) & 0xf],
        hexDigits[(codeUnit >> 4) & 0xf], hexDigits[codeUnit & 0xf] };
    out.append(escape, sizeof escape);
}

// Writes `value` as exactly `width` decimal digits, zero-padded, at `out`.
void writeDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

// "YYYY-MM-DDTHH:MM:SSZ" into `out` (20 bytes), for years 0 to 9999.
void writeTimestamp(char *out, qint64 secsSinceEpoch)
{
    // Civil date from a day count (proleptic Gregorian calendar), in integer arithmetic so
    // that 200,000 timestamps cost microseconds rather than QDateTime conversions.
    qint64 days = secsSinceEpoch / 86400;
    qint64 secondOfDay = secsSinceEpoch % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    const qint64 shifted = days + 719468; // days since 0000-03-01
    const qint64 era = (shifted >= 0 ? shifted : shifted - 146096) / 146097;
    const qint64 dayOfEra = shifted - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153; // March = 0
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

    writeDigits(out, year, 4);
    out[4] = '-';
    writeDigits(out + 5, month, 2);
    out[7] = '-';
    writeDigits(out + 8, day, 2);
    out[10] = 'T';
    writeDigits(out + 11, int(secondOfDay / 3600), 2);
    out[13] = ':';
    writeDigits(out + 14, int(secondOfDay / 60 % 60), 2);
    out[16] = ':';
    writeDigits(out + 17, int(secondOfDay % 60), 2);
    out[19] = 'Z';
}

} // namespace

void SandboxJsonWriter::appendString(std::string &out, QByteArrayView utf8)
{
    out.push_back('"');
    const auto *data = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype size = utf8.size();
    qsizetype runStart = 0;
    // Copy runs of plain bytes at once; most names and values have nothing to escape.
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = data[i];
        if (!stopBytes[c])
            continue;
        const bool lineSeparator
            = c == 0xe2 && i + 2 < size && data[i + 1] == 0x80 && (data[i + 2] == 0xa8 || data[i + 2] == 0xa9);
        if (c == 0xe2 && !lineSeparator)
            continue;
        out.append(utf8.data() + runStart, std::size_t(i - runStart));
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(char(c));
        } else if (lineSeparator) {
            // U+2028 and U+2029 are valid JSON but end lines in JavaScript and some editors.
            appendUnicodeEscape(out, data[i + 2] == 0xa8 ? 0x2028 : 0x2029);
            i += 2;
        } else {
            appendUnicodeEscape(out, c);
        }
        runStart = i + 1;
    }
    out.append(utf8.data() + runStart, std::size_t(size - runStart));
    out.push_back('"');
}

void SandboxJsonWriter::appendTimestamp(std::string &out, qint64 secsSinceEpoch)
{
    char text[22];
    text[0] = '"';
    writeTimestamp(text + 1, secsSinceEpoch);
    text[21] = '"';
    out.append(text, sizeof text);
}

void SandboxJsonWriter::appendInteger(std::string &out, qint64 value)
{
    char text[24];
    const auto result = std::to_chars(text, text + sizeof text, value);
    out.append(text, std::size_t(result.ptr - text));
}

QByteArray SandboxJsonWriter::timestamp(qint64 secsSinceEpoch)
{
    QByteArray text(20, Qt::Uninitialized);
    writeTimestamp(text.data(), secsSinceEpoch);
    return text;
}

QByteArray SandboxJsonWriter::string(QByteArrayView utf8)
{
    std::string out;
    out.reserve(std::size_t(utf8.size()) + 2);
    appendString(out, utf8);
    return QByteArray(out.data(), qsizetype(out.size()));
}

QByteArray SandboxJsonWriter::errorBody(QByteArrayView message)
{
    std::string body = "{\"message\":";
    appendString(body, message);
    body.push_back('}');
    return QByteArray(body.data(), qsizetype(body.size()));
}
