// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterexpression.h"

#include <algorithm>
#include <limits>
#include <optional>

#include <QDate>
#include <QSet>

#include "core/domain/timestamp.h"
#include "core/models/accountstore.h"
#include "core/models/filternode.h"
#include "core/models/filterrowtester.h"
#include "core/models/foldedtext.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 lowest = std::numeric_limits<qint64>::min() + 1; // above nullTimestamp
constexpr qint64 highest = std::numeric_limits<qint64>::max();
constexpr qint64 msPerHour = 3'600'000;
constexpr qint64 msPerDay = 24 * msPerHour;
constexpr qint64 longestAge = 10'000 * 365 * msPerDay;

qint64 saturatingSub(qint64 a, qint64 b)
{
    qint64 result;
    if (__builtin_sub_overflow(a, b, &result))
        return b > 0 ? lowest : highest;
    return qMax(result, lowest);
}

qint64 msSinceEpoch(const QDate &date)
{
    return (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * msPerDay;
}

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// The span [start, end) a date value covers: a year, a month, a day, or one millisecond.
std::optional<std::pair<qint64, qint64>> dateSpan(QStringView value)
{
    if (value.contains(u'T') || value.contains(u't')) {
        const std::optional<qint64> at = parseRfc3339Ms(value.toUtf8());
        if (!at || *at == highest)
            return std::nullopt;
        return std::make_pair(*at, *at + 1);
    }
    const qsizetype size = value.size();
    if ((size != 4 && size != 7 && size != 10) || !isDigits(value.first(4)))
        return std::nullopt;
    const int year = value.first(4).toInt();
    int month = 1;
    int day = 1;
    if (size >= 7) {
        if (value[4] != u'-' || !isDigits(value.sliced(5, 2)))
            return std::nullopt;
        month = value.sliced(5, 2).toInt();
    }
    if (size == 10) {
        if (value[7] != u'-' || !isDigits(value.sliced(8, 2)))
            return std::nullopt;
        day = value.sliced(8, 2).toInt();
    }
    const QDate start(year, month, day);
    if (year < 1 || !start.isValid())
        return std::nullopt;
    const QDate end = size == 4 ? start.addYears(1) : (size == 7 ? start.addMonths(1) : start.addDays(1));
    return std::make_pair(msSinceEpoch(start), msSinceEpoch(end));
}

// "90d" as milliseconds, or nullopt.
std::optional<qint64> age(QStringView value)
{
    if (value.size() < 2 || value.size() > 10 || !isDigits(value.chopped(1)))
        return std::nullopt;
    qint64 unit = 0;
    switch (value.back().toLower().unicode()) {
    case u'h':
        unit = msPerHour;
        break;
    case u'd':
        unit = msPerDay;
        break;
    case u'w':
        unit = 7 * msPerDay;
        break;
    case u'y':
        unit = 365 * msPerDay;
        break;
    default:
        return std::nullopt;
    }
    const qint64 count = value.chopped(1).toLongLong();
    if (count > longestAge / unit)
        return std::nullopt;
    return count * unit;
}
// Narrows `node` to what `op` keeps of a value that spans first..last (both included): one
// number (first == last), or the milliseconds of a day, month or year.
void limitTo(FilterNode &node, FilterOperator op, qint64 first, qint64 last)
{
    switch (op) {
    case FilterOperator::Contains:
    case FilterOperator::Equal:
    case FilterOperator::NotEqual:
        node.low = first;
        node.high = last;
        node.negate = op == FilterOperator::NotEqual;
        break;
    case FilterOperator::Less:
        node.high = first - 1;
        break;
    case FilterOperator::LessOrEqual:
        node.high = last;
        break;
    case FilterOperator::Greater:
        node.low = last + 1;
        break;
    case FilterOperator::GreaterOrEqual:
        node.low = first;
        break;
    }
}
} // namespace

struct FilterExpression::Program
{
    std::vector<FilterNode> nodes;
    std::vector<qint32> children;
    qint32 root = 0;
};

namespace
{
class Parser
{
public:
    Parser(const std::vector<FilterToken> &tokens, qint64 nowMs, std::vector<FilterNode> &nodes,
        std::vector<qint32> &children, FilterExpressionError &error)
        : m_tokens(tokens)
        , m_now(nowMs)
        , m_nodes(nodes)
        , m_children(children)
        , m_error(error)
    { }

