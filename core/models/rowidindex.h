// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArrayView>

// Which row holds an id, for a store whose rows are numbered 0, 1, 2... in the order they
// were added and never move. Open addressing over 32-bit row numbers (row + 1 a slot, 0 for
// empty), a power of two of slots at most half full; beside it each row's id hash (its low
// 32 bits), so that a probe reads an id only when the hashes agree and growing never reads
// an id again. 12 to 20 bytes a row, no string per key: the ids stay where the caller keeps
// them, and find() is told how to read one.
class RowIdIndex
{
public:
    /// The hash add() takes for an id.
    static size_t hash(QByteArrayView id);

    /// Room for `rows` rows without growing.
    void reserve(qsizetype rows);
    /// Adds the next row, whose id has `idHash`.
    void add(size_t idHash);
    /// The row whose id is `id` (as `idOfRow(row)` reads it), or -1.
    template <typename IdOfRow> qsizetype find(QByteArrayView id, const IdOfRow &idOfRow) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        const size_t idHash = hash(id);
        for (size_t slot = idHash & mask;; slot = (slot + 1) & mask) {
            const quint32 entry = m_slots[slot];
            if (entry == 0)
                return -1;
            const qsizetype row = qsizetype(entry) - 1;
            if (m_hashes[size_t(row)] == quint32(idHash) && idOfRow(row) == id)
                return row;
        }
    }
    /// The bytes it holds.
    qsizetype memoryBytes() const;
    /// Forgets every row and lets its memory go.
    void clear();

private:
    void grow(size_t capacity);

    std::vector<quint32> m_slots;
    std::vector<quint32> m_hashes;
};
