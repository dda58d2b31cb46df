// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterrowtester.h"

#include "core/domain/timestamp.h"
#include "core/models/accountstore.h"
#include "core/models/foldedtext.h"

FilterRowTester::FilterRowTester(const std::vector<FilterNode> &nodes, const std::vector<qint32> &children,
    const AccountStore &store, bool resolveKeys)
    : m_nodes(nodes)
    , m_children(children)
    , m_store(store)
    , m_rows(store.rows())
{
    if (!resolveKeys)
        return;
    // A word is searched for in all rows' text at once (as plain text is): one scan of the
    // arena costs about what testing a tenth of the rows one by one would.
    m_textMatches.resize(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind != FilterNodeKind::Text)
            continue;
        m_textMatches[i].assign(size_t(store.size()), nodes[i].needle.isEmpty() ? 1 : 0);
        if (!nodes[i].needle.isEmpty())
            store.markTextMatches(nodes[i].needle, m_textMatches[i]);
    }
    m_keyMatches.resize(nodes.size());
    const qsizetype keys = m_rows.metadataKeyCount();
    bool anyMeta = false;
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (isMetaNode(nodes[i].kind)) {
            m_keyMatches[i].assign(size_t(keys), 0);
            anyMeta = true;
        }
    }
    if (!anyMeta)
        return;
    for (qsizetype key = 0; key < keys; ++key) {
        m_folded.resize(0);
        FoldedText::appendFolded(m_folded, m_rows.metadataKey(quint32(key)));
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (isMetaNode(nodes[i].kind) && nodes[i].key == m_folded)
                m_keyMatches[i][size_t(key)] = 1;
        }
    }
}

bool FilterRowTester::testMeta(qint32 index, const FilterNode &node, const AccountRecord &record)
{
    const std::vector<quint8> *resolved = m_keyMatches.empty() ? nullptr : &m_keyMatches[size_t(index)];
    for (quint32 i = 0; i < record.metadataCount; ++i) {
        const MetadataEntry &entry = m_rows.metadataEntry(record.firstMetadata + i);
        if (resolved) {
            if (!(*resolved)[entry.key])
                continue;
        } else {
            m_folded.resize(0); // keeps the buffer: clear() would free it, one allocation a row
            FoldedText::appendFolded(m_folded, m_rows.metadataKey(entry.key));
            if (m_folded != node.key)
                continue;
        }
        if (node.kind == FilterNodeKind::MetaPresent)
            return true;
        m_folded.resize(0);
        FoldedText::appendFolded(m_folded, m_rows.text(entry.value));
        if (node.kind == FilterNodeKind::MetaEquals ? m_folded == node.needle
                                                    : FoldedText::contains(m_folded, node.needle))
            return true;
    }
    return false;
}

bool FilterRowTester::testLeaf(qint32 index, const FilterNode &node, qsizetype row)
{
    const AccountRecord &record = m_store.record(row);
    switch (node.kind) {
    case FilterNodeKind::Text:
        if (!m_textMatches.empty())
            return m_textMatches[size_t(index)][size_t(row)];
        return FoldedText::contains(m_store.searchText(row), node.needle);
    case FilterNodeKind::Name:
    case FilterNodeKind::Id: {
        // Both come folded from the store, ready to compare.
        const QByteArrayView text = node.kind == FilterNodeKind::Name ? m_store.foldedName(row) : m_store.foldedId(row);
        return (node.wholeField ? text == node.needle : FoldedText::contains(text, node.needle)) != node.negate;
    }
    case FilterNodeKind::Active:
        return record.isActive() != node.negate;
    case FilterNodeKind::CreatedByApiKey:
        return record.hasCreatedByApiKeyId() != node.negate;
    case FilterNodeKind::CreatedByUser:
        return record.hasCreatedByUserId() != node.negate;
    case FilterNodeKind::Users:
        return (record.userCount >= node.low && record.userCount <= node.high) != node.negate;
    case FilterNodeKind::Created:
    case FilterNodeKind::Updated: {
        const qint64 at = node.kind == FilterNodeKind::Created ? record.createdAtMs : record.updatedAtMs;
        // A date the server left null compares with nothing, "!=" included; "-created<90d" matches it.
        if (at == nullTimestamp)
            return false;
        return (at >= node.low && at <= node.high) != node.negate;
    }
    case FilterNodeKind::MetaPresent:
    case FilterNodeKind::MetaContains:
    case FilterNodeKind::MetaEquals:
        return testMeta(index, node, record) != node.negate;
    case FilterNodeKind::And:
    case FilterNodeKind::Or:
    case FilterNodeKind::Not:
        break;
    }
    return false;
}

bool FilterRowTester::test(qint32 index, qsizetype row)
{
    const FilterNode &node = m_nodes[size_t(index)];
    switch (node.kind) {
    case FilterNodeKind::And:
        for (qint32 i = 0; i < node.count; ++i) {
            if (!test(m_children[size_t(node.first + i)], row))
                return false;
        }
        return true;
    case FilterNodeKind::Or:
        for (qint32 i = 0; i < node.count; ++i) {
            if (test(m_children[size_t(node.first + i)], row))
                return true;
        }
        return false;
    case FilterNodeKind::Not:
        return !test(node.first, row);
    default:
        return testLeaf(index, node, row);
    }
}
