// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QtGlobal>

#include "core/models/accountsortkey.h"

class AccountStore;

/// Every row of a store in one column's order, with the key of each row that
/// AccountFilterModel keeps to place later rows. Made by the proxy when its sort changes, and
/// on a pool thread for a snapshot's rows before the store on screen adopts them
/// (AccountStore::preparedFrom()), so that 100,000 rows enter a sorted view in one step.
struct SortedAccounts
{
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    /// Store rows in sort order; rows that compare equal keep their store order.
    std::vector<int> rows;
    /// Per store row, its AccountSortKey under `column`.
    std::vector<AccountSortKey::Key> keys;

    /// Where the folded names and ids come from.
    enum class NameSource
    {
        StoreSearchText, // folded already: AccountStore::foldedName(), foldedId()
        FoldHere, // folded from the rows, for a store whose search text is still being made
    };

    /// The first `rowCount` rows of `store` sorted by `column` (0 or more) in `order`. With
    /// FoldHere it reads only the store's rows (not its search text, index or states), so it
    /// may run beside AccountStore::preparedFrom()'s other threads.
    /// `keys` may bring the memory for the keys, from roomForKeys(rowCount).
    static SortedAccounts of(const AccountStore &store, int rowCount, int column, Qt::SortOrder order,
        NameSource names = NameSource::StoreSearchText, std::vector<AccountSortKey::Key> keys = {});
    /// Memory for the keys of `rowCount` rows, written once: a thread with time to spare can
    /// take the first writes to fresh memory (10 ms for 5 MB on some machines) off the sort's.
    static std::vector<AccountSortKey::Key> roomForKeys(qsizetype rowCount);
};
