// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountfilter.h"

#include <algorithm>

#include <QDateTime>

#include "core/models/accountstore.h"
#include "core/models/foldedtext.h"

void AccountFilter::setText(const QString &text)
{
    setText(text, QDateTime::currentMSecsSinceEpoch());
}

void AccountFilter::setText(const QString &text, qint64 nowMs)
{
    m_text = text.trimmed();
    // Untrimmed, so that error positions point into the search field's text.
    FilterExpression parsed = FilterExpression::parse(text, nowMs);
    m_hasError = parsed.kind() == FilterExpression::Kind::Invalid;
    if (m_hasError) {
        m_error = parsed.error();
        return;
    }
    m_error = {};
    m_appliedText = m_text;
    m_expression = std::move(parsed);
    m_needle = m_expression.isExpression() ? QByteArray() : FoldedText::fold(m_text);
}

void AccountFilter::setIdList(const QSet<QString> &ids)
{
    m_ids = ids;
    m_hasIdList = true;
}

void AccountFilter::clearIdList()
{
    m_ids.clear();
    m_hasIdList = false;
}

bool AccountFilter::matches(const AccountStore &store, qsizetype row) const
{
    if (row < 0 || row >= store.size() || !hasStatus(store, row))
        return false;
    if (m_isChangedOnly ? !store.changesOf(row) : store.isGone(row))
        return false;
    if (m_hasIdList && !m_ids.contains(store.id(row)))
        return false;
    if (m_expression.isExpression())
        return m_expression.matches(store, row);
    if (m_needle.isEmpty())
        return true;
    // Fields are separated by '\0' in the search text; a needle holding one would match across them.
    if (m_needle.contains('\0'))
        return false;
    return FoldedText::contains(store.searchText(row), m_needle);
}

void AccountFilter::matchRows(const AccountStore &store, std::vector<quint8> &matches) const
{
    const qsizetype rows = qMin(qsizetype(matches.size()), store.size());
    std::fill(matches.begin(), matches.end(), quint8(m_needle.isEmpty() ? 1 : 0));
    std::fill(matches.begin() + rows, matches.end(), quint8(0));
    if (!m_needle.isEmpty() && !m_needle.contains('\0'))
        store.markTextMatches(m_needle, matches);
    if (m_hasIdList) {
        // A list holds tens of ids, the store up to 100,000 rows: look the ids up instead
        // of testing every row against the list.
        std::vector<quint8> listed(matches.size(), 0);
        for (const QString &id : m_ids) {
            const qsizetype row = store.rowOf(id);
            if (row >= 0 && row < rows)
                listed[size_t(row)] = 1;
        }
        for (size_t row = 0; row < size_t(rows); ++row)
            matches[row] &= listed[row];
    }
    if (m_status != Status::All) {
        for (qsizetype row = 0; row < rows; ++row) {
            if (matches[size_t(row)] && !hasStatus(store, row))
                matches[size_t(row)] = 0;
        }
    }
    if (m_isChangedOnly || store.goneCount() > 0) {
        for (qsizetype row = 0; row < rows; ++row) {
            if (matches[size_t(row)] && (m_isChangedOnly ? !store.changesOf(row) : store.isGone(row)))
                matches[size_t(row)] = 0;
        }
    }
    // Last: the expression tests only the rows that status and id list have left.
    if (m_expression.isExpression())
        m_expression.keepMatchingRows(store, matches);
}

bool AccountFilter::narrows(const AccountFilter &other) const
{
    if (other.m_status != Status::All && other.m_status != m_status)
        return false;
    // Changed rows include gone ones that every other filter hides.
    if (other.m_isChangedOnly != m_isChangedOnly)
        return false;
    if (other.m_hasIdList && (!m_hasIdList || !other.m_ids.contains(m_ids)))
        return false;
    if (other.m_appliedText.isEmpty())
        return true;
    if (m_expression.isExpression() || other.m_expression.isExpression())
        return false;
    return m_needle.contains(other.m_needle);
}

bool AccountFilter::passesEveryRow(const AccountStore &store) const
{
    return isEmpty() && store.goneCount() == 0;
}

bool AccountFilter::hasStatus(const AccountStore &store, qsizetype row) const
{
    switch (m_status) {
    case Status::All:
        return true;
    case Status::Active:
        return store.record(row).isActive();
    case Status::Inactive:
        return !store.record(row).isActive();
    }
    return true;
}
