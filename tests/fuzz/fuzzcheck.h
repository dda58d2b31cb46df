// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <cstdlib>
#include <cstring>

// A violated invariant is a finding like a crash: say which one, then abort so libFuzzer
// keeps the input and the replay test fails. Not assert(): it must hold in release builds.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: invariant violated: %s\n", __FILE__, __LINE__, #condition);                   \
            std::fflush(stderr);                                                                                       \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

/// True when AVARA_FUZZ_KNOWN_ISSUES (a comma-separated list) names `issue`: lets a run
/// look past a reported, not yet fixed finding. Unset, every check applies.
inline bool isKnownIssue(const char *issue)
{
    static const char *const known = std::getenv("AVARA_FUZZ_KNOWN_ISSUES");
    if (!known)
        return false;
    const std::size_t length = std::strlen(issue);
    for (const char *at = std::strstr(known, issue); at; at = std::strstr(at + 1, issue)) {
        const bool starts = at == known || at[-1] == ',';
        const bool ends = at[length] == '\0' || at[length] == ',';
        if (starts && ends)
            return true;
    }
    return false;
}
