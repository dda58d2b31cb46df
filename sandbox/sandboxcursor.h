// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>

#include "sandbox/sandboxoptions.h"

// List cursors. A cursor names a position in the creation sequence of one kind (the
// number of accounts already served), so accounts created or toggled between pages never
// shift what the next page holds. It is opaque, standard base64 of 11 bytes, and its
// fixed first bytes always encode to "++//" with one "=" of padding at the end: every
// cursor tests that a client percent-encodes '+', which a server reads as a space.
class SandboxCursor
{
public:
    /// The cursor for the page that starts at `position`.
    static QByteArray encode(SandboxKind kind, qsizetype position);
    /// The position a cursor names, or nothing when it is not a cursor of `kind` made here.
    static std::optional<qsizetype> decode(SandboxKind kind, QByteArrayView cursor);
};
