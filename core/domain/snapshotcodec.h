// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "core/domain/accountbatch.h"
#include "core/domain/accountkind.h"

// The plaintext of an account snapshot: every row of one AccountBatch, in a compact binary
// form that SnapshotStore encrypts before it touches the disk.
//
// Layout (little endian throughout; "varint" is unsigned LEB128, at most 10 bytes):
//   header, 24 bytes:  "AVSB" | u16 version | u8 kind (0 customers, 1 organizations) | u8 0
//                      | i64 as-of time (ms since the epoch) | u32 row count | u32 0
//   each row:          u8 flags | 16 bytes id (the 32 hex digits after the kind's prefix)
//                      | text name | [api key id] | [user id] | [varint createdAt] | [varint updatedAt]
//                      | varint userCount | varint metadata count | entries
//   text:              varint byte length, then that many bytes of UTF-8
//   flags:             bits 0-2 as AccountRecord (active, has api key id, has user id);
//                      bit 3 createdAt null, bit 4 updatedAt null; bit 5 api key id packed as
//                      16 bytes (a lowercase UUID), bit 6 user id packed as 16 bytes (usr_ + 32
//                      lowercase hex), else either is text; bit 7 zero
//   createdAt:         zigzag delta from the previous row's createdAt (0 before the first)
//   updatedAt:         zigzag delta from this row's createdAt (0 when that is null)
//   metadata entry:    varint key reference, then text value. A reference below the number
//                      of keys seen so far names one of them; a reference equal to it
//                      introduces a new key, whose text follows. Keys are thus interned in
//                      order of first use, as AccountBatch interns them.
// Rows may come in any order; SnapshotStore writes them as the connection's view sorts them,
// so that the next start finds them sorted and checks that instead of sorting.
// Row-wise varints rather than the batch's fixed records and arena offsets: the offsets are
// implied by the order, ids and UUIDs are half their size as bytes, and most deltas take 3
// or 4 bytes instead of 8. That keeps a snapshot near a third of the JSON it came from.
//
// The reader takes its input as hostile (the fuzz target feeds it raw bytes): every length
// is checked against what is left, every count is capped, all text must be valid UTF-8 and
// every row must obey the rules PageReader enforces on a server's accounts.
class SnapshotCodec
{
public:
    static constexpr quint16 version = 1;
    static constexpr qsizetype headerSize = 24;
    /// More rows than any real connection has; the reader refuses a count above it.
    static constexpr quint32 maxRows = 10'000'000;

    enum class Error
    {
        None,
        NotASnapshot, // the magic is missing
        OtherVersion, // a version this build does not read
        Truncated, // the input ends inside a field
        Malformed, // a value breaks the format or the account schema
        TrailingBytes, // bytes after the last row
        Unencodable // encode(): a row the reader would refuse (see encode())
    };

    struct Decoded
    {
        AccountBatch batch;
        qint64 asOfMs = 0;
        Error error = Error::None;
        QString message; // one line: what was wrong and at which byte; empty on success

        bool ok() const { return error == Error::None; }
    };

    struct Encoded
    {
        QByteArray bytes;
        Error error = Error::None;
        QString message;

        bool ok() const { return error == Error::None; }
    };

    /// Encodes every row of `batch`, stamped with the time `asOfMs` it was taken, in the batch's
    /// order or, when `rowOrder` is given, in that order (every row once: the rows as a view
    /// sorts them, so that the next start finds them sorted). Refuses (Unencodable) a row with
    /// an invalid id or UUID, a negative user count, a timestamp outside the years 0000-9999
    /// or over 50 metadata pairs, and an order that is not one of every row; text is not
    /// checked again. PageReader's rows always encode.
    static Encoded encode(const AccountBatch &batch, qint64 asOfMs, const std::vector<int> &rowOrder = {});
    /// Reads a snapshot. On any error the batch is empty and `message` says why.
    static Decoded decode(QByteArrayView bytes);
};
