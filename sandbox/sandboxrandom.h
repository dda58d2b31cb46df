// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// A small seeded generator (xoshiro256**, seeded through splitmix64). The sandbox uses
// its own instead of <random> distributions because those may differ between standard
// libraries, and the same seed must give the same accounts everywhere.
class SandboxRandom
{
public:
    explicit SandboxRandom(quint64 seed);

    /// The next 64 random bits.
    quint64 next();
    /// A double in [0, 1).
    double uniform();
    /// An integer in [0, bound); 0 when bound is 0.
    quint64 below(quint64 bound);
    /// True with probability p.
    bool chance(double p);

private:
    quint64 m_state[4];
};
