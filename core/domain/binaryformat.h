// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QByteArrayView>

// The byte-level pieces of the snapshot format, apart from what the format says about
// accounts (SnapshotCodec): little-endian fixed-width numbers, LEB128 varints, zigzag deltas,
// length-prefixed texts and 32 hex digits packed in 16 bytes. The Reader never reads past
// its input: every call says whether the bytes were there.
namespace BinaryFormat
{
/// The bytes 32 packed hex digits take.
inline constexpr qsizetype packedHexBytes = 16;

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

inline constexpr char hexDigits[] = "0123456789abcdef";

inline bool isLowerHex(QByteArrayView text)
{
    for (const char c : text) {
        if (hexValue(c) < 0)
            return false;
    }
    return true;
}

// Wraps modulo 2^64, so a delta between any two qint64 values round-trips without overflow.
inline quint64 zigzag(quint64 delta)
{
    const auto signedDelta = qint64(delta);
    return (delta << 1) ^ quint64(signedDelta >> 63);
}

inline quint64 unzigzag(quint64 value)
{
    return (value >> 1) ^ (~(value & 1) + 1);
}

class Writer
{
public:
    explicit Writer(qsizetype reserve) { m_out.reserve(reserve); }

    QByteArray take() { return std::move(m_out); }

    void byte(quint8 value) { m_out.append(char(value)); }

    void fixed(quint64 value, int bytes)
    {
        for (int i = 0; i < bytes; ++i)
            m_out.append(char((value >> (8 * i)) & 0xFF));
    }

    void varint(quint64 value)
    {
        while (value >= 0x80) {
            m_out.append(char((value & 0x7F) | 0x80));
            value >>= 7;
        }
        m_out.append(char(value));
    }

    void text(QByteArrayView utf8)
    {
        varint(quint64(utf8.size()));
        m_out.append(utf8);
    }

    // 32 lowercase hex digits as 16 bytes, high nibble first.
    void packedHex(QByteArrayView digits)
    {
        for (qsizetype i = 0; i < 32; i += 2)
            m_out.append(char((hexValue(digits[i]) << 4) | hexValue(digits[i + 1])));
    }

private:
    QByteArray m_out;
};

class Reader
{
public:
    explicit Reader(QByteArrayView in)
        : m_in(in)
    { }

    qsizetype position() const { return m_at; }
    qsizetype remaining() const { return m_in.size() - m_at; }

    bool byte(quint8 *value)
    {
        if (remaining() < 1)
            return false;
        *value = quint8(m_in[m_at++]);
        return true;
    }

    bool fixed(quint64 *value, int bytes)
    {
        if (remaining() < bytes)
            return false;
        quint64 result = 0;
        for (int i = 0; i < bytes; ++i)
            result |= quint64(quint8(m_in[m_at + i])) << (8 * i);
        m_at += bytes;
        *value = result;
        return true;
    }

    // Fails at the end of input and on more than 64 bits (`*tooLong` then says which).
    bool varint(quint64 *value, bool *tooLong)
    {
        quint64 result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            quint8 next = 0;
            if (!byte(&next))
                return false;
            const quint64 bits = next & 0x7F;
            if (shift == 63 && bits > 1) {
                *tooLong = true;
                return false;
            }
            result |= bits << shift;
            if (!(next & 0x80)) {
                *value = result;
                return true;
            }
        }
        *tooLong = true;
        return false;
    }

    bool bytes(qsizetype size, QByteArrayView *out)
    {
        if (size < 0 || remaining() < size)
            return false;
        *out = m_in.sliced(m_at, size);
        m_at += size;
        return true;
    }

    /// Writes the 32 hex digits of 16 packed bytes to `out`.
    bool packedHex(char *out)
    {
        QByteArrayView packed;
        if (!bytes(packedHexBytes, &packed))
            return false;
        for (const char c : packed) {
            *out++ = hexDigits[(quint8(c) >> 4) & 0xF];
            *out++ = hexDigits[quint8(c) & 0xF];
        }
        return true;
    }

private:
    QByteArrayView m_in;
    qsizetype m_at = 0;
};

} // namespace BinaryFormat
