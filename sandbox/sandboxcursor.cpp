// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxcursor.h"

namespace
{

constexpr unsigned char magic[] = { 0xfb, 0xef, 0xff }; // base64 "++//"
constexpr qsizetype payloadSize = 8; // magic, kind, 32-bit position
constexpr qsizetype cursorSize = 11; // payload and a 3-byte check

// A keyed check so that an edited cursor is refused instead of silently moving the page.
quint32 check(const unsigned char *bytes, qsizetype size)
{
    quint32 hash = 0x811c9dc5u ^ 0x5a4e4456u;
    for (qsizetype i = 0; i < size; ++i) {
        hash ^= bytes[i];
        hash *= 0x01000193u;
    }
    return hash & 0xffffffu;
}

} // namespace

QByteArray SandboxCursor::encode(SandboxKind kind, qsizetype position)
{
    unsigned char bytes[cursorSize];
    bytes[0] = magic[0];
    bytes[1] = magic[1];
    bytes[2] = magic[2];
    bytes[3] = kind == SandboxKind::ExpressCustomer ? 'c' : 'o';
    const auto value = quint32(position);
    bytes[4] = (value >> 24) & 0xff;
    bytes[5] = (value >> 16) & 0xff;
    bytes[6] = (value >> 8) & 0xff;
    bytes[7] = value & 0xff;
    const quint32 sum = check(bytes, payloadSize);
    bytes[8] = (sum >> 16) & 0xff;
    bytes[9] = (sum >> 8) & 0xff;
    bytes[10] = sum & 0xff;
    return QByteArray(reinterpret_cast<const char *>(bytes), cursorSize).toBase64();
}

std::optional<qsizetype> SandboxCursor::decode(SandboxKind kind, QByteArrayView cursor)
{
    // 11 bytes are always 16 characters; anything else (URL-safe alphabet, missing
    // padding, a '+' that arrived as a space) is refused rather than guessed at.
    if (cursor.size() != 16)
        return std::nullopt;
    const QByteArray text = cursor.toByteArray();
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != cursorSize || decoded.decoded.toBase64() != text)
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const unsigned char *>(decoded.decoded.constData());
    if (bytes[0] != magic[0] || bytes[1] != magic[1] || bytes[2] != magic[2])
        return std::nullopt;
    if (bytes[3] != (kind == SandboxKind::ExpressCustomer ? 'c' : 'o'))
        return std::nullopt;
    const quint32 sum = (quint32(bytes[8]) << 16) | (quint32(bytes[9]) << 8) | bytes[10];
    if (sum != check(bytes, payloadSize))
        return std::nullopt;
    return qsizetype((quint32(bytes[4]) << 24) | (quint32(bytes[5]) << 16) | (quint32(bytes[6]) << 8) | bytes[7]);
}
