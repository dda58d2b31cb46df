// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>
#include <QStringView>

// The first step of reading a filter expression: the search field's text cut into words,
// field terms ("users>10", "meta.region=EU"), parentheses and operators, each with its
// place in the text so that a mistake can be marked where it is. FilterExpression parses
// the tokens; the lexer alone also decides whether the text is an expression at all.

/// A mistake in a filter, and where it is in the text as given to FilterExpression::parse().
struct FilterExpressionError
{
    QString message; ///< translated, for inline display
    qsizetype position = 0; ///< UTF-16 index into the text
    qsizetype length = 0; ///< UTF-16 units to mark; 0 only for a mistake at the very end

    friend bool operator==(const FilterExpressionError &a, const FilterExpressionError &b)
    {
        return a.message == b.message && a.position == b.position && a.length == b.length;
    }
};

/// The fields a term can name; Meta is any "meta.KEY".
enum class FilterField
{
    Name,
    Id,
    Status,
    Users,
    Created,
    Updated,
    CreatedBy,
    Meta
};

/// The comparison between a field and its value.
enum class FilterOperator
{
    Contains, // :
    Equal, // =
    NotEqual, // !=
    Less, // <
    LessOrEqual, // <=
    Greater, // >
    GreaterOrEqual // >=
};

struct FilterToken
{
    enum class Type
    {
        Word, // plain text: a substring of name, id or a "key=value"
        Field, // field, operator, value
        Open, // (
        Close, // )
        Not, // - right before a term
        Or, // or, OR
        And // and, AND: optional, juxtaposition already means AND
    };

    Type type = Type::Word;
    qsizetype position = 0; // the whole token
    qsizetype length = 0;
    QString text; // Word: its text without quotes and escapes; Field: the value likewise
    bool isQuoted = false; // Word: in quotes; Field: the value in quotes
    qsizetype bidiPosition = -1; // the first direction control outside quotes, or -1

    FilterField field = FilterField::Name;
    QString key; // Meta: the key without quotes and escapes
    qsizetype keyPosition = 0;
    qsizetype keyLength = 0;
    FilterOperator op = FilterOperator::Contains;
    qsizetype opPosition = 0;
    qsizetype opLength = 0;
    qsizetype valuePosition = 0; // the value as written, quotes included
    qsizetype valueLength = 0;
};

namespace FilterLexer
{
/// Cuts `text` into tokens; false with `error` set when a quote or escape is malformed or a
/// field term has no value.
bool tokenize(QStringView text, std::vector<FilterToken> &tokens, FilterExpressionError &error);

/// True when the tokens use expression syntax: a field term, "-" before a term, a quoted
/// word, "(", or "or" between two terms. Otherwise the text is plain text, searched as a
/// whole as it always was.
bool isExpression(const std::vector<FilterToken> &tokens);

/// True for the invisible characters that change the direction text is shown in (U+202A to
/// U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C): outside quotes they could make a
/// filter read differently from what it does.
bool isDirectionControl(char16_t c);
} // namespace FilterLexer
