// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterlexer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
struct FieldName
{
    QStringView name;
    FilterField field;
};

// "createdby" before "created": the longer name wins where both fit.
constexpr FieldName fieldNames[] = {
    { u"name", FilterField::Name },
    { u"id", FilterField::Id },
    { u"status", FilterField::Status },
    { u"users", FilterField::Users },
    { u"createdby", FilterField::CreatedBy },
    { u"created", FilterField::Created },
    { u"updated", FilterField::Updated },
};

constexpr QStringView metaPrefix = u"meta.";

// The lexer's messages are the filter expression's: one translation context for both.
class Lexer
{
    Q_DECLARE_TR_FUNCTIONS(FilterExpression)

public:
    Lexer(QStringView text, std::vector<FilterToken> &tokens, FilterExpressionError &error)
        : m_text(text)
        , m_tokens(tokens)
        , m_error(error)
    { }

    bool run();

private:
    bool atEnd(qsizetype at) const { return at >= m_text.size(); }
    bool endsUnquoted(qsizetype at) const { return atEnd(at) || m_text[at].isSpace() || m_text[at] == u')'; }
    qsizetype operatorAt(qsizetype at, FilterOperator *op) const;
    bool readQuoted(qsizetype &at, QString &out);
    bool checkAfterQuote(qsizetype at);
    qsizetype readBare(qsizetype at, QString &out, qsizetype &bidi, bool stopAtOperator) const;
    bool tryField(qsizetype &at, bool *isField);
    bool fail(const QString &message, qsizetype position, qsizetype length);
    void push(FilterToken::Type type, qsizetype position, qsizetype length);

    QStringView m_text;
    std::vector<FilterToken> &m_tokens;
    FilterExpressionError &m_error;
};

bool Lexer::fail(const QString &message, qsizetype position, qsizetype length)
{
    m_error = { message, position, length };
    return false;
}

void Lexer::push(FilterToken::Type type, qsizetype position, qsizetype length)
{
    FilterToken token;
    token.type = type;
    token.position = position;
    token.length = length;
    m_tokens.push_back(std::move(token));
}

qsizetype Lexer::operatorAt(qsizetype at, FilterOperator *op) const
{
    if (atEnd(at))
        return 0;
    const bool equalFollows = !atEnd(at + 1) && m_text[at + 1] == u'=';
    switch (m_text[at].unicode()) {
    case u':':
        *op = FilterOperator::Contains;
        return 1;
    case u'=':
        *op = FilterOperator::Equal;
        return 1;
    case u'!':
        *op = FilterOperator::NotEqual;
        return equalFollows ? 2 : 0;
    case u'<':
        *op = equalFollows ? FilterOperator::LessOrEqual : FilterOperator::Less;
        return equalFollows ? 2 : 1;
    case u'>':
        *op = equalFollows ? FilterOperator::GreaterOrEqual : FilterOperator::Greater;
        return equalFollows ? 2 : 1;
    default:
        return 0;
    }
}

bool Lexer::readQuoted(qsizetype &at, QString &out)
{
    const qsizetype open = at;
    for (++at; !atEnd(at); ++at) {
        const QChar c = m_text[at];
        if (c == u'"') {
            ++at;
            return true;
        }
        if (c == u'\\') {
            if (atEnd(at + 1) || (m_text[at + 1] != u'"' && m_text[at + 1] != u'\\'))
                return fail(tr("In quotes a backslash only escapes \" or \\; write \\\\ for a backslash"), at,
                    atEnd(at + 1) ? 1 : 2);
            ++at;
        }
        out.append(m_text[at]);
    }
    return fail(tr("This quote is never closed"), open, m_text.size() - open);
}

bool Lexer::checkAfterQuote(qsizetype at)
{
    // "abc"def is more likely a mistake than two words: say so instead of guessing.
    if (endsUnquoted(at))
        return true;
    return fail(tr("Put a space after the closing quote"), at, 1);
}

qsizetype Lexer::readBare(qsizetype at, QString &out, qsizetype &bidi, bool stopAtOperator) const
{
    for (; !endsUnquoted(at); ++at) {
        const QChar c = m_text[at];
        if (stopAtOperator) {
            FilterOperator op;
            if (operatorAt(at, &op) > 0 || c == u'"')
                break;
        }
        if (bidi < 0 && FilterLexer::isDirectionControl(c.unicode()))
            bidi = at;
        out.append(c);
    }
    return at;
}

