// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>

#include <QString>
#include <QStringView>

// The name an enum value has in a file or protocol, kept in one table that is read both
// ways, so writing a value and reading its name back can never disagree.
template <typename Enum> struct EnumName
{
    Enum value;
    QStringView name;
};

/// The name `value` has in `table`; empty when it has none.
template <typename Enum, std::size_t Count> QString nameOf(const EnumName<Enum> (&table)[Count], Enum value)
{
    for (const EnumName<Enum> &entry : table) {
        if (entry.value == value)
            return entry.name.toString();
    }
    return {};
}

/// The value named `name` in `table`, or nullopt.
template <typename Enum, std::size_t Count>
std::optional<Enum> valueNamed(const EnumName<Enum> (&table)[Count], QStringView name)
{
    for (const EnumName<Enum> &entry : table) {
        if (entry.name == name)
            return entry.value;
    }
    return std::nullopt;
}
