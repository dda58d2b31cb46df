// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include "core/domain/accountbatch.h"

// What a filter searches in each row of an AccountStore: its name, id and each "key=value"
// of its metadata, case-folded once on arrival (FoldedText) and each followed by '\0', which
// no needle holds, so no match spans two fields. Rows are appended in order to one arena
// with one offset a row, so a keystroke is one byte search over the arena (markMatches())
// instead of a case-insensitive comparison per field and row. It costs about the size of
// those fields again, roughly 100 bytes an account.
//
// Only this class knows the layout: foldedName() and foldedId() hand out the fields, which
// the sort keys read (AccountSortKey). A replaced row is written over its old text when it
// fits, padded with '\0'; otherwise the old text is blanked and the new one kept aside.
class SearchText
{
public:
    /// Room for `rows` rows and `bytes` bytes at once, in huge pages where the system offers
    /// them: for a snapshot's rows, folded in one go, so the arena never grows on the way.
    void reserveAtOnce(qsizetype rows, qsizetype bytes);
    /// Room for `rows` rows' offsets; the arena grows a quarter at a time as rows arrive.
    void reserveRows(qsizetype rows);
    /// Appends the text of `rows`' row `row`, the next row: rows are appended in order.
    void append(const AccountBatch &rows, qsizetype row);
    /// Writes the text of `rows`' row `row` again, after the store replaced its account.
    void replace(const AccountBatch &rows, qsizetype row);
    /// Drops every row and returns the memory.
    void clear();

    /// The number of rows appended.
    qsizetype rowCount() const { return qsizetype(m_start.size()); }
    /// Row `row`'s whole text: a haystack for needles without '\0'.
    QByteArrayView of(qsizetype row) const;
    /// Row `row`'s name, case-folded; `record` is the row's record (it holds the name's size).
    QByteArrayView foldedName(qsizetype row, const AccountRecord &record) const;
    /// Row `row`'s id, case-folded: checked ASCII, so as long as the id.
    QByteArrayView foldedId(qsizetype row, const AccountRecord &record) const;
    /// Sets matches[row] to 1 for every row below matches.size() whose text contains
    /// `foldedNeedle` (non-empty, no '\0'); leaves the other entries alone.
    void markMatches(QByteArrayView foldedNeedle, std::vector<quint8> &matches) const;
    /// Bytes held, for memory accounting.
    qsizetype memoryBytes() const;

private:
    /// Writes the folded fields of `record` to `out`; returns the folded name's size.
    static qsizetype write(QByteArray &out, const AccountBatch &rows, const AccountRecord &record);
    void noteFoldedNameSize(qsizetype row, qsizetype nameSize, qsizetype foldedSize);
    qsizetype foldedNameSize(qsizetype row, const AccountRecord &record) const;
    QByteArrayView inArena(qsizetype row) const;

    // Row r's text is at [m_start[r], m_start[r + 1]) of m_arena, padded with '\0' when a
    // replacement was shorter, unless it is in m_replaced.
    QByteArray m_arena;
    std::vector<quint32> m_start;
    QHash<quint32, TextSpan> m_replaced; // row -> its text in m_replacedArena
    QByteArray m_replacedArena;
    // A folded name is as long as its name but for a few non-ASCII characters that fold to a
    // longer or shorter form: those rows are marked, their sizes kept, and no field needs a scan.
    std::vector<bool> m_nameResized;
    QHash<quint32, quint32> m_foldedNameSizes;
};
