// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesummary.h"

#include <algorithm>
#include <vector>

#include <QByteArrayView>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace
{
QByteArrayView key(const AccountBatch &batch, const MetadataEntry &entry)
{
    return batch.metadataKey(entry.key);
}

// The common case, cheaply: the same pairs in the same order.
bool sameMetadataInOrder(
    const AccountBatch &before, const AccountRecord &old, const AccountBatch &after, const AccountRecord &now)
{
    if (old.metadataCount != now.metadataCount)
        return false;
    for (quint32 i = 0; i < old.metadataCount; ++i) {
        const MetadataEntry &a = before.metadataEntry(old.firstMetadata + i);
        const MetadataEntry &b = after.metadataEntry(now.firstMetadata + i);
        if (key(before, a) != key(after, b) || before.text(a.value) != after.text(b.value))
            return false;
    }
    return true;
}

// The pairs added, removed and changed. At most 50 pairs a side, so a linear search is cheap,
// and it runs only for accounts whose metadata differs in order or content.
void compareMetadata(const AccountBatch &before, const AccountRecord &old, const AccountBatch &after,
    const AccountRecord &now, ChangeSummary::Entry &entry)
{
    const auto find = [](const AccountBatch &batch, const AccountRecord &record, QByteArrayView wanted) {
        for (quint32 i = 0; i < record.metadataCount; ++i) {
            const MetadataEntry &candidate = batch.metadataEntry(record.firstMetadata + i);
            if (key(batch, candidate) == wanted)
                return &candidate;
        }
        return static_cast<const MetadataEntry *>(nullptr);
    };
    for (quint32 i = 0; i < now.metadataCount; ++i) {
        const MetadataEntry &pair = after.metadataEntry(now.firstMetadata + i);
        const MetadataEntry *was = find(before, old, key(after, pair));
        if (!was)
            entry.addedKeys.append(decodeUtf8(key(after, pair)));
        else if (before.text(was->value) != after.text(pair.value))
            entry.changedValues.append(
                { decodeUtf8(key(after, pair)), before.string(was->value), after.string(pair.value) });
    }
    for (quint32 i = 0; i < old.metadataCount; ++i) {
        const MetadataEntry &pair = before.metadataEntry(old.firstMetadata + i);
        if (!find(after, now, key(before, pair)))
            entry.removedKeys.append(decodeUtf8(key(before, pair)));
    }
}

// The entry of an account, with its names and user counts from the sides that have it
// (`old` in the snapshot, `now` on the server; null where it is not).
ChangeSummary::Entry entryOf(const AccountBatch &before, const AccountRecord *old, const AccountBatch &after,
    const AccountRecord *now, ChangeSummary::Changes changes)
{
    ChangeSummary::Entry entry;
    entry.changes = changes;
    if (old) {
        entry.id = before.string(old->id);
        entry.oldName = before.string(old->name);
        entry.oldUserCount = old->userCount;
    }
    if (now) {
        entry.id = after.string(now->id);
        entry.newName = after.string(now->name);
        entry.newUserCount = now->userCount;
    }
    return entry;
}
} // namespace

void ChangeSummary::forget(const QSet<QString> &ids)
{
    if (ids.isEmpty())
        return;
    const auto removed = std::remove_if(
        m_entries.begin(), m_entries.end(), [&ids](const Entry &entry) { return ids.contains(entry.id); });
    if (removed == m_entries.end())
        return;
    m_entries.erase(removed, m_entries.end());
    m_indexOfId.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_indexOfId.insert(m_entries.at(i).id, i);
}

