// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

// The time of day, injected so that Retry-After dates and "last loaded" stamps are
// tested exactly. It lives in api because ApiClient needs it and api may not depend on
// services.
class Clock
{
public:
    virtual ~Clock();
    /// The current time in UTC.
    virtual QDateTime nowUtc() const = 0;
    /// The real clock.
    static Clock &system();
};