    bool parse(qint32 &root);

private:
    const FilterToken *peek() const { return m_next < m_tokens.size() ? &m_tokens[m_next] : nullptr; }
    static bool startsTerm(const FilterToken *token);
    bool parseOr(int depth, qint32 &out);
    bool parseAnd(int depth, qint32 &out);
    bool parseUnary(int depth, qint32 &out);
    bool parsePrimary(int depth, qint32 &out);
    bool compileField(const FilterToken &token, FilterNode &node);
    bool compileRange(const FilterToken &token, FilterNode &node);
    bool compileDate(const FilterToken &token, FilterNode &node);
    bool addLeaf(const FilterToken &token, FilterNode node, qint32 &out);
    qint32 addGroup(FilterNodeKind kind, std::vector<qint32> members);
    bool fail(const QString &message, qsizetype position, qsizetype length);
    bool failAt(const QString &message, const FilterToken &token)
    {
        return fail(message, token.position, token.length);
    }

    const std::vector<FilterToken> &m_tokens;
    size_t m_next = 0;
    qint64 m_now;
    int m_terms = 0;
    std::vector<FilterNode> &m_nodes;
    std::vector<qint32> &m_children;
    FilterExpressionError &m_error;
};

bool Parser::fail(const QString &message, qsizetype position, qsizetype length)
{
    m_error = { message, position, length };
    return false;
}

bool Parser::startsTerm(const FilterToken *token)
{
    return token
        && (token->type == FilterToken::Type::Word || token->type == FilterToken::Type::Field
            || token->type == FilterToken::Type::Open || token->type == FilterToken::Type::Not);
}

bool Parser::parse(qint32 &root)
{
    if (!parseOr(0, root))
        return false;
    if (const FilterToken *extra = peek())
        return failAt(FilterExpression::tr("This ) has no ( to close"), *extra);
    return true;
}

bool Parser::parseOr(int depth, qint32 &out)
{
    std::vector<qint32> members;
    for (;;) {
        const FilterToken *token = peek();
        if (token && token->type == FilterToken::Type::Or && members.empty())
            return failAt(FilterExpression::tr("Put a term before \"%1\"").arg(token->text), *token);
        qint32 member = 0;
        if (!parseAnd(depth, member))
            return false;
        members.push_back(member);
        token = peek();
        if (!token || token->type != FilterToken::Type::Or)
            break;
        ++m_next;
        if (!startsTerm(peek()))
            return failAt(FilterExpression::tr("Put a term after \"%1\"").arg(token->text), *token);
    }
    out = members.size() == 1 ? members.front() : addGroup(FilterNodeKind::Or, std::move(members));
    return true;
}

bool Parser::parseAnd(int depth, qint32 &out)
{
    std::vector<qint32> members;
    for (;;) {
        const FilterToken *token = peek();
        if (!token || token->type == FilterToken::Type::Close || token->type == FilterToken::Type::Or)
            break;
        if (token->type == FilterToken::Type::And) {
            if (members.empty())
                return failAt(FilterExpression::tr("Put a term before \"%1\"").arg(token->text), *token);
            ++m_next;
            if (!startsTerm(peek()))
                return failAt(FilterExpression::tr("Put a term after \"%1\"").arg(token->text), *token);
            continue;
        }
        qint32 member = 0;
        if (!parseUnary(depth, member))
            return false;
        members.push_back(member);
    }
    if (members.empty()) {
        // Only a ")" at the very start gets here: "(" and "or" check for a term after them.
        const FilterToken *token = peek();
        return token ? failAt(FilterExpression::tr("This ) has no ( to close"), *token)
                     : fail(FilterExpression::tr("Put a term here"), 0, 0);
    }
    out = members.size() == 1 ? members.front() : addGroup(FilterNodeKind::And, std::move(members));
    return true;
}

bool Parser::parseUnary(int depth, qint32 &out)
{
    const FilterToken &token = *peek();
    if (token.type != FilterToken::Type::Not)
        return parsePrimary(depth, out);
    if (depth >= FilterExpression::maxDepth)
        return failAt(
            FilterExpression::tr("Nested too deeply: at most %1 levels of ( and -").arg(FilterExpression::maxDepth),
            token);
    ++m_next;
    if (!startsTerm(peek()))
        return failAt(FilterExpression::tr("Put a term right after -"), token);
    qint32 child = 0;
    if (!parseUnary(depth + 1, child))
        return false;
    FilterNode node;
    node.kind = FilterNodeKind::Not;
    node.first = child;
    node.cost = m_nodes[size_t(child)].cost;
    m_nodes.push_back(std::move(node));
    out = qint32(m_nodes.size() - 1);
    return true;
}

bool Parser::parsePrimary(int depth, qint32 &out)
{
    const FilterToken &token = *peek();
    switch (token.type) {
    case FilterToken::Type::Open: {
        if (depth >= FilterExpression::maxDepth)
            return failAt(
                FilterExpression::tr("Nested too deeply: at most %1 levels of ( and -").arg(FilterExpression::maxDepth),
                token);
        ++m_next;
        const FilterToken *next = peek();
        if (next && next->type == FilterToken::Type::Close)
            return fail(FilterExpression::tr("Put a term between the parentheses"), token.position,
                next->position + 1 - token.position);
        if (!startsTerm(next))
            return next ? failAt(FilterExpression::tr("Put a term before \"%1\"").arg(next->text), *next)
                        : failAt(FilterExpression::tr("This ( is never closed"), token);
        if (!parseOr(depth + 1, out))
            return false;
        next = peek();
        if (!next || next->type != FilterToken::Type::Close)
            return failAt(FilterExpression::tr("This ( is never closed"), token);
        ++m_next;
        return true;
    }
    case FilterToken::Type::Word: {
        ++m_next;
        FilterNode node;
        node.kind = FilterNodeKind::Text;
        node.needle = FoldedText::fold(token.text);
        node.cost = 6;
        return addLeaf(token, std::move(node), out);
    }
    case FilterToken::Type::Field: {
        ++m_next;
        FilterNode node;
        if (!compileField(token, node))
            return false;
        return addLeaf(token, std::move(node), out);
    }
    case FilterToken::Type::Close:
    case FilterToken::Type::Not:
    case FilterToken::Type::Or:
    case FilterToken::Type::And:
        break;
    }
    return failAt(FilterExpression::tr("Put a term here"), token);
}

bool Parser::addLeaf(const FilterToken &token, FilterNode node, qint32 &out)
{
    if (++m_terms > FilterExpression::maxTerms)
        return failAt(FilterExpression::tr("Too many terms: at most %1").arg(FilterExpression::maxTerms), token);
    m_nodes.push_back(std::move(node));
    out = qint32(m_nodes.size() - 1);
    return true;
}

qint32 Parser::addGroup(FilterNodeKind kind, std::vector<qint32> members)
{
    // Pure predicates in any order give the same answer: test the cheap ones first, so the
    // expensive ones run only on the rows that are still in question.
    std::stable_sort(members.begin(), members.end(),
        [this](qint32 a, qint32 b) { return m_nodes[size_t(a)].cost < m_nodes[size_t(b)].cost; });
    FilterNode node;
    node.kind = kind;
    node.first = qint32(m_children.size());
    node.count = qint32(members.size());
    for (const qint32 member : members)
        node.cost += m_nodes[size_t(member)].cost;
    m_children.insert(m_children.end(), members.begin(), members.end());
    m_nodes.push_back(std::move(node));
    return qint32(m_nodes.size() - 1);
}

bool Parser::compileRange(const FilterToken &token, FilterNode &node)
{
    const QString &value = token.text;
    if (!isDigits(value) || value.size() > 18)
        return fail(
            FilterExpression::tr("users needs a whole number, as in users>10"), token.valuePosition, token.valueLength);
    const qint64 n = value.toLongLong();
    node.kind = FilterNodeKind::Users;
    node.cost = 1;
    node.low = std::numeric_limits<qint64>::min();
    node.high = highest;
    limitTo(node, token.op, n, n);
    return true;
}

bool Parser::compileDate(const FilterToken &token, FilterNode &node)
{
    node.kind = token.field == FilterField::Created ? FilterNodeKind::Created : FilterNodeKind::Updated;
    node.cost = 1;
    node.low = lowest;
    node.high = highest;
    const QString field = token.field == FilterField::Created ? u"created"_s : u"updated"_s;
    if (const std::optional<qint64> ago = age(token.text)) {
        // An age: "created<90d" is younger than 90 days, created after now - 90 days.
        const qint64 at = saturatingSub(m_now, *ago);
        switch (token.op) {
        case FilterOperator::Less:
            node.low = at == highest ? highest : at + 1;
            return true;
        case FilterOperator::LessOrEqual:
            node.low = at;
            return true;
        case FilterOperator::Greater:
            node.high = at - 1; // at >= lowest, so at worst an empty range
            return true;
        case FilterOperator::GreaterOrEqual:
            node.high = at;
            return true;
        case FilterOperator::Contains:
        case FilterOperator::Equal:
        case FilterOperator::NotEqual:
            break;
        }
        return fail(FilterExpression::tr("Compare an age with < or >, as in %1<90d (younger than 90 days)").arg(field),
            token.opPosition, token.opLength);
    }
    const std::optional<std::pair<qint64, qint64>> span = dateSpan(token.text);
    if (!span)
        return fail(
            FilterExpression::tr("%1 needs an age such as 90d (h, d, w or y) or a date such as 2025-01-31").arg(field),
            token.valuePosition, token.valueLength);
    const auto [start, end] = *span;
    limitTo(node, token.op, start, end - 1);
    return true;
}

bool Parser::compileField(const FilterToken &token, FilterNode &node)
{
    const bool textOperator = token.op == FilterOperator::Contains || token.op == FilterOperator::Equal
        || token.op == FilterOperator::NotEqual;
    const QString lower = token.text.toLower();
    switch (token.field) {
    case FilterField::Name:
    case FilterField::Id:
        if (!textOperator)
            return fail(FilterExpression::tr("Text compares with :, = or !="), token.opPosition, token.opLength);
        node.kind = token.field == FilterField::Name ? FilterNodeKind::Name : FilterNodeKind::Id;
        node.needle = FoldedText::fold(token.text);
        node.wholeField = token.op != FilterOperator::Contains;
        node.negate = token.op == FilterOperator::NotEqual;
        node.cost = 2;
        return true;
    case FilterField::Status:
    case FilterField::CreatedBy: {
        // Both hold one of two words.
        const bool isStatus = token.field == FilterField::Status;
        const QString name = isStatus ? u"status"_s : u"createdby"_s;
        const QString first = isStatus ? u"active"_s : u"apikey"_s;
        const QString second = isStatus ? u"inactive"_s : u"user"_s;
        if (!textOperator)
            return fail(
                FilterExpression::tr("%1 compares with :, = or !=").arg(name), token.opPosition, token.opLength);
        if (lower != first && lower != second)
            return fail(FilterExpression::tr("%1 is %2 or %3").arg(name, first, second), token.valuePosition,
                token.valueLength);
        const bool isSecond = lower == second;
        const bool notEqual = token.op == FilterOperator::NotEqual;
        if (isStatus) {
            node.kind = FilterNodeKind::Active;
            node.negate = isSecond != notEqual;
        } else {
            node.kind = isSecond ? FilterNodeKind::CreatedByUser : FilterNodeKind::CreatedByApiKey;
            node.negate = notEqual;
        }
        node.cost = 1;
        return true;
    }
    case FilterField::Users:
        return compileRange(token, node);
    case FilterField::Created:
    case FilterField::Updated:
        return compileDate(token, node);
    case FilterField::Meta:
        if (!textOperator)
            return fail(FilterExpression::tr("Metadata compares with :, = or !="), token.opPosition, token.opLength);
        node.key = FoldedText::fold(token.key);
        node.negate = token.op == FilterOperator::NotEqual;
        node.cost = 4;
        if (token.op == FilterOperator::Contains && !token.isQuoted
            && (lower == u"missing"_s || lower == u"present"_s)) {
            node.kind = FilterNodeKind::MetaPresent;
            node.negate = lower == u"missing"_s;
            node.cost = 3;
            return true;
        }
        node.kind = token.op == FilterOperator::Contains ? FilterNodeKind::MetaContains : FilterNodeKind::MetaEquals;
        node.needle = FoldedText::fold(token.text);
        return true;
    }
    return false;
}

} // namespace

