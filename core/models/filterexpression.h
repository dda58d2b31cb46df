// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/models/filterlexer.h"

class AccountStore;

// What the search field says, read as a filter expression: field terms such as
// `status:inactive users>10 created<90d meta.region=EU`, joined by spaces (and), `or`
// (binding less tightly than and), `-` (not) and parentheses. The syntax and its meaning
// are in the README ("Filter expressions").
//
// Text without any expression syntax is PlainText: AccountFilter searches it as a whole,
// exactly as before expressions existed, so a pasted id, "north-star" or "a:b" means what
// it always meant. Text with a mistake is Invalid, with a message and the place to mark.
//
// parse() compiles once: values are case-folded, dates turned into millisecond ranges
// (relative ages against the `nowMs` given), and the terms of each and/or ordered cheapest
// first. Testing a row then reads the store's integers and pre-folded search text; a
// `meta.KEY` term is resolved against the store's interned keys once per pass over all rows.
// Compiled expressions share their program, so copying one is cheap, and are safe to
// evaluate from several threads at once.
class FilterExpression
{
    Q_DECLARE_TR_FUNCTIONS(FilterExpression)

public:
    enum class Kind
    {
        PlainText,
        Expression,
        Invalid
    };

    /// Longer text is refused: a search field holds a line, not a document.
    static constexpr qsizetype maxLength = 2000;
    /// At most this many parentheses and "-" inside one another.
    static constexpr int maxDepth = 32;
    /// At most this many terms (words and field terms).
    static constexpr int maxTerms = 64;

    /// Empty plain text.
    FilterExpression();

    /// Reads `text` (untrimmed; error positions are indexes into it) with relative ages
    /// ("created<90d") measured back from `nowMs`, milliseconds since the epoch.
    static FilterExpression parse(const QString &text, qint64 nowMs);

    /// Plain text, a compiled expression, or a mistake.
    Kind kind() const { return m_kind; }
    /// True for a compiled expression.
    bool isExpression() const { return m_kind == Kind::Expression; }
    /// The mistake, for Invalid; empty otherwise.
    const FilterExpressionError &error() const { return m_error; }

    /// True when `row` of `store` satisfies the expression; false for rows outside the store
    /// and for anything but a compiled expression.
    bool matches(const AccountStore &store, qsizetype row) const;
    /// For each row below rows.size() whose entry is non-zero, sets it to 1 when the row
    /// satisfies the expression and 0 when not; rows outside the store become 0. Rows
    /// already at 0 are not looked at. One pass over the store.
    void keepMatchingRows(const AccountStore &store, std::vector<quint8> &rows) const;

private:
    struct Program;

    Kind m_kind = Kind::PlainText;
    FilterExpressionError m_error;
    std::shared_ptr<const Program> m_program;
};

/// The field names of the expression syntax, as typed before an operator ("name", "users",
/// ..., "meta."), then "meta.KEY" for every metadata key the store has seen, in quotes where
/// the key needs them, sorted and without case-insensitive duplicates. For completion in the
/// search field; `store` may be null.
QStringList filterCompletions(const AccountStore *store);
