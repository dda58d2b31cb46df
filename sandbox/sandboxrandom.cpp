// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxrandom.h"

namespace
{

quint64 splitMix64(quint64 &x)
{
    x += 0x9e3779b97f4a7c15ULL;
    quint64 z = x;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr quint64 rotateLeft(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

SandboxRandom::SandboxRandom(quint64 seed)
{
    for (quint64 &word : m_state)
        word = splitMix64(seed);
}

quint64 SandboxRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double SandboxRandom::uniform()
{
    // The top 53 bits fill a double's mantissa exactly.
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

quint64 SandboxRandom::below(quint64 bound)
{
    if (bound <= 0xffffffffULL) {
        // Multiply-shift instead of a division: the top 32 bits scaled to the bound. The
        // bias is below 2^-20 for every bound the sandbox uses, far below what matters here.
        return ((next() >> 32) * bound) >> 32;
    }
    return next() % bound;
}

bool SandboxRandom::chance(double p)
{
    return uniform() < p;
}