FilterExpression::FilterExpression() = default;

FilterExpression FilterExpression::parse(const QString &text, qint64 nowMs)
{
    FilterExpression result;
    const auto fail = [&result](FilterExpressionError error) {
        result.m_kind = Kind::Invalid;
        result.m_error = std::move(error);
        return result;
    };
    if (text.size() > maxLength)
        return fail({ tr("A filter holds at most %1 characters").arg(maxLength), maxLength, text.size() - maxLength });
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            return fail({ tr("Half a character (a lone UTF-16 surrogate) cannot be searched for"), i, 1 });
        } else if (c.category() == QChar::Other_Control && !c.isSpace()) {
            return fail({ tr("An invisible control character (U+%1) cannot be searched for")
                              .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                              .toUpper(),
                i, 1 });
        }
    }

    std::vector<FilterToken> tokens;
    FilterExpressionError error;
    if (!FilterLexer::tokenize(text, tokens, error))
        return fail(std::move(error));
    if (!FilterLexer::isExpression(tokens))
        return result;
    for (const FilterToken &token : tokens) {
        if (token.bidiPosition >= 0)
            return fail({ tr("A hidden direction mark (U+%1) can make a filter read differently from what it does; "
                             "put text that holds one in quotes")
                              .arg(text[token.bidiPosition].unicode(), 4, 16, QLatin1Char('0'))
                              .toUpper(),
                token.bidiPosition, 1 });
    }

    auto program = std::make_shared<Program>();
    if (!Parser(tokens, nowMs, program->nodes, program->children, error).parse(program->root))
        return fail(std::move(error));
    result.m_kind = Kind::Expression;
    result.m_program = std::move(program);
    return result;
}

