// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QSet>
#include <QString>

#include "core/models/filterexpression.h"

class AccountStore;

// Which accounts to show: a plain predicate over store rows, so it is tested without a
// model and AccountFilterModel merely calls it.
//
// The text matches case-insensitively anywhere in the name, the id, or a metadata
// "key=value" pair (so a key, a value, or "region=north" as shown in the Metadata column).
// Case-insensitive means simple Unicode case folding, as QString::contains(...,
// Qt::CaseInsensitive). The needle is folded once here; the rows were folded once when
// they arrived (AccountStore::searchText()), so testing a row is a byte search.
//
// Text with expression syntax (`status:inactive users>10`, see FilterExpression) is read
// as an expression instead. Text with a mistake leaves the last valid text in force (the
// rows stay as they were while the user types on) and reports the mistake through error().
// Everything else about the filter answers for the text in force: matches(), isEmpty(),
// narrows() and operator==.
class AccountFilter
{
public:
    enum class Status
    {
        All,
        Active,
        Inactive
    };

    /// Sets the search text; surrounding whitespace is ignored, empty matches everything.
    /// Relative ages in an expression ("created<90d") count back from the current time.
    void setText(const QString &text);
    /// setText() with relative ages counted back from `nowMs`, milliseconds since the epoch.
    void setText(const QString &text, qint64 nowMs);
    /// The search text as set, trimmed, whether or not it is valid.
    QString text() const { return m_text; }
    /// The trimmed text the rows are filtered by: text(), or the last valid text before it.
    QString appliedText() const { return m_appliedText; }
    /// True when the text in force is an expression rather than plain text.
    bool isExpression() const { return m_expression.isExpression(); }
    /// True when text() has a mistake; the rows are then filtered by appliedText().
    bool hasError() const { return m_hasError; }
    /// The mistake in text(), positioned in the text as passed to setText(); empty without one.
    const FilterExpressionError &error() const { return m_error; }
    /// Limits the rows to active or inactive accounts, or shows both (All).
    void setStatus(Status status) { m_status = status; }
    /// The status the rows must have.
    Status status() const { return m_status; }
    /// Limits the rows to these account ids (a list a support ticket came with), on top of
    /// the text and the status.
    void setIdList(const QSet<QString> &ids);
    /// Lifts the limit of setIdList().
    void clearIdList();
    /// True while the rows are limited to an id list.
    bool hasIdList() const { return m_hasIdList; }
    /// The ids the rows are limited to (empty without a list).
    const QSet<QString> &idList() const { return m_ids; }
    /// Limits the rows to those the store's change summary names, gone ones included
    /// (AccountStore::changes()); on top of the text, the status and the id list.
    void setChangedOnly(bool changedOnly) { m_isChangedOnly = changedOnly; }
    /// True while the rows are limited to changed ones.
    bool isChangedOnly() const { return m_isChangedOnly; }
    /// True when the filter lets every row through: no text, Status::All, no id list, not
    /// only changed rows. Gone rows are hidden even then (see passesEveryRow()).
    bool isEmpty() const
    {
        return m_appliedText.isEmpty() && m_status == Status::All && !m_hasIdList && !m_isChangedOnly;
    }
    /// True when every row of `store` passes: isEmpty() and no row is gone.
    bool passesEveryRow(const AccountStore &store) const;
    /// True when `row` of `store` passes the filter.
    bool matches(const AccountStore &store, qsizetype row) const;
    /// Sets matches[row] to 1 or 0 for every row below matches.size(), in one pass over the
    /// store: the same answer as matches() for each row, much faster for all of them.
    void matchRows(const AccountStore &store, std::vector<quint8> &matches) const;
    /// True when every row this filter matches is also matched by `other` (e.g. "abc" after "ab").
    /// An expression narrows only a filter without text: proving more is not worth its cost.
    bool narrows(const AccountFilter &other) const;

    /// Equal when the same rows pass: the texts in force (an expression's relative ages are
    /// not compared: the same text typed again does not re-filter), status and id list.
    friend bool operator==(const AccountFilter &a, const AccountFilter &b)
    {
        return a.m_appliedText == b.m_appliedText && a.m_status == b.m_status && a.m_hasIdList == b.m_hasIdList
            && a.m_ids == b.m_ids && a.m_isChangedOnly == b.m_isChangedOnly;
    }
    friend bool operator!=(const AccountFilter &a, const AccountFilter &b) { return !(a == b); }

private:
    bool hasStatus(const AccountStore &store, qsizetype row) const;

    QString m_text;
    QString m_appliedText;
    QByteArray m_needle; // plain text in force, case-folded, as UTF-8
    FilterExpression m_expression; // the expression in force, or plain text
    FilterExpressionError m_error;
    bool m_hasError = false;
    Status m_status = Status::All;
    QSet<QString> m_ids;
    bool m_hasIdList = false;
    bool m_isChangedOnly = false;
};
