// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

// The compiled form of a filter expression: written by FilterExpression::parse(), read by
// FilterRowTester. Not part of FilterExpression's interface.

enum class FilterNodeKind : quint8
{
    And,
    Or,
    Not,
    Text, // anywhere in name, id or a "key=value", as plain text
    Name,
    Id,
    Active,
    CreatedByApiKey,
    CreatedByUser,
    Users,
    Created,
    Updated,
    MetaPresent,
    MetaContains,
    MetaEquals
};

struct FilterNode
{
    FilterNodeKind kind = FilterNodeKind::Text;
    bool negate = false; // "!=", "status:inactive": the leaf's answer inverted
    bool wholeField = false; // Name, Id: equal to the needle, not containing it
    int cost = 0;
    qint32 first = 0; // And, Or: first child in the program's children; Not: the child node
    qint32 count = 0; // And, Or: number of children
    qint64 low = 0; // Users, Created, Updated: the value lies in [low, high]
    qint64 high = 0;
    QByteArray needle; // case-folded UTF-8
    QByteArray key; // Meta*: the case-folded key
};

inline bool isMetaNode(FilterNodeKind kind)
{
    return kind == FilterNodeKind::MetaPresent || kind == FilterNodeKind::MetaContains
        || kind == FilterNodeKind::MetaEquals;
}
