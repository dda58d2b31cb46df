// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

// Case-insensitive text work on UTF-8 without a QString per row.
//
// Searching: AccountStore keeps each row's searchable fields case-folded once, when the
// row arrives, so a filter keystroke is a plain byte search over folded text. ASCII is
// folded byte by byte; anything else is decoded and folded per code point with
// QChar::toCaseFolded(), the simple folding QString::contains(..., Qt::CaseInsensitive)
// compares with, so "ÉCOLE" matches "école" exactly as it would there. UTF-8 is
// self-synchronising, so a byte match of a folded needle always starts and ends on
// character boundaries.
//
// Sorting: compare() orders UTF-8 text as QString::compare(a, b, Qt::CaseInsensitive)
// orders the decoded strings, decoding only from the first non-ASCII byte on. To sort many
// rows, fold each key once and use compareFolded(), which compares bytes.
namespace FoldedText
{
/// Appends the case-folded form of UTF-8 text to `out`.
void appendFolded(QByteArray &out, QByteArrayView utf8);

/// The case-folded UTF-8 form of a needle typed by the user.
QByteArray fold(QStringView text);

/// The first position at or after `from` where `needle` occurs in `haystack`, or -1. A plain
/// byte search (SSE2 where available): both sides must already be folded.
qsizetype indexOf(QByteArrayView haystack, QByteArrayView needle, qsizetype from = 0);

inline bool contains(QByteArrayView haystack, QByteArrayView needle)
{
    return indexOf(haystack, needle) >= 0;
}

/// Negative, zero or positive as QString::compare(a, b, Qt::CaseInsensitive) on the decoded texts.
int compare(QByteArrayView a, QByteArrayView b);

/// compare() for texts already folded with appendFolded(): a byte comparison, for sorting many rows.
int compareFolded(QByteArrayView a, QByteArrayView b);
} // namespace FoldedText
