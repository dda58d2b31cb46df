// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

#include <QByteArray>

// Large arrays filled at once (a snapshot's bytes, its decoded rows, the store's search text)
// spend much of their filling in page faults: on the virtual machines these figures come from,
// the first write to a 4 KiB page costs about 10 us, 62 ms for 24 MB, and 36 ms when the
// kernel may back the memory with 2 MiB pages. These ask for such pages where Linux offers
// them (transparent huge pages set to "always" or "madvise"); elsewhere, or for arrays too
// small to hold one, they do nothing. Only for arrays filled once: advising arrays that grow
// made each growth slower (the kernel compacts memory to find the pages).
namespace LargeMemory
{
/// Asks for huge pages for the 2 MiB-aligned part of `bytes` at `data`, before it is written.
void preferHugePages(void *data, size_t bytes);

/// Reserves room for `count` items and asks for huge pages for it.
template <typename T> void reserve(std::vector<T> &array, size_t count)
{
    array.reserve(count);
    preferHugePages(array.data(), array.capacity() * sizeof(T));
}

/// Reserves room for `bytes` bytes and asks for huge pages for it.
void reserve(QByteArray &array, qsizetype bytes);
} // namespace LargeMemory
