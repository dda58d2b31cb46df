// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>

#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxoptions.h"

// Seed data that looks like a real tenant: clinic and hospital department names,
// metadata a support engineer would recognise, user counts that are mostly small,
// creation times spread over 2019-2025 in list order, ~12% inactive, half created with an
// API key and half in the dashboard. The same (kind, count, seed, hostile) always gives
// the same accounts, byte for byte.
//
// Hostile seeding turns about a quarter of the accounts into test cases for clients:
// HTML, bidi overrides, emoji, control characters, 1,000-character values, 50 metadata
// pairs. They stay inside the API's limits (names non-empty; at most 50 pairs, keys up to
// 100 and values up to 1000 characters, counted in code points and in UTF-16 units alike).
class SandboxSeeder
{
public:
    /// `count` accounts of `kind`, serialized and ready to serve.
    static std::vector<SandboxAccount> generate(SandboxKind kind, int count, quint64 seed, bool hostile);

    /// The hostile names the generator cycles through, so tests can look for them.
    static QList<QByteArray> hostileNames();
};
