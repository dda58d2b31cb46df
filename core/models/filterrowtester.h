// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>

#include "core/models/filternode.h"

class AccountBatch;
class AccountStore;
struct AccountRecord;

// Tests rows against a compiled program. With resolved keys, each meta term knows which of
// the store's interned keys it names (found once, by folding every key once); without, it
// compares the folded key of each entry it meets, which suits testing one row.
class FilterRowTester
{
public:
    FilterRowTester(const std::vector<FilterNode> &nodes, const std::vector<qint32> &children,
        const AccountStore &store, bool resolveKeys);

    bool test(qint32 node, qsizetype row);

private:
    bool testLeaf(qint32 index, const FilterNode &node, qsizetype row);
    bool testMeta(qint32 index, const FilterNode &node, const AccountRecord &record);

    const std::vector<FilterNode> &m_nodes;
    const std::vector<qint32> &m_children;
    const AccountStore &m_store;
    const AccountBatch &m_rows;
    std::vector<std::vector<quint8>> m_keyMatches; // per node: per interned key, 1 when it is the term's key
    std::vector<std::vector<quint8>> m_textMatches; // per Text node: per row, 1 when its text holds the word
    QByteArray m_folded;
};