bool Lexer::tryField(qsizetype &at, bool *isField)
{
    *isField = false;
    const qsizetype start = at;
    FilterToken token;
    token.type = FilterToken::Type::Field;
    qsizetype p = -1;
    for (const FieldName &candidate : fieldNames) {
        const QStringView head = m_text.mid(start, candidate.name.size());
        FilterOperator op;
        if (head.compare(candidate.name, Qt::CaseInsensitive) == 0
            && operatorAt(start + candidate.name.size(), &op) > 0) {
            token.field = candidate.field;
            p = start + candidate.name.size();
            break;
        }
    }
    if (p < 0 && m_text.mid(start, metaPrefix.size()).compare(metaPrefix, Qt::CaseInsensitive) == 0) {
        qsizetype keyEnd = start + metaPrefix.size();
        token.field = FilterField::Meta;
        token.keyPosition = keyEnd;
        if (!atEnd(keyEnd) && m_text[keyEnd] == u'"') {
            if (!readQuoted(keyEnd, token.key))
                return false;
            FilterOperator op;
            if (operatorAt(keyEnd, &op) == 0)
                return fail(
                    tr("Put =, !=, or : right after the quoted key"), token.keyPosition, keyEnd - token.keyPosition);
        } else {
            keyEnd = readBare(keyEnd, token.key, token.bidiPosition, true);
        }
        token.keyLength = keyEnd - token.keyPosition;
        FilterOperator op;
        if (operatorAt(keyEnd, &op) > 0)
            p = keyEnd;
    }
    if (p < 0)
        return true; // a plain word that merely looks a little like a field
    *isField = true;
    token.opPosition = p;
    token.opLength = operatorAt(p, &token.op);
    p += token.opLength;
    if (token.field == FilterField::Meta && token.keyLength == 0)
        return fail(tr("Name a metadata key after \"meta.\", as in meta.region=EU"), start, p - start);
    token.valuePosition = p;
    if (endsUnquoted(p))
        return fail(tr("%1 needs a value right after it").arg(m_text.mid(start, p - start)), start, p - start);
    if (m_text[p] == u'"') {
        if (!readQuoted(p, token.text) || !checkAfterQuote(p))
            return false;
        token.isQuoted = true;
    } else {
        p = readBare(p, token.text, token.bidiPosition, false);
    }
    token.valueLength = p - token.valuePosition;
    token.position = start;
    token.length = p - start;
    m_tokens.push_back(std::move(token));
    at = p;
    return true;
}

bool Lexer::run()
{
    qsizetype at = 0;
    while (!atEnd(at)) {
        const QChar c = m_text[at];
        if (c.isSpace()) {
            ++at;
        } else if (c == u'(') {
            push(FilterToken::Type::Open, at++, 1);
        } else if (c == u')') {
            push(FilterToken::Type::Close, at++, 1);
        } else if (c == u'-' && !endsUnquoted(at + 1)) {
            // Only right before a term: "north-star" and "center - rad" stay text.
            push(FilterToken::Type::Not, at++, 1);
        } else if (c == u'"') {
            const qsizetype start = at;
            QString text;
            if (!readQuoted(at, text) || !checkAfterQuote(at))
                return false;
            push(FilterToken::Type::Word, start, at - start);
            m_tokens.back().text = std::move(text);
            m_tokens.back().isQuoted = true;
        } else {
            bool isField = false;
            if (!tryField(at, &isField))
                return false;
            if (isField)
                continue;
            const qsizetype start = at;
            QString text;
            qsizetype bidi = -1;
            at = readBare(at, text, bidi, false);
            FilterToken::Type type = FilterToken::Type::Word;
            if (text == u"or" || text == u"OR")
                type = FilterToken::Type::Or;
            else if (text == u"and" || text == u"AND")
                type = FilterToken::Type::And;
            push(type, start, at - start);
            m_tokens.back().text = std::move(text);
            m_tokens.back().bidiPosition = bidi;
        }
    }
    return true;
}
} // namespace

namespace FilterLexer
{
bool tokenize(QStringView text, std::vector<FilterToken> &tokens, FilterExpressionError &error)
{
    tokens.clear();
    return Lexer(text, tokens, error).run();
}

bool isExpression(const std::vector<FilterToken> &tokens)
{
    for (size_t i = 0; i < tokens.size(); ++i) {
        switch (tokens[i].type) {
        case FilterToken::Type::Field:
        case FilterToken::Type::Open:
        case FilterToken::Type::Not:
            return true;
        case FilterToken::Type::Word:
            if (tokens[i].isQuoted)
                return true;
            break;
        case FilterToken::Type::Or:
            // "or" typed at either end is a word still being typed ("Oregon", "Oracle").
            if (i > 0 && i + 1 < tokens.size())
                return true;
            break;
        case FilterToken::Type::Close:
        case FilterToken::Type::And:
            break;
        }
    }
    return false;
}

bool isDirectionControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}
} // namespace FilterLexer
