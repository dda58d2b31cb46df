// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsortkey.h"

#include "core/domain/utf8.h"
#include "core/models/foldedtext.h"

namespace AccountSortKey
{
QByteArrayView text(const AccountStore &store, qsizetype row, int column, QByteArray &scratch)
{
    const AccountRecord &record = store.record(row);
    const AccountBatch &rows = store.rows();
    switch (column) {
    case AccountTableModel::NameColumn:
        return rows.text(record.name);
    case AccountTableModel::IdColumn:
        return rows.text(record.id);
    case AccountTableModel::CreatedByColumn:
        // The key's id alone, without the "API key" the display adds: ids sort among ids.
        if (record.hasCreatedByApiKeyId())
            return rows.text(record.createdByApiKeyId);
        if (record.hasCreatedByUserId())
            return rows.text(record.createdByUserId);
        return {};
    case AccountTableModel::MetadataColumn:
        scratch = store.metadataSummary(row);
        return scratch;
    default:
        return {};
    }
}

void appendFoldedText(QByteArray &out, const AccountStore &store, qsizetype row, int column)
{
    if (column != AccountTableModel::MetadataColumn) {
        QByteArray scratch;
        FoldedText::appendFolded(out, text(store, row, column, scratch));
        return;
    }
    // The summary as AccountStore::metadataSummary() writes it, folded piece by piece: folding
    // goes code point by code point, so the pieces fold to the folded whole.
    const AccountBatch &rows = store.rows();
    const AccountRecord &record = store.record(row);
    for (quint32 i = 0; i < record.metadataCount; ++i) {
        const MetadataEntry &entry = rows.metadataEntry(record.firstMetadata + i);
        if (i > 0)
            out.append(", ");
        FoldedText::appendFolded(out, rows.metadataKey(entry.key));
        out.append('=');
        FoldedText::appendFolded(out, rows.text(entry.value));
    }
}

QVariant value(const AccountStore &store, qsizetype row, int column)
{
    switch (kind(column)) {
    case Kind::Flag:
        return number(store, row, column) != 0;
    case Kind::Number:
        return QVariant::fromValue(number(store, row, column));
    case Kind::StoredText:
    case Kind::Text:
        break;
    }
    QByteArray scratch;
    return decodeUtf8(text(store, row, column, scratch));
}

Key key(const AccountStore &store, qsizetype row, int column, QByteArray &scratch)
{
    switch (kind(column)) {
    case Kind::Flag:
    case Kind::Number:
        return numberKey(number(store, row, column));
    case Kind::StoredText:
        return textKey(storedFoldedText(store, row, column));
    case Kind::Text:
        break;
    }
    scratch.resize(0); // keeps the buffer for the next row
    appendFoldedText(scratch, store, row, column);
    return textKey(scratch);
}

namespace
{
/// fillKeys() for a column known when compiling, so that the readers' switches fold away.
template <int Column>
void fillKeysOf(const AccountStore &store, qsizetype first, qsizetype last, std::vector<Key> &keys)
{
    for (qsizetype row = first; row <= last; ++row) {
        if constexpr (Column == AccountTableModel::NameColumn || Column == AccountTableModel::IdColumn)
            keys[size_t(row)] = textKey(storedFoldedText(store, row, Column));
        else
            keys[size_t(row)] = numberKey(number(store, row, Column));
    }
}

/// fillKeysOf() for whichever of `Columns` `column` is; false when it is none of them.
template <int... Columns>
bool fillKeysOfAny(const AccountStore &store, int column, qsizetype first, qsizetype last, std::vector<Key> &keys)
{
    return ((column == Columns && (fillKeysOf<Columns>(store, first, last, keys), true)) || ...);
}
} // namespace

void fillKeys(const AccountStore &store, int column, qsizetype first, qsizetype last, std::vector<Key> &keys)
{
    // The columns whose keys need no folding at sort time; the others go row by row through key().
    if (fillKeysOfAny<AccountTableModel::StatusColumn, AccountTableModel::UsersColumn, AccountTableModel::CreatedColumn,
            AccountTableModel::UpdatedColumn, AccountTableModel::NameColumn, AccountTableModel::IdColumn>(
            store, column, first, last, keys))
        return;
    QByteArray scratch;
    for (qsizetype row = first; row <= last; ++row)
        keys[size_t(row)] = key(store, row, column, scratch);
}

int compareTexts(const AccountStore &store, int column, qsizetype a, qsizetype b)
{
    if (kind(column) == Kind::StoredText)
        return FoldedText::compareFolded(storedFoldedText(store, a, column), storedFoldedText(store, b, column));
    QByteArray scratchA;
    QByteArray scratchB;
    return FoldedText::compare(text(store, a, column, scratchA), text(store, b, column, scratchB));
}
} // namespace AccountSortKey
