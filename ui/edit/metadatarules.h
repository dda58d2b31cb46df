// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/domain/account.h"

// The contract's limits on an account's name and metadata, checked in the dialogs as the
// person types so the server never has to refuse a change with a 422. Lengths are counted
// in code points, as the sandbox does (JSON Schema's maxLength): an emoji is one character.
class MetadataRules
{
    Q_DECLARE_TR_FUNCTIONS(MetadataRules)

public:
    static constexpr int maxPairs = 50;
    static constexpr int maxKeyLength = 100;
    static constexpr int maxValueLength = 1000;

    /// The number of code points in `text` (a surrogate pair counts once).
    static qsizetype characterCount(const QString &text);
    /// Why `name` cannot be an account name, or empty when it can.
    static QString nameProblem(const QString &name);
    /// Why `key` cannot be a metadata key, or empty when it can.
    static QString keyProblem(const QString &key);
    /// Why `value` cannot be a metadata value, or empty when it can.
    static QString valueProblem(const QString &value);
    /// `text` cut to `maxCharacters` code points with an ellipsis, for one line of a table
    /// or a label (the full text goes into the tooltip). Line breaks show as ⏎ so a value
    /// that spans lines still reads as one cell.
    static QString elided(const QString &text, int maxCharacters);
};