bool FilterExpression::matches(const AccountStore &store, qsizetype row) const
{
    if (m_kind != Kind::Expression || row < 0 || row >= store.size())
        return false;
    return FilterRowTester(m_program->nodes, m_program->children, store, false).test(m_program->root, row);
}

void FilterExpression::keepMatchingRows(const AccountStore &store, std::vector<quint8> &rows) const
{
    const size_t inStore = std::min(rows.size(), size_t(store.size()));
    std::fill(rows.begin() + qsizetype(inStore), rows.end(), quint8(0));
    if (m_kind != Kind::Expression) {
        std::fill(rows.begin(), rows.end(), quint8(0));
        return;
    }
    FilterRowTester tester(m_program->nodes, m_program->children, store, true);
    for (size_t row = 0; row < inStore; ++row) {
        if (rows[row])
            rows[row] = tester.test(m_program->root, qsizetype(row)) ? 1 : 0;
    }
}

QStringList filterCompletions(const AccountStore *store)
{
    QStringList completions
        = { u"name"_s, u"id"_s, u"status"_s, u"users"_s, u"created"_s, u"updated"_s, u"createdby"_s, u"meta."_s };
    if (!store)
        return completions;
    const AccountBatch &rows = store->rows();
    QStringList keys;
    QSet<QByteArray> seen;
    for (qsizetype i = 0; i < rows.metadataKeyCount(); ++i) {
        const QByteArrayView key = rows.metadataKey(quint32(i));
        QByteArray folded;
        FoldedText::appendFolded(folded, key);
        if (seen.contains(folded))
            continue;
        seen.insert(folded);
        keys.append(decodeUtf8(key));
    }
    keys.sort(Qt::CaseInsensitive);
    for (const QString &key : std::as_const(keys)) {
        // A key the lexer would cut short, or read as an operator, goes in quotes.
        const bool plain = !key.isEmpty() && std::none_of(key.begin(), key.end(), [](QChar c) {
            return c.isSpace() || QStringView(u":=<>!\"()\\").contains(c)
                || FilterLexer::isDirectionControl(c.unicode());
        });
        if (plain) {
            completions.append(u"meta."_s + key);
        } else {
            QString escaped = key;
            escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
            completions.append(u"meta.\""_s + escaped + u'"');
        }
    }
    return completions;
}