ChangeSummary ChangeSummary::compare(const AccountBatch &before, const AccountBatch &after, qint64 sinceMs)
{
    Q_ASSERT(before.kind() == after.kind());
    ChangeSummary summary;
    summary.m_sinceMs = sinceMs;

    // Views into the snapshot's arena: no QString or copy per id.
    QHash<QByteArrayView, qsizetype> rowOfId;
    rowOfId.reserve(before.size());
    for (qsizetype row = 0; row < before.size(); ++row)
        rowOfId.insert(before.text(before.record(row).id), row);
    std::vector<bool> isListed(size_t(before.size()), false);

    for (qsizetype row = 0; row < after.size(); ++row) {
        const AccountRecord &now = after.record(row);
        const auto found = rowOfId.constFind(after.text(now.id));
        if (found == rowOfId.constEnd()) {
            summary.m_entries.append(entryOf(before, nullptr, after, &now, New));
            continue;
        }
        isListed[size_t(found.value())] = true;
        const AccountRecord &old = before.record(found.value());
        Changes changes;
        if (old.isActive() && !now.isActive())
            changes |= Deactivated;
        else if (!old.isActive() && now.isActive())
            changes |= Reactivated;
        if (before.text(old.name) != after.text(now.name))
            changes |= Renamed;
        if (old.userCount != now.userCount)
            changes |= UsersChanged;
        const bool metadataInOrder = sameMetadataInOrder(before, old, after, now);
        if (!changes && metadataInOrder)
            continue;

        Entry entry = entryOf(before, &old, after, &now, changes);
        if (!metadataInOrder) {
            compareMetadata(before, old, after, now, entry);
            if (!entry.addedKeys.isEmpty() || !entry.removedKeys.isEmpty() || !entry.changedValues.isEmpty())
                changes |= MetadataChanged;
        }
        if (!changes)
            continue; // only the order of the pairs moved
        entry.changes = changes;
        summary.m_entries.append(std::move(entry));
    }

    for (qsizetype row = 0; row < before.size(); ++row) {
        if (isListed[size_t(row)])
            continue;
        summary.m_entries.append(entryOf(before, &before.record(row), after, nullptr, Gone));
    }

    summary.m_indexOfId.reserve(summary.m_entries.size());
    for (qsizetype i = 0; i < summary.m_entries.size(); ++i)
        summary.m_indexOfId.insert(summary.m_entries.at(i).id, i);
    return summary;
}

qsizetype ChangeSummary::count(Changes changes) const
{
    qsizetype count = 0;
    for (const Entry &entry : m_entries)
        count += (entry.changes & changes) ? 1 : 0;
    return count;
}

QStringList ChangeSummary::changedIds() const
{
    QStringList ids;
    ids.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        ids.append(entry.id);
    return ids;
}

const ChangeSummary::Entry *ChangeSummary::entry(QStringView id) const
{
    const auto found = m_indexOfId.constFind(id.toString());
    return found == m_indexOfId.constEnd() ? nullptr : &m_entries.at(found.value());
}

ChangeSummary::Changes ChangeSummary::changes(QStringView id) const
{
    const Entry *found = entry(id);
    return found ? found->changes : Changes();
}

QString ChangeSummary::describe(QStringView id) const
{
    const Entry *found = entry(id);
    return found ? describe(*found) : QString();
}

QString ChangeSummary::describe(const Entry &entry)
{
    QStringList parts;
    if (entry.changes & Deactivated)
        parts.append(tr("deactivated"));
    if (entry.changes & Reactivated)
        parts.append(tr("reactivated"));
    if (entry.changes & New)
        parts.append(tr("new"));
    if (entry.changes & Gone)
        parts.append(tr("gone"));
    if (entry.changes & Renamed)
        parts.append(tr("name: %1 → %2").arg(entry.oldName, entry.newName));
    if (entry.changes & UsersChanged)
        parts.append(tr("users %1 → %2").arg(entry.oldUserCount).arg(entry.newUserCount));
    if (entry.changes & MetadataChanged) {
        QStringList pairs;
        for (const QString &key : entry.addedKeys)
            pairs.append(u'+' + key);
        for (const QString &key : entry.removedKeys)
            pairs.append(u'-' + key);
        for (const ValueChange &change : entry.changedValues)
            pairs.append(tr("%1 %2 → %3").arg(change.key, change.oldValue, change.newValue));
        parts.append(tr("metadata: %1").arg(pairs.join(u", "_s)));
    }
    return parts.join(u"; "_s);
}

QString ChangeSummary::text(const QDateTime &now, const QLocale &locale) const
{
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(m_sinceMs, now.timeZone());
    const QString time = locale.toString(since.time(), QLocale::ShortFormat);
    const qint64 daysAgo = since.date().daysTo(now.date());
    QString when;
    if (daysAgo == 0)
        when = tr("today %1").arg(time);
    else if (daysAgo > 0 && daysAgo < 7)
        when = tr("%1 %2", "weekday, time").arg(locale.dayName(since.date().dayOfWeek()), time);
    else
        when = tr("%1 %2", "date, time").arg(locale.toString(since.date(), QLocale::ShortFormat), time);

    QStringList parts;
    const auto add = [&parts, this](Changes changes, const char *text) {
        const qsizetype n = count(changes);
        if (n > 0)
            parts.append(tr(text, nullptr, int(n)));
    };
    add(Deactivated, QT_TR_N_NOOP("%n deactivated"));
    add(Reactivated, QT_TR_N_NOOP("%n reactivated"));
    add(New, QT_TR_N_NOOP("%n new"));
    add(Gone, QT_TR_N_NOOP("%n gone"));
    add(Edited, QT_TR_N_NOOP("%n edited"));
    if (parts.isEmpty())
        return tr("No changes since %1").arg(when);
    return tr("Since %1: %2").arg(when, parts.join(u", "_s));
}
