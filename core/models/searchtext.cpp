// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtext.h"

#include <cstring>

#include "core/domain/largememory.h"
#include "core/models/foldedtext.h"

void SearchText::reserveAtOnce(qsizetype rows, qsizetype bytes)
{
    reserveRows(rows);
    LargeMemory::reserve(m_arena, bytes);
}

void SearchText::reserveRows(qsizetype rows)
{
    m_start.reserve(size_t(rows));
    m_nameResized.reserve(size_t(rows));
}

void SearchText::append(const AccountBatch &rows, qsizetype row)
{
    Q_ASSERT(row == rowCount());
    m_start.push_back(quint32(m_arena.size()));
    m_nameResized.push_back(false);
    const AccountRecord &record = rows.record(row);
    noteFoldedNameSize(row, qsizetype(record.name.size), write(m_arena, rows, record));
}

void SearchText::replace(const AccountBatch &rows, qsizetype row)
{
    QByteArray text;
    const AccountRecord &record = rows.record(row);
    noteFoldedNameSize(row, qsizetype(record.name.size), write(text, rows, record));
    // Most replacements (a toggled account) keep the text's length: write it where the old
    // text was, padded with '\0', which no needle matches.
    const auto overwrite = [&text](char *start, qsizetype room) {
        if (text.size() > room) {
            std::memset(start, 0, size_t(room));
            return false;
        }
        std::memcpy(start, text.constData(), size_t(text.size()));
        std::memset(start + text.size(), 0, size_t(room - text.size()));
        return true;
    };
    const auto aside = m_replaced.find(quint32(row));
    if (aside == m_replaced.end()) {
        const QByteArrayView old = inArena(row);
        if (overwrite(m_arena.data() + (old.data() - m_arena.constData()), old.size()))
            return;
    } else if (overwrite(m_replacedArena.data() + aside->offset, aside->size)) {
        return;
    }
    m_replaced.insert(quint32(row), TextSpan { quint32(m_replacedArena.size()), quint32(text.size()) });
    m_replacedArena.append(text);
}

void SearchText::clear()
{
    // A fresh object, not clear() on each container: assigning {} to a vector keeps its capacity.
    *this = SearchText();
}

QByteArrayView SearchText::inArena(qsizetype row) const
{
    const qsizetype start = m_start[size_t(row)];
    const qsizetype end = size_t(row) + 1 < m_start.size() ? qsizetype(m_start[size_t(row) + 1]) : m_arena.size();
    return QByteArrayView(m_arena.constData() + start, end - start);
}

QByteArrayView SearchText::of(qsizetype row) const
{
    if (!m_replaced.isEmpty()) {
        const auto replaced = m_replaced.constFind(quint32(row));
        if (replaced != m_replaced.constEnd())
            return QByteArrayView(m_replacedArena.constData() + replaced->offset, replaced->size);
    }
    return inArena(row);
}

qsizetype SearchText::foldedNameSize(qsizetype row, const AccountRecord &record) const
{
    if (!m_nameResized[size_t(row)])
        return qsizetype(record.name.size);
    return qsizetype(m_foldedNameSizes.value(quint32(row)));
}

QByteArrayView SearchText::foldedName(qsizetype row, const AccountRecord &record) const
{
    return of(row).first(foldedNameSize(row, record));
}

QByteArrayView SearchText::foldedId(qsizetype row, const AccountRecord &record) const
{
    return of(row).sliced(foldedNameSize(row, record) + 1, qsizetype(record.id.size));
}

void SearchText::markMatches(QByteArrayView foldedNeedle, std::vector<quint8> &matches) const
{
    Q_ASSERT(!foldedNeedle.isEmpty());
    const QByteArrayView text(m_arena);
    const size_t rows = std::min(matches.size(), m_start.size());
    const qsizetype end = rows < m_start.size() ? qsizetype(m_start[rows]) : text.size();
    size_t row = 0;
    qsizetype from = 0;
    while (from < end) {
        const qsizetype hit = FoldedText::indexOf(text.first(end), foldedNeedle, from);
        if (hit < 0)
            break;
        // Hits come in arena order, which is row order: walk forward to the row holding this one.
        while (row + 1 < rows && m_start[row + 1] <= hit)
            ++row;
        matches[row] = 1;
        // One hit decides the row: go on with the next.
        from = row + 1 < rows ? qsizetype(m_start[row + 1]) : end;
    }
    // Blanked text never matches, since a needle holds no '\0'; replacements that did not fit live here.
    for (auto it = m_replaced.constBegin(); it != m_replaced.constEnd(); ++it) {
        if (it.key() < rows) {
            const QByteArrayView replaced(m_replacedArena.constData() + it->offset, it->size);
            if (FoldedText::contains(replaced, foldedNeedle))
                matches[it.key()] = 1;
        }
    }
}

qsizetype SearchText::memoryBytes() const
{
    return m_arena.capacity() + qsizetype(m_start.capacity() * sizeof(quint32)) + m_replacedArena.capacity()
        + m_replaced.size() * qsizetype(sizeof(quint32) + sizeof(TextSpan)) + qsizetype(m_nameResized.capacity() / 8)
        + m_foldedNameSizes.size() * qsizetype(2 * sizeof(quint32));
}

qsizetype SearchText::write(QByteArray &out, const AccountBatch &rows, const AccountRecord &record)
{
    // Make room a quarter at a time too; the folded text is about as long as its fields.
    qsizetype needed = qsizetype(record.name.size + record.id.size) + 2;
    for (quint32 i = 0; i < record.metadataCount; ++i) {
        const MetadataEntry &entry = rows.metadataEntry(record.firstMetadata + i);
        needed += rows.metadataKey(entry.key).size() + qsizetype(entry.value.size) + 2;
    }
    if (out.size() + needed > out.capacity())
        out.reserve(qMax(out.size() + needed, out.capacity() + out.capacity() / 4));

    const qsizetype nameStart = out.size();
    FoldedText::appendFolded(out, rows.text(record.name));
    const qsizetype foldedNameSize = out.size() - nameStart;
    out.append('\0');
    FoldedText::appendFolded(out, rows.text(record.id));
    out.append('\0');
    for (quint32 i = 0; i < record.metadataCount; ++i) {
        const MetadataEntry &entry = rows.metadataEntry(record.firstMetadata + i);
        FoldedText::appendFolded(out, rows.metadataKey(entry.key));
        out.append('=');
        FoldedText::appendFolded(out, rows.text(entry.value));
        out.append('\0');
    }
    return foldedNameSize;
}

void SearchText::noteFoldedNameSize(qsizetype row, qsizetype nameSize, qsizetype foldedSize)
{
    const bool resized = foldedSize != nameSize;
    if (m_nameResized[size_t(row)] && !resized)
        m_foldedNameSizes.remove(quint32(row));
    m_nameResized[size_t(row)] = resized;
    if (resized)
        m_foldedNameSizes.insert(quint32(row), quint32(foldedSize));
}
